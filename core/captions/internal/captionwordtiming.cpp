#include "core/captions/internal/captionwordtiming.h"

#include <algorithm>

namespace montaj {

namespace {

struct WordRange
{
    qsizetype begin = 0;
    qsizetype end = 0;
    qsizetype firstSpan = -1;
    qsizetype lastSpan = -1;
};

// Spans are in text order and do not overlap.
qsizetype spanAt(const QList<TimedSpan> &spans, qsizetype pos)
{
    auto it = std::upper_bound(spans.cbegin(), spans.cend(), pos,
                               [](qsizetype p, const TimedSpan &s) { return p < s.begin; });
    if (it == spans.cbegin())
        return -1;
    --it;
    return pos < it->end ? qsizetype(it - spans.cbegin()) : -1;
}

qint64 roundToMs(qint64 us)
{
    return (us + 500) / 1000 * 1000;
}

} // namespace

bool CaptionWordTiming::isSeparator(QChar c)
{
    const char16_t u = c.unicode();
    return c.isSpace() && u != 0x00A0 && u != 0x202F && u != 0x2007;
}

QList<CaptionWord> CaptionWordTiming::fromSpans(const QString &text, const QList<TimedSpan> &spans)
{
    QList<WordRange> ranges;
    for (qsizetype i = 0; i < text.size();) {
        if (isSeparator(text[i])) {
            ++i;
            continue;
        }
        WordRange r;
        r.begin = i;
        while (i < text.size() && !isSeparator(text[i]))
            ++i;
        r.end = i;
        r.firstSpan = spanAt(spans, r.begin);
        r.lastSpan = spanAt(spans, r.end - 1);
        if (r.firstSpan >= 0 && r.lastSpan >= 0)
            ranges.append(r);
    }

    QList<CaptionWord> words;
    for (qsizetype i = 0; i < ranges.size();) {
        // Words lying wholly in the same single span share it.
        qsizetype j = i + 1;
        if (ranges[i].firstSpan == ranges[i].lastSpan)
            while (j < ranges.size() && ranges[j].firstSpan == ranges[i].firstSpan
                   && ranges[j].lastSpan == ranges[i].firstSpan)
                ++j;
        if (j - i == 1) {
            const WordRange &r = ranges[i];
            words.append({spans[r.firstSpan].startUs,
                          std::max(spans[r.firstSpan].startUs, spans[r.lastSpan].endUs),
                          text.mid(r.begin, r.end - r.begin)});
        } else {
            const TimedSpan &span = spans[ranges[i].firstSpan];
            qint64 total = 0;
            for (qsizetype k = i; k < j; ++k)
                total += ranges[k].end - ranges[k].begin;
            qint64 done = 0;
            qint64 start = span.startUs;
            const qint64 length = std::max<qint64>(0, span.endUs - span.startUs);
            for (qsizetype k = i; k < j; ++k) {
                done += ranges[k].end - ranges[k].begin;
                const qint64 end =
                    k + 1 == j
                        ? span.endUs
                        : span.startUs + roundToMs(qint64(double(length) * double(done) / double(total)));
                words.append({start, std::max(start, end),
                              text.mid(ranges[k].begin, ranges[k].end - ranges[k].begin)});
                start = std::max(start, end);
            }
        }
        i = j;
    }
    return words;
}

std::optional<QList<qsizetype>> CaptionWordTiming::locate(const QString &text,
                                                          const QList<CaptionWord> &words)
{
    QList<qsizetype> positions;
    positions.reserve(words.size());
    qsizetype from = 0;
    for (const CaptionWord &w : words) {
        if (w.text.isEmpty())
            return std::nullopt;
        const qsizetype pos = text.indexOf(w.text, from);
        if (pos < 0)
            return std::nullopt;
        positions.append(pos);
        from = pos + w.text.size();
    }
    return positions;
}

} // namespace montaj
