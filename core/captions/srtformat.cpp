#include "core/captions/srtformat.h"

#include "core/captions/internal/captionparsecontext.h"
#include "core/captions/internal/captiontimecode.h"
#include "core/captions/internal/captionwriterules.h"

namespace montaj {

namespace {

struct TimingLine
{
    qint64 startUs = 0;
    qint64 endUs = 0;
    bool dot = false;
    bool spaces = false;
    bool digits = false;
    bool coordinates = false;
};

bool isBlank(QStringView line)
{
    return line.trimmed().isEmpty();
}

std::optional<qint64> cueNumber(QStringView line)
{
    const QStringView t = line.trimmed();
    if (t.isEmpty() || t.size() > 9)
        return std::nullopt;
    qint64 n = 0;
    for (QChar c : t) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
        n = n * 10 + (c.unicode() - u'0');
    }
    return n;
}

qsizetype firstSpace(QStringView s)
{
    for (qsizetype i = 0; i < s.size(); ++i)
        if (s[i].isSpace())
            return i;
    return -1;
}

std::optional<TimingLine> parseTiming(QStringView line)
{
    const qsizetype arrow = line.indexOf(u"-->");
    if (arrow < 0)
        return std::nullopt;
    QString left;
    for (QChar c : line.left(arrow))
        if (!c.isSpace())
            left += c;
    const QStringView right = line.mid(arrow + 3).trimmed();
    const qsizetype space = firstSpace(right);
    const QStringView endText = space < 0 ? right : right.left(space);
    const QStringView rest = space < 0 ? QStringView() : right.mid(space).trimmed();
    const auto start = CaptionTimecode::parse(left);
    const auto end = CaptionTimecode::parse(endText);
    if (!start || !end)
        return std::nullopt;
    TimingLine t;
    t.startUs = start->us;
    t.endUs = end->us;
    for (const ParsedTimecode &tc : {*start, *end}) {
        t.dot = t.dot || tc.separator == u'.';
        t.digits = t.digits || tc.hourDigits != 2 || !tc.twoDigitFields || tc.fractionDigits != 3;
    }
    t.coordinates = !rest.isEmpty();
    QString canonical = left + QStringLiteral(" --> ") + endText;
    if (t.coordinates)
        canonical += u' ' + rest.toString();
    t.spaces = line != canonical;
    return t;
}

// The formatting tags SubRip players know: <i> <b> <u> <s> <font …> and their closing tags.
bool isFormattingTag(QStringView tag)
{
    QStringView name = tag.startsWith(u'/') ? tag.mid(1) : tag;
    qsizetype end = 0;
    while (end < name.size() && name[end].isLetter())
        ++end;
    const bool attributes = end < name.size();
    if (attributes && !name[end].isSpace())
        return false;
    name = name.left(end);
    if (name.compare(u"font", Qt::CaseInsensitive) == 0)
        return true;
    return !attributes && name.size() == 1 && QStringView(u"ibusIBUS").contains(name[0]);
}

// Where `closer` ends the tag opened at `open`: within kMaxTag characters on the same line, before
// another '<'; -1 otherwise. Bounded so that text full of '<' stays linear.
qsizetype closingWithin(const QString &text, qsizetype open, QChar closer)
{
    constexpr qsizetype kMaxTag = 200;
    for (qsizetype k = open + 1; k < text.size() && k <= open + kMaxTag; ++k) {
        if (text[k] == closer)
            return k;
        if (text[k] == u'\n' || text[k] == u'<')
            return -1;
    }
    return -1;
}

// Removes <i>, </b>, <font color=…> tags and {\an8} style blocks; "a < b", "<3" and "<name>" stay.
QString stripMarkup(const QString &text, bool *changed)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        const QChar closer = c == u'<' ? u'>' : u'}';
        if (c == u'<' || (c == u'{' && i + 1 < text.size() && text[i + 1] == u'\\')) {
            const qsizetype close = closingWithin(text, i, closer);
            if (close > i && (c == u'{' || isFormattingTag(QStringView(text).mid(i + 1, close - i - 1)))) {
                *changed = true;
                i = close;
                continue;
            }
        }
        out += c;
    }
    return out;
}

} // namespace

