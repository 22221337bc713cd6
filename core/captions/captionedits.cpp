#include "core/captions/captionedits.h"

#include "core/captions/internal/captionwordtiming.h"

#include <QTextBoundaryFinder>

#include <algorithm>

namespace montaj {

namespace {

QString chopSeparators(QString s)
{
    while (!s.isEmpty() && CaptionWordTiming::isSeparator(s.back()))
        s.chop(1);
    return s;
}

QString dropLeadingSeparators(const QString &s)
{
    qsizetype i = 0;
    while (i < s.size() && CaptionWordTiming::isSeparator(s[i]))
        ++i;
    return s.mid(i);
}

// Where to cut text with no usable word timing: the separator nearest `target`, or else the
// grapheme boundary nearest it (text with no spaces).
qsizetype proportionalCut(const QString &text, qsizetype target)
{
    qsizetype best = -1;
    for (qsizetype i = 0; i < text.size(); ++i)
        if (CaptionWordTiming::isSeparator(text[i])
            && (best < 0 || std::abs(i - target) < std::abs(best - target)))
            best = i;
    if (best >= 0)
        return best;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, text);
    qsizetype nearest = text.size();
    for (qsizetype b = finder.toNextBoundary(); b > 0 && b < text.size(); b = finder.toNextBoundary())
        if (nearest == text.size() || std::abs(b - target) < std::abs(nearest - target))
            nearest = b;
    return nearest;
}

CaptionWord clampedWord(CaptionWord w, qint64 from, qint64 to)
{
    w.startUs = std::clamp(w.startUs, from, to);
    w.endUs = std::clamp(w.endUs, w.startUs, to);
    return w;
}

Error noSuchCue(qsizetype index)
{
    return Error(QStringLiteral("captions.no_such_cue"),
                 CaptionEdits::tr("There is no cue %1.").arg(index + 1), {{QStringLiteral("cue"), index}});
}

} // namespace

Result<CaptionTrack> CaptionEdits::split(const CaptionTrack &track, qsizetype index, qint64 atUs)
{
    if (index < 0 || index >= track.cues.size())
        return noSuchCue(index);
    const CaptionCue &cue = track.cues[index];
    if (atUs <= cue.startUs || atUs >= cue.endUs)
        return Error(QStringLiteral("captions.split_outside_cue"),
                     tr("A cue can only be split at a time inside it."), {{QStringLiteral("cue"), index}});

    CaptionCue first{cue.startUs, atUs, {}, {}};
    CaptionCue second{atUs, cue.endUs, {}, {}};
    const auto positions =
        cue.words.size() >= 2 ? CaptionWordTiming::locate(cue.text, cue.words) : std::nullopt;
    qsizetype cut = 0;
    qsizetype firstWordAfter = 0;
    if (positions) {
        qsizetype best = 1;
        for (qsizetype k = 2; k < cue.words.size(); ++k)
            if (std::abs(cue.words[k].startUs - atUs) < std::abs(cue.words[best].startUs - atUs))
                best = k;
        cut = (*positions)[best];
        firstWordAfter = best;
    } else {
        const double fraction = double(atUs - cue.startUs) / double(cue.endUs - cue.startUs);
        cut = proportionalCut(cue.text, qsizetype(fraction * double(cue.text.size()) + 0.5));
        while (firstWordAfter < cue.words.size() && cue.words[firstWordAfter].startUs < atUs)
            ++firstWordAfter;
    }
    first.text = chopSeparators(cue.text.left(cut));
    second.text = dropLeadingSeparators(cue.text.mid(cut));
    for (qsizetype k = 0; k < cue.words.size(); ++k) {
        if (k < firstWordAfter)
            first.words.append(clampedWord(cue.words[k], first.startUs, first.endUs));
        else
            second.words.append(clampedWord(cue.words[k], second.startUs, second.endUs));
    }

    CaptionTrack out = track;
    out.cues[index] = first;
    out.cues.insert(index + 1, second);
    return out;
}

