#pragma once

#include "core/earnings/earningsledger.h"

#include <optional>

namespace montaj {

// One gift of the catalog and its price in coins.
struct GiftPrice
{
    qint64 giftId = 0;
    QString name;
    int giftType = 0; // 1: streakable
    qint64 coins = 0;
    bool userEdited = false;
    qint64 updatedMs = 0;
};

// The gifts and their coin prices: synced from what the platform sends (every event carries the
// gift's name and unit price) and editable by the user; a user's price is kept until the user
// changes it again. Used to price imported history that lacks a unit price, and to show names.
// The ledger keeps each gift's own price at the time it was sent, so editing the catalog never
// changes past entries. Not a valuation (ConversionSettings).
class GiftCatalog
{
    Q_DECLARE_TR_FUNCTIONS(GiftCatalog)

public:
    explicit GiftCatalog(EarningsLedger &ledger);

    // Platform prices: inserts new gifts, updates names and prices the user has not edited.
    Result<void> observe(const QList<GiftPrice> &gifts);
    // The user's price (coins ≥ 0); marks the gift as edited.
    Result<void> setPrice(qint64 giftId, const QString &name, qint64 coins);
    Result<QList<GiftPrice>> list() const; // by name
    Result<std::optional<GiftPrice>> find(qint64 giftId) const;

private:
    EarningsLedger &m_ledger;
};

} // namespace montaj
