// The caption file facade: format from content and extension, atomic UTF-8 writing with the
// options, and exact round trips SRT → VTT → ASS → SRT (times to the millisecond, text, words).

#include "core/captions/captionfile.h"

#include <QTemporaryDir>
#include <QTest>

using namespace montaj;

namespace {

CaptionTrack sampleTrack()
{
    CaptionTrack track;
    track.cues = {
        {1001000, 2999000, "مرحبا بالعالم", {}},
        {3000000, 4567000, "Être déçu à l'école\nsecond line — « oui » !", {}},
        {4567000, 7123000, "Arabic 123 عربي mixed, emoji 👋🏽", {}},
        {3600000000 + 1000, 3600000000 + 1999000, "{curly} <angle> & amp", {}},
    };
    return track;
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestCaptionFile : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void roundTripSrtVttAssSrtIsExact()
    {
        const CaptionTrack original = sampleTrack();
        const QString srt = m_dir.filePath("a.srt"), vtt = m_dir.filePath("b.vtt"),
                      ass = m_dir.filePath("c.ass"), srt2 = m_dir.filePath("d.srt");
        QVERIFY(CaptionFile::write(original, srt).ok());
        auto a = CaptionFile::read(srt);
        QVERIFY(a.ok());
        QCOMPARE(a->format, CaptionFormat::Srt);
        QCOMPARE(a->track.cues, original.cues);
        QVERIFY(CaptionFile::write(a->track, vtt).ok());
        auto b = CaptionFile::read(vtt);
        QVERIFY(b.ok());
        QCOMPARE(b->format, CaptionFormat::WebVtt);
        QCOMPARE(b->track.cues, original.cues);
        QVERIFY(CaptionFile::write(b->track, ass).ok());
        auto c = CaptionFile::read(ass);
        QVERIFY(c.ok());
        QCOMPARE(c->format, CaptionFormat::Ass);
        QCOMPARE(c->track.cues, original.cues);
        QVERIFY(CaptionFile::write(c->track, srt2).ok());
        QCOMPARE(fileBytes(srt2), fileBytes(srt));
        for (const auto *doc : {&a, &b, &c})
            QVERIFY((*doc)->warnings.isEmpty());
    }

    void wordTimingRoundTripsThroughVttAndAss()
    {
        CaptionTrack track;
        track.cues = {{1000000,
                       2600000,
                       "Bonjour à tous",
                       {{1000000, 1333000, "Bonjour"}, {1333000, 1801000, "à"}, {1801000, 2600000, "tous"}}}};
        const auto vtt = CaptionFile::parse(CaptionFile::serialize(track, CaptionFormat::WebVtt), "w.vtt");
        QCOMPARE(vtt->track.cues, track.cues);
        const auto ass = CaptionFile::parse(CaptionFile::serialize(vtt->track, CaptionFormat::Ass), "w.ass");
        QCOMPARE(ass->track.cues, track.cues);
    }

    void contentWinsOverExtension()
    {
        const QString path = m_dir.filePath("really-vtt.srt");
        QVERIFY(CaptionFile::write(sampleTrack(), path, CaptionFormat::WebVtt).ok());
        const auto doc = CaptionFile::read(path);
        QVERIFY(doc.ok());
        QCOMPARE(doc->format, CaptionFormat::WebVtt);
        QCOMPARE(doc->warnings.size(), 1);
        QCOMPARE(doc->warnings[0].code, QStringLiteral("captions.format_mismatch"));
        QCOMPARE(CaptionFile::sniff("\n\n1\n00:00:01,000 --> 00:00:02,000\nx"), CaptionFormat::Srt);
        QCOMPARE(CaptionFile::sniff("[Script Info]\nTitle: x"), CaptionFormat::Ass);
        QCOMPARE(CaptionFile::sniff("hello"), std::nullopt);
        // No telling content, no telling name.
        const auto unknown = CaptionFile::parse("just words", "notes.txt");
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().code, QStringLiteral("captions.unknown_format"));
        // Arrows with dots and a neutral name: read as SubRip.
        const auto dots = CaptionFile::parse("1\n00:00:01.000 --> 00:00:02.000\nx\n", "captions.txt");
        QVERIFY(dots.ok());
        QCOMPARE(dots->format, CaptionFormat::Srt);
    }

    void writeOptionsAndAtomicity()
    {
        const QString path = m_dir.filePath("opts.srt");
        QVERIFY(CaptionFile::write(sampleTrack(), path, std::nullopt, {true, true}).ok());
        const QByteArray bytes = fileBytes(path);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"
                                 "1\r\n00:00:01,001 --> 00:00:02,999\r\n"));
        QVERIFY(!bytes.contains("\r\r"));
        const auto doc = CaptionFile::read(path);
        QCOMPARE(doc->track.cues, sampleTrack().cues);

        const auto noFormat = CaptionFile::write(sampleTrack(), m_dir.filePath("x.txt"));
        QCOMPARE(noFormat.error().code, QStringLiteral("captions.unknown_format"));
        const auto noDir = CaptionFile::write(sampleTrack(), m_dir.filePath("missing/dir/x.srt"));
        QVERIFY(!noDir.ok());
        QCOMPARE(noDir.error().code, QStringLiteral("captions.write_failed"));
        const auto missing = CaptionFile::read(m_dir.filePath("nope.srt"));
        QCOMPARE(missing.error().code, QStringLiteral("captions.read_failed"));
    }

    void errorsNameTheFileAndLine()
    {
        const QString path = m_dir.filePath("broken.srt");
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(
            "1\r\n00:00:01,000 --> 00:00:02,000\r\nok\r\n\r\n2\r\n00:00:03,000 -> 00:00:04,000\r\nbad\r\n");
        f.close();
        const auto doc = CaptionFile::read(path);
        QVERIFY(!doc.ok());
        QCOMPARE(doc.error().code, QStringLiteral("captions.srt_bad_timing"));
        QCOMPARE(doc.error().context.value("file").toString(), QStringLiteral("broken.srt"));
        QCOMPARE(doc.error().context.value("line").toInt(), 6);
    }
};

QTEST_GUILESS_MAIN(TestCaptionFile)
#include "tst_captionfile.moc"
