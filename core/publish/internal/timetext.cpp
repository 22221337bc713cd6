#include "core/publish/internal/timetext.h"

#include <QDateTime>

namespace montaj {

namespace {

// The value of `count` ASCII digits at `pos`, or -1.
int digitsAt(QStringView text, qsizetype pos, int count)
{
    if (pos < 0 || pos + count > text.size())
        return -1;
    int value = 0;
    for (qsizetype i = pos; i < pos + count; ++i) {
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

QString twoDigits(int value)
{
    return QString::number(value).rightJustified(2, u'0');
}

// "Z", "±HH", "±HHmm", "±HH:mm" → seconds east of UTC.
std::optional<int> parseOffset(QStringView text)
{
    if (text == u"Z" || text == u"z")
        return 0;
    if (text.size() < 3 || (text[0] != u'+' && text[0] != u'-'))
        return std::nullopt;
    const int sign = text[0] == u'+' ? 1 : -1;
    const int hours = digitsAt(text, 1, 2);
    int minutes = 0;
    if (text.size() == 6 && text[3] == u':')
        minutes = digitsAt(text, 4, 2);
    else if (text.size() == 5)
        minutes = digitsAt(text, 3, 2);
    else if (text.size() != 3)
        return std::nullopt;
    if (hours < 0 || hours > 18 || minutes < 0 || minutes > 59)
        return std::nullopt;
    return sign * (hours * 3600 + minutes * 60);
}

} // namespace

qint64 IsoDateTime::wallSeconds() const
{
    return QDateTime(date, time, Qt::UTC).toSecsSinceEpoch();
}

std::optional<IsoDateTime> parseIsoDateTime(QStringView text)
{
    // yyyy-MM-ddTHH:mm = 16 characters at least.
    if (text.size() < 16 || text[4] != u'-' || text[7] != u'-' || (text[10] != u'T' && text[10] != u' ')
        || text[13] != u':')
        return std::nullopt;
    const int year = digitsAt(text, 0, 4);
    const int month = digitsAt(text, 5, 2);
    const int day = digitsAt(text, 8, 2);
    const int hour = digitsAt(text, 11, 2);
    const int minute = digitsAt(text, 14, 2);
    int second = 0;
    qsizetype pos = 16;
    if (text.size() >= 19 && text[16] == u':') {
        second = digitsAt(text, 17, 2);
        pos = 19;
        if (text.size() > pos && text[pos] == u'.') { // fractions are accepted and dropped
            ++pos;
            while (pos < text.size() && text[pos].isDigit())
                ++pos;
        }
    }
    if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0)
        return std::nullopt;
    IsoDateTime result;
    result.date = QDate(year, month, day);
    result.time = QTime(hour, minute, second);
    if (!result.date.isValid() || !result.time.isValid())
        return std::nullopt;
    if (pos < text.size()) {
        const std::optional<int> offset = parseOffset(text.mid(pos).trimmed());
        if (!offset)
            return std::nullopt;
        result.offsetSeconds = offset;
    }
    return result;
}

QString wallClockText(const QDate &date, const QTime &time)
{
    QString text = QString::number(date.year()).rightJustified(4, u'0') + u'-' + twoDigits(date.month())
                   + u'-' + twoDigits(date.day()) + u'T' + twoDigits(time.hour()) + u':'
                   + twoDigits(time.minute());
    if (time.second() != 0)
        text += u':' + twoDigits(time.second());
    return text;
}

QString wallClockText(qint64 wallSeconds)
{
    const QDateTime wall = QDateTime::fromSecsSinceEpoch(wallSeconds, Qt::UTC);
    return wallClockText(wall.date(), wall.time());
}

QString utcOffsetText(int offsetSeconds)
{
    const int magnitude = offsetSeconds < 0 ? -offsetSeconds : offsetSeconds;
    return QString(QChar(offsetSeconds < 0 ? u'-' : u'+') + twoDigits(magnitude / 3600) + u':'
                   + twoDigits((magnitude % 3600) / 60));
}

QString isoWithOffset(qint64 wallSeconds, int offsetSeconds)
{
    const QDateTime wall = QDateTime::fromSecsSinceEpoch(wallSeconds, Qt::UTC);
    const QTime time = wall.time();
    return QString(QString::number(wall.date().year()).rightJustified(4, u'0') + u'-'
                   + twoDigits(wall.date().month()) + u'-' + twoDigits(wall.date().day()) + u'T'
                   + twoDigits(time.hour()) + u':' + twoDigits(time.minute()) + u':'
                   + twoDigits(time.second()) + utcOffsetText(offsetSeconds));
}

} // namespace montaj
