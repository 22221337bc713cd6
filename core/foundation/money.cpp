#include "core/foundation/money.h"

#include "core/foundation/currency.h"

#include <limits>
#include <numeric>

namespace montaj {
namespace {

// 128-bit intermediates keep products of two 64-bit amounts exact. GCC and Clang (also clang-cl
// on Windows) provide __int128; MSVC's cl.exe does not and is not a supported compiler.
__extension__ typedef __int128 Wide;

constexpr Wide kMax = std::numeric_limits<qint64>::max();
constexpr Wide kMin = std::numeric_limits<qint64>::min();

bool fits(Wide v)
{
    return v >= kMin && v <= kMax;
}

Wide pow10(int n)
{
    Wide r = 1;
    while (n-- > 0)
        r *= 10;
    return r;
}

// Rounds numerator / denominator (denominator > 0) to the nearest integer, ties to even.
Wide divideHalfEven(Wide numerator, Wide denominator)
{
    Wide q = numerator / denominator;
    Wide r = numerator % denominator;
    if (r < 0) { // make the remainder non-negative: floor division
        q -= 1;
        r += denominator;
    }
    const Wide twice = 2 * r;
    if (twice > denominator || (twice == denominator && (q % 2 != 0)))
        q += 1;
    return q;
}

} // namespace

Money::Money(qint64 minor, QString currency, int digits)
    : m_minor(minor)
    , m_currency(std::move(currency))
    , m_digits(digits)
{}

Result<Money> Money::fromMinor(qint64 minorUnits, const QString &currency)
{
    const auto digits = Currency::minorDigits(currency);
    if (!digits)
        return Error(QStringLiteral("money.unknown_currency"),
                     tr("“%1” is not an ISO 4217 currency code.").arg(currency),
                     {{QStringLiteral("currency"), currency}});
    return Money(minorUnits, currency, *digits);
}

Result<Money> Money::parse(QStringView decimal, const QString &currency)
{
    auto base = fromMinor(0, currency);
    if (!base)
        return base;
    const auto invalid = [&] {
        return Error(QStringLiteral("money.invalid_amount"),
                     tr("“%1” is not an amount of money.").arg(decimal.toString()),
                     {{QStringLiteral("value"), decimal.toString()}});
    };
    QStringView text = decimal.trimmed();
    bool negative = false;
    if (!text.isEmpty() && (text.front() == u'-' || text.front() == u'+')) {
        negative = text.front() == u'-';
        text = text.mid(1);
    }
    const qsizetype dot = text.indexOf(u'.');
    const QStringView whole = dot < 0 ? text : text.left(dot);
    const QStringView fraction = dot < 0 ? QStringView() : text.mid(dot + 1);
    if (whole.isEmpty() && fraction.isEmpty())
        return invalid();
    Wide numerator = 0;
    int fractionDigits = 0;
    for (QStringView part : {whole, fraction}) {
        for (QChar c : part) {
            if (c < u'0' || c > u'9')
                return invalid();
            if (numerator > kMax * 10) // far beyond any representable amount
                return base->overflow();
            numerator = numerator * 10 + (c.unicode() - u'0');
        }
    }
    fractionDigits = static_cast<int>(fraction.size());
    if (fractionDigits > 30)
        return invalid();
    const int digits = base->m_digits;
    Wide minor = fractionDigits <= digits ? numerator * pow10(digits - fractionDigits)
                                          : divideHalfEven(numerator, pow10(fractionDigits - digits));
    if (negative)
        minor = -minor;
    if (!fits(minor))
        return base->overflow();
    return Money(static_cast<qint64>(minor), currency, digits);
}

Error Money::overflow() const
{
    return Error(QStringLiteral("money.overflow"), tr("The amount is too large to be represented exactly."),
                 {{QStringLiteral("currency"), m_currency}});
}

Result<Money> Money::sameCurrency(const Money &other) const
{
    if (other.m_currency != m_currency)
        return Error(
            QStringLiteral("money.currency_mismatch"),
            tr("Cannot combine amounts in %1 and %2.").arg(m_currency, other.m_currency),
            {{QStringLiteral("currency"), m_currency}, {QStringLiteral("other_currency"), other.m_currency}});
    return *this;
}

Result<Money> Money::plus(const Money &other) const
{
    if (auto check = sameCurrency(other); !check)
        return check;
    const Wide sum = Wide(m_minor) + other.m_minor;
    if (!fits(sum))
        return overflow();
    return Money(static_cast<qint64>(sum), m_currency, m_digits);
}

Result<Money> Money::minus(const Money &other) const
{
    if (auto check = sameCurrency(other); !check)
        return check;
    const Wide diff = Wide(m_minor) - other.m_minor;
    if (!fits(diff))
        return overflow();
    return Money(static_cast<qint64>(diff), m_currency, m_digits);
}

Result<Money> Money::times(qint64 factor) const
{
    return scaled(factor, 1);
}

Result<Money> Money::scaled(qint64 numerator, qint64 denominator) const
{
    if (denominator == 0)
        return Error(QStringLiteral("money.division_by_zero"), tr("Cannot divide an amount by zero."),
                     {{QStringLiteral("currency"), m_currency}});
    Wide num = Wide(m_minor) * numerator;
    Wide den = denominator;
    if (den < 0) {
        num = -num;
        den = -den;
    }
    const Wide result = divideHalfEven(num, den);
    if (!fits(result))
        return overflow();
    return Money(static_cast<qint64>(result), m_currency, m_digits);
}

Result<QList<Money>> Money::allocate(const QList<qint64> &weights) const
{
    Wide total = 0;
    for (qint64 w : weights) {
        if (w < 0)
            return Error(QStringLiteral("money.negative_weight"),
                         tr("Allocation weights cannot be negative."));
        total += w;
    }
    if (weights.isEmpty() || total == 0)
        return Error(QStringLiteral("money.no_weights"),
                     tr("Allocation needs at least one positive weight."));

    // Allocate the magnitude, then restore the sign, so negative amounts split symmetrically.
    const Wide magnitude = m_minor < 0 ? -Wide(m_minor) : Wide(m_minor);
    QList<Wide> shares(weights.size());
    QList<Wide> remainders(weights.size());
    Wide given = 0;
    for (qsizetype i = 0; i < weights.size(); ++i) {
        const Wide exact = magnitude * weights[i];
        shares[i] = exact / total;
        remainders[i] = exact % total;
        given += shares[i];
    }
    QList<qsizetype> order(weights.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](qsizetype a, qsizetype b) { return remainders[a] > remainders[b]; });
    for (qsizetype k = 0; given < magnitude; ++k, ++given)
        shares[order[k % order.size()]] += 1;

