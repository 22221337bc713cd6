#pragma once

#include <QList>
#include <QtGlobal>

#include <algorithm>
#include <limits>
#include <numeric>
#include <optional>

namespace montaj {

// Exact integer arithmetic for the earnings module: 128-bit intermediates (GCC/Clang __int128,
// as Money uses), round-half-even division, and largest-remainder apportioning. Internal to
// core/earnings.
__extension__ typedef __int128 Wide;

inline Wide widePow10(int n)
{
    Wide r = 1;
    while (n-- > 0)
        r *= 10;
    return r;
}

inline bool fitsInt64(Wide v)
{
    return v >= Wide(std::numeric_limits<qint64>::min()) && v <= Wide(std::numeric_limits<qint64>::max());
}

// floor(numerator / denominator) and the remainder in [0, denominator); denominator > 0.
inline Wide floorDivide(Wide numerator, Wide denominator, Wide *remainder = nullptr)
{
    Wide q = numerator / denominator;
    Wide r = numerator % denominator;
    if (r < 0) {
        q -= 1;
        r += denominator;
    }
    if (remainder)
        *remainder = r;
    return q;
}

// numerator / denominator rounded to the nearest integer, ties to even; denominator > 0.
inline Wide divideHalfEven(Wide numerator, Wide denominator)
{
    Wide r = 0;
    Wide q = floorDivide(numerator, denominator, &r);
    const Wide twice = 2 * r;
    if (twice > denominator || (twice == denominator && (q % 2 != 0)))
        q += 1;
    return q;
}

// a × b, or nullopt on overflow.
inline std::optional<Wide> multiplied(Wide a, Wide b)
{
    Wide out = 0;
    if (__builtin_mul_overflow(a, b, &out))
        return std::nullopt;
    return out;
}

// Splits `total` (the rounded value of Σ parts / denominator) into integers, one per part, that add
// up to `total` exactly: each part gets floor(part / denominator), and the units left over go one
// by one to the largest remainders (earlier parts win ties). Each result is within one unit of its
// exact value.
inline QList<qint64> apportion(const QList<Wide> &parts, Wide denominator, Wide total)
{
    QList<qint64> out;
    out.reserve(parts.size());
    QList<Wide> remainders;
    remainders.reserve(parts.size());
    Wide sum = 0;
    for (const Wide part : parts) {
        Wide r = 0;
        const Wide q = floorDivide(part, denominator, &r);
        out.append(qint64(q));
        remainders.append(r);
        sum += q;
    }
    const Wide left = total - sum;
    QList<qsizetype> order(parts.size());
    std::iota(order.begin(), order.end(), qsizetype(0));
    std::stable_sort(order.begin(), order.end(),
                     [&remainders](qsizetype a, qsizetype b) { return remainders[a] > remainders[b]; });
    for (qsizetype i = 0; i < order.size() && Wide(i) < left; ++i)
        out[order[i]] += 1;
    return out;
}

} // namespace montaj
