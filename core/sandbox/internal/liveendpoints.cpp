#include "core/sandbox/internal/liveendpoints.h"

#include "core/sandbox/internal/apienvelope.h"
#include "core/sandbox/internal/demoworld.h"
#include "core/sandbox/internal/httpconnection.h"
#include "core/sandbox/internal/platformids.h"
#include "core/sandbox/internal/sandboxlog.h"
#include "core/sandbox/internal/websocketchannel.h"
#include "core/sandbox/internal/worldstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpSocket>
#include <QTimer>

namespace montaj::sandbox {
namespace {

const QString kBasicScope = QStringLiteral("user.info.basic");

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

LiveEndpoints::LiveEndpoints(SandboxContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_guard(context)
{
    const auto creator = WorldStore(m_context.db()).accountByUsername(DemoWorld::creatorUsername());
    const qint64 now = m_context.nowMs();
    m_live.openId = creator ? creator->openId : QString();
    m_live.id = PlatformIds::videoId(now / 1000, quint32(m_context.options.seed & 0xffffffffu));
    m_live.title = QStringLiteral("Live now: cook-along");
    m_live.startedAtMs = now;
    m_live.seed = m_context.options.seed ^ 0x4c495645ULL;
    const qint64 gap = std::max<qint64>(1, m_context.options.liveEventIntervalMs);
    m_liveScript =
        std::make_unique<GiftScript>(m_live.seed, now, m_live.openId, gap, std::max<qint64>(1, gap / 4));
}

LiveEndpoints::~LiveEndpoints()
{
    closeAll();
}

void LiveEndpoints::registerRoutes(Router &router)
{
    router.add("GET", QStringLiteral("/x/live/sessions/"), [this](const HttpRequest &r) { return list(r); });
}

bool LiveEndpoints::isEventsPath(const QString &path)
{
    return path == QLatin1String("/x/live/events") || path == QLatin1String("/x/live/events/");
}

GiftScript LiveEndpoints::pastScript(const LiveSessionRecord &record) const
{
    const qint64 duration = std::max<qint64>(1, record.endedAtMs - record.startedAtMs);
    GiftScript script(record.seed, record.startedAtMs, record.openId, duration / (record.actions + 1), 250);
    script.generateActions(record.actions);
    return script;
}

std::optional<LiveEndpoints::Session> LiveEndpoints::find(const QString &openId,
                                                          const QString &sessionId) const
{
    if (sessionId == m_live.id && openId == m_live.openId)
        return Session{m_live, true};
    for (const LiveSessionRecord &record : WorldStore(m_context.db()).liveSessions(openId))
        if (record.id == sessionId)
            return Session{record, false};
    return std::nullopt;
}

HttpResponse LiveEndpoints::list(const HttpRequest &request)
{
    const auto admission = m_guard.admit(request, {kBasicScope}, QStringLiteral("live"), 600);
    if (admission.refusal)
        return *admission.refusal;
    const QString &openId = admission.caller.openId;
    QJsonArray sessions;
    const auto entry = [](const LiveSessionRecord &r, bool live, const std::vector<GiftEvent> &events,
                          size_t count) {
        return QJsonObject{
            {QStringLiteral("id"), r.id},
            {QStringLiteral("title"), r.title},
            {QStringLiteral("status"), live ? QStringLiteral("live") : QStringLiteral("ended")},
            {QStringLiteral("start_time"), r.startedAtMs / 1000},
            {QStringLiteral("end_time"), live ? 0 : r.endedAtMs / 1000},
            {QStringLiteral("event_count"), qint64(count)},
            {QStringLiteral("gift_count"), GiftScript::giftTotal(events, count)},
            {QStringLiteral("diamond_total"), GiftScript::diamondTotal(events, count)}};
    };
    if (openId == m_live.openId) {
        const qint64 now = m_context.nowMs();
        m_liveScript->ensureUntil(now);
        sessions.append(entry(m_live, true, m_liveScript->events(), size_t(m_liveScript->countUntil(now))));
    }
    for (const LiveSessionRecord &record : WorldStore(m_context.db()).liveSessions(openId)) {
        const GiftScript script = pastScript(record);
        sessions.append(entry(record, false, script.events(), script.events().size()));
    }
    return ApiEnvelope::ok({{QStringLiteral("sessions"), sessions}}, admission.caller.logId);
}

void LiveEndpoints::openEvents(HttpConnection *connection, const HttpRequest &request)
{
    const auto admission = m_guard.admit(request, {kBasicScope}, QStringLiteral("live"), 600);
    if (admission.refusal) {
        connection->respond(*admission.refusal);
        return;
    }
    const QString logId = admission.caller.logId;
    const QByteArray key = request.header("sec-websocket-key");
    if (request.method != "GET" || !request.header("upgrade").toLower().contains("websocket") || key.isEmpty()
        || request.header("sec-websocket-version") != "13") {
        HttpResponse refusal =
            ApiEnvelope::error(QStringLiteral("invalid_params"),
                               QStringLiteral("Open this URL as a WebSocket (version 13)."), logId);
        refusal.status = 426;
        refusal.setHeader("Upgrade", "websocket");
        connection->respond(refusal);
        return;
    }
    const auto session = find(admission.caller.openId, request.query.value(QStringLiteral("session")));
    if (!session) {
        HttpResponse refusal =
            ApiEnvelope::error(QStringLiteral("not_found"), QStringLiteral("No such LIVE session."), logId);
        connection->respond(refusal);
        return;
    }
    QByteArray alreadyRead;
    QTcpSocket *socket = connection->takeSocket(&alreadyRead);
    if (!socket)
        return;
    socket->write("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                  "Sec-WebSocket-Accept: "
                  + WebSocketChannel::acceptKey(key) + "\r\nServer: montaj-sandbox\r\n\r\n");
    auto *channel = new WebSocketChannel(socket, alreadyRead, this);
    m_channels.append(channel);
    connect(channel, &WebSocketChannel::finished, this, [this, channel] {
        m_channels.removeIf([channel](const QPointer<WebSocketChannel> &c) { return !c || c == channel; });
    });
    qCInfo(lcSandbox) << "LIVE event stream opened for session" << session->record.id
                      << (session->live ? "(live)" : "(replay)");
    if (session->live) {
        streamLive(channel);
        return;
    }
    const GiftScript script = pastScript(session->record);
    for (const GiftEvent &event : script.events())
        channel->sendText(compact(event.toJson()));
    channel->close(1000, "session ended");
}

void LiveEndpoints::streamLive(WebSocketChannel *channel)
{
    auto sent = std::make_shared<size_t>(0);
    auto *timer = new QTimer(channel);
    const auto pump = [this, channel, sent] {
        const qint64 now = m_context.nowMs();
        m_liveScript->ensureUntil(now);
        const size_t due = size_t(m_liveScript->countUntil(now));
        const std::vector<GiftEvent> &events = m_liveScript->events();
        for (; *sent < due && channel->isOpen(); ++*sent)
            channel->sendText(compact(events[*sent].toJson()));
    };
    connect(timer, &QTimer::timeout, channel, pump);
    timer->start(int(std::clamp<qint64>(m_context.options.liveEventIntervalMs / 4, 5, 1000)));
    pump(); // everything so far, at once: a reconnect replays it
}

void LiveEndpoints::closeAll()
{
    const auto channels = std::exchange(m_channels, {});
    for (const QPointer<WebSocketChannel> &channel : channels)
        delete channel.data();
}

} // namespace montaj::sandbox
