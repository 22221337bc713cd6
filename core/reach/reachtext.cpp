#include "core/reach/reachtext.h"

#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

#include <cmath>
#include <limits>

namespace montaj {

namespace {

// Words the platform shows in place of a zero counter.
bool isZeroLabel(QStringView text)
{
    static const char *const kLabels[] = {"share", "like", "comment", "save", "favorites", "views"};
    for (const char *label : kLabels)
        if (text.compare(QLatin1String(label), Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

QString normalizedTag(QStringView tag)
{
    QString t = tag.trimmed().toString();
    while (t.startsWith(u'#'))
        t.remove(0, 1);
    return t.trimmed().toLower();
}

} // namespace

std::optional<qint64> ReachText::parseCount(QStringView text)
{
    QStringView t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    if (isZeroLabel(t))
        return 0;
    double multiplier = 1.0;
    const QChar last = t.back().toUpper();
    if (last == u'K' || last == u'M' || last == u'B') {
        multiplier = last == u'K' ? 1e3 : (last == u'M' ? 1e6 : 1e9);
        t.chop(1);
        t = t.trimmed();
    }
    QString digits;
    digits.reserve(t.size());
    for (const QChar c : t) {
        if (c == u',' || c == u' ' || c == QChar(0x202F) || c == QChar(0x00A0)) {
            if (multiplier != 1.0 && c == u',')
                digits += u'.'; // "1,6M" written with a decimal comma
            continue;
        }
        digits += c;
    }
    if (digits.isEmpty())
        return std::nullopt;
    for (const QChar c : digits)
        if (!c.isDigit() && c != u'.')
            return std::nullopt;
    bool ok = false;
    const double value = QLocale::c().toDouble(digits, &ok);
    if (!ok || !std::isfinite(value) || value < 0)
        return std::nullopt;
    const double scaled = std::round(value * multiplier);
    if (scaled > double(std::numeric_limits<qint64>::max() / 2))
        return std::nullopt;
    return qint64(scaled);
}

std::optional<int> ReachText::parseDuration(QStringView text)
{
    const QStringView t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    const QList<QStringView> parts = t.split(u':');
    if (parts.size() > 3)
        return std::nullopt;
    int total = 0;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        bool ok = false;
        const int value = parts.at(i).toInt(&ok);
        if (!ok || value < 0 || parts.at(i).isEmpty())
            return std::nullopt;
        if (i > 0 && value >= 60) // minutes and seconds after the first field stay below 60
            return std::nullopt;
        total = total * 60 + value;
    }
    return total;
}

QStringList ReachText::parseHashtags(QStringView text)
{
    QStringList out;
    for (const QStringView part : text.split(u',')) {
        for (const QStringView word : part.split(u' ', Qt::SkipEmptyParts)) {
            const QString tag = normalizedTag(word);
            if (!tag.isEmpty() && !out.contains(tag))
                out.append(tag);
        }
    }
    return out;
}

QStringList ReachText::hashtagsInCaption(QStringView caption)
{
    static const QRegularExpression kTag(QStringLiteral("#(\\w+)"),
                                         QRegularExpression::UseUnicodePropertiesOption);
    QStringList out;
    auto it = kTag.globalMatch(caption.toString());
    while (it.hasNext()) {
        const QString tag = normalizedTag(it.next().capturedView(1));
        if (!tag.isEmpty() && !out.contains(tag))
            out.append(tag);
    }
    return out;
}

QDateTime ReachText::parseTime(QStringView text, int utcOffsetSec)
{
    const QString t = text.trimmed().toString();
    if (t.isEmpty())
        return {};
    QDateTime parsed = QDateTime::fromString(t, Qt::ISODate);
    if (!parsed.isValid())
        parsed = QDateTime::fromString(t, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    if (!parsed.isValid())
        parsed = QDateTime::fromString(t, QStringLiteral("yyyy-MM-dd HH:mm"));
    if (!parsed.isValid())
        return {};
    if (parsed.timeSpec() == Qt::LocalTime) // no offset written: read at the given offset
        parsed = QDateTime(parsed.date(), parsed.time(), QTimeZone(utcOffsetSec));
    return parsed.toUTC();
}

QDateTime ReachText::timeFromVideoId(QStringView id)
{
    bool ok = false;
    const qulonglong value = id.trimmed().toULongLong(&ok);
    if (!ok || value < (1ULL << 32))
        return {};
    return QDateTime::fromSecsSinceEpoch(qint64(value >> 32), QTimeZone::utc());
}

} // namespace montaj
