#include "core/captions/internal/vttcuetext.h"

#include "core/captions/internal/captiontimecode.h"

namespace montaj {

namespace {

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// "&amp;" → "&"…; nullopt when `ref` (without '&' and ';') is no reference WebVTT knows.
std::optional<QString> characterReference(QStringView ref)
{
    if (ref == u"amp")
        return QStringLiteral("&");
    if (ref == u"lt")
        return QStringLiteral("<");
    if (ref == u"gt")
        return QStringLiteral(">");
    if (ref == u"quot")
        return QStringLiteral("\"");
    if (ref == u"apos")
        return QStringLiteral("'");
    if (ref == u"nbsp")
        return QString(QChar(0x00A0));
    if (ref == u"lrm")
        return QString(QChar(0x200E));
    if (ref == u"rlm")
        return QString(QChar(0x200F));
    if (ref.size() >= 2 && ref[0] == u'#') {
        const bool hex = ref[1] == u'x' || ref[1] == u'X';
        bool ok = false;
        const uint code = ref.mid(hex ? 2 : 1).toUInt(&ok, hex ? 16 : 10);
        if (!ok || code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return std::nullopt;
        const char32_t c = code;
        return QString::fromUcs4(&c, 1);
    }
    return std::nullopt;
}

QString escaped(QStringView text)
{
    QString out;
    for (QChar c : text) {
        if (c == u'&')
            out += QStringLiteral("&amp;");
        else if (c == u'<')
            out += QStringLiteral("&lt;");
        else if (c == u'>')
            out += QStringLiteral("&gt;");
        else
            out += c;
    }
    return out;
}

} // namespace

VttCueText::Parsed VttCueText::parse(const QString &payload, qint64 startUs, qint64 endUs)
{
    Parsed parsed;
    QString &text = parsed.text;
    struct Mark
    {
        qsizetype position;
        qint64 us;
    };
    QList<Mark> marks;
    bool inRubyText = false;
    for (qsizetype i = 0; i < payload.size(); ++i) {
        const QChar c = payload[i];
        if (c == u'<' && i + 1 < payload.size()
            && (isAsciiLetter(payload[i + 1]) || isDigit(payload[i + 1]) || payload[i + 1] == u'/')) {
            qsizetype j = i + 1;
            while (j < payload.size() && payload[j] != u'>' && payload[j] != u'<' && payload[j] != u'\n')
                ++j;
            if (j < payload.size() && payload[j] == u'>') {
                const QStringView tag = QStringView(payload).mid(i + 1, j - i - 1);
                const QChar first = payload[i + 1];
                i = j;
                if (isDigit(first)) {
                    const auto tc = CaptionTimecode::parse(tag);
                    const qint64 previous = marks.isEmpty() ? startUs : marks.last().us;
                    if (tc && tc->us >= previous && tc->us <= endUs)
                        marks.append({text.size(), tc->us});
                    else
                        ++parsed.rejectedTimestamps;
                    continue;
                }
                const bool closing = first == u'/';
                qsizetype k = closing ? 1 : 0;
                while (k < tag.size() && isAsciiLetter(tag[k]))
                    ++k;
                const QStringView name = tag.mid(closing ? 1 : 0, k - (closing ? 1 : 0));
                if (name == u"rt")
                    inRubyText = !closing;
                if (name == u"v" && !closing)
                    parsed.voice = true;
                continue;
            }
        }
        if (inRubyText)
            continue;
        if (c == u'&') {
            const qsizetype semicolon = QStringView(payload).mid(i + 1, 10).indexOf(u';') + i + 1;
            if (semicolon > i) {
                if (const auto ref = characterReference(QStringView(payload).mid(i + 1, semicolon - i - 1))) {
                    text += *ref;
                    i = semicolon;
                    continue;
                }
            }
        }
        text += c;
    }
    if (marks.isEmpty())
        return parsed;

    QList<TimedSpan> spans;
    qsizetype begin = 0;
    qint64 from = startUs;
    for (const Mark &m : marks) {
        if (m.position > begin)
            spans.append({begin, m.position, from, m.us});
        begin = m.position;
        from = m.us;
    }
    if (text.size() > begin)
        spans.append({begin, text.size(), from, endUs});
    parsed.words = CaptionWordTiming::fromSpans(text, spans);
    return parsed;
}

QString VttCueText::write(const CaptionCue &cue)
{
    const auto positions =
        cue.words.isEmpty() ? std::nullopt : CaptionWordTiming::locate(cue.text, cue.words);
    if (!positions)
        return escaped(cue.text);
    QString out;
    qsizetype cursor = 0;
    qint64 last = cue.startUs;
    for (qsizetype i = 0; i < cue.words.size(); ++i) {
        const qsizetype pos = (*positions)[i];
        out += escaped(QStringView(cue.text).mid(cursor, pos - cursor));
        const qint64 at = std::clamp(cue.words[i].startUs, last, std::max(last, cue.endUs));
        if (i > 0 || at > cue.startUs)
            out += u'<' + CaptionTimecode::format(at, CaptionTimecode::Style::Vtt) + u'>';
        last = at;
        cursor = pos;
    }
    out += escaped(QStringView(cue.text).mid(cursor));
    return out;
}

} // namespace montaj
