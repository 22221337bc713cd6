#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace montaj {

// One viewer's gifts during a session.
struct GifterTotal
{
    QString userId;
    QString uniqueId;
    qint64 gifts = 0;
    qint64 coins = 0;
};

// The live dashboard's picture of a running session at one moment: running totals (exact, rounded
// once like every report), the top gifters, gifts per minute, and how many events were replays or
// streak steps. A value, copied to the UI thread.
struct LiveSnapshot
{
    QString sessionId;
    qint64 events = 0;      // every event received, replays included
    qint64 duplicates = 0;  // counted events received again (replays, repeated streak ends)
    qint64 streakSteps = 0; // streak events before their end
    qint64 gifts = 0;       // Σ repeatCount of counted gifts
    qint64 coins = 0;
    qint64 diamonds = 0;
    bool valued = false; // minorUnits is meaningful (the currency has a value)
    qint64 minorUnits = 0;
    QString currency;
    QString valueProblem; // why not valued (translated), when not
    QList<GifterTotal> topGifters;
    qint64 giftsPerMinute = 0;   // gifts in the last 60 s of event time
    QList<qint64> recentMinutes; // gifts per minute for the last minutes, oldest first
    qint64 lastEventMs = 0;
};

} // namespace montaj

Q_DECLARE_METATYPE(montaj::LiveSnapshot)