Result<CaptionDocument> SrtFormat::parse(const QString &text, const QString &sourceName)
{
    CaptionParseContext ctx(sourceName);
    const QList<QStringView> lines = QStringView(text).split(u'\n');
    const qsizetype n = lines.size();
    qint64 expectedNumber = 1;
    qsizetype i = 0;
    const auto timingAt = [&](qsizetype k) { return k < n ? parseTiming(lines[k]) : std::nullopt; };

    while (i < n) {
        if (isBlank(lines[i])) {
            ++i;
            continue;
        }
        const int cueLine = int(i + 1);
        std::optional<qint64> number = cueNumber(lines[i]);
        if (number) {
            if (i + 1 >= n || !lines[i + 1].contains(u"-->"))
                return ctx.error(
                    int(i + 2), QStringLiteral("captions.srt_bad_timing"),
                    tr("Cue %1 has no timing line (expected “00:00:01,000 --> 00:00:02,000”).").arg(*number));
            ++i;
        }
        const int timingLine = int(i + 1);
        const auto timing = parseTiming(lines[i]);
        if (!timing) {
            if (lines[i].contains(u"-->"))
                return ctx.error(timingLine, QStringLiteral("captions.srt_bad_timing"),
                                 tr("Cannot read the timing line “%1” (expected “00:00:01,000 --> "
                                    "00:00:02,000”).")
                                     .arg(lines[i].trimmed().left(80).toString()));
            return ctx.error(timingLine, QStringLiteral("captions.srt_expected_cue"),
                             tr("Expected a cue number or a timing line, found text."));
        }
        if (!number)
            ctx.warn(timingLine, QStringLiteral("captions.srt_missing_number"), tr("A cue has no number."));
        else if (*number != expectedNumber)
            ctx.warn(cueLine, QStringLiteral("captions.srt_numbering_gap"),
                     tr("Cue number %1 where %2 was expected.").arg(*number).arg(expectedNumber));
        expectedNumber = (number ? *number : expectedNumber) + 1;
        if (timing->dot)
            ctx.warnRepeated(timingLine, QStringLiteral("captions.srt_dot_before_ms"),
                             tr("A dot instead of a comma before the milliseconds."));
        if (timing->spaces)
            ctx.warnRepeated(timingLine, QStringLiteral("captions.srt_extra_spaces"),
                             tr("Extra or missing spaces in the timing line."));
        if (timing->digits)
            ctx.warnRepeated(timingLine, QStringLiteral("captions.srt_timestamp_digits"),
                             tr("A timestamp has missing or extra digits (expected 00:00:01,000)."));
        if (timing->coordinates)
            ctx.warnOnce(timingLine, QStringLiteral("captions.srt_coordinates_ignored"),
                         tr("Positions after the timing line are ignored."));
        if (timing->endUs < timing->startUs)
            return ctx.error(timingLine, QStringLiteral("captions.srt_end_before_start"),
                             tr("The cue ends before it starts."));
        ++i;

        QStringList textLines;
        const int firstTextLine = int(i + 1);
        while (i < n && !isBlank(lines[i])) {
            const bool nextCue =
                timingAt(i).has_value() || (cueNumber(lines[i]) && timingAt(i + 1).has_value());
            if (nextCue) {
                ctx.warn(int(i + 1), QStringLiteral("captions.srt_missing_blank_line"),
                         tr("No blank line before this cue."));
                break;
            }
            textLines << lines[i].toString();
            ++i;
        }
        bool markup = false;
        const QString cueText = stripMarkup(textLines.join(u'\n'), &markup);
        if (markup)
            ctx.warnRepeated(firstTextLine, QStringLiteral("captions.srt_markup_removed"),
                             tr("Formatting tags (<i>, <b>, <font>…) were removed."));
        if (cueText.trimmed().isEmpty()) {
            ctx.warn(timingLine, QStringLiteral("captions.empty_cue"), tr("A cue with no text was skipped."));
            continue;
        }
        ctx.addCue({timing->startUs, timing->endUs, cueText, {}}, cueLine);
    }

    CaptionDocument doc;
    doc.format = CaptionFormat::Srt;
    doc.track.cues = ctx.takeCues();
    doc.warnings = ctx.takeWarnings();
    return doc;
}

QString SrtFormat::write(const CaptionTrack &track)
{
    QString out;
    int number = 0;
    for (const CaptionCue &cue : track.cues) {
        QStringList lines;
        for (const QString &line : cue.text.split(u'\n'))
            if (!line.trimmed().isEmpty())
                lines << CaptionWriteRules::withoutTimingArrows(line);
        if (lines.isEmpty())
            continue;
        out += QString::number(++number) + u'\n'
               + CaptionTimecode::format(cue.startUs, CaptionTimecode::Style::Srt) + QStringLiteral(" --> ")
               + CaptionTimecode::format(std::max(cue.startUs, cue.endUs), CaptionTimecode::Style::Srt)
               + u'\n' + lines.join(u'\n') + u'\n' + u'\n';
    }
    return out;
}

} // namespace montaj
