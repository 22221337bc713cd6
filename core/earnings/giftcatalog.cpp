#include "core/earnings/giftcatalog.h"

#include <QDateTime>
#include <QVariant>

namespace montaj {
namespace {

GiftPrice readGift(const QSqlQuery &q)
{
    return {q.value(0).toLongLong(),
            q.value(1).toString(),
            q.value(2).toInt(),
            q.value(3).toLongLong(),
            q.value(4).toString() == QLatin1String("user"),
            q.value(5).toLongLong()};
}

} // namespace

GiftCatalog::GiftCatalog(EarningsLedger &ledger)
    : m_ledger(ledger)
{}

Result<void> GiftCatalog::observe(const QList<GiftPrice> &gifts)
{
    if (gifts.isEmpty())
        return {};
    return m_ledger.transaction([&]() -> Result<void> {
        auto query = m_ledger.prepare(QStringLiteral(
            "INSERT INTO gifts (gift_id, name, gift_type, coins, source, updated_ms) VALUES (?, ?, ?, ?, "
            "'platform', ?) "
            "ON CONFLICT (gift_id) DO UPDATE SET name = excluded.name, gift_type = excluded.gift_type, "
            "coins = excluded.coins, updated_ms = excluded.updated_ms "
            "WHERE gifts.source = 'platform' AND (gifts.name <> excluded.name OR gifts.coins <> "
            "excluded.coins "
            "OR gifts.gift_type <> excluded.gift_type)"));
        if (!query)
            return query.error();
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (const GiftPrice &gift : gifts) {
            if (gift.coins < 0)
                continue;
            QSqlQuery &q = query.value();
            q.bindValue(0, gift.giftId);
            q.bindValue(1, EarningsLedger::text(gift.name));
            q.bindValue(2, gift.giftType);
            q.bindValue(3, gift.coins);
            q.bindValue(4, now);
            if (Result<void> ok = EarningsLedger::exec(q, QStringLiteral("sync gift")); !ok)
                return ok;
        }
        return {};
    });
}

Result<void> GiftCatalog::setPrice(qint64 giftId, const QString &name, qint64 coins)
{
    if (coins < 0)
        return Error(QStringLiteral("earnings.invalid_price"), tr("A gift's price cannot be negative."),
                     {{QStringLiteral("gift"), giftId}});
    if (name.trimmed().isEmpty())
        return Error(QStringLiteral("earnings.invalid_price"), tr("A gift needs a name."),
                     {{QStringLiteral("gift"), giftId}});
    auto query = m_ledger.prepare(QStringLiteral(
        "INSERT INTO gifts (gift_id, name, gift_type, coins, source, updated_ms) VALUES (?, ?, 0, ?, 'user', "
        "?) "
        "ON CONFLICT (gift_id) DO UPDATE SET name = excluded.name, coins = excluded.coins, source = 'user', "
        "updated_ms = excluded.updated_ms"));
    if (!query)
        return query.error();
    QSqlQuery &q = query.value();
    q.addBindValue(giftId);
    q.addBindValue(name.trimmed());
    q.addBindValue(coins);
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    return EarningsLedger::exec(q, QStringLiteral("edit gift"));
}

Result<QList<GiftPrice>> GiftCatalog::list() const
{
    auto query = m_ledger.prepare(QStringLiteral(
        "SELECT gift_id, name, gift_type, coins, source, updated_ms FROM gifts ORDER BY name, gift_id"));
    if (!query)
        return query.error();
    if (Result<void> ok = EarningsLedger::exec(query.value(), QStringLiteral("list gifts")); !ok)
        return ok.error();
    QList<GiftPrice> gifts;
    while (query.value().next())
        gifts.append(readGift(query.value()));
    return gifts;
}

Result<std::optional<GiftPrice>> GiftCatalog::find(qint64 giftId) const
{
    auto query = m_ledger.prepare(QStringLiteral(
        "SELECT gift_id, name, gift_type, coins, source, updated_ms FROM gifts WHERE gift_id = ?"));
    if (!query)
        return query.error();
    query.value().addBindValue(giftId);
    if (Result<void> ok = EarningsLedger::exec(query.value(), QStringLiteral("find gift")); !ok)
        return ok.error();
    if (!query.value().next())
        return std::optional<GiftPrice>();
    return std::optional<GiftPrice>(readGift(query.value()));
}

} // namespace montaj
