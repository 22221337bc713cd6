// Text decoding for caption files: every encoding Montaj detects, written as real bytes with and
// without a byte order mark and with CRLF, CR and LF line endings; the windows-1256/1252 tables
// against ICU where Qt has it; encodings named by the user.

#include "core/captions/captionfile.h"
#include "core/captions/captiontext.h"

#include <QStringDecoder>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace montaj;

namespace {

const QString kArabic = QStringLiteral("مرحبا بالعالم");
const QString kFrench = QStringLiteral("Être déçu à l'école");

// The two texts in the single-byte pages, byte by byte (checked against Python's cp1256/cp1252).
QByteArray singleByte(const QString &text)
{
    static const QHash<char16_t, char> bytes = {
        {u'م', '\xE3'}, {u'ر', '\xD1'}, {u'ح', '\xCD'}, {u'ب', '\xC8'}, {u'ا', '\xC7'}, {u'ل', '\xE1'},
        {u'ع', '\xDA'}, {u'Ê', '\xCA'}, {u'é', '\xE9'}, {u'ç', '\xE7'}, {u'à', '\xE0'}, {u'’', '\x92'},
    };
    QByteArray out;
    for (QChar c : text)
        out += c.unicode() < 0x80 ? char(c.unicode()) : bytes.value(c.unicode(), '?');
    return out;
}

QByteArray utf16(const QString &text, bool le)
{
    QStringEncoder encoder(le ? QStringConverter::Utf16LE : QStringConverter::Utf16BE);
    return encoder(text);
}

QString srt(const QString &text, const QString &eol)
{
    return QStringList{"1",
                       "00:00:01,000 --> 00:00:02,500",
                       text,
                       "",
                       "2",
                       "00:00:03,000 --> 00:00:04,000",
                       "2024 — " + text,
                       "",
                       ""}
        .join(eol);
}

} // namespace

class TestCaptionText : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;

