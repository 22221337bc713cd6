#pragma once

#include "core/foundation/apppaths.h"
#include "core/foundation/result.h"
#include "core/reach/reachcalibration.h"
#include "core/reach/reachestimate.h"
#include "core/reach/reachhistory.h"

#include <QCoreApplication>
#include <QHash>

#include <optional>

namespace montaj {

// A published post whose counters are followed: the estimate made before it went out (before
// calibration: P10/P50/P90 at 7 days and the curve's slope) and the views read since.
struct TrackedPost
{
    QString postId;  // workspace post id
    QString videoId; // the platform's video id
    QString profileId;
    QString account;
    QDateTime publishedAtUtc;
    std::array<double, 3> referenceLog10{};
    double lateSlope = 0.17;
    QList<QPair<double, qint64>> actuals; // (age in hours, views)

    static TrackedPost fromEstimate(const ReachEstimate &estimate, const QString &postId,
                                    const QString &videoId, const QString &account,
                                    const QDateTime &publishedAtUtc);
    // P10/P50/P90 views at an age as estimated (no calibration).
    ReachPoint estimatedAt(double ageHours) const;
};

// An actual count set against its estimate. position: −1 under P10, 0 inside, +1 over P90.
struct ReachComparison
{
    QString videoId;
    double ageHours = 0.0;
    ReachPoint estimated;
    qint64 actual = 0;
    int position = 0;
};

// What the Reach page and montajctl keep between runs, in one JSON file under the data folder
// (reach/reach.json): each account's calibration (per profile) and the published posts being
// followed; plus each creator's last fetched history as a Montaj-layout CSV beside it
// (reach/history/<profile>/<creator>.csv). Counters set against a followed post's estimate teach
// that account's calibration once per horizon (1 h, 24 h, 7 d, 30 d). Saved atomically. Not a
// database and not shared between machines.
class ReachStore
{
    Q_DECLARE_TR_FUNCTIONS(ReachStore)

public:
    // An empty store that saves to `path`.
    explicit ReachStore(QString path = {})
        : m_path(std::move(path))
    {}
    static QString defaultPath(const AppPaths &paths);
    // A missing file is an empty store.
    static Result<ReachStore> load(const QString &path);
    // Moves a file load() could not read out of the way, beside it as
    // "<name>.damaged-<yyyyMMdd-HHmmss>" (UTC; "-2", "-3"… if taken), so that a store started
    // afresh never saves over it; the new path. "reach.store_not_moved" when it cannot be moved.
    static Result<QString> setAside(const QString &path);
    Result<void> save() const;
    QString path() const { return m_path; }

    ReachCalibration calibration(const QString &profileId, const QString &account) const;
    void setCalibration(const ReachCalibration &calibration);

    void track(const TrackedPost &post);
    QList<TrackedPost> tracked(const QString &profileId = {}, const QString &account = {}) const;
    // Records the views of a followed video and teaches its account's calibration; nullopt for a
    // video that is not followed.
    std::optional<ReachComparison> observe(const QString &videoId, qint64 views,
                                           const QDateTime &observedAtUtc);

    QString historyPath(const QString &profileId, const QString &creator) const;
    Result<void> saveHistory(const ReachHistory &history) const;
    Result<ReachHistory> history(const QString &profileId, const QString &creator) const;

private:
    static QString key(const QString &profileId, const QString &account);

    QString m_path;
    QHash<QString, ReachCalibration> m_calibrations;
    QList<TrackedPost> m_tracked;
};

} // namespace montaj
