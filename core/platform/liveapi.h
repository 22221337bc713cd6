#pragma once

#include "core/platform/livetypes.h"
#include "core/platform/platformtypes.h"

#include <QObject>
#include <QUrl>

namespace montaj {

class TikTokApi;

// The LIVE extension of PLATFORM_API.md over a signed-in TikTokApi: the creator's past sessions
// and the one live now (GET /x/live/sessions/, through TikTokApi::callExtension: same session,
// refresh, rate limits and retries as every other call), the address of a session's event stream,
// and the Authorization header that stream needs. Every call answers once through its callback, in
// this object's thread. Not the stream itself (LiveEventStream) and not the earnings ledger.
class LiveApi : public QObject
{
    Q_OBJECT

public:
    // `api` must outlive this object.
    explicit LiveApi(TikTokApi *api, QObject *parent = nullptr);

    TikTokApi *platform() const { return m_api; }
    bool isSignedIn() const;

    void listSessions(PlatformCallback<QList<LiveSessionInfo>> done);

    // ws://… or wss://… /x/live/events?session=ID; an error for an id that is not a platform id.
    Result<QUrl> eventsUrl(const QString &sessionId) const;

    // "Bearer <access token>" for the event stream's upgrade request, refreshed ahead of expiry
    // like every API call. A secret: put it in the request header and nowhere else.
    void authorization(PlatformCallback<QByteArray> done);

    static bool isSessionId(const QString &id);

private:
    TikTokApi *m_api = nullptr;
};

} // namespace montaj
