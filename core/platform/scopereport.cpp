#include "core/platform/scopereport.h"

#include <QLocale>

namespace montaj {
namespace {

constexpr PlatformFeature kFeatures[] = {PlatformFeature::DirectPosting, PlatformFeature::InboxDrafts,
                                         PlatformFeature::HistoryAndReach, PlatformFeature::FollowerCounts,
                                         PlatformFeature::Profile};

} // namespace

QStringList ScopeReport::allScopes()
{
    return {QStringLiteral("user.info.basic"), QStringLiteral("user.info.profile"),
            QStringLiteral("user.info.stats"), QStringLiteral("video.list"),
            QStringLiteral("video.publish"),   QStringLiteral("video.upload")};
}

QString ScopeReport::scopeFor(PlatformFeature feature)
{
    switch (feature) {
    case PlatformFeature::DirectPosting: return QStringLiteral("video.publish");
    case PlatformFeature::InboxDrafts: return QStringLiteral("video.upload");
    case PlatformFeature::HistoryAndReach: return QStringLiteral("video.list");
    case PlatformFeature::FollowerCounts: return QStringLiteral("user.info.stats");
    case PlatformFeature::Profile: return QStringLiteral("user.info.profile");
    }
    return {};
}

QString ScopeReport::featureName(PlatformFeature feature)
{
    switch (feature) {
    case PlatformFeature::DirectPosting: return tr("posting videos directly to your account");
    case PlatformFeature::InboxDrafts: return tr("sending videos to your inbox as drafts");
    case PlatformFeature::HistoryAndReach: return tr("your video history and reach calibration");
    case PlatformFeature::FollowerCounts: return tr("follower and like counts");
    case PlatformFeature::Profile: return tr("your profile details");
    }
    return {};
}

QStringList ScopeReport::parseScopes(const QString &commaSeparated)
{
    QStringList out;
    for (const QString &part : commaSeparated.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString scope = part.trimmed();
        if (!scope.isEmpty() && !out.contains(scope))
            out << scope;
    }
    return out;
}

ScopeReport ScopeReport::compare(const QStringList &requested, const QStringList &granted)
{
    ScopeReport report;
    for (const QString &scope : requested) {
        if (!granted.contains(scope) && !report.m_missing.contains(scope))
            report.m_missing << scope;
    }
    for (PlatformFeature feature : kFeatures) {
        if (report.m_missing.contains(scopeFor(feature)))
            report.m_unavailable << feature;
    }
    return report;
}

QString ScopeReport::explanation() const
{
    if (m_missing.isEmpty())
        return {};
    QStringList features;
    for (PlatformFeature feature : m_unavailable)
        features << featureName(feature);
    const QString scopes = QLocale().createSeparatedList(m_missing);
    if (features.isEmpty())
        return tr("You did not allow %1. Everything Montaj does will still work.").arg(scopes);
    return tr("You did not allow %1, so these will not work: %2. Sign in again and allow them to use "
              "these features.")
        .arg(scopes, QLocale().createSeparatedList(features));
}

} // namespace montaj
