#include "ui/captions/captiontimeformat.h"

#include <QLocale>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

namespace montaj::ui {

QString CaptionTimeFormat::format(qint64 us)
{
    const qint64 ms = (std::max<qint64>(0, us) + 500) / 1000;
    const qint64 h = ms / 3'600'000;
    const qint64 m = ms / 60'000 % 60;
    const qint64 s = ms / 1000 % 60;
    const qint64 f = ms % 1000;
    const QLocale locale;
    const auto two = [&](qint64 v) {
        return locale.toString(v).rightJustified(2, locale.zeroDigit().front());
    };
    const QString fraction = locale.toString(f).rightJustified(3, locale.zeroDigit().front());
    const QString seconds = two(s) + locale.decimalPoint() + fraction;
    if (h > 0)
        return locale.toString(h) + u':' + two(m) + u':' + seconds;
    return locale.toString(m) + u':' + seconds;
}

std::optional<qint64> CaptionTimeFormat::parse(const QString &text)
{
    // Locale digits (Arabic-Indic ones too) to ASCII, any decimal mark to '.'.
    QString ascii;
    for (const QChar c : text.trimmed()) {
        if (c.isDigit())
            ascii += QChar(u'0' + c.digitValue());
        else if (c == u',' || c == QChar(0x066B) || c == QLocale().decimalPoint().front())
            ascii += u'.';
        else
            ascii += c;
    }
    const QStringList fields = ascii.split(u':');
    if (fields.isEmpty() || fields.size() > 3)
        return std::nullopt;
    static const QRegularExpression whole(QStringLiteral("^\\d{1,6}$"));
    static const QRegularExpression last(QStringLiteral("^(\\d{1,6})(?:\\.(\\d{1,3}))?$"));
    qint64 seconds = 0;
    for (qsizetype i = 0; i + 1 < fields.size(); ++i) {
        if (!whole.match(fields[i]).hasMatch())
            return std::nullopt;
        const qint64 v = fields[i].toLongLong();
        if (i > 0 && v >= 60)
            return std::nullopt;
        seconds = seconds * 60 + v;
    }
    const auto m = last.match(fields.last());
    if (!m.hasMatch())
        return std::nullopt;
    const qint64 s = m.captured(1).toLongLong();
    if (fields.size() > 1 && s >= 60)
        return std::nullopt;
    seconds = seconds * 60 + s;
    const qint64 ms = m.captured(2).isEmpty() ? 0 : m.captured(2).leftJustified(3, u'0').toLongLong();
    return (seconds * 1000 + ms) * 1000;
}

} // namespace montaj::ui
