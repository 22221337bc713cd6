#include "core/speech/cuebuilder.h"

#include <QTest>

using namespace montaj;

namespace {

// Words from text, each `wordUs` long with `gapUs` between them, starting at `fromUs`.
QList<CaptionWord> wordsOf(const QString &text, qint64 fromUs = 0, qint64 wordUs = 300'000,
                           qint64 gapUs = 50'000)
{
    QList<CaptionWord> words;
    qint64 t = fromUs;
    for (const QString &w : text.split(u' ', Qt::SkipEmptyParts)) {
        words << CaptionWord{t, t + wordUs, w};
        t += wordUs + gapUs;
    }
    return words;
}

QList<CaptionWord> allWords(const QList<CaptionCue> &cues)
{
    QList<CaptionWord> words;
    for (const CaptionCue &cue : cues)
        words << cue.words;
    return words;
}

} // namespace

class TestCueBuilder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pausesStartNewCues()
    {
        QList<CaptionWord> words = wordsOf("we will go") << wordsOf("to the park", 1'000'000 + 600'000);
        const auto cues = CueBuilder::build(words);
        QCOMPARE(cues.size(), 2);
        QCOMPARE(cues[0].text, QStringLiteral("we will go"));
        QCOMPARE(cues[1].text, QStringLiteral("to the park"));
        QCOMPARE(cues[0].startUs, 0);
        QCOMPARE(cues[0].endUs, words[2].endUs);
        QCOMPARE(cues[1].startUs, words[3].startUs);
        // A shorter pause keeps them together.
        words = wordsOf("we will go") << wordsOf("to the park", 1'000'000 + 400'000);
        QCOMPARE(CueBuilder::build(words).size(), 1);
    }

    void shorterPausesEndCuesOnceTheyHoldHalfALine()
    {
        // 0.3 s after "friend" (half a line said): a new cue; 0.3 s after "Hello": not yet.
        auto words = wordsOf("Hello there my dear friend")
                     << wordsOf("how are you", 1'750'000 - 50'000 + 300'000);
        auto cues = CueBuilder::build(words);
        QCOMPARE(cues.size(), 2);
        QCOMPARE(cues[1].text, QStringLiteral("how are you"));
        words = wordsOf("Hello") << wordsOf("there my dear friend", 300'000 + 300'000);
        QCOMPARE(CueBuilder::build(words).size(), 1);
    }

    void linesStayWithinLimits()
    {
        const QString text = "alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima mike "
                             "november oscar papa quebec romeo sierra tango uniform victor whiskey xray";
        const auto words = wordsOf(text, 0, 150'000, 20'000);
        const auto cues = CueBuilder::build(words);
        QVERIFY(cues.size() >= 2);
        for (const CaptionCue &cue : cues) {
            const QStringList lines = cue.text.split(u'\n');
            QVERIFY(lines.size() <= 2);
            for (const QString &line : lines)
                QVERIFY2(line.size() <= 42, qPrintable(line));
            QCOMPARE(cue.startUs, cue.words.first().startUs);
            QVERIFY(cue.endUs >= cue.words.last().endUs);
        }
        QCOMPARE(allWords(cues), words); // nothing lost, nothing changed, in order
    }

    void twoLinesAreBalanced()
    {
        int lines = 0;
        const QString text = CueBuilder::breakLines(
            QString("one two three four five six seven eight nine ten eleven twelve").split(u' '), 42,
            &lines);
        QCOMPARE(lines, 2);
        const QStringList parts = text.split(u'\n');
        QVERIFY2(std::abs(parts[0].size() - parts[1].size()) <= 6, qPrintable(text));
        QCOMPARE(CueBuilder::breakLines({"short", "line"}, 42), QStringLiteral("short line"));
    }

    void longCuesAreSplit()
    {
        const auto words =
            wordsOf("a b c d e f g h i j k l m n o p q r s t u v w x y z", 0, 400'000, 100'000);
        const auto cues = CueBuilder::build(words); // 13 s of single letters: the time limit cuts
        QVERIFY(cues.size() >= 2);
        for (const CaptionCue &cue : cues)
            QVERIFY(cue.durationUs() <= 7'000'000);
    }

    void sentencesEndCuesOnceTheyHoldHalfALine()
    {
        auto cues = CueBuilder::build(wordsOf("Hello there my dear friend. How are you"));
        QCOMPARE(cues.size(), 2);
        QCOMPARE(cues[0].text, QStringLiteral("Hello there my dear friend."));
        cues = CueBuilder::build(wordsOf("Hi. How are you"));
        QCOMPARE(cues.size(), 1);
        // Arabic question mark too.
        cues = CueBuilder::build(wordsOf("كيف حالك اليوم يا صديقي العزيز؟ أنا بخير"));
        QCOMPARE(cues.size(), 2);
    }

    void shortCuesStayUpLonger()
    {
        QList<CaptionWord> words{
            {0, 200'000, "Yes"}, {2'000'000, 2'300'000, "no"}, {2'900'000, 3'100'000, "maybe"}};
        const auto cues = CueBuilder::build(words);
        QCOMPARE(cues.size(), 3);
        QCOMPARE(cues[0].endUs, 800'000);   // extended to the minimum
        QCOMPARE(cues[1].endUs, 2'800'000); // extended to the minimum, still before the next cue
        QCOMPARE(cues[2].endUs, 3'700'000);
        QCOMPARE(cues[0].words.first().endUs, 200'000); // words keep their own times
        // Never into the next cue.
        const auto close = CueBuilder::build({{0, 200'000, "Yes"}, {750'000, 950'000, "no"}});
        QCOMPARE(close.size(), 2);
        QCOMPARE(close[0].endUs, 750'000);
    }
};

QTEST_GUILESS_MAIN(TestCueBuilder)
#include "tst_cuebuilder.moc"
