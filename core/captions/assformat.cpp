#include "core/captions/assformat.h"

#include "core/captions/internal/assstyle.h"
#include "core/captions/internal/asstext.h"
#include "core/captions/internal/captionparsecontext.h"
#include "core/captions/internal/captiontimecode.h"
#include "core/captions/internal/captionwriterules.h"

#include <QHash>
#include <QLocale>

namespace montaj {

namespace {

enum class Section { None, ScriptInfo, Styles, Events, Ignored };

const QStringList kEventFormat = {
    QStringLiteral("layer"),  QStringLiteral("start"),   QStringLiteral("end"),     QStringLiteral("style"),
    QStringLiteral("name"),   QStringLiteral("marginl"), QStringLiteral("marginr"), QStringLiteral("marginv"),
    QStringLiteral("effect"), QStringLiteral("text")};

struct StyleRow
{
    QHash<QString, QString> fields;
    int line = 0;
};

struct Event
{
    CaptionCue cue;
    QString style;
    int line = 0;
    bool karaoke = false;
};

QStringList formatNames(QStringView value)
{
    QStringList names;
    for (QStringView part : value.split(u','))
        names << part.trimmed().toString().toLower();
    return names;
}

// Splits "a,b,c,rest, with, commas" into `count` fields, the last taking the rest of the line.
std::optional<QList<QStringView>> splitFields(QStringView value, qsizetype count)
{
    QList<QStringView> fields;
    qsizetype from = 0;
    for (qsizetype k = 0; k + 1 < count; ++k) {
        const qsizetype comma = value.indexOf(u',', from);
        if (comma < 0)
            return std::nullopt;
        fields.append(value.mid(from, comma - from));
        from = comma + 1;
    }
    fields.append(value.mid(from));
    return fields;
}

QString styleKey(QStringView name)
{
    QStringView n = name.trimmed();
    while (n.startsWith(u'*'))
        n = n.mid(1);
    return n.toString().toLower();
}

QStringView leftTrimmed(QStringView s)
{
    qsizetype i = 0;
    while (i < s.size() && s[i].isSpace())
        ++i;
    return s.mid(i);
}

} // namespace

Result<CaptionDocument> AssFormat::parse(const QString &text, const QString &sourceName)
{
    CaptionParseContext ctx(sourceName);
    CaptionDocument doc;
    doc.format = CaptionFormat::Ass;
    const QList<QStringView> lines = QStringView(text).split(u'\n');

    Section section = Section::None;
    bool legacyStyles = false;
    bool sawSection = false;
    std::optional<double> playResX, playResY;
    QStringList styleFormat = AssStyle::defaultFormat();
    QStringList eventFormat;
    int eventFormatLine = 0;
    QHash<QString, StyleRow> styles;
    QStringList styleOrder;
    QList<Event> events;

    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int ln = int(i + 1);
        const QStringView t = lines[i].trimmed();
        if (t.isEmpty() || t.startsWith(u';') || t.startsWith(u"!:"))
            continue;
        if (t.startsWith(u'[') && t.endsWith(u']')) {
            sawSection = true;
            const QString name = t.mid(1, t.size() - 2).trimmed().toString().toLower();
            if (name == u"script info") {
                section = Section::ScriptInfo;
            } else if (name == u"v4+ styles" || name == u"v4 styles" || name == u"v4 styles+") {
                section = Section::Styles;
                legacyStyles = name == u"v4 styles";
            } else if (name == u"events") {
                section = Section::Events;
            } else {
                section = Section::Ignored;
                if (name == u"fonts" || name == u"graphics")
                    ctx.warnOnce(ln, QStringLiteral("captions.ass_embedded_ignored"),
                                 tr("Embedded fonts and pictures are ignored."));
                else if (!name.startsWith(u"aegisub"))
                    ctx.warnOnce(ln, QStringLiteral("captions.ass_section_ignored"),
                                 tr("The section [%1] is ignored.").arg(name.left(40)),
                                 QStringLiteral("section:") + name);
            }
            continue;
        }
        if (section == Section::Ignored)
            continue;
        if (section == Section::None) {
            ctx.warnOnce(ln, QStringLiteral("captions.ass_text_before_section"),
                         tr("Text before the first [section] is ignored."));
            continue;
        }
        const qsizetype colon = lines[i].indexOf(u':');
        if (colon < 0) {
            ctx.warnRepeated(ln, QStringLiteral("captions.ass_line_ignored"),
                             tr("A line that is not “Name: value” was ignored."));
            continue;
        }
        const QString key = lines[i].left(colon).trimmed().toString().toLower();
        const QStringView value = leftTrimmed(lines[i].mid(colon + 1));

        if (section == Section::ScriptInfo) {
            bool ok = false;
            if (key == u"playresx" || key == u"playresy") {
                const double v = QLocale::c().toDouble(value.trimmed(), &ok);
                if (ok && v >= 1 && v <= 100000)
                    (key == u"playresx" ? playResX : playResY) = v;
            } else if (key == u"language") {
                doc.track.language = value.trimmed().toString();
            }
        } else if (section == Section::Styles) {
            if (key == u"format") {
                styleFormat = formatNames(value);
            } else if (key == u"style") {
                const auto fields = splitFields(value, styleFormat.size());
                if (!fields) {
                    ctx.warn(ln, QStringLiteral("captions.ass_bad_style"),
                             tr("A Style line has fewer fields than its Format line; it was ignored."));
                    continue;
                }
                StyleRow row;
                row.line = ln;
                for (qsizetype k = 0; k < styleFormat.size(); ++k)
                    row.fields.insert(styleFormat[k], (*fields)[k].trimmed().toString());
                const QString name = styleKey(row.fields.value(QStringLiteral("name")));
                if (!styles.contains(name))
                    styleOrder << name;
                styles.insert(name, row);
            }
        } else if (section == Section::Events) {
            if (key == u"format") {
                eventFormat = formatNames(value);
                eventFormatLine = ln;
                if (eventFormat.last() != u"text" || !eventFormat.contains(QStringLiteral("start"))
                    || !eventFormat.contains(QStringLiteral("end")))
                    return ctx.error(
                        ln, QStringLiteral("captions.ass_bad_format"),
                        tr("The [Events] Format line must name Start and End and end with Text."));
                continue;
            }
            if (key == u"comment")
                continue;
            if (key != u"dialogue") {
                ctx.warnOnce(ln, QStringLiteral("captions.ass_event_ignored"),
                             tr("Picture, Sound, Movie and Command events are ignored."));
                continue;
            }
            if (eventFormat.isEmpty()) {
                ctx.warnOnce(
                    ln, QStringLiteral("captions.ass_missing_format"),
                    tr("The [Events] section has no Format line; the standard field order is used."));
                eventFormat = kEventFormat;
            }
            const auto fields = splitFields(value, eventFormat.size());
            if (!fields)
                return ctx.error(
                    ln, QStringLiteral("captions.ass_bad_dialogue"),
                    tr("This Dialogue line has fewer fields than the Format line (line %1) names.")
                        .arg(eventFormatLine));
            const auto field = [&](const QString &name) {
                const qsizetype k = eventFormat.indexOf(name);
                return k < 0 ? QStringView() : (*fields)[k];
            };
            const auto start = CaptionTimecode::parse(field(QStringLiteral("start")).trimmed());
            const auto end = CaptionTimecode::parse(field(QStringLiteral("end")).trimmed());
            if (!start || !end)
                return ctx.error(ln, QStringLiteral("captions.ass_bad_timing"),
                                 tr("Cannot read the Start or End time of this Dialogue line (expected "
                                    "0:00:01.00)."));
            if (end->us < start->us)
                return ctx.error(ln, QStringLiteral("captions.ass_end_before_start"),
                                 tr("The Dialogue line ends before it starts."));
            const AssText::Parsed parsed = AssText::parse(fields->last(), start->us, end->us);
            if (parsed.overrides)
                ctx.warnRepeated(ln, QStringLiteral("captions.ass_overrides_removed"),
                                 tr("Override tags such as {\\i1} or {\\pos(…)} were removed."));
            if (parsed.text.trimmed().isEmpty()) {
                ctx.warn(ln, QStringLiteral("captions.empty_cue"), tr("A cue with no text was skipped."));
                continue;
            }
            Event e;
            e.cue = {parsed.exactStartUs.value_or(start->us), parsed.exactEndUs.value_or(end->us),
                     parsed.text, parsed.words};
            e.style = styleKey(field(QStringLiteral("style")));
            e.line = ln;
            e.karaoke = parsed.karaoke;
            events.append(e);
        }
    }
    if (!sawSection)
        return ctx.error(1, QStringLiteral("captions.ass_no_sections"),
                         tr("This is not an ASS/SSA script: it has no [Script Info] or [Events] section."));

