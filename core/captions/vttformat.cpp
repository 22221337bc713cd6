#include "core/captions/vttformat.h"

#include "core/captions/internal/captionparsecontext.h"
#include "core/captions/internal/captiontimecode.h"
#include "core/captions/internal/captionwriterules.h"
#include "core/captions/internal/vttcuetext.h"

#include <QLocale>

namespace montaj {

namespace {

struct Timing
{
    qint64 startUs = 0;
    qint64 endUs = 0;
    bool comma = false;
    bool digits = false;
    QList<QStringView> settings;
};

bool isBlank(QStringView line)
{
    return line.trimmed().isEmpty();
}

bool startsBlock(QStringView line, QStringView keyword)
{
    return line.startsWith(keyword)
           && (line.size() == keyword.size() || line[keyword.size()] == u' '
               || line[keyword.size()] == u'\t');
}

QList<QStringView> words(QStringView s)
{
    QList<QStringView> out;
    for (qsizetype i = 0; i < s.size();) {
        while (i < s.size() && s[i].isSpace())
            ++i;
        const qsizetype begin = i;
        while (i < s.size() && !s[i].isSpace())
            ++i;
        if (i > begin)
            out.append(s.mid(begin, i - begin));
    }
    return out;
}

std::optional<Timing> parseTiming(QStringView line)
{
    const qsizetype arrow = line.indexOf(u"-->");
    if (arrow < 0)
        return std::nullopt;
    const QStringView left = line.left(arrow).trimmed();
    QList<QStringView> right = words(line.mid(arrow + 3));
    if (right.isEmpty())
        return std::nullopt;
    const auto start = CaptionTimecode::parse(left);
    const auto end = CaptionTimecode::parse(right.first());
    if (!start || !end)
        return std::nullopt;
    Timing t;
    t.startUs = start->us;
    t.endUs = end->us;
    for (const ParsedTimecode &tc : {*start, *end}) {
        t.comma = t.comma || tc.separator == u',';
        t.digits =
            t.digits || (tc.hasHours && tc.hourDigits < 2) || !tc.twoDigitFields || tc.fractionDigits != 3;
    }
    right.removeFirst();
    t.settings = right;
    return t;
}

// "72%" or "72.5%,center" → 0.72 / 0.725; nullopt for line numbers and nonsense.
std::optional<double> linePercent(QStringView value)
{
    const qsizetype comma = value.indexOf(u',');
    const QStringView number = comma < 0 ? value : value.left(comma);
    if (!number.endsWith(u'%'))
        return std::nullopt;
    bool ok = false;
    const double percent = QLocale::c().toDouble(number.chopped(1), &ok);
    if (!ok || percent < 0 || percent > 100)
        return std::nullopt;
    return percent / 100.0;
}

QString percentText(double fraction)
{
    QString s = QLocale::c().toString(fraction * 100.0, 'f', 2);
    while (s.endsWith(u'0'))
        s.chop(1);
    if (s.endsWith(u'.'))
        s.chop(1);
    return s;
}

} // namespace

Result<CaptionDocument> VttFormat::parse(const QString &text, const QString &sourceName)
{
    CaptionParseContext ctx(sourceName);
    CaptionDocument doc;
    doc.format = CaptionFormat::WebVtt;
    const QList<QStringView> lines = QStringView(text).split(u'\n');
    const qsizetype n = lines.size();
    qsizetype i = 0;

    if (n > 0 && startsBlock(lines[0], u"WEBVTT")) {
        for (i = 1; i < n && !isBlank(lines[i]); ++i) {
            if (lines[i].contains(u"-->")) {
                ctx.warn(int(i + 1), QStringLiteral("captions.vtt_missing_blank_line"),
                         tr("No blank line before this cue."));
                break;
            }
            const qsizetype colon = lines[i].indexOf(u':');
            if (colon > 0 && lines[i].left(colon).trimmed().compare(u"Language", Qt::CaseInsensitive) == 0)
                doc.track.language = lines[i].mid(colon + 1).trimmed().toString();
        }
    } else {
        ctx.warn(1, QStringLiteral("captions.vtt_missing_header"),
                 tr("The file does not start with “WEBVTT”; reading it as WebVTT anyway."));
    }

    std::optional<double> firstLine;
    while (i < n) {
        if (isBlank(lines[i])) {
            ++i;
            continue;
        }
        const int blockLine = int(i + 1);
        const auto skipBlock = [&] {
            while (i < n && !isBlank(lines[i]))
                ++i;
        };
        if (startsBlock(lines[i], u"NOTE")) {
            ctx.warnRepeated(blockLine, QStringLiteral("captions.vtt_note_ignored"),
                             tr("A NOTE block was ignored."));
            skipBlock();
            continue;
        }
        if (startsBlock(lines[i], u"STYLE") || startsBlock(lines[i], u"REGION")) {
            const bool style = lines[i].startsWith(u"STYLE");
            ctx.warnRepeated(blockLine,
                             style ? QStringLiteral("captions.vtt_style_ignored")
                                   : QStringLiteral("captions.vtt_region_ignored"),
                             style ? tr("A STYLE block was ignored (Montaj styles captions itself).")
                                   : tr("A REGION block was ignored."));
            skipBlock();
            continue;
        }
        if (!lines[i].contains(u"-->")) {
            if (i + 1 < n && lines[i + 1].contains(u"-->")) {
                ++i; // a cue identifier
            } else {
                ctx.warn(blockLine, QStringLiteral("captions.vtt_block_ignored"),
                         tr("A block without a timing line was ignored."));
                skipBlock();
                continue;
            }
        }
        const int timingLine = int(i + 1);
        const auto timing = parseTiming(lines[i]);
        if (!timing)
            return ctx.error(
                timingLine, QStringLiteral("captions.vtt_bad_timing"),
                tr("Cannot read the timing line “%1” (expected “00:00:01.000 --> 00:00:02.000”).")
                    .arg(lines[i].trimmed().left(80).toString()));
        if (timing->endUs < timing->startUs)
            return ctx.error(timingLine, QStringLiteral("captions.vtt_end_before_start"),
                             tr("The cue ends before it starts."));
        if (timing->comma)
            ctx.warnRepeated(timingLine, QStringLiteral("captions.vtt_comma_before_ms"),
                             tr("A comma instead of a dot before the milliseconds."));
        if (timing->digits)
            ctx.warnRepeated(timingLine, QStringLiteral("captions.vtt_timestamp_digits"),
                             tr("A timestamp has missing or extra digits (expected 00:00:01.000)."));
        for (QStringView setting : timing->settings) {
            const qsizetype colon = setting.indexOf(u':');
            const QStringView name = colon < 0 ? setting : setting.left(colon);
            const QStringView value = colon < 0 ? QStringView() : setting.mid(colon + 1);
            const auto percent = name == u"line" ? linePercent(value) : std::nullopt;
            if (percent && !firstLine) {
                firstLine = percent;
                doc.track.style.verticalPosition = *percent;
            } else if (percent) {
                if (!qFuzzyCompare(1.0 + *percent, 1.0 + *firstLine))
                    ctx.warnOnce(timingLine, QStringLiteral("captions.vtt_line_varies"),
                                 tr("Cues sit at different heights; the whole track uses the first cue's."));
            } else {
                ctx.warnOnce(timingLine, QStringLiteral("captions.vtt_setting_ignored"),
                             tr("The cue setting “%1” is ignored (the track's style places every cue).")
                                 .arg(setting.left(40).toString()),
                             QStringLiteral("setting:") + name.toString());
            }
        }
        ++i;

        QStringList payload;
        while (i < n && !isBlank(lines[i])) {
            if (lines[i].contains(u"-->") && parseTiming(lines[i])) {
                ctx.warn(int(i + 1), QStringLiteral("captions.vtt_missing_blank_line"),
                         tr("No blank line before this cue."));
                break;
            }
            payload << lines[i].toString();
            ++i;
        }
        const VttCueText::Parsed cue = VttCueText::parse(payload.join(u'\n'), timing->startUs, timing->endUs);
        if (cue.rejectedTimestamps > 0)
            ctx.warn(timingLine + 1, QStringLiteral("captions.vtt_bad_inline_timestamp"),
                     tr("%n inline timestamp(s) out of order or outside the cue were ignored.", nullptr,
                        cue.rejectedTimestamps));
        if (cue.text.trimmed().isEmpty()) {
            ctx.warn(timingLine, QStringLiteral("captions.empty_cue"), tr("A cue with no text was skipped."));
            continue;
        }
        ctx.addCue({timing->startUs, timing->endUs, cue.text, cue.words}, blockLine);
    }

    doc.track.cues = ctx.takeCues();
    doc.warnings = ctx.takeWarnings();
    return doc;
}

QString VttFormat::write(const CaptionTrack &track)
{
    QString out = QStringLiteral("WEBVTT\n");
    if (const QString language = CaptionWriteRules::languageTag(track.language); !language.isEmpty())
        out += QStringLiteral("Language: ") + language + u'\n';
    out += u'\n';
    QString settings;
    if (!qFuzzyCompare(1.0 + track.style.verticalPosition, 1.0 + CaptionStyle().verticalPosition))
        settings = QStringLiteral(" line:%1%,center").arg(percentText(track.style.verticalPosition));
    for (const CaptionCue &cue : track.cues) {
        CaptionCue clean = cue;
        QStringList lines;
        for (const QString &line : cue.text.split(u'\n'))
            if (!line.trimmed().isEmpty())
                lines << line;
        if (lines.isEmpty())
            continue;
        clean.text = lines.join(u'\n');
        out += CaptionTimecode::format(cue.startUs, CaptionTimecode::Style::Vtt) + QStringLiteral(" --> ")
               + CaptionTimecode::format(std::max(cue.startUs, cue.endUs), CaptionTimecode::Style::Vtt)
               + settings + u'\n' + VttCueText::write(clean) + u'\n' + u'\n';
    }
    return out;
}

} // namespace montaj
