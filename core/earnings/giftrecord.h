#pragma once

#include <QMetaType>
#include <QString>

namespace montaj {

// One counted gift, ready for the ledger: what the streak rule kept of the LIVE events (the end of
// a streak with its final repeatCount, or a single gift), keyed for de-duplication. Coins are
// repeatCount × unitCoins. Not a raw event (LiveGiftEvent) and not a valuation (coins only; the
// conversion settings turn coins into diamonds and money when a report asks).
struct GiftRecord
{
    QString sessionId;
    QString eventKey; // unique within the session (StreakFilter::eventKey)
    qint64 timeMs = 0;
    QString userId;
    QString uniqueId;
    qint64 giftId = 0;
    QString giftName;
    qint64 repeatCount = 1;
    qint64 unitCoins = 0;

    qint64 coins() const { return repeatCount * unitCoins; }
};

// Where ledger entries came from.
enum class EntrySource {
    Live,       // the live dashboard's event stream
    Platform,   // a past session replayed by the platform
    Csv,        // imported from a file
    Correction, // a reversal or correction entered by the user
};

// What an append did: rows written, and rows the ledger already held (replays, re-imports).
struct AppendStats
{
    qint64 inserted = 0;
    qint64 duplicates = 0;
};

} // namespace montaj

Q_DECLARE_METATYPE(montaj::GiftRecord)
Q_DECLARE_METATYPE(montaj::AppendStats)
