#pragma once

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace montaj {

// What Montaj can do on the platform, each needing one scope.
enum class PlatformFeature {
    DirectPosting,   // video.publish
    InboxDrafts,     // video.upload
    HistoryAndReach, // video.list: history and reach calibration
    FollowerCounts,  // user.info.stats
    Profile,         // user.info.profile
};

// Compares the scopes asked for with those granted (the consent screen lets people untick some)
// and explains, translated, which features will not work. Not a permission check at call time:
// the platform's scope_not_authorized error is.
class ScopeReport
{
    Q_DECLARE_TR_FUNCTIONS(ScopeReport)

public:
    static QStringList allScopes(); // every scope Montaj may ask for, user.info.basic first
    static QString scopeFor(PlatformFeature feature);
    static QString featureName(PlatformFeature feature); // translated
    static QStringList parseScopes(const QString &commaSeparated);

    static ScopeReport compare(const QStringList &requested, const QStringList &granted);

    bool isComplete() const { return m_missing.isEmpty(); }
    QStringList missingScopes() const { return m_missing; }
    QList<PlatformFeature> unavailableFeatures() const { return m_unavailable; }
    bool allows(PlatformFeature feature) const { return !m_unavailable.contains(feature); }
    // "You did not allow …: these features will not work: …" or empty when complete.
    QString explanation() const;

private:
    QStringList m_missing;
    QList<PlatformFeature> m_unavailable;
};

} // namespace montaj