    // One style per track: the one most lines use (the first such in the file on a tie).
    QHash<QString, int> uses;
    QStringList usedOrder;
    for (const Event &e : events)
        if (uses[e.style]++ == 0)
            usedOrder << e.style;
    QString chosen;
    for (const QString &name : usedOrder)
        if (chosen.isNull() || uses.value(name) > uses.value(chosen))
            chosen = name;
    if (chosen.isNull())
        chosen = styles.contains(QStringLiteral("default")) ? QStringLiteral("default") : styleOrder.value(0);
    if (usedOrder.size() > 1)
        ctx.warn(0, QStringLiteral("captions.ass_styles_merged"),
                 tr("The script uses %n style(s); a track has one style, so “%1” is used for every cue.",
                    nullptr, int(usedOrder.size()))
                     .arg(chosen));
    bool karaoke = false;
    for (const Event &e : events)
        karaoke = karaoke || (e.style == chosen && e.karaoke);
    double resY = 288;
    if (playResY)
        resY = *playResY;
    else if (playResX)
        resY = *playResX == 1280 ? 1024 : *playResX * 3 / 4;
    if (styles.contains(chosen)) {
        doc.track.style = AssStyle::toCaptionStyle(styles.value(chosen).fields, resY, karaoke, legacyStyles);
    } else if (!chosen.isEmpty()) {
        ctx.warn(events.isEmpty() ? 0 : events.first().line, QStringLiteral("captions.ass_unknown_style"),
                 tr("The style “%1” is not defined; Montaj's default style is used.").arg(chosen));
    }

