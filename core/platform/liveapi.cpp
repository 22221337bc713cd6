#include "core/platform/liveapi.h"

#include "core/platform/platformerror.h"
#include "core/platform/tiktokapi.h"

#include <QRegularExpression>
#include <QTimer>
#include <QUrlQuery>

namespace montaj {
namespace {

const QString kPathSessions = QStringLiteral("/x/live/sessions/");
const QString kPathEvents = QStringLiteral("/x/live/events");
const QString kRateClass = QStringLiteral("live");

} // namespace

LiveApi::LiveApi(TikTokApi *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{}

bool LiveApi::isSignedIn() const
{
    return m_api && m_api->session().isSignedIn();
}

bool LiveApi::isSessionId(const QString &id)
{
    static const QRegularExpression kId(QStringLiteral("^[0-9]{1,20}$"));
    return kId.match(id).hasMatch();
}

void LiveApi::listSessions(PlatformCallback<QList<LiveSessionInfo>> done)
{
    m_api->callExtension(QByteArrayLiteral("GET"), kPathSessions, std::nullopt, kRateClass, true,
                         [done = std::move(done)](Result<QJsonObject> data) {
                             if (!data)
                                 return done(data.error());
                             done(liveSessionsFromJson(*data));
                         });
}

Result<QUrl> LiveApi::eventsUrl(const QString &sessionId) const
{
    if (!isSessionId(sessionId))
        return PlatformError::make(PlatformErrorKind::InvalidRequest,
                                   {{QStringLiteral("field"), QStringLiteral("session")}});
    QUrl url = m_api->profile().endpoint(kPathEvents);
    url.setScheme(url.scheme() == QLatin1String("https") ? QStringLiteral("wss") : QStringLiteral("ws"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("session"), sessionId);
    url.setQuery(query);
    return url;
}

void LiveApi::authorization(PlatformCallback<QByteArray> done)
{
    if (!isSignedIn()) {
        QTimer::singleShot(
            0, this, [done = std::move(done)] { done(PlatformError::make(PlatformErrorKind::NotSignedIn)); });
        return;
    }
    m_api->bearerAuthorization(std::move(done));
}

} // namespace montaj
