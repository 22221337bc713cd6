#include "core/captions/internal/asstext.h"

#include "core/captions/internal/captiontimecode.h"
#include "core/captions/internal/captionwordtiming.h"

#include <QStringList>

namespace montaj {

namespace {

const QString kHintPrefix = QStringLiteral("montaj-ms:");
constexpr qint64 kMaxKaraokeCs = 100000000; // 277 hours: more is damage, not karaoke

// "\k50", "\kf50", "\K50", "\ko50" → 50 (centiseconds); nullopt for every other tag.
std::optional<qint64> karaokeCs(QStringView tag)
{
    if (tag.isEmpty() || (tag[0] != u'k' && tag[0] != u'K'))
        return std::nullopt;
    QStringView rest = tag.mid(1);
    if (!rest.isEmpty() && (rest[0] == u'f' || rest[0] == u'o'))
        rest = rest.mid(1);
    rest = rest.trimmed();
    if (rest.isEmpty() || rest.size() > 12)
        return std::nullopt;
    qint64 cs = 0;
    qsizetype i = 0;
    for (; i < rest.size() && rest[i] >= u'0' && rest[i] <= u'9'; ++i)
        cs = cs * 10 + (rest[i].unicode() - u'0');
    if (i == 0 || (i < rest.size() && rest[i] != u'.'))
        return std::nullopt;
    return std::min(cs, kMaxKaraokeCs);
}

std::optional<QList<qint64>> hintNumbers(QStringView block)
{
    if (!block.startsWith(kHintPrefix))
        return std::nullopt;
    QList<qint64> numbers;
    for (QStringView part : block.mid(kHintPrefix.size()).split(u',')) {
        bool ok = false;
        const qint64 ms = part.trimmed().toLongLong(&ok);
        if (!ok || ms < 0 || ms > qint64(1) << 40)
            return std::nullopt;
        numbers.append(ms);
    }
    return numbers;
}

bool closeTo(qint64 hintMs, qint64 us)
{
    return std::abs(hintMs * 1000 - us) <= 5000;
}

QString escaped(QStringView text)
{
    QString out;
    for (QChar c : text) {
        if (c == u'\n')
            out += QStringLiteral("\\N");
        else if (c.unicode() == 0x00A0)
            out += QStringLiteral("\\h");
        else if (c == u'{')
            out += QStringLiteral("\\{");
        else if (c == u'}')
            out += QStringLiteral("\\}");
        else
            out += c;
    }
    return out;
}

bool onCentisecond(qint64 us)
{
    return CaptionTimecode::toMs(us) % 10 == 0;
}

} // namespace

AssText::Parsed AssText::parse(QStringView field, qint64 startUs, qint64 endUs)
{
    Parsed parsed;
    QString &text = parsed.text;
    QList<TimedSpan> spans;
    std::optional<QList<qint64>> hint;
    qint64 cursor = startUs;
    bool textBeforeKaraoke = false;
    const auto closeSyllable = [&] {
        if (!spans.isEmpty() && spans.last().end < 0)
            spans.last().end = text.size();
    };
    qsizetype nextClose = -1; // the first '}' after the current '{' (found once, kept: linear time)
    for (qsizetype i = 0; i < field.size(); ++i) {
        const QChar c = field[i];
        if (c == u'{') {
            if (nextClose >= 0 && nextClose <= i)
                nextClose = -1;
            if (nextClose < 0 && nextClose != -2)
                nextClose = field.indexOf(u'}', i + 1);
            if (nextClose < 0)
                nextClose = -2; // none left
            const qsizetype close = nextClose;
            if (close > i) {
                const QStringView block = field.mid(i + 1, close - i - 1);
                i = close;
                if (!hint && (hint = hintNumbers(block)))
                    continue;
                for (QStringView tag : block.split(u'\\')) {
                    if (tag.trimmed().isEmpty())
                        continue;
                    if (const auto cs = karaokeCs(tag)) {
                        closeSyllable();
                        const qint64 end = cursor + *cs * 10000;
                        spans.append({text.size(), -1, cursor, end});
                        cursor = end;
                        parsed.karaoke = true;
                    } else if (block.contains(u'\\')) {
                        parsed.overrides = true;
                    }
                }
                continue;
            }
        } else if (c == u'\\' && i + 1 < field.size()) {
            const QChar next = field[i + 1];
            if (next == u'N' || next == u'n' || next == u'h' || next == u'{' || next == u'}') {
                text += next == u'h' ? QChar(0x00A0) : (next == u'N' || next == u'n') ? QChar(u'\n') : next;
                ++i;
                continue;
            }
        }
        if (spans.isEmpty() && !CaptionWordTiming::isSeparator(c))
            textBeforeKaraoke = true;
        text += c;
    }
    closeSyllable();

    if (parsed.karaoke && !textBeforeKaraoke) {
        QList<TimedSpan> clamped;
        for (TimedSpan s : spans) {
            s.startUs = std::clamp(s.startUs, startUs, std::max(startUs, endUs));
            s.endUs = std::clamp(s.endUs, s.startUs, std::max(s.startUs, endUs));
            if (s.end > s.begin)
                clamped.append(s);
        }
        parsed.words = CaptionWordTiming::fromSpans(text, clamped);
    }
    if (hint && hint->size() >= 2 && closeTo(hint->at(0), startUs) && closeTo(hint->at(1), endUs)) {
        parsed.exactStartUs = hint->at(0) * 1000;
        parsed.exactEndUs = hint->at(1) * 1000;
        if (hint->size() == 2 + 2 * parsed.words.size()) {
            bool agree = true;
            for (qsizetype k = 0; k < parsed.words.size() && agree; ++k)
                agree = closeTo(hint->at(2 + 2 * k), parsed.words[k].startUs)
                        && closeTo(hint->at(3 + 2 * k), parsed.words[k].endUs);
            for (qsizetype k = 0; k < parsed.words.size() && agree; ++k) {
                parsed.words[k].startUs = hint->at(2 + 2 * k) * 1000;
                parsed.words[k].endUs = hint->at(3 + 2 * k) * 1000;
            }
        }
    }
    return parsed;
}

bool AssText::canWriteKaraoke(const CaptionCue &cue)
{
    return !cue.words.isEmpty() && CaptionWordTiming::locate(cue.text, cue.words).has_value();
}

QString AssText::write(const CaptionCue &cue)
{
    const auto positions =
        cue.words.isEmpty() ? std::nullopt : CaptionWordTiming::locate(cue.text, cue.words);
    QList<qint64> exact{CaptionTimecode::toMs(cue.startUs), CaptionTimecode::toMs(cue.endUs)};
    bool needHint = !onCentisecond(cue.startUs) || !onCentisecond(cue.endUs);
    QString body;
    if (positions) {
        qint64 boundaryCs = CaptionTimecode::toCs(cue.startUs);
        for (qsizetype i = 0; i < cue.words.size(); ++i) {
            const CaptionWord &w = cue.words[i];
            const qint64 startCs = std::max(boundaryCs, CaptionTimecode::toCs(w.startUs));
            const qint64 endCs = std::max(startCs, CaptionTimecode::toCs(w.endUs));
            if (startCs > boundaryCs)
                body += QStringLiteral("{\\k%1}").arg(startCs - boundaryCs);
            const qsizetype from = i == 0 ? 0 : (*positions)[i];
            const qsizetype to = i + 1 < cue.words.size() ? (*positions)[i + 1] : cue.text.size();
            body += QStringLiteral("{\\k%1}").arg(endCs - startCs)
                    + escaped(QStringView(cue.text).mid(from, to - from));
            boundaryCs = endCs;
            exact << CaptionTimecode::toMs(w.startUs) << CaptionTimecode::toMs(w.endUs);
            needHint = needHint || !onCentisecond(w.startUs) || !onCentisecond(w.endUs);
        }
    } else {
        body = escaped(cue.text);
    }
    if (!needHint)
        return body;
    QStringList numbers;
    for (qint64 ms : exact)
        numbers << QString::number(ms);
    return u'{' + kHintPrefix + numbers.join(u',') + u'}' + body;
}

} // namespace montaj
