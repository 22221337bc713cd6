// WebVTT reading and writing: header and language, cue identifiers, settings (the line position
// kept, the rest ignored with a warning), voice spans and other tags, character references,
// inline timestamps as word timing, NOTE/STYLE/REGION blocks, strict timing errors.

#include "core/captions/vttformat.h"

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

QString readData(const QString &name)
{
    QFile f(QStringLiteral(CAPTIONS_DATA_DIR "/") + name);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

} // namespace

class TestVttFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sampleFile()
    {
        const auto doc = VttFormat::parse(readData("sample.vtt"), "sample.vtt");
        QVERIFY(doc.ok());
        QCOMPARE(doc->track.language, QStringLiteral("fr"));
        QCOMPARE(doc->track.style.verticalPosition, 0.8);
        const QList<CaptionCue> &cues = doc->track.cues;
        QCOMPARE(cues.size(), 3);
        QCOMPARE(cues[0].text, QStringLiteral("Bonjour à tous"));
        const QList<CaptionWord> words{
            {1000000, 1500000, "Bonjour"}, {1500000, 2000000, "à"}, {2000000, 4000000, "tous"}};
        QCOMPARE(cues[0].words, words);
        QCOMPARE(cues[1].text, QStringLiteral("Ça & là <3\ndeuxième ligne"));
        QVERIFY(cues[1].words.isEmpty());
        QCOMPARE(cues[2].text, QStringLiteral("漢字"));
        QCOMPARE(warningsText(doc->warnings), QStringLiteral("4 captions.vtt_note_ignored\n"
                                                             "7 captions.vtt_style_ignored\n"
                                                             "10 captions.vtt_region_ignored\n"
                                                             "14 captions.vtt_setting_ignored\n"
                                                             "14 captions.vtt_setting_ignored\n"
                                                             "21 captions.vtt_setting_ignored"));
        QVERIFY(doc->warnings[3].message.contains("align:center"));
        QVERIFY(doc->warnings[4].message.contains("position:50%"));
        QVERIFY(doc->warnings[5].message.contains("vertical:rl"));
    }

    void severalWordsBetweenTimestampsShareTheTime()
    {
        const auto doc = VttFormat::parse(
            "WEBVTT\n\n00:01.000 --> 00:03.000\nun deux <00:00:02.000>trois quatre\n", "share.vtt");
        QVERIFY(doc.ok());
        const QList<CaptionWord> words{{1000000, 1333000, "un"},
                                       {1333000, 2000000, "deux"},
                                       {2000000, 2455000, "trois"},
                                       {2455000, 3000000, "quatre"}};
        QCOMPARE(doc->track.cues[0].words, words);
        QVERIFY(doc->warnings.isEmpty());
    }

    void toleratedDamage()
    {
        const QString text = "00:00:01,000 --> 00:00:02,000\nNo header, comma\n"
                             "00:00:03.000 --> 00:00:04.000 line:10%\nNo blank line <00:00:05.000>late "
                             "<00:00:03.500>early\n\nlonely block\n\n00:00:06.000 --> 00:00:07.000 line:90%\n"
                             "&#x1F600; &unknown; &lrm;x\n";
        const auto doc = VttFormat::parse(text, "bad.vtt");
        QVERIFY(doc.ok());
        QCOMPARE(doc->track.cues.size(), 3);
        QCOMPARE(doc->track.cues[1].text, QStringLiteral("No blank line late early"));
        QCOMPARE(doc->track.cues[1].words.size(), 5);
        QCOMPARE(doc->track.cues[1].words[3].endUs, 3500000); // the 5.000 stamp is past the end
        QCOMPARE(doc->track.cues[1].words[4].startUs, 3500000);
        QCOMPARE(doc->track.cues[2].text, QString::fromUtf8("😀 &unknown; \u200Ex"));
        QCOMPARE(doc->track.style.verticalPosition, 0.1);
        QCOMPARE(warningsText(doc->warnings), QStringLiteral("1 captions.vtt_missing_header\n"
                                                             "1 captions.vtt_comma_before_ms\n"
                                                             "3 captions.vtt_missing_blank_line\n"
                                                             "4 captions.vtt_bad_inline_timestamp\n"
                                                             "6 captions.vtt_block_ignored\n"
                                                             "8 captions.vtt_line_varies"));
    }

    void strictErrors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("line");
        QTest::newRow("bad timing") << "WEBVTT\n\nid\n00:00:01.000 --> soon\nx\n"
                                    << "captions.vtt_bad_timing" << 4;
        QTest::newRow("minutes 61") << "WEBVTT\n\n61:00.000 --> 62:00.000\nx\n"
                                    << "captions.vtt_bad_timing" << 3;
        QTest::newRow("end before start") << "WEBVTT\n\n\n00:00:03.000 --> 00:00:01.000\nx\n"
                                          << "captions.vtt_end_before_start" << 4;
    }
    void strictErrors()
    {
        QFETCH(QString, text);
        QFETCH(QString, code);
        QFETCH(int, line);
        const auto doc = VttFormat::parse(text, "broken.vtt");
        QVERIFY(!doc.ok());
        QCOMPARE(doc.error().code, code);
        QCOMPARE(doc.error().context.value("line").toInt(), line);
        QVERIFY(doc.error().toString().contains("broken.vtt"));
    }

    void writesWordsAsInlineTimestamps()
    {
        CaptionTrack track;
        track.language = "ar";
        track.style.verticalPosition = 0.805;
        track.cues = {{1000000,
                       3000000,
                       "مرحبا <بالعالم> & أهلا",
                       {{1000000, 1500000, "مرحبا"},
                        {1500000, 2250000, "<بالعالم>"},
                        {2250000, 2400000, "&"},
                        {2400000, 3000000, "أهلا"}}},
                      {4000000, 5000000, "plain\n\ntext", {}}};
        const QString out = VttFormat::write(track);
        QCOMPARE(out, QStringLiteral(
                          "WEBVTT\nLanguage: ar\n\n"
                          "00:00:01.000 --> 00:00:03.000 line:80.5%,center\n"
                          "مرحبا <00:00:01.500>&lt;بالعالم&gt; <00:00:02.250>&amp; <00:00:02.400>أهلا\n\n"
                          "00:00:04.000 --> 00:00:05.000 line:80.5%,center\nplain\ntext\n\n"));
        const auto back = VttFormat::parse(out, "back.vtt");
        QVERIFY(back.ok());
        QVERIFY(back->warnings.isEmpty());
        QCOMPARE(back->track.language, track.language);
        QCOMPARE(back->track.style.verticalPosition, 0.805);
        QCOMPARE(back->track.cues[0], track.cues[0]);
        QCOMPARE(back->track.cues[1].text, QStringLiteral("plain\ntext"));

        track.language = "x --> y"; // not a language tag: left out rather than break the header
        QVERIFY(VttFormat::write(track).startsWith("WEBVTT\n\n00:00:01.000"));
    }
};

QTEST_GUILESS_MAIN(TestVttFormat)
#include "tst_vttformat.moc"
