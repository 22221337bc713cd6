#include "core/earnings/earningsreport.h"

#include "core/earnings/internal/exactvaluation.h"
#include "core/foundation/currency.h"

#include <QDateTime>
#include <QHash>
#include <QVariant>

#include <algorithm>

namespace montaj {
namespace {

// Days are folded from quarter-hour buckets: every UTC offset in use is a multiple of 15 minutes.
constexpr qint64 kBucketMs = 15 * 60 * 1000;

struct Group
{
    QString key;
    QString label;
    QDate date;
    QList<qint64> coinsPerSegment;
    qint64 gifts = 0;
    qint64 firstMs = std::numeric_limits<qint64>::max();
    qint64 lastMs = std::numeric_limits<qint64>::min();
};

QString segmentCase(const QList<qint64> &points)
{
    if (points.isEmpty())
        return QStringLiteral("0");
    QString sql = QStringLiteral("CASE");
    for (qsizetype i = 0; i < points.size(); ++i)
        sql += QStringLiteral(" WHEN time_ms < %1 THEN %2").arg(points[i]).arg(i);
    return QString(sql + QStringLiteral(" ELSE %1 END").arg(points.size()));
}

QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', QStringLiteral("\\\\"))
        .replace(u'%', QStringLiteral("\\%"))
        .replace(u'_', QStringLiteral("\\_"));
    return QString(u'%' + escaped + u'%');
}

} // namespace

EarningsReport::EarningsReport(EarningsLedger &ledger, ConversionSettings settings, QTimeZone zone)
    : m_ledger(ledger)
    , m_settings(std::move(settings))
    , m_zone(std::move(zone))
{}

Money EarningsReport::taxEstimate(const Money &earnings, int basisPoints)
{
    if (earnings.isNegative() || basisPoints <= 0)
        return *Money::fromMinor(0, earnings.currency());
    return earnings.scaled(basisPoints, 10000).valueOr(*Money::fromMinor(0, earnings.currency()));
}

