#include "core/sandbox/sandboxserver.h"

#include "core/sandbox/internal/apienvelope.h"
#include "core/sandbox/internal/authorizeendpoint.h"
#include "core/sandbox/internal/campaignendpoints.h"
#include "core/sandbox/internal/campaignseed.h"
#include "core/sandbox/internal/contentendpoints.h"
#include "core/sandbox/internal/demoworld.h"
#include "core/sandbox/internal/displayendpoints.h"
#include "core/sandbox/internal/httpconnection.h"
#include "core/sandbox/internal/liveendpoints.h"
#include "core/sandbox/internal/mediahost.h"
#include "core/sandbox/internal/mediamoderator.h"
#include "core/sandbox/internal/platformids.h"
#include "core/sandbox/internal/postingendpoints.h"
#include "core/sandbox/internal/pullprocessor.h"
#include "core/sandbox/internal/router.h"
#include "core/sandbox/internal/sandboxcontext.h"
#include "core/sandbox/internal/sandboxlog.h"
#include "core/sandbox/internal/tokenendpoint.h"
#include "core/sandbox/internal/tokenstore.h"
#include "core/sandbox/internal/uploadendpoint.h"
#include "core/sandbox/internal/verifiedmedia.h"

#include <QDir>
#include <QElapsedTimer>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>

#include <atomic>

namespace montaj {

using namespace montaj::sandbox; // the implementation lives in core/sandbox/internal

struct SandboxServer::Private
{
    explicit Private(SandboxOptions sandboxOptions)
        : options(std::move(sandboxOptions))
    {}

    SandboxOptions options;
    qint64 clockOffsetMs = 0;
    std::unique_ptr<QTemporaryDir> temporaryState;
    std::unique_ptr<SandboxContext> context;
    std::unique_ptr<Router> router;
    std::unique_ptr<AuthorizeEndpoint> authorize;
    std::unique_ptr<TokenEndpoint> token;
    std::unique_ptr<PostingEndpoints> posting;
    std::unique_ptr<ContentEndpoints> content;
    std::unique_ptr<CampaignEndpoints> campaigns;
    std::unique_ptr<UploadEndpoint> upload;
    std::unique_ptr<DisplayEndpoints> display;
    std::unique_ptr<MediaHost> media;
    QPointer<LiveEndpoints> live;
    QPointer<MediaModerator> moderator;
    QPointer<PullProcessor> puller;
    QPointer<QTcpServer> server;
    QList<QPointer<HttpConnection>> connections;