Result<CaptionTrack> CaptionEdits::mergeWithNext(const CaptionTrack &track, qsizetype index)
{
    if (index < 0 || index + 1 >= track.cues.size())
        return noSuchCue(index + 1);
    const CaptionCue &a = track.cues[index];
    const CaptionCue &b = track.cues[index + 1];
    CaptionCue merged;
    merged.startUs = std::min(a.startUs, b.startUs);
    merged.endUs = std::max(a.endUs, b.endUs);
    merged.text = a.text.isEmpty() ? b.text : b.text.isEmpty() ? a.text : a.text + u'\n' + b.text;
    merged.words = a.words + b.words;
    CaptionTrack out = track;
    out.cues[index] = merged;
    out.cues.removeAt(index + 1);
    return out;
}

CaptionEdits::Shifted CaptionEdits::shiftAll(const CaptionTrack &track, qint64 deltaUs)
{
    qint64 earliest = std::numeric_limits<qint64>::max();
    for (const CaptionCue &cue : track.cues) {
        earliest = std::min(earliest, cue.startUs);
        for (const CaptionWord &w : cue.words)
            earliest = std::min(earliest, w.startUs);
    }
    Shifted out{track, deltaUs};
    if (deltaUs < 0 && !track.cues.isEmpty())
        out.appliedUs = std::max(deltaUs, -std::max<qint64>(earliest, 0));
    const auto move = [&](qint64 &t) { t = std::max<qint64>(0, t + out.appliedUs); };
    for (CaptionCue &cue : out.track.cues) {
        move(cue.startUs);
        move(cue.endUs);
        for (CaptionWord &w : cue.words) {
            move(w.startUs);
            move(w.endUs);
        }
    }
    return out;
}

CaptionEdits::Replaced CaptionEdits::findAndReplace(const CaptionTrack &track, const QString &find,
                                                    const QString &replacement,
                                                    Qt::CaseSensitivity sensitivity)
{
    Replaced out{track, 0};
    if (find.isEmpty())
        return out;
    for (CaptionCue &cue : out.track.cues) {
        int count = 0;
        for (qsizetype pos = cue.text.indexOf(find, 0, sensitivity); pos >= 0;
             pos = cue.text.indexOf(find, pos + find.size(), sensitivity))
            ++count;
        if (count == 0)
            continue;
        out.count += count;
        cue.text.replace(find, replacement, sensitivity);
        QList<CaptionWord> words;
        for (CaptionWord w : cue.words) {
            w.text.replace(find, replacement, sensitivity);
            if (!w.text.trimmed().isEmpty())
                words.append(w);
        }
        cue.words = CaptionWordTiming::locate(cue.text, words) ? words : QList<CaptionWord>();
    }
    return out;
}

CaptionTrack CaptionEdits::normalized(const CaptionTrack &track)
{
    CaptionTrack out = track;
    out.cues.clear();
    for (CaptionCue cue : track.cues) {
        cue.startUs = std::max<qint64>(0, cue.startUs);
        cue.endUs = std::max(cue.startUs, cue.endUs);
        QStringList lines;
        for (QString line : cue.text.split(u'\n')) {
            while (!line.isEmpty() && line.back().isSpace())
                line.chop(1);
            if (!line.trimmed().isEmpty())
                lines << line;
        }
        cue.text = lines.join(u'\n');
        if (cue.text.isEmpty())
            continue;
        for (CaptionWord &w : cue.words)
            w = clampedWord(w, cue.startUs, cue.endUs);
        std::stable_sort(cue.words.begin(), cue.words.end(),
                         [](const CaptionWord &a, const CaptionWord &b) { return a.startUs < b.startUs; });
        out.cues.append(cue);
    }
    std::stable_sort(out.cues.begin(), out.cues.end(), [](const CaptionCue &a, const CaptionCue &b) {
        return a.startUs != b.startUs ? a.startUs < b.startUs : a.endUs < b.endUs;
    });
    return out;
}

} // namespace montaj
