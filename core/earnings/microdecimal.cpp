#include "core/earnings/microdecimal.h"

#include <limits>

namespace montaj {
namespace {

Error invalid(QStringView text)
{
    return Error(
        QStringLiteral("earnings.invalid_decimal"),
        MicroDecimal::tr("“%1” is not a number with at most six decimal places.").arg(text.toString()),
        {{QStringLiteral("value"), text.toString()}});
}

// Digits 0–9 in any script the locale may use (Arabic-Indic included).
int digitValue(QChar c)
{
    const int v = c.digitValue();
    return v >= 0 && v <= 9 ? v : -1;
}

} // namespace

Result<qint64> MicroDecimal::parse(QStringView text, const QLocale &locale)
{
    // Bidi marks (Arabic text) and spaces around the number are not part of it.
    QString cleaned;
    for (const QChar c : text)
        if (c.category() != QChar::Other_Format)
            cleaned += c;
    QStringView rest = QStringView(cleaned).trimmed();
    bool negative = false;
    const QString minus = locale.negativeSign();
    if (rest.startsWith(u'-')) {
        negative = true;
        rest = rest.mid(1);
    } else if (rest.startsWith(u'+')) {
        rest = rest.mid(1);
    } else if (!minus.isEmpty() && rest.startsWith(minus)) {
        negative = true;
        rest = rest.mid(minus.size());
    }
    const QString point = locale.decimalPoint();
    // Machine text (QLocale::c()) has no grouping; people may group digits as their locale does.
    const bool people = locale != QLocale::c();
    const QString group = people ? locale.groupSeparator() : QString();
    qint64 whole = 0;
    qint64 fraction = 0;
    int fractionDigits = 0;
    bool inFraction = false;
    bool anyDigit = false;
    for (qsizetype i = 0; i < rest.size(); ++i) {
        const QChar c = rest.at(i);
        if (!inFraction && (c == u'.' || rest.mid(i).startsWith(QString(point)))) {
            inFraction = true;
            if (c != u'.')
                i += point.size() - 1;
            continue;
        }
        if (people && !inFraction && anyDigit && c.isSpace())
            continue;
        if (!inFraction && !group.isEmpty() && rest.mid(i).startsWith(group) && anyDigit) {
            i += group.size() - 1;
            continue;
        }
        const int d = digitValue(c);
        if (d < 0)
            return invalid(text);
        anyDigit = true;
        if (inFraction) {
            if (++fractionDigits > 6)
                return invalid(text);
            fraction = fraction * 10 + d;
        } else {
            if (whole > (std::numeric_limits<qint64>::max() / kScale - 9) / 10)
                return invalid(text);
            whole = whole * 10 + d;
        }
    }
    if (!anyDigit)
        return invalid(text);
    for (int i = fractionDigits; i < 6; ++i)
        fraction *= 10;
    const qint64 value = whole * kScale + fraction;
    return negative ? -value : value;
}

QString MicroDecimal::toString(qint64 micros)
{
    const bool negative = micros < 0;
    const quint64 magnitude = negative ? quint64(0) - quint64(micros) : quint64(micros);
    QString text = QString::number(magnitude / quint64(kScale));
    QString fraction = QString::number(magnitude % quint64(kScale)).rightJustified(6, u'0');
    while (fraction.endsWith(u'0'))
        fraction.chop(1);
    if (!fraction.isEmpty())
        text += u'.' + fraction;
    return negative ? QString(u'-' + text) : text;
}

QString MicroDecimal::toDisplayString(qint64 micros, const QLocale &locale, int minDecimals)
{
    const bool negative = micros < 0;
    const quint64 magnitude = negative ? quint64(0) - quint64(micros) : quint64(micros);
    QString text = locale.toString(qulonglong(magnitude / quint64(kScale)));
    QString fraction = QString::number(magnitude % quint64(kScale)).rightJustified(6, u'0');
    while (fraction.size() > std::max(0, minDecimals) && fraction.endsWith(u'0'))
        fraction.chop(1);
    if (!fraction.isEmpty()) {
        QString localized;
        for (const QChar c : std::as_const(fraction))
            localized += locale.toString(c.digitValue());
        text += locale.decimalPoint() + localized;
    }
    return negative ? QString(locale.negativeSign() + text) : text;
}

} // namespace montaj