private Q_SLOTS:
    void realFilesInEveryEncoding_data()
    {
        QTest::addColumn<QString>("phrase");
        QTest::addColumn<QString>("encoding"); // how the bytes are made
        QTest::addColumn<bool>("bom");
        QTest::addColumn<QString>("expected"); // what detection must answer
        for (const QString &phrase : {kArabic, kFrench}) {
            const QString lang = phrase == kArabic ? QStringLiteral("ar") : QStringLiteral("fr");
            for (bool bom : {false, true}) {
                const QString b = bom ? QStringLiteral("bom") : QStringLiteral("nobom");
                QTest::addRow("%s-utf8-%s", qPrintable(lang), qPrintable(b))
                    << phrase << "UTF-8" << bom << "UTF-8";
                QTest::addRow("%s-utf16le-%s", qPrintable(lang), qPrintable(b))
                    << phrase << "UTF-16LE" << bom << "UTF-16LE";
                QTest::addRow("%s-utf16be-%s", qPrintable(lang), qPrintable(b))
                    << phrase << "UTF-16BE" << bom << "UTF-16BE";
            }
        }
        QTest::newRow("ar-1256") << kArabic << "windows-1256" << false << "windows-1256";
        QTest::newRow("fr-1252") << kFrench + u'’' << "windows-1252" << false << "windows-1252";
        QTest::newRow("fr-8859-1") << kFrench << "ISO-8859-1" << false << "ISO-8859-1";
    }
    void realFilesInEveryEncoding()
    {
        QFETCH(QString, phrase);
        QFETCH(QString, encoding);
        QFETCH(bool, bom);
        QFETCH(QString, expected);
        for (const QString &eol : {QStringLiteral("\r\n"), QStringLiteral("\r"), QStringLiteral("\n")}) {
            const QString text = srt(phrase, eol);
            QByteArray bytes;
            if (encoding == u"UTF-8")
                bytes = (bom ? QByteArray("\xEF\xBB\xBF") : QByteArray()) + text.toUtf8();
            else if (encoding == u"UTF-16LE")
                bytes = (bom ? QByteArray("\xFF\xFE") : QByteArray()) + utf16(text, true);
            else if (encoding == u"UTF-16BE")
                bytes = (bom ? QByteArray("\xFE\xFF") : QByteArray()) + utf16(text, false);
            else
                bytes = singleByte(text);
            const QString path = m_dir.filePath(
                QStringLiteral("%1-%2.srt").arg(QString::fromLatin1(QTest::currentDataTag())).arg(++m_files));
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
            f.close();

            QCOMPARE(CaptionText::detectEncoding(bytes), expected);
            const auto doc = CaptionFile::read(path);
            QVERIFY2(doc.ok(), qPrintable(doc.ok() ? QString() : doc.error().toString()));
            QCOMPARE(doc->encoding, expected);
            QVERIFY(doc->warnings.isEmpty());
            QCOMPARE(doc->track.cues.size(), 2);
            QCOMPARE(doc->track.cues[0].text, phrase);
            // The em dash exists only in the Unicode encodings (the single-byte files have "?").
            QCOMPARE(doc->track.cues[1].text, (encoding.startsWith(u"UTF") ? "2024 — " : "2024 ? ") + phrase);
            QCOMPARE(doc->track.cues[0].endUs, 2500000);
        }
    }

    void decodeReportsBomAndLineEndings()
    {
        const auto d = CaptionText::decode(QByteArray("\xEF\xBB\xBF"
                                                      "a\r\nb\rc\n\r\nd"));
        QVERIFY(d.ok());
        QCOMPARE(d->encoding, QStringLiteral("UTF-8"));
        QVERIFY(d->byteOrderMark);
        QVERIFY(d->detected);
        QCOMPARE(d->text, QStringLiteral("a\nb\nc\n\nd"));
        const auto le = CaptionText::decode(QByteArray("\xFF\xFE"
                                                       "a\0\r\0\n\0",
                                                       8));
        QVERIFY(le.ok());
        QCOMPARE(le->encoding, QStringLiteral("UTF-16LE"));
        QCOMPARE(le->text, QStringLiteral("a\n"));
    }

    void mostlyUtf8WithOneBadByteStaysUtf8()
    {
        QByteArray bytes = srt(kArabic, "\n").toUtf8() + srt(kFrench, "\n").toUtf8();
        bytes.insert(10, '\xFF');
        QCOMPARE(CaptionText::detectEncoding(bytes), QStringLiteral("UTF-8"));
        const auto d = CaptionText::decode(bytes);
        QCOMPARE(d->invalidSequences, 1);
        QVERIFY(d->text.contains(QChar(0xFFFD)));
    }

    void arabicWithLatinWordsIsStill1256()
    {
        const QByteArray bytes = singleByte(kArabic + " Montaj 2024 " + kArabic + " OK");
        QCOMPARE(CaptionText::detectEncoding(bytes), QStringLiteral("windows-1256"));
        const QByteArray french = singleByte("Ça, c'est l'été à Montréal : déçu, très déçu");
        QCOMPARE(CaptionText::detectEncoding(french), QStringLiteral("ISO-8859-1"));
    }

    void userNamedEncodings()
    {
        const QByteArray arabic = singleByte(kArabic);
        // Named, the encoding is used as given, even where detection would differ.
        auto d = CaptionText::decode(arabic, QStringLiteral("cp1256"));
        QCOMPARE(d->text, kArabic);
        QCOMPARE(d->encoding, QStringLiteral("windows-1256"));
        QVERIFY(!d->detected);
        d = CaptionText::decode(arabic, QStringLiteral("Latin1"));
        QCOMPARE(d->encoding, QStringLiteral("ISO-8859-1"));
        QCOMPARE(d->text.size(), arabic.size());
        QCOMPARE(d->text[0], QChar(0xE3));
        d = CaptionText::decode(utf16(kFrench, false), QStringLiteral("utf-16"));
        QCOMPARE(d->encoding, QStringLiteral("UTF-16BE"));
        QCOMPARE(d->text, kFrench);

        const auto bad = CaptionText::decode(arabic, QStringLiteral("klingon-9"));
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().code, QStringLiteral("captions.unknown_encoding"));
        QCOMPARE(CaptionText::canonicalEncoding(QStringLiteral("Windows_1252")),
                 QStringLiteral("windows-1252"));
        QCOMPARE(CaptionText::canonicalEncoding(QStringLiteral("UTF8")), QStringLiteral("UTF-8"));
        QVERIFY(CaptionText::canonicalEncoding(QStringLiteral("koi8-r")).isEmpty());
    }

    void otherEncodingsThroughQt()
    {
        QStringDecoder probe("ISO-8859-6");
        if (!probe.isValid())
            QSKIP("Qt built without ICU: no ISO-8859-6");
        // ISO-8859-6 Arabic "مرحبا": E5 D1 CD C8 C7.
        const auto d = CaptionText::decode(QByteArray("\xE5\xD1\xCD\xC8\xC7"), QStringLiteral("ISO-8859-6"));
        QVERIFY(d.ok());
        QCOMPARE(d->text, QStringLiteral("مرحبا"));
        QCOMPARE(d->encoding, QStringLiteral("ISO-8859-6"));
    }

    void tablesAgreeWithIcu_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("1256") << "windows-1256";
        QTest::newRow("1252") << "windows-1252";
    }
    void tablesAgreeWithIcu()
    {
        QFETCH(QString, name);
        QStringDecoder icu(name.toLatin1().constData());
        if (!icu.isValid())
            QSKIP("Qt built without ICU");
        QByteArray all;
        for (int b = 0x80; b <= 0xFF; ++b)
            all += char(b);
        const QString ours = CaptionText::decode(all, name)->text;
        const QString theirs = icu(all);
        QCOMPARE(ours.size(), 128);
        for (int i = 0; i < 128; ++i)
            QVERIFY2(ours[i] == theirs[i] || (name == u"windows-1252" && theirs[i] == QChar(0xFFFD)),
                     qPrintable(QStringLiteral("byte %1: %2 vs %3")
                                    .arg(i + 0x80, 0, 16)
                                    .arg(ours[i].unicode(), 0, 16)
                                    .arg(theirs[i].unicode(), 0, 16)));
    }

    void goldenSingleByteFiles()
    {
        const QString dir = QStringLiteral(CAPTIONS_DATA_DIR);
        auto ar = CaptionFile::read(dir + "/arabic-1256.srt");
        QVERIFY(ar.ok());
        QCOMPARE(ar->encoding, QStringLiteral("windows-1256"));
        QCOMPARE(ar->track.cues.size(), 2);
        QCOMPARE(ar->track.cues[0].text, kArabic);
        QCOMPARE(ar->track.cues[1].text,
                 QStringLiteral("هذا اختبار للترجمة، أليس كذلك؟\nسطر ثانٍ مع 2024 و Montaj"));
        auto fr = CaptionFile::read(dir + "/french-1252.srt");
        QVERIFY(fr.ok());
        QCOMPARE(fr->encoding, QStringLiteral("windows-1252"));
        QCOMPARE(fr->track.cues[1].text,
                 QStringLiteral("C’est l’été… « Où êtes-vous ? »\nŒuvre complète, naïve"));
        auto latin = CaptionFile::read(dir + "/french-latin1.srt");
        QVERIFY(latin.ok());
        QCOMPARE(latin->encoding, QStringLiteral("ISO-8859-1"));
        QCOMPARE(latin->track.cues[1].text, QStringLiteral("À bientôt, garçon !"));
        // Named wrongly by the user, the Arabic file still reads, as Latin letters.
        auto forced = CaptionFile::read(dir + "/arabic-1256.srt", QStringLiteral("windows-1252"));
        QVERIFY(forced.ok());
        QCOMPARE(forced->track.cues[0].text, QStringLiteral("ãÑÍÈÇ ÈÇáÚÇáã"));
    }
};

QTEST_GUILESS_MAIN(TestCaptionText)
#include "tst_captiontext.moc"
