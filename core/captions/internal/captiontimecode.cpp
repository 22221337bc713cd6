#include "core/captions/internal/captiontimecode.h"

#include <QStringList>

namespace montaj {

namespace {

// Reads 1..maxDigits ASCII digits at `pos`; nullopt when there are none or too many.
std::optional<qint64> readNumber(QStringView text, qsizetype &pos, int maxDigits, int *digits)
{
    qint64 value = 0;
    int count = 0;
    while (pos < text.size() && text[pos] >= u'0' && text[pos] <= u'9') {
        if (++count > maxDigits)
            return std::nullopt;
        value = value * 10 + (text[pos].unicode() - u'0');
        ++pos;
    }
    if (count == 0)
        return std::nullopt;
    *digits = count;
    return value;
}

} // namespace

std::optional<ParsedTimecode> CaptionTimecode::parse(QStringView text)
{
    ParsedTimecode tc;
    qsizetype pos = 0;
    qint64 fields[3] = {0, 0, 0};
    int digits[3] = {0, 0, 0};
    int count = 0;
    while (true) {
        const auto value = readNumber(text, pos, count == 0 ? 6 : 2, &digits[count]);
        if (!value)
            return std::nullopt;
        fields[count++] = *value;
        if (pos < text.size() && text[pos] == u':' && count < 3) {
            ++pos;
            continue;
        }
        break;
    }
    if (count < 2)
        return std::nullopt;
    if (pos < text.size() && (text[pos] == u'.' || text[pos] == u',')) {
        tc.separator = text[pos++];
        qint64 ms = 0;
        int n = 0;
        while (pos < text.size() && text[pos] >= u'0' && text[pos] <= u'9') {
            if (++n > 9)
                return std::nullopt;
            if (n <= 3)
                ms = ms * 10 + (text[pos].unicode() - u'0');
            ++pos;
        }
        if (n == 0)
            return std::nullopt;
        for (int k = n; k < 3; ++k)
            ms *= 10;
        tc.fractionDigits = n;
        tc.us = ms * 1000;
    }
    if (pos != text.size())
        return std::nullopt;
    tc.hasHours = count == 3;
    const qint64 hours = tc.hasHours ? fields[0] : 0;
    const qint64 minutes = fields[count - 2];
    const qint64 seconds = fields[count - 1];
    if (!tc.hasHours && digits[0] > 2)
        return std::nullopt;
    if (minutes > 59 || seconds > 59)
        return std::nullopt;
    tc.hourDigits = tc.hasHours ? digits[0] : 0;
    tc.twoDigitFields = digits[count - 2] == 2 && digits[count - 1] == 2;
    tc.us += ((hours * 60 + minutes) * 60 + seconds) * 1000000;
    return tc;
}

qint64 CaptionTimecode::toMs(qint64 us)
{
    return us <= 0 ? 0 : (us + 500) / 1000;
}

qint64 CaptionTimecode::toCs(qint64 us)
{
    return us <= 0 ? 0 : (us + 5000) / 10000;
}

QString CaptionTimecode::format(qint64 us, Style style)
{
    if (style == Style::Ass) {
        const qint64 cs = toCs(us);
        return QStringLiteral("%1:%2:%3.%4")
            .arg(cs / 360000)
            .arg(cs / 6000 % 60, 2, 10, QLatin1Char('0'))
            .arg(cs / 100 % 60, 2, 10, QLatin1Char('0'))
            .arg(cs % 100, 2, 10, QLatin1Char('0'));
    }
    const qint64 ms = toMs(us);
    return QStringLiteral("%1:%2:%3%4%5")
        .arg(ms / 3600000, 2, 10, QLatin1Char('0'))
        .arg(ms / 60000 % 60, 2, 10, QLatin1Char('0'))
        .arg(ms / 1000 % 60, 2, 10, QLatin1Char('0'))
        .arg(style == Style::Srt ? QLatin1Char(',') : QLatin1Char('.'))
        .arg(ms % 1000, 3, 10, QLatin1Char('0'));
}

} // namespace montaj
