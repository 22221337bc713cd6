#include "core/preview/timecode.h"

#include <algorithm>

namespace montaj {
namespace {

QString twoDigits(qint64 value, const QLocale &locale)
{
    QString s = locale.toString(value);
    if (value < 10)
        s.prepend(locale.zeroDigit());
    return s;
}

} // namespace

QString Timecode::format(qint64 us, int fpsNum, int fpsDen, const QLocale &locale)
{
    const qint64 num = std::max(1, fpsNum);
    const qint64 den = std::max(1, fpsDen);
    const qint64 frame = std::max<qint64>(0, us) * num / (den * 1'000'000);
    const qint64 base = std::max<qint64>(1, (num + den - 1) / den);
    const qint64 seconds = frame / base;
    QLocale plain = locale;
    plain.setNumberOptions(QLocale::OmitGroupSeparator);
    const QChar colon(u':');
    return twoDigits(seconds / 3600, plain) + colon + twoDigits(seconds / 60 % 60, plain) + colon
           + twoDigits(seconds % 60, plain) + colon + twoDigits(frame % base, plain);
}

} // namespace montaj