    for (Event &e : events)
        ctx.addCue(std::move(e.cue), e.line);
    doc.track.cues = ctx.takeCues();
    doc.warnings = ctx.takeWarnings();
    return doc;
}

QString AssFormat::write(const CaptionTrack &track)
{
    bool karaoke = false;
    for (const CaptionCue &cue : track.cues)
        karaoke = karaoke || AssText::canWriteKaraoke(cue);
    QString out =
        QStringLiteral("[Script Info]\n"
                       "; Written by Montaj\n"
                       "ScriptType: v4.00+\n"
                       "WrapStyle: 0\n"
                       "ScaledBorderAndShadow: yes\n"
                       "YCbCr Matrix: None\n")
        + QStringLiteral("PlayResX: %1\nPlayResY: %2\n").arg(AssStyle::kPlayResX).arg(AssStyle::kPlayResY);
    if (const QString language = CaptionWriteRules::languageTag(track.language); !language.isEmpty())
        out += QStringLiteral("Language: ") + language + u'\n';
    out += QStringLiteral("\n[V4+ Styles]\n") + AssStyle::formatLine() + u'\n'
           + AssStyle::styleLine(track.style, karaoke) + u'\n';
    out += QStringLiteral("\n[Events]\nFormat: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, "
                          "Effect, Text\n");
    for (const CaptionCue &cue : track.cues) {
        if (cue.text.trimmed().isEmpty())
            continue;
        out += QStringLiteral("Dialogue: 0,")
               + CaptionTimecode::format(cue.startUs, CaptionTimecode::Style::Ass) + u','
               + CaptionTimecode::format(std::max(cue.startUs, cue.endUs), CaptionTimecode::Style::Ass)
               + QStringLiteral(",Default,,0,0,0,,") + AssText::write(cue) + u'\n';
    }
    return out;
}

} // namespace montaj