    void buildRoutes(QObject *owner);
    void accept(QObject *owner);
    void handle(HttpConnection *connection, const HttpRequest &request);
    HttpResponse answer(const HttpRequest &request);
    void applyTokenFaults();
    void teardown();
};

void SandboxServer::Private::buildRoutes(QObject *owner)
{
    router = std::make_unique<Router>();
    authorize = std::make_unique<AuthorizeEndpoint>(*context);
    token = std::make_unique<TokenEndpoint>(*context);
    const auto pull = [this](const QString &publishId) {
        if (puller)
            puller->schedule(publishId);
    };
    posting = std::make_unique<PostingEndpoints>(*context, pull);
    content = std::make_unique<ContentEndpoints>(*context, pull);
    campaigns = std::make_unique<CampaignEndpoints>(*context);
    upload = std::make_unique<UploadEndpoint>(*context, [this](const QString &publishId) {
        if (moderator)
            moderator->schedule(publishId);
    });
    display = std::make_unique<DisplayEndpoints>(*context);
    media = std::make_unique<MediaHost>(*context);
    live = new LiveEndpoints(*context, owner);
    authorize->registerRoutes(*router);
    token->registerRoutes(*router);
    posting->registerRoutes(*router);
    content->registerRoutes(*router);
    campaigns->registerRoutes(*router);
    upload->registerRoutes(*router);
    display->registerRoutes(*router);
    media->registerRoutes(*router);
    live->registerRoutes(*router);
    router->setFallback([this](const HttpRequest &request, int status) {
        if (!request.path.startsWith(QLatin1String("/v2/")) && !request.path.startsWith(QLatin1String("/x/")))
            return HttpResponse::text(status, status == 404 ? "Not found\n" : "Method not allowed\n");
        HttpResponse response =
            ApiEnvelope::error(status == 404 ? QStringLiteral("not_found") : QStringLiteral("invalid_params"),
                               status == 404 ? QStringLiteral("No such endpoint.")
                                             : QStringLiteral("This endpoint takes another method."),
                               PlatformIds::logId(context->nowMs()));
        response.status = status;
        return response;
    });
}

void SandboxServer::Private::accept(QObject *owner)
{
    QTcpServer *listener = server.data();
    if (!listener)
        return;
    while (QTcpSocket *socket = listener->nextPendingConnection()) {
        auto *connection = new HttpConnection(
            socket, [this](HttpConnection *c, HttpRequest request) { handle(c, request); },
            [this](const HttpRequest &head) {
                return head.method == "PUT" && head.path.startsWith(QLatin1String("/upload/"))
                       && context->faults.resetMidChunk();
            },
            owner);
        connections.append(connection);
        QObject::connect(connection, &HttpConnection::finished, owner, [this, connection] {
            connections.removeIf(
                [connection](const QPointer<HttpConnection> &c) { return !c || c == connection; });
        });
    }
}

HttpResponse SandboxServer::Private::answer(const HttpRequest &request)
{
    const QString &path = request.path;
    if (context->faults.failWithServerError(path)) {
        qCInfo(lcSandbox) << "fault: internal error for" << path;
        const QString logId = PlatformIds::logId(context->nowMs());
        if (path.startsWith(QLatin1String("/v2/oauth/")))
            return HttpResponse::json(
                500, {{QStringLiteral("error"), QStringLiteral("server_error")},
                      {QStringLiteral("error_description"), QStringLiteral("Injected fault.")},
                      {QStringLiteral("log_id"), logId}});
        if (path.startsWith(QLatin1String("/v2/")))
            return ApiEnvelope::error(QStringLiteral("internal_error"), QStringLiteral("Injected fault."),
                                      logId);
        return HttpResponse::text(500, "Injected fault\n");
    }
    if (path.startsWith(QLatin1String("/v2/")) && !path.startsWith(QLatin1String("/v2/auth/"))
        && !path.startsWith(QLatin1String("/v2/oauth/")) && context->faults.failWithRateLimit()) {
        qCInfo(lcSandbox) << "fault: rate limit for" << path;
        return ApiEnvelope::rateLimited(1, PlatformIds::logId(context->nowMs()));
    }
    return router->route(request);
}

void SandboxServer::Private::handle(HttpConnection *connection, const HttpRequest &request)
{
    if (LiveEndpoints::isEventsPath(request.path) && live) {
        live->openEvents(connection, request); // a WebSocket: no latency, no injected faults
        return;
    }
    QElapsedTimer timer;
    timer.start();
    const HttpResponse response = answer(request);
    // Upload URLs are capabilities: log their shape, not their id.
    const QString loggedPath =
        request.path.startsWith(QLatin1String("/upload/")) ? QStringLiteral("/upload/…/") : request.path;
    qCDebug(lcSandbox).noquote() << QString::fromLatin1(request.method) << loggedPath << "->"
                                 << response.status << QStringLiteral("(%1 ms)").arg(timer.elapsed());
    if (context->faults.dropReply(request.path)) {
        // The request was served (a publish may exist now); only its answer is lost.
        qCInfo(lcSandbox) << "fault: dropping the reply to" << loggedPath;
        connection->dropReply(response);
        return;
    }
    const int latency = context->faults.latencyMs();
    if (latency <= 0) {
        connection->respond(response);
        return;
    }
    QTimer::singleShot(latency, connection, [connection, response] { connection->respond(response); });
}

void SandboxServer::Private::applyTokenFaults()
{
    if (!context || !context->store.isOpen() || !context->faults.expireAccessTokens())
        return;
    const QString kind = context->faults.expireRefreshTokens() ? QString() : QStringLiteral("access");
    WriteTransaction transaction(context->db());
    if (transaction.begun() && TokenStore(context->db()).expireAll(kind, context->nowMs())
        && transaction.commit())
        qCInfo(lcSandbox) << "fault: expired every" << (kind.isEmpty() ? "access and refresh" : "access")
                          << "token";
}

void SandboxServer::Private::teardown()
{
    for (const QPointer<HttpConnection> &connection : std::as_const(connections))
        delete connection.data();
    connections.clear();
    delete server.data();
    delete puller.data();
    delete moderator.data();
    delete live.data();
    media.reset();
    display.reset();
    upload.reset();
    campaigns.reset();
    content.reset();
    posting.reset();
    token.reset();
    authorize.reset();
    router.reset();
    context.reset();
}

SandboxServer::SandboxServer(SandboxOptions options, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(std::move(options)))
{}

SandboxServer::~SandboxServer()
{
    stop();
}

Result<void> SandboxServer::start(quint16 port)
{
    if (d->server)
        return Error(QStringLiteral("sandbox.already_running"), tr("The sandbox is already running."),
                     {{QStringLiteral("url"), baseUrl().toString()}});
    if (d->options.tokenProfile != QLatin1String("long")
        && d->options.tokenProfile != QLatin1String("rotating"))
        return Error(QStringLiteral("sandbox.bad_option"),
                     tr("Unknown token profile “%1”: use “long” or “rotating”.").arg(d->options.tokenProfile),
                     {{QStringLiteral("field"), QStringLiteral("tokenProfile")}});
    auto faults = FaultInjector::parse(d->options.faultSpec, d->options.seed);
    if (!faults)
        return faults.error();

    QString stateDir = d->options.stateDir;
    if (stateDir.isEmpty()) {
        d->temporaryState = std::make_unique<QTemporaryDir>();
        if (!d->temporaryState->isValid())
            return Error(QStringLiteral("sandbox.state_unavailable"),
                         tr("The sandbox could not create a temporary folder for its state."));
        stateDir = d->temporaryState->path();
    }
    if (!QDir().mkpath(stateDir + QStringLiteral("/uploads"))
        || !QDir().mkpath(stateDir + QStringLiteral("/media/verified")))
        return Error(QStringLiteral("sandbox.state_unavailable"),
                     tr("The sandbox could not create its state folder."),
                     {{QStringLiteral("file"), stateDir}});

    auto *server = new QTcpServer(this);
    if (!server->listen(QHostAddress::LocalHost, port)) {
        const QString reason = server->errorString();
        delete server;
        return Error(QStringLiteral("sandbox.port_unavailable"),
                     tr("The sandbox could not listen on 127.0.0.1:%1: %2").arg(port).arg(reason),
                     {{QStringLiteral("port"), port}});
    }

    static std::atomic<int> instances{0};
    const QString connectionName = QStringLiteral("montaj_sandbox_%1_%2")
                                       .arg(QCoreApplication::applicationPid())
                                       .arg(instances.fetch_add(1));
    d->context = std::make_unique<SandboxContext>(d->options, connectionName);
    d->context->stateDir = QDir(stateDir).absolutePath();
    d->context->baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server->serverPort()));
    d->context->clockOffsetMs = d->clockOffsetMs;
    d->context->faults = std::move(faults).value();
    if (auto opened = d->context->store.open(d->context->stateDir + QStringLiteral("/sandbox.sqlite"));
        !opened) {
        delete server;
        d->context.reset();
        return opened.error();
    }
    if (!DemoWorld::ensure(*d->context) || !CampaignSeed::ensure(*d->context)) {
        delete server;
        d->context.reset();
        return Error(QStringLiteral("sandbox.state_unavailable"),
                     tr("The sandbox could not create its demo world."),
                     {{QStringLiteral("file"), stateDir}});
    }
    d->server = server;
    d->moderator = new MediaModerator(*d->context, this);
    d->puller = new PullProcessor(
        *d->context,
        [this](const QString &publishId) {
            if (d->moderator)
                d->moderator->schedule(publishId);
        },
        this);
    d->buildRoutes(this);
    d->applyTokenFaults();
    d->moderator->resumePending();
    d->puller->resumePending();
    connect(server, &QTcpServer::newConnection, this, [this] { d->accept(this); });
    qCInfo(lcSandbox).noquote() << "sandbox listening on" << baseUrl().toString() << "state in"
                                << d->context->stateDir;
    return {};
}

