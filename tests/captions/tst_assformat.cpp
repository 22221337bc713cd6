// ASS/SSA reading and writing: [Script Info], styles mapped onto CaptionStyle (size relative to
// PlayResY, &HAABBGGRR and decimal colours, outline, BorderStyle 3 as a box, alignment and MarginV
// as the vertical position), Format order respected, \N breaks, override tags removed, karaoke as
// word timing, strict errors.

#include "core/captions/assformat.h"

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

bool near(double a, double b)
{
    return std::abs(a - b) < 1e-3;
}

} // namespace

class TestAssFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void karaokeScript()
    {
        const auto doc = AssFormat::parse(readData("karaoke.ass"), "karaoke.ass");
        QVERIFY(doc.ok());
        QCOMPARE(doc->track.language, QStringLiteral("ar"));
        const QList<CaptionCue> &cues = doc->track.cues;
        QCOMPARE(cues.size(), 3);
        QCOMPARE(cues[0].text, QStringLiteral("مرحبا بالعالم"));
        QCOMPARE(cues[0].words,
                 (QList<CaptionWord>{{1000000, 1500000, "مرحبا"}, {1500000, 2100000, "بالعالم"}}));
        QCOMPARE(cues[1].text, QStringLiteral("Karaoke"));
        QCOMPARE(cues[1].words, (QList<CaptionWord>{{3500000, 5000000, "Karaoke"}}));
        QCOMPARE(cues[2].text, QStringLiteral("Top, with commas\nand a break"));
        QVERIFY(cues[2].words.isEmpty());
        QCOMPARE(warningsText(doc->warnings), QStringLiteral("19 captions.ass_overrides_removed\n"
                                                             "20 captions.ass_event_ignored\n"
                                                             "0 captions.ass_styles_merged"));
        QVERIFY(doc->warnings[2].message.contains("default"));

        const CaptionStyle &s = doc->track.style;
        QCOMPARE(s.preset, CaptionPreset::WordHighlight);
        QCOMPARE(s.fontFamily, QStringLiteral("Noto Sans Arabic"));
        QVERIFY(near(s.fontSize, 0.05));
        QVERIFY(s.bold);
        QCOMPARE(s.color, QColor(Qt::white));
        QCOMPARE(s.highlightColor, QColor(0xff, 0xd4, 0x00));
        QCOMPARE(s.outlineColor, QColor(Qt::black));
        QVERIFY(near(s.outlineWidth, 0.1));
        QVERIFY(!s.box);
        QCOMPARE(s.boxColor, QColor(0, 0, 0, 127));
        QVERIFY(near(s.verticalPosition, 0.9));
    }

    void legacySsaBoxAtTheTop()
    {
        const auto doc = AssFormat::parse(readData("legacy.ssa"), "legacy.ssa");
        QVERIFY(doc.ok());
        QVERIFY(doc->warnings.isEmpty());
        QCOMPARE(doc->track.cues.size(), 1);
        QCOMPARE(doc->track.cues[0].startUs, 500000);
        QCOMPARE(doc->track.cues[0].text, QStringLiteral("Boxed at the top"));
        const CaptionStyle &s = doc->track.style;
        QCOMPARE(s.preset, CaptionPreset::Boxed);
        QVERIFY(s.box);
        QCOMPARE(s.boxColor, QColor(255, 0, 0));
        QCOMPARE(s.color, QColor(255, 255, 255));
        QVERIFY(!s.bold);
        QVERIFY(near(s.fontSize, 0.05));
        QVERIFY(near(s.verticalPosition, 0.075));
        QVERIFY(near(s.outlineWidth, 2.0 / 24));
    }

    void formatOrderIsRespected()
    {
        const auto doc =
            AssFormat::parse("[Events]\nFormat: Text\n" // replaced below
                             "Format: Style, End, Start, Layer, Text\n"
                             "Dialogue: Default,0:00:04.00,0:00:02.00,0,Hello, world\\nagain\\hnow",
                             "order.ass");
        QVERIFY(!doc.ok()); // "Format: Text" names no Start
        QCOMPARE(doc.error().code, QStringLiteral("captions.ass_bad_format"));
        QCOMPARE(doc.error().context.value("line").toInt(), 2);

        const auto ok =
            AssFormat::parse("[Events]\nFormat: Style, End, Start, Layer, Text\n"
                             "Dialogue: Default,0:00:04.00,0:00:02.00,0,Hello, world\\nagain\\hnow",
                             "order.ass");
        QVERIFY(ok.ok());
        QCOMPARE(ok->track.cues.size(), 1);
        QCOMPARE(ok->track.cues[0].startUs, 2000000);
        QCOMPARE(ok->track.cues[0].endUs, 4000000);
        QCOMPARE(ok->track.cues[0].text, QString("Hello, world\nagain") + QChar(0xA0) + "now");
        QCOMPARE(warningsText(ok->warnings), QStringLiteral("3 captions.ass_unknown_style"));
    }

    void strictErrors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("line");
        const QString events =
            "[Events]\nFormat: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text\n";
        QTest::newRow("no sections") << "Dialogue: 0,0:00:01.00,0:00:02.00,Default,,0,0,0,,x\n"
                                     << "captions.ass_no_sections" << 1;
        QTest::newRow("few fields") << events + "Dialogue: 0,0:00:01.00\n"
                                    << "captions.ass_bad_dialogue" << 3;
        QTest::newRow("bad time") << events + "\nDialogue: 0,0:00:0x.00,0:00:02.00,Default,,0,0,0,,x\n"
                                  << "captions.ass_bad_timing" << 4;
        QTest::newRow("end before start") << events + "Dialogue: 0,0:00:03.00,0:00:02.00,Default,,0,0,0,,x\n"
                                          << "captions.ass_end_before_start" << 3;
    }
    void strictErrors()
    {
        QFETCH(QString, text);
        QFETCH(QString, code);
        QFETCH(int, line);
        const auto doc = AssFormat::parse(text, "broken.ass");
        QVERIFY(!doc.ok());
        QCOMPARE(doc.error().code, code);
        QCOMPARE(doc.error().context.value("line").toInt(), line);
    }

    void writesKaraokeWithExactMilliseconds()
    {
        CaptionTrack track;
        track.style.preset = CaptionPreset::WordHighlight;
        track.cues = {{1001000,
                       3000000,
                       "Hello big\nworld",
                       {{1001000, 1500000, "Hello"}, {2000000, 2333000, "big"}, {2333000, 3000000, "world"}}},
                      {4000000, 5000000, "{braces} and\u00A0nbsp", {}}};
        const QString out = AssFormat::write(track);
        QVERIFY(out.contains("\nDialogue: 0,0:00:01.00,0:00:03.00,Default,,0,0,0,,"
                             "{montaj-ms:1001,3000,1001,1500,2000,2333,2333,3000}"
                             "{\\k50}Hello {\\k50}{\\k33}big\\N{\\k67}world\n"));
        QVERIFY(
            out.contains("\nDialogue: 0,0:00:04.00,0:00:05.00,Default,,0,0,0,,\\{braces\\} and\\hnbsp\n"));
        // Karaoke: the text before it is sung is the style's colour, then the highlight.
        QVERIFY(
            out.contains("\nStyle: Default,Noto Sans,72.96,&H0000D4FF,&H00FFFFFF,&H00000000,&H55000000,-1,"));

        const auto back = AssFormat::parse(out, "back.ass");
        QVERIFY(back.ok());
        QVERIFY(back->warnings.isEmpty());
        QCOMPARE(back->track.cues, track.cues);
        QCOMPARE(back->track.style.preset, CaptionPreset::WordHighlight);
        QCOMPARE(back->track.style.color, track.style.color);
        QCOMPARE(back->track.style.highlightColor, track.style.highlightColor);
    }

    void styleRoundTrip_data()
    {
        QTest::addColumn<bool>("box");
        QTest::addColumn<double>("position");
        QTest::newRow("outline bottom") << false << 0.72;
        QTest::newRow("box top") << true << 0.2;
        QTest::newRow("middle") << false << 0.5;
    }
    void styleRoundTrip()
    {
        QFETCH(bool, box);
        QFETCH(double, position);
        CaptionTrack track;
        track.language = "fr";
        track.style.preset = box ? CaptionPreset::Boxed : CaptionPreset::BoldOutline;
        track.style.box = box;
        track.style.boxColor = QColor(10, 20, 30, 200);
        track.style.fontFamily = "Noto Sans Arabic";
        track.style.fontSize = 0.05;
        track.style.bold = false;
        track.style.color = QColor(250, 240, 10);
        track.style.outlineWidth = 0.08;
        track.style.verticalPosition = position;
        track.cues = {{0, 1000000, "Être déçu", {}}};
        const auto back = AssFormat::parse(AssFormat::write(track), "style.ass");
        QVERIFY(back.ok());
        const CaptionStyle &s = back->track.style;
        QCOMPARE(back->track.language, QStringLiteral("fr"));
        QCOMPARE(s.preset, track.style.preset);
        QCOMPARE(s.box, box);
        QCOMPARE(s.boxColor, track.style.boxColor);
        QCOMPARE(s.fontFamily, track.style.fontFamily);
        QVERIFY(near(s.fontSize, 0.05));
        QCOMPARE(s.bold, false);
        QCOMPARE(s.color, track.style.color);
        QCOMPARE(s.highlightColor, track.style.highlightColor);
        QVERIFY(near(s.outlineWidth, 0.08));
        QVERIFY2(near(s.verticalPosition, position), qPrintable(QString::number(s.verticalPosition)));
        if (!box)
            QCOMPARE(s.outlineColor, track.style.outlineColor);
    }

    void retimedLineIgnoresStaleMilliseconds()
    {
        const QString text =
            "[Events]\nFormat: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text\n"
            "Dialogue: 0,0:00:05.00,0:00:06.00,Default,,0,0,0,,{montaj-ms:1001,3000}Moved\n";
        const auto doc = AssFormat::parse(text, "moved.ass");
        QVERIFY(doc.ok());
        QCOMPARE(doc->track.cues[0].startUs, 5000000);
        QCOMPARE(doc->track.cues[0].text, QStringLiteral("Moved"));
    }
};

QTEST_GUILESS_MAIN(TestAssFormat)
#include "tst_assformat.moc"
