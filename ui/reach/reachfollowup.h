#pragma once

#include "core/foundation/result.h"
#include "core/publish/posttypes.h"
#include "core/reach/reachhistory.h"
#include "core/reach/reachstore.h"

#include <QObject>

namespace montaj {
class PlatformApi;
} // namespace montaj

namespace montaj::ui {

// What the Reach page keeps between runs and follows after posting: the ReachStore (each account's
// saved history and calibration, the published posts followed) — reach data that cannot be read is
// moved aside, never saved over —, the account's published posts it starts following (each with the
// estimate it would have had before it went out) and their counters read from the platform. Not a widget: the
// page shows it. Lives in the GUI thread.
class ReachFollowUp : public QObject
{
    Q_OBJECT

public:
    static constexpr int kFollowDays = 31; // counters are read for a month after posting

    explicit ReachFollowUp(const QString &storePath, QObject *parent = nullptr);

    ReachStore &store() { return m_store; }
    const ReachStore &store() const { return m_store; }
    // Where reach data that could not be read was moved (empty when none was).
    QString keptAs() const { return m_keptAs; }
    // False when the reach data could neither be read nor moved aside: nothing is saved over it.
    bool isWritable() const { return m_writable; }
    // Saves the store; does nothing (and succeeds) when it is not writable.
    Result<void> save() const;

    // Starts following the account's published posts not followed yet, estimated from `history`
    // (only its videos posted before each post count), and saves. True when any was added.
    Result<bool> followPublished(const WorkspaceAccount &account, const ReachHistory &history,
                                 const QList<Post> &posts);
    // Reads the views of the account's posts followed in the last kFollowDays (all of them:
    // PlatformHistory::fetchCounters asks in batches); they teach the calibration and are saved.
    // Then countersRead, or failed. False when there is nothing to read or a reading is under way.
    bool readCounters(PlatformApi &api, const WorkspaceAccount &account);
    bool isReading() const { return m_reading; }

Q_SIGNALS:
    void readingChanged(bool reading);
    void countersRead(const QString &profileId, const QString &account);
    void failed(const montaj::Error &error);

private:
    void answered(const QString &profileId, const QString &account, const Result<QList<ReachVideo>> &videos);
    void finishReading();

    ReachStore m_store;
    QString m_keptAs;
    bool m_writable = true;
    bool m_reading = false;
    QMetaObject::Connection m_apiGone; // while reading: the API signed out or went away
};

} // namespace montaj::ui
