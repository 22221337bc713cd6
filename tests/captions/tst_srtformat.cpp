// SubRip reading: each kind of real damage is tolerated with the right warning on the right line;
// what cannot be read is an error with the file and line.

#include "core/captions/srtformat.h"

#include <QTest>

using namespace montaj;

namespace {

QString warningsText(const QList<CaptionWarning> &warnings)
{
    QStringList lines;
    for (const CaptionWarning &w : warnings)
        lines << QStringLiteral("%1 %2").arg(w.line).arg(w.code);
    return lines.join(u'\n');
}

QByteArray readData(const QString &name)
{
    QFile f(QStringLiteral(CAPTIONS_DATA_DIR "/") + name);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestSrtFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void damagedFileIsReadWithWarnings()
    {
        const auto doc = SrtFormat::parse(QString::fromUtf8(readData("damaged.srt")), "damaged.srt");
        QVERIFY(doc.ok());
        const QList<CaptionCue> &cues = doc->track.cues;
        QCOMPARE(cues.size(), 5);
        QCOMPARE(cues[0].text, QStringLiteral("First cue"));
        QCOMPARE(cues[1].startUs, 3000000);
        QCOMPARE(cues[2].startUs, 5000000);
        QCOMPARE(cues[2].endUs, 6000000);
        QCOMPARE(cues[3].text, QStringLiteral("No number, italic and red"));
        QCOMPARE(cues[4].startUs, 9500000);
        QCOMPARE(warningsText(doc->warnings), QStringLiteral("4 captions.srt_missing_blank_line\n"
                                                             "5 captions.srt_dot_before_ms\n"
                                                             "8 captions.srt_numbering_gap\n"
                                                             "9 captions.srt_extra_spaces\n"
                                                             "12 captions.srt_missing_number\n"
                                                             "13 captions.srt_markup_removed\n"
                                                             "16 captions.srt_timestamp_digits"));
        QVERIFY(doc->warnings[2].message.contains(u'5'));
        QVERIFY(doc->warnings[2].message.contains(u'3'));
    }

    void missingBlankLineBeforeTimingWithoutNumber()
    {
        const auto doc = SrtFormat::parse(
            "1\n00:00:01,000 --> 00:00:02,000\nOne\n00:00:03,000 --> 00:00:04,000\nTwo\n", "a.srt");
        QVERIFY(doc.ok());
        QCOMPARE(doc->track.cues.size(), 2);
        QCOMPARE(doc->track.cues[1].text, QStringLiteral("Two"));
        QCOMPARE(warningsText(doc->warnings),
                 QStringLiteral("4 captions.srt_missing_blank_line\n4 captions.srt_missing_number"));
    }

    void repeatedDamageIsOneWarningWithACount()
    {
        QString text;
        for (int i = 1; i <= 4; ++i)
            text += QStringLiteral("%1\n00:00:0%1.000 --> 00:00:0%1.500\n<b>Cue</b>\n\n").arg(i);
        const auto doc = SrtFormat::parse(text, "dots.srt");
        QVERIFY(doc.ok());
        QCOMPARE(doc->track.cues.size(), 4);
        QCOMPARE(warningsText(doc->warnings),
                 QStringLiteral("2 captions.srt_dot_before_ms\n3 captions.srt_markup_removed"));
        QVERIFY2(doc->warnings[0].message.contains(u'3'), qPrintable(doc->warnings[0].message));
    }

    void multilineTextBlankSpacesAndOrder()
    {
        const auto doc = SrtFormat::parse("  \n2\n00:00:05,000 --> 00:00:06,000\nLater\nsecond line\n   "
                                          "\n1\n00:00:01,000 --> 00:00:02,000\n"
                                          "Earlier {\\an8}top\n\n3\n00:00:07,000 --> 00:00:08,000\n\n",
                                          "order.srt");
        QVERIFY(doc.ok());
        QCOMPARE(doc->track.cues.size(), 2);
        QCOMPARE(doc->track.cues[0].text, QStringLiteral("Earlier top"));
        QCOMPARE(doc->track.cues[1].text, QStringLiteral("Later\nsecond line"));
        QCOMPARE(warningsText(doc->warnings), QStringLiteral("2 captions.srt_numbering_gap\n"
                                                             "7 captions.srt_numbering_gap\n"
                                                             "9 captions.srt_markup_removed\n"
                                                             "11 captions.srt_numbering_gap\n"
                                                             "12 captions.empty_cue\n"
                                                             "7 captions.cues_reordered"));
    }

    void literalAngleBracketsStay()
    {
        const auto doc = SrtFormat::parse("1\n00:00:01,000 --> 00:00:02,000\na < b <3 and x>y\n", "lt.srt");
        QCOMPARE(doc->track.cues[0].text, QStringLiteral("a < b <3 and x>y"));
        QVERIFY(doc->warnings.isEmpty());
    }

    void strictErrors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("line");
        QTest::newRow("bad timing")
            << "1\n00:00:01,000 --> 00:00:02,000\nok\n\n2\n00:00:0x,000 --> 00:00:04,000\nbad\n"
            << "captions.srt_bad_timing" << 6;
        QTest::newRow("60 seconds") << "1\n00:00:60,000 --> 00:01:02,000\nbad\n"
                                    << "captions.srt_bad_timing" << 2;
        QTest::newRow("number without timing") << "\n\n1\nHello\n"
                                               << "captions.srt_bad_timing" << 4;
        QTest::newRow("text first") << "Hello\n00:00:01,000 --> 00:00:02,000\n"
                                    << "captions.srt_expected_cue" << 1;
        QTest::newRow("end before start") << "1\n00:00:05,000 --> 00:00:02,000\nx\n"
                                          << "captions.srt_end_before_start" << 2;
        QTest::newRow("arrow only") << "1\n-->\n"
                                    << "captions.srt_bad_timing" << 2;
    }
    void strictErrors()
    {
        QFETCH(QString, text);
        QFETCH(QString, code);
        QFETCH(int, line);
        const auto doc = SrtFormat::parse(text, "broken.srt");
        QVERIFY(!doc.ok());
        QCOMPARE(doc.error().code, code);
        QCOMPARE(doc.error().context.value("file").toString(), QStringLiteral("broken.srt"));
        QCOMPARE(doc.error().context.value("line").toInt(), line);
        QVERIFY(!doc.error().message.isEmpty());
    }

