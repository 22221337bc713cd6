#include "app/montajctl/commands/workspacecommand.h"

#include "app/montajctl/cli.h"
#include "app/montajctl/commands/commandparser.h"
#include "app/montajctl/commands/workspaceoption.h"
#include "app/montajctl/exitcode.h"
#include "core/platform/httpclient.h"
#include "core/platform/memorytokenstore.h"
#include "core/platform/tiktokapi.h"
#include "core/publish/posttypes.h"
#include "core/publish/publisher/sandboxaccountsessions.h"
#include "core/sandbox/sandboxserver.h"

#include <QEventLoop>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimeZone>

namespace montaj::ctl {

namespace {

QJsonObject accountJson(const WorkspaceAccount &a)
{
    return {{QStringLiteral("id"), a.id},
            {QStringLiteral("profile"), a.profileId},
            {QStringLiteral("open_id"), a.openId},
            {QStringLiteral("username"), a.username},
            {QStringLiteral("display_name"), a.displayName},
            {QStringLiteral("colour"), a.colour},
            {QStringLiteral("time_zone"), a.timeZone},
            {QStringLiteral("posting_slots"), QJsonArray::fromStringList(a.postingSlots)}};
}

void printJson(CommandContext &context, const QJsonObject &object)
{
    context.out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
}

// The open_id of `username` on the sandbox at `base`, by signing in as that account (auto-approve).
Result<QString> sandboxOpenId(const QUrl &base, const QString &username)
{
    auto profile = PlatformProfile::load(QStringLiteral("sandbox"), base);
    if (!profile)
        return profile.error();
    HttpClient http;
    MemoryTokenStore tokens;
    TikTokApi api(*profile, {SandboxServer::demoClientKey(), SandboxServer::demoClientSecret()}, &http,
                  &tokens);
    std::optional<Result<AccountSession>> session;
    QEventLoop loop;
    SandboxAccountSessions::signIn(&api, &http, username, SandboxAccountSessions::defaultScopes(),
                                   [&session, &loop](Result<AccountSession> s) {
                                       session.emplace(std::move(s));
                                       loop.quit();
                                   });
    if (!session)
        loop.exec();
    if (!*session)
        return session->error();
    return (*session)->openId;
}

int info(WorkspaceStore &store, CommandContext &context)
{
    const auto accounts = store.accounts();
    const auto posts = store.posts();
    if (!accounts || !posts) {
        context.err << (accounts ? posts.error() : accounts.error()).toString() << u'\n';
        return Failed;
    }
    QJsonObject byState;
    for (const Post &p : *posts)
        byState[toString(p.state)] = byState[toString(p.state)].toInt() + 1;
    printJson(context, {{QStringLiteral("location"), store.location().display()},
                        {QStringLiteral("schema_version"), store.schemaVersion()},
                        {QStringLiteral("accounts"), int(accounts->size())},
                        {QStringLiteral("posts"), int(posts->size())},
                        {QStringLiteral("posts_by_state"), byState},
                        {QStringLiteral("missed_policy"), toString(store.missedPostPolicy())}});
    return Ok;
}

int listAccounts(WorkspaceStore &store, CommandContext &context)
{
    const auto accounts = store.accounts();
    if (!accounts) {
        context.err << accounts.error().toString() << u'\n';
        return Failed;
    }
    QJsonArray list;
    for (const WorkspaceAccount &a : *accounts)
        list.append(accountJson(a));
    printJson(context, {{QStringLiteral("accounts"), list}});
    return Ok;
}

} // namespace

int runWorkspaceCommand(CommandContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption openId(QStringLiteral("open-id"),
                                    Cli::tr("The account's open_id on the platform."), QStringLiteral("ID"));
    const QCommandLineOption profile(QStringLiteral("profile"),
                                     Cli::tr("The platform profile: sandbox, tiktok or tiktok-us."),
                                     QStringLiteral("NAME"), QStringLiteral("sandbox"));
    const QCommandLineOption zone(QStringLiteral("zone"),
                                  Cli::tr("The account's time zone (IANA, e.g. Europe/Paris)."),
                                  QStringLiteral("ZONE"), QStringLiteral("UTC"));
    const QCommandLineOption colour(QStringLiteral("colour"),
                                    Cli::tr("The account's colour in the calendar (#rrggbb)."),
                                    QStringLiteral("COLOUR"));
    const QCommandLineOption slots(
        QStringLiteral("slots"), Cli::tr("Posting times for the queue, comma-separated (e.g. 09:00,18:30)."),
        QStringLiteral("TIMES"));
    const QCommandLineOption sandbox(
        QStringLiteral("sandbox"),
        Cli::tr("add-account: sign in to the sandbox at URL as this account to learn its "
                "open_id."),
        QStringLiteral("URL"));
    parser.addOptions({workspaceOption(), openId, profile, zone, colour, slots, sandbox});
    parser.addPositionalArgument(QStringLiteral("action"),
                                 Cli::tr("info, accounts, add-account USERNAME, or set KEY VALUE"));
    if (auto stop = parseCommandLine(
            parser, context,
            Cli::tr("Show and change a workspace: its accounts and settings (SQLite file or PostgreSQL).")))
        return *stop;

    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    const QString name = QStringLiteral("montajctl workspace");
    const bool known = (action == QLatin1String("info") && args.size() == 1)
                       || (action == QLatin1String("accounts") && args.size() == 1)
                       || (action == QLatin1String("add-account") && args.size() == 2)
                       || (action == QLatin1String("set") && args.size() == 3);
    if (!known) {
        context.err << Cli::tr("%1: say info, accounts, add-account USERNAME, or set KEY VALUE.").arg(name)
                    << u'\n';
        return Usage;
    }
    int code = Ok;
    const auto store = openWorkspace(parser, context, name, code);
    if (!store)
        return code;
    if (action == QLatin1String("info"))
        return info(*store, context);
    if (action == QLatin1String("accounts"))
        return listAccounts(*store, context);
    if (action == QLatin1String("set")) {
        if (const auto set = store->setSetting(args.at(1), args.at(2)); !set) {
            context.err << name << QStringLiteral(": ") << set.error().toString() << u'\n';
            return BadInput;
        }
        return Ok;
    }

    WorkspaceAccount account;
    account.username = args.at(1).startsWith(u'@') ? args.at(1).mid(1) : args.at(1);
    account.displayName = account.username;
    account.openId = parser.value(openId);
    account.profileId = parser.value(profile);
    account.timeZone = parser.value(zone);
    account.colour = parser.value(colour);
    if (!parser.value(slots).isEmpty())
        account.postingSlots = parser.value(slots).split(u',', Qt::SkipEmptyParts);
    static const QRegularExpression slotPattern(QStringLiteral("^([01][0-9]|2[0-3]):[0-5][0-9]$"));
    for (QString &slot : account.postingSlots) {
        slot = slot.trimmed();
        if (!slotPattern.match(slot).hasMatch()) {
            context.err << Cli::tr("%1: “%2” is not a time like 09:30.").arg(name, slot) << u'\n';
            return BadInput;
        }
    }
    if (parser.isSet(sandbox)) {
        const auto id = sandboxOpenId(QUrl(parser.value(sandbox)), account.username);
        if (!id) {
            context.err << name << QStringLiteral(": ") << id.error().toString() << u'\n';
            return Unavailable;
        }
        account.openId = *id;
        account.profileId = QStringLiteral("sandbox");
    }
    if (account.openId.isEmpty()) {
        context.err << Cli::tr("%1: --open-id (or --sandbox) is required.").arg(name) << u'\n';
        return Usage;
    }
    if (!QTimeZone(account.timeZone.toUtf8()).isValid()) {
        context.err << Cli::tr("%1: “%2” is not a known time zone.").arg(name, account.timeZone) << u'\n';
        return BadInput;
    }
    const auto saved = store->saveAccount(account);
    if (!saved) {
        context.err << name << QStringLiteral(": ") << saved.error().toString() << u'\n';
        return BadInput;
    }
    printJson(context, accountJson(*saved));
    return Ok;
}

} // namespace montaj::ctl
