#include "app/montajctl/commands/publishcommand.h"

#include "app/montajctl/cli.h"
#include "app/montajctl/commands/commandparser.h"
#include "app/montajctl/commands/jsonevents.h"
#include "app/montajctl/commands/workspaceoption.h"
#include "app/montajctl/exitcode.h"
#include "core/platform/httpclient.h"
#include "core/platform/keychaintokenstore.h"
#include "core/publish/publisher/publisher.h"
#include "core/publish/publisher/sandboxaccountsessions.h"
#include "core/publish/publisher/tokenstoreaccountsessions.h"
#include "core/sandbox/sandboxserver.h"

#include <QCoreApplication>
#include <QHostInfo>
#include <QTimer>

#include <memory>

namespace montaj::ctl {

namespace {

const QString kName = QStringLiteral("montajctl publish");

// Real platforms: the app's credentials come from the environment of the worker (never a file).
Result<PlatformApp> appFor(const QString &profileId)
{
    auto profile = PlatformProfile::load(profileId);
    if (!profile)
        return profile.error();
    const QString prefix = QStringLiteral("MONTAJ_") + profileId.toUpper().replace(u'-', u'_');
    PlatformApp app{*profile,
                    {qEnvironmentVariable(qPrintable(prefix + QStringLiteral("_CLIENT_KEY"))),
                     qEnvironmentVariable(qPrintable(prefix + QStringLiteral("_CLIENT_SECRET")))}};
    if (app.credentials.clientKey.isEmpty() || app.credentials.clientSecret.isEmpty())
        return Error(QStringLiteral("publish.no_app"),
                     Cli::tr("No app credentials for %1: set %2_CLIENT_KEY and %2_CLIENT_SECRET.")
                         .arg(profileId, prefix));
    return app;
}

// Whether anything is due or in flight for this worker's accounts (for --until-idle).
bool hasWork(WorkspaceStore &store, const QStringList &accountIds)
{
    PostFilter filter;
    filter.accountIds = accountIds;
    filter.states = {PostState::Scheduled, PostState::Publishing};
    filter.includeUnscheduled = false;
    filter.toUtc = QDateTime::currentDateTimeUtc().addSecs(1);
    const auto posts = store.posts(filter);
    if (!posts)
        return true;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const Post &p : *posts)
        if (p.state == PostState::Publishing || !p.nextAttemptUtc.isValid() || p.nextAttemptUtc <= now)
            return true;
    return false;
}

} // namespace