Result<Breakdown> EarningsReport::breakdown(Grouping grouping, const ReportFilter &filter,
                                            const QString &currency) const
{
    const auto digits = Currency::minorDigits(currency);
    if (!digits)
        return Error(QStringLiteral("money.unknown_currency"),
                     tr("“%1” is not an ISO 4217 currency code.").arg(currency),
                     {{QStringLiteral("currency"), currency}});
    const QList<qint64> points = m_settings.changePoints(currency);
    const QList<ValuationSegment> segments = m_settings.segments(currency);

    QString key;
    QString label = QStringLiteral("''");
    switch (grouping) {
    case Grouping::Session: key = QStringLiteral("session_id"); break;
    case Grouping::Day:
    case Grouping::Month: key = QStringLiteral("time_ms / %1").arg(kBucketMs); break;
    case Grouping::Gifter:
        key = QStringLiteral("user_id");
        label = QStringLiteral("MAX(unique_id)");
        break;
    case Grouping::Gift:
        key = QStringLiteral("gift_id");
        label = QStringLiteral("MAX(gift_name)");
        break;
    }
    QStringList where;
    QVariantList binds;
    if (filter.fromMs != std::numeric_limits<qint64>::min()) {
        where << QStringLiteral("time_ms >= ?");
        binds << filter.fromMs;
    }
    if (filter.toMs != std::numeric_limits<qint64>::max()) {
        where << QStringLiteral("time_ms < ?");
        binds << filter.toMs;
    }
    if (!filter.sessionId.isEmpty()) {
        where << QStringLiteral("session_id = ?");
        binds << filter.sessionId;
    }
    if (!filter.userId.isEmpty()) {
        where << QStringLiteral("user_id = ?");
        binds << filter.userId;
    }
    if (filter.giftId) {
        where << QStringLiteral("gift_id = ?");
        binds << *filter.giftId;
    }
    if (!filter.search.trimmed().isEmpty()) {
        where << QStringLiteral(
            "(unique_id LIKE ? ESCAPE '\\' OR gift_name LIKE ? ESCAPE '\\' OR user_id = ? "
            "OR session_id = ?)");
        const QString text = filter.search.trimmed();
        binds << likePattern(text) << likePattern(text) << text << text;
    }
    const QString sql =
        QStringLiteral("SELECT %1, %2, SUM(repeat_count), SUM(coins), MIN(time_ms), MAX(time_ms), %3 "
                       "FROM entries %4 GROUP BY 1, 2")
            .arg(key, segmentCase(points), label,
                 where.isEmpty() ? QString()
                                 : QString(QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND "))));
    auto query = m_ledger.prepare(sql);
    if (!query)
        return query.error();
    QSqlQuery &q = query.value();
    for (const QVariant &value : std::as_const(binds))
        q.addBindValue(value);
    if (Result<void> ok = EarningsLedger::exec(q, QStringLiteral("breakdown")); !ok)
        return ok.error();

    QHash<QString, qsizetype> index;
    QList<Group> groups;
    QHash<qint64, QDate> bucketDates;
    while (q.next()) {
        QString groupKey = q.value(0).toString();
        QDate date;
        if (grouping == Grouping::Day || grouping == Grouping::Month) {
            const qint64 bucket = q.value(0).toLongLong();
            auto found = bucketDates.constFind(bucket);
            if (found == bucketDates.constEnd())
                found = bucketDates.insert(bucket,
                                           QDateTime::fromMSecsSinceEpoch(bucket * kBucketMs, m_zone).date());
            date = *found;
            if (grouping == Grouping::Month)
                date = QDate(date.year(), date.month(), 1);
            groupKey = grouping == Grouping::Day ? date.toString(Qt::ISODate)
                                                 : date.toString(QStringLiteral("yyyy-MM"));
        }
        auto at = index.constFind(groupKey);
        if (at == index.constEnd()) {
            Group group;
            group.key = groupKey;
            group.date = date;
            group.coinsPerSegment.resize(segments.size());
            groups.append(group);
            at = index.insert(groupKey, groups.size() - 1);
        }
        Group &group = groups[*at];
        const int segment = std::clamp(q.value(1).toInt(), 0, int(segments.size()) - 1);
        group.gifts += q.value(2).toLongLong();
        group.coinsPerSegment[segment] += q.value(3).toLongLong();
        group.firstMs = std::min(group.firstMs, q.value(4).toLongLong());
        group.lastMs = std::max(group.lastMs, q.value(5).toLongLong());
        const QString rowLabel = q.value(6).toString();
        if (rowLabel > group.label)
            group.label = rowLabel;
    }

    if (grouping == Grouping::Session) {
        const Result<QList<EarningsSession>> sessions = m_ledger.sessions();
        if (!sessions)
            return sessions.error();
        for (const EarningsSession &session : *sessions)
            if (const auto at = index.constFind(session.id); at != index.constEnd())
                groups[*at].label = session.title;
    }
    std::sort(groups.begin(), groups.end(), [grouping](const Group &a, const Group &b) {
        switch (grouping) {
        case Grouping::Day:
        case Grouping::Month: return a.date < b.date;
        case Grouping::Session: return a.firstMs > b.firstMs;
        case Grouping::Gifter:
        case Grouping::Gift: break;
        }
        qint64 ca = 0, cb = 0;
        for (qint64 c : a.coinsPerSegment)
            ca += c;
        for (qint64 c : b.coinsPerSegment)
            cb += c;
        return ca != cb ? ca > cb : a.label < b.label;
    });

    Breakdown result;
    result.grouping = grouping;
    result.currency = currency;
    result.total.currency = currency;
    ExactValue total;
    QList<ExactValue> exact;
    exact.reserve(groups.size());
    for (const Group &group : std::as_const(groups)) {
        exact.append(exactValue(segments, group.coinsPerSegment, *digits));
        total += exact.back();
        result.total.gifts += group.gifts;
    }
    result.total.coins = total.coins;
    result.valueError = valuationError(total, currency);
    QList<qint64> diamonds(groups.size(), 0);
    QList<qint64> minor(groups.size(), 0);
    if (!result.valueError) {
        const Wide totalDiamonds = divideHalfEven(total.diamondMicros, ExactValue::kDiamondScale);
        const Wide totalMinor = divideHalfEven(total.moneyScaled, ExactValue::kMoneyScale);
        if (!fitsInt64(totalDiamonds) || !fitsInt64(totalMinor)) {
            result.valueError = Error(QStringLiteral("earnings.overflow"),
                                      ConversionSettings::tr("The amount is too large to compute exactly."));
        } else {
            QList<Wide> diamondParts, moneyParts;
            for (const ExactValue &value : std::as_const(exact)) {
                diamondParts.append(value.diamondMicros);
                moneyParts.append(value.moneyScaled);
            }
            diamonds = apportion(diamondParts, ExactValue::kDiamondScale, totalDiamonds);
            minor = apportion(moneyParts, ExactValue::kMoneyScale, totalMinor);
            result.total.diamonds = qint64(totalDiamonds);
            result.total.minorUnits = qint64(totalMinor);
        }
    }
    for (qsizetype i = 0; i < groups.size(); ++i) {
        const Group &group = groups[i];
        result.rows.append({group.key, group.label, group.date, group.gifts, exact[i].coins, diamonds[i],
                            minor[i], group.firstMs, group.lastMs});
    }
    return result;
}

Result<Valuation> EarningsReport::totals(const ReportFilter &filter, const QString &currency) const
{
    Result<Breakdown> all = breakdown(Grouping::Gift, filter, currency); // few groups, exact total
    if (!all)
        return all.error();
    if (all->valueError)
        return *all->valueError;
    return all->total;
}

} // namespace montaj
