#include "core/publish/hootsuitecsv.h"

#include "core/publish/internal/timetext.h"

#include <QDate>
#include <QTime>

namespace montaj {

namespace {

// A run of 1..maxDigits ASCII digits at `pos`; advances `pos`. -1 when there is none.
int number(QStringView text, qsizetype &pos, int maxDigits)
{
    int value = 0;
    int count = 0;
    while (pos < text.size() && count < maxDigits && text[pos].unicode() >= u'0'
           && text[pos].unicode() <= u'9') {
        value = value * 10 + (text[pos].unicode() - u'0');
        ++pos;
        ++count;
    }
    return count == 0 ? -1 : value;
}

bool expect(QStringView text, qsizetype &pos, char16_t c)
{
    if (pos >= text.size() || text[pos] != c)
        return false;
    ++pos;
    return true;
}

bool isHeaderWord(const QString &cell, const char *word)
{
    return cell.trimmed().compare(QLatin1String(word), Qt::CaseInsensitive) == 0;
}

} // namespace

bool HootsuiteCsv::hasHeader(const CsvReader::Table &table)
{
    if (table.records.isEmpty())
        return false;
    const QStringList &header = table.records.first().fields;
    return header.size() >= 2 && header.size() <= 3 && isHeaderWord(header.at(0), "date")
           && isHeaderWord(header.at(1), "message")
           && (header.size() == 2 || isHeaderWord(header.at(2), "link"));
}

bool HootsuiteCsv::matches(const CsvReader::Table &table)
{
    if (hasHeader(table))
        return true;
    return !table.records.isEmpty() && parseDate(table.records.first().fields.value(0)).has_value();
}

std::optional<QString> HootsuiteCsv::parseDate(QStringView text)
{
    const QStringView t = text.trimmed();
    qsizetype pos = 0;
    const int day = number(t, pos, 2);
    if (day < 0 || !expect(t, pos, u'/'))
        return std::nullopt;
    const int month = number(t, pos, 2);
    if (month < 0 || !expect(t, pos, u'/'))
        return std::nullopt;
    const int year = number(t, pos, 4);
    if (year < 1000 || !expect(t, pos, u' '))
        return std::nullopt;
    while (pos < t.size() && t[pos] == u' ')
        ++pos;
    const int hour = number(t, pos, 2);
    if (hour < 0 || !expect(t, pos, u':'))
        return std::nullopt;
    const int minute = number(t, pos, 2);
    if (minute < 0 || pos != t.size())
        return std::nullopt;
    const QDate date(year, month, day);
    const QTime time(hour, minute);
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    return wallClockText(date, time);
}

bool HootsuiteCsv::isWebLink(QStringView link)
{
    const QStringView t = link.trimmed();
    return t.startsWith(u"http://", Qt::CaseInsensitive) || t.startsWith(u"https://", Qt::CaseInsensitive)
           || t.startsWith(u"www.", Qt::CaseInsensitive);
}

} // namespace montaj