int runPublishCommand(CommandContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption sandbox(
        QStringLiteral("sandbox"),
        Cli::tr("Publish to the platform sandbox at URL (started with --auto-approve), "
                "signing each account in automatically."),
        QStringLiteral("URL"));
    const QCommandLineOption workerId(
        QStringLiteral("worker-id"), Cli::tr("This worker's name in the posts' history (default: host:pid)."),
        QStringLiteral("ID"));
    const QCommandLineOption concurrency(QStringLiteral("concurrency"),
                                         Cli::tr("How many posts are published at the same time."),
                                         QStringLiteral("N"), QStringLiteral("2"));
    const QCommandLineOption lease(QStringLiteral("lease"),
                                   Cli::tr("Seconds a claimed post stays this worker's without a renewal."),
                                   QStringLiteral("SECONDS"), QStringLiteral("120"));
    const QCommandLineOption account(QStringLiteral("account"),
                                     Cli::tr("Only publish for this account (username); repeat for several."),
                                     QStringLiteral("USERNAME"));
    const QCommandLineOption untilIdle(QStringLiteral("until-idle"),
                                       Cli::tr("Stop when no post is due or in flight."));
    parser.addOptions({workspaceOption(), sandbox, workerId, concurrency, lease, account, untilIdle});
    parser.addPositionalArgument(QStringLiteral("run"), Cli::tr("run"));
    if (auto stop = parseCommandLine(
            parser, context,
            Cli::tr("Publish due posts from a workspace, each exactly once, until interrupted.")))
        return *stop;
    if (parser.positionalArguments() != QStringList{QStringLiteral("run")}) {
        context.err << Cli::tr("%1: say run.").arg(kName) << u'\n';
        return Usage;
    }
    bool okConcurrency = false, okLease = false;
    PublisherOptions options;
    options.concurrency = parser.value(concurrency).toInt(&okConcurrency);
    options.leaseFor = std::chrono::seconds(parser.value(lease).toInt(&okLease));
    if (!okConcurrency || options.concurrency < 1 || options.concurrency > 64 || !okLease
        || options.leaseFor.count() < 5) {
        context.err << Cli::tr("%1: --concurrency takes 1 to 64 and --lease at least 5 seconds.").arg(kName)
                    << u'\n';
        return Usage;
    }
    options.workerId =
        parser.isSet(workerId)
            ? parser.value(workerId)
            : QStringLiteral("%1:%2").arg(QHostInfo::localHostName()).arg(QCoreApplication::applicationPid());
    options.workDir = context.paths.cacheDir() + QStringLiteral("/publish");

    int code = Ok;
    auto store = openWorkspace(parser, context, kName, code);
    if (!store)
        return code;
    const auto accounts = store->accounts();
    if (!accounts) {
        context.err << kName << QStringLiteral(": ") << accounts.error().toString() << u'\n';
        return Failed;
    }
    for (const QString &name : parser.values(account)) {
        const auto it =
            std::find_if(accounts->cbegin(), accounts->cend(), [&name](const WorkspaceAccount &a) {
                return a.username.compare(QString(name).remove(u'@'), Qt::CaseInsensitive) == 0;
            });
        if (it == accounts->cend()) {
            context.err << Cli::tr("%1: no account “%2” in this workspace.").arg(kName, name) << u'\n';
            return BadInput;
        }
        options.accountIds.append(it->id);
    }

    HttpClient http;
    std::unique_ptr<KeychainTokenStore> tokens;
    std::unique_ptr<QObject> sessionsOwner;
    AccountSessions *sessions = nullptr;
    if (parser.isSet(sandbox)) {
        auto s = std::make_unique<SandboxAccountSessions>(
            QUrl(parser.value(sandbox)),
            ClientCredentials{SandboxServer::demoClientKey(), SandboxServer::demoClientSecret()}, &http);
        sessions = s.get();
        sessionsOwner = std::move(s);
    } else {
        tokens = std::make_unique<KeychainTokenStore>();
        auto s = std::make_unique<TokenStoreAccountSessions>(tokens.get(), &http, &appFor);
        sessions = s.get();
        sessionsOwner = std::move(s);
    }

    const QString location = store->location().display();
    Publisher publisher(store->location(), sessions, &http, options);
    QObject::connect(&publisher, &Publisher::postStarted, &publisher, [&context](const QString &id) {
        emitJsonEvent(context.out,
                      {{QStringLiteral("event"), QStringLiteral("started")}, {QStringLiteral("post"), id}});
    });
    QObject::connect(&publisher, &Publisher::postPublished, &publisher,
                     [&context](const QString &id, const QString &postId) {
                         emitJsonEvent(context.out, {{QStringLiteral("event"), QStringLiteral("published")},
                                                     {QStringLiteral("post"), id},
                                                     {QStringLiteral("platform_post_id"), postId}});
                     });
    QObject::connect(&publisher, &Publisher::postFailed, &publisher,
                     [&context](const QString &id, const Error &e) {
                         emitJsonEvent(context.out, {{QStringLiteral("event"), QStringLiteral("failed")},
                                                     {QStringLiteral("post"), id},
                                                     {QStringLiteral("code"), e.code},
                                                     {QStringLiteral("message"), e.message}});
                     });
    QObject::connect(&publisher, &Publisher::postRetrying, &publisher,
                     [&context](const QString &id, const QDateTime &at, const Error &e) {
                         emitJsonEvent(context.out, {{QStringLiteral("event"), QStringLiteral("retrying")},
                                                     {QStringLiteral("post"), id},
                                                     {QStringLiteral("at"), at.toString(Qt::ISODate)},
                                                     {QStringLiteral("code"), e.code}});
                     });
    QObject::connect(&publisher, &Publisher::offlineChanged, &publisher, [&context](bool offline) {
        emitJsonEvent(context.out, {{QStringLiteral("event"),
                                     offline ? QStringLiteral("offline") : QStringLiteral("online")}});
    });
    QObject::connect(&publisher, &Publisher::stopped, &publisher, [] { QCoreApplication::quit(); });
    if (const auto started = publisher.start(); !started)
        return failWithEvent(context, QStringLiteral("publish"), started.error(),
                             started.error().code == QLatin1String("publish.locked") ? Failed : Unavailable);
    emitJsonEvent(context.out, {{QStringLiteral("event"), QStringLiteral("running")},
                                {QStringLiteral("worker"), options.workerId},
                                {QStringLiteral("workspace"), location}});

    const InterruptGuard interrupt;
    QTimer watch;
    int ticks = 0;
    int idleInARow = 0; // --until-idle stops after two idle looks, 2 s apart
    bool stopping = false;
    QObject::connect(&watch, &QTimer::timeout, &watch, [&] {
        if (stopping)
            return;
        bool stop = InterruptGuard::requested();
        if (!stop && parser.isSet(untilIdle) && (++ticks % 20) == 0) { // every 2 s
            idleInARow = hasWork(*store, options.accountIds) ? 0 : idleInARow + 1;
            stop = idleInARow >= 2;
        }
        if (stop) {
            stopping = true;
            publisher.stop();
        }
    });
    watch.start(100);
    QCoreApplication::exec();
    emitJsonEvent(context.out, {{QStringLiteral("event"), QStringLiteral("stopped")}});
    return InterruptGuard::requested() ? Cancelled : Ok;
}

} // namespace montaj::ctl