    void writesPlainSubRip()
    {
        CaptionTrack track;
        track.cues = {{1000000, 2500000, "مرحبا\nسطر", {}},
                      {3600000000 + 61001000, 3600000000 + 62000000, "Later", {}},
                      {5000000, 6000000, " \n", {}}};
        QCOMPARE(SrtFormat::write(track), QStringLiteral("1\n00:00:01,000 --> 00:00:02,500\nمرحبا\nسطر\n\n"
                                                         "2\n01:01:01,001 --> 01:01:02,000\nLater\n\n"));
    }

    void arrowsInTextCannotStartACue()
    {
        CaptionTrack track;
        track.cues = {{1000000, 2000000, "2\n00:00:05,000 --> 00:00:01,000", {}}};
        const QString out = SrtFormat::write(track);
        QCOMPARE(out, QStringLiteral("1\n00:00:01,000 --> 00:00:02,000\n2\n00:00:05,000 → 00:00:01,000\n\n"));
        const auto back = SrtFormat::parse(out, "arrow.srt");
        QVERIFY(back.ok());
        QCOMPARE(back->track.cues.size(), 1);
    }

    void emptyInputIsAnEmptyTrack()
    {
        const auto doc = SrtFormat::parse("\n\n", "empty.srt");
        QVERIFY(doc.ok());
        QVERIFY(doc->track.cues.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSrtFormat)
#include "tst_srtformat.moc"