    QList<Money> parts;
    parts.reserve(weights.size());
    for (Wide share : shares)
        parts.append(Money(static_cast<qint64>(m_minor < 0 ? -share : share), m_currency, m_digits));
    return parts;
}

Result<int> Money::compare(const Money &other) const
{
    if (auto check = sameCurrency(other); !check)
        return check.error();
    return m_minor < other.m_minor ? -1 : (m_minor > other.m_minor ? 1 : 0);
}

QString Money::toDecimalString() const
{
    const Wide magnitude = m_minor < 0 ? -Wide(m_minor) : Wide(m_minor);
    const Wide scale = pow10(m_digits);
    const auto whole = static_cast<quint64>(magnitude / scale);
    const auto fraction = static_cast<quint64>(magnitude % scale);
    QString text = QLocale::c().toString(whole);
    text.remove(QLocale::c().groupSeparator());
    if (m_digits > 0)
        text += QLatin1Char('.') + QStringLiteral("%1").arg(fraction, m_digits, 10, QLatin1Char('0'));
    return m_minor < 0 ? QLatin1Char('-') + text : text;
}

QString Money::toDisplayString(const QLocale &locale) const
{
    const bool native = locale.currencySymbol(QLocale::CurrencyIsoCode) == m_currency;
    const QString symbol = native ? locale.currencySymbol(QLocale::CurrencySymbol) : m_currency;
    // Build the number from exact integers, then let the locale place sign and symbol.
    const Wide magnitude = m_minor < 0 ? -Wide(m_minor) : Wide(m_minor);
    const Wide scale = pow10(m_digits);
    QString number = locale.toString(static_cast<qulonglong>(magnitude / scale));
    if (m_digits > 0) {
        QString fraction = locale.toString(static_cast<qulonglong>(magnitude % scale));
        while (fraction.size() < m_digits)
            fraction.prepend(locale.zeroDigit());
        number += locale.decimalPoint() + fraction;
    }
    // Ask the locale for its currency pattern with a placeholder amount and substitute ours.
    const QString placeholder = locale.toCurrencyString(m_minor < 0 ? -1.0 : 1.0, symbol, 0);
    const QString one = locale.toString(1);
    QString text = placeholder;
    const qsizetype at = text.indexOf(one);
    if (at < 0)
        return (m_minor < 0 ? locale.negativeSign() : QString()) + number + QLatin1Char(' ') + symbol;
    text.replace(at, one.size(), number);
    return text;
}

} // namespace montaj
