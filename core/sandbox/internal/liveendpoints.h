#pragma once

#include "core/sandbox/internal/apiguard.h"
#include "core/sandbox/internal/giftscript.h"
#include "core/sandbox/internal/router.h"
#include "core/sandbox/internal/sandboxcontext.h"
#include "core/sandbox/internal/sandboxrecords.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

namespace montaj::sandbox {

class HttpConnection;
class WebSocketChannel;

// The LIVE extension (PLATFORM_API.md): GET /x/live/sessions/ lists the creator's past sessions
// and the one live now (with the gift and coin totals a correct client counts), and
// /x/live/events?session=ID upgrades to a WebSocket that sends one gift event per text message:
// a past session all at once and then a normal close, the live session everything so far (again
// after every reconnect, so clients must de-duplicate by msgId) and then each gift as it happens.
// Not the gift generation (GiftScript).
class LiveEndpoints : public QObject
{
    Q_OBJECT

public:
    LiveEndpoints(SandboxContext &context, QObject *parent = nullptr);
    ~LiveEndpoints() override;

    void registerRoutes(Router &router);
    static bool isEventsPath(const QString &path);
    // Answers the request on `connection`: an upgrade to the event stream, or a refusal.
    void openEvents(HttpConnection *connection, const HttpRequest &request);
    void closeAll();

private:
    struct Session
    {
        LiveSessionRecord record;
        bool live = false;
    };

    HttpResponse list(const HttpRequest &request);
    std::optional<Session> find(const QString &openId, const QString &sessionId) const;
    GiftScript pastScript(const LiveSessionRecord &record) const;
    void streamLive(WebSocketChannel *channel);

    SandboxContext &m_context;
    ApiGuard m_guard;
    LiveSessionRecord m_live; // the demo creator's session running since the sandbox started
    std::unique_ptr<GiftScript> m_liveScript;
    QList<QPointer<WebSocketChannel>> m_channels;
};

} // namespace montaj::sandbox
