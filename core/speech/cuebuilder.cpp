#include "core/speech/cuebuilder.h"

#include <QStringList>

#include <algorithm>

namespace montaj {
namespace {

qsizetype joinedLength(const QStringList &words, qsizetype from, qsizetype to)
{
    qsizetype n = 0;
    for (qsizetype i = from; i < to; ++i)
        n += words[i].size() + (i > from ? 1 : 0);
    return n;
}

bool endsSentence(const QString &word)
{
    return !word.isEmpty() && QStringLiteral(".?!…؟").contains(word.back());
}

} // namespace

QString CueBuilder::breakLines(const QStringList &words, int maxCharsPerLine, int *lines)
{
    // Greedy first: how many lines are needed.
    QList<qsizetype> starts{0};
    qsizetype length = 0;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const qsizetype add = words[i].size() + (length > 0 ? 1 : 0);
        if (length > 0 && length + add > maxCharsPerLine) {
            starts << i;
            length = words[i].size();
        } else {
            length += add;
        }
    }
    // Two lines: the break that makes the longer line shortest.
    if (starts.size() == 2) {
        qsizetype best = starts[1], bestLongest = joinedLength(words, 0, words.size());
        for (qsizetype i = 1; i < words.size(); ++i) {
            const qsizetype a = joinedLength(words, 0, i), b = joinedLength(words, i, words.size());
            if (a <= maxCharsPerLine && b <= maxCharsPerLine && std::max(a, b) < bestLongest) {
                best = i;
                bestLongest = std::max(a, b);
            }
        }
        starts[1] = best;
    }
    if (lines)
        *lines = int(starts.size());
    QStringList out;
    for (qsizetype l = 0; l < starts.size(); ++l) {
        const qsizetype end = l + 1 < starts.size() ? starts[l + 1] : words.size();
        out << words.mid(starts[l], end - starts[l]).join(u' ');
    }
    return out.join(u'\n');
}

QList<CaptionCue> CueBuilder::build(const QList<CaptionWord> &words, const CueRules &rules)
{
    QList<CaptionCue> cues;
    QList<CaptionWord> current;
    QStringList texts;
    const auto flush = [&] {
        if (current.isEmpty())
            return;
        CaptionCue cue;
        cue.startUs = current.first().startUs;
        cue.endUs = current.last().endUs;
        cue.text = breakLines(texts, rules.maxCharsPerLine);
        cue.words = current;
        cues << cue;
        current.clear();
        texts.clear();
    };
    for (const CaptionWord &word : words) {
        const QString text = word.text.simplified();
        if (text.isEmpty())
            continue;
        if (!current.isEmpty()) {
            int lines = 0;
            breakLines(QStringList(texts) << text, rules.maxCharsPerLine, &lines);
            const qint64 gap = word.startUs - current.last().endUs;
            const bool halfLine = joinedLength(texts, 0, texts.size()) >= rules.maxCharsPerLine / 2;
            const bool pause = gap > rules.pauseUs || (halfLine && gap > rules.phrasePauseUs);
            const bool tooLong = word.endUs - current.first().startUs > rules.maxDurationUs;
            const bool sentence = halfLine && endsSentence(texts.last());
            if (pause || tooLong || sentence || lines > rules.maxLines)
                flush();
        }
        CaptionWord kept = word;
        kept.text = text;
        current << kept;
        texts << text;
    }
    flush();
    // Short cues stay up a little longer, never into the next one.
    for (qsizetype i = 0; i < cues.size(); ++i) {
        const qint64 limit =
            i + 1 < cues.size() ? cues[i + 1].startUs : cues[i].startUs + rules.minDurationUs;
        if (cues[i].durationUs() < rules.minDurationUs)
            cues[i].endUs = std::max(cues[i].endUs, std::min(cues[i].startUs + rules.minDurationUs, limit));
    }
    return cues;
}

} // namespace montaj