void SandboxServer::stop()
{
    if (!d->server && !d->context)
        return;
    d->teardown();
    qCInfo(lcSandbox) << "sandbox stopped";
}

quint16 SandboxServer::port() const
{
    return d->server ? d->server->serverPort() : 0;
}

QUrl SandboxServer::baseUrl() const
{
    return d->context ? d->context->baseUrl : QUrl();
}

QString SandboxServer::stateDir() const
{
    return d->context ? d->context->stateDir : d->options.stateDir;
}

qint64 SandboxServer::nowMs() const
{
    return QDateTime::currentMSecsSinceEpoch() + d->clockOffsetMs;
}

void SandboxServer::advanceClock(qint64 ms)
{
    d->clockOffsetMs += std::max<qint64>(0, ms);
    if (d->context)
        d->context->clockOffsetMs = d->clockOffsetMs;
}

Result<void> SandboxServer::setFaultSpec(const QString &spec)
{
    auto faults = FaultInjector::parse(spec, d->options.seed);
    if (!faults)
        return faults.error();
    d->options.faultSpec = spec;
    if (d->context) {
        d->context->options.faultSpec = spec;
        d->context->faults = std::move(faults).value();
        d->applyTokenFaults();
    }
    return {};
}

QString SandboxServer::verifiedMediaDir() const
{
    return d->context ? VerifiedMedia::directory(*d->context) : QString();
}

QUrl SandboxServer::verifiedMediaUrl(const QString &relativePath) const
{
    if (!d->context)
        return {};
    return QUrl(VerifiedMedia::urlPrefix(*d->context) + relativePath);
}

QString SandboxServer::demoClientKey()
{
    return QStringLiteral("sbxmontajdemo0001");
}

QString SandboxServer::demoClientSecret()
{
    return QStringLiteral("sbx_montaj_demo_secret_8f2c41d07e9b4a65");
}

QString SandboxServer::demoCreatorUsername()
{
    return DemoWorld::creatorUsername();
}

QString SandboxServer::privateCreatorUsername()
{
    return DemoWorld::privateUsername();
}

} // namespace montaj
