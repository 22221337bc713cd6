#include "app/montajctl/commands/sandboxcommand.h"

#include "app/montajctl/cli.h"
#include "app/montajctl/commands/commandparser.h"
#include "app/montajctl/commands/jsonevents.h"
#include "app/montajctl/exitcode.h"
#include "core/sandbox/sandboxserver.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonObject>
#include <QTimer>

namespace montaj::ctl {

int runSandboxCommand(CommandContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption port(QStringLiteral("port"),
                                  Cli::tr("The port to listen on at 127.0.0.1 (0 picks a free one)."),
                                  QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption state(
        QStringLiteral("state"), Cli::tr("The folder that keeps the sandbox's accounts, tokens and videos."),
        QStringLiteral("DIR"));
    const QCommandLineOption faults(
        QStringLiteral("faults"),
        Cli::tr("Faults to inject, e.g. “latency=50ms;http_429=0.1;reset_mid_chunk=0.2”."),
        QStringLiteral("SPEC"));
    const QCommandLineOption autoApprove(
        QStringLiteral("auto-approve"),
        Cli::tr("Approve sign-ins at once instead of showing the consent page."));
    const QCommandLineOption creators(
        QStringLiteral("creators"),
        Cli::tr("Add N public creator accounts creator_1 … creator_N (agency tests and benchmarks)."),
        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption postsPerDay(QStringLiteral("max-posts-per-day"),
                                         Cli::tr("Direct posts a creator may make per 24 hours."),
                                         QStringLiteral("N"), QStringLiteral("15"));
    const QCommandLineOption moderation(QStringLiteral("moderation-delay-ms"),
                                        Cli::tr("How long the sandbox takes to process an upload, in ms."),
                                        QStringLiteral("MS"), QStringLiteral("1500"));
    parser.addOptions({port, state, faults, autoApprove, creators, postsPerDay, moderation});
    if (auto stop =
            parseCommandLine(parser, context,
                             Cli::tr("Run the platform sandbox: the TikTok-shaped API on 127.0.0.1, with "
                                     "persistent state, until interrupted (Ctrl+C).")))
        return *stop;
    if (!parser.positionalArguments().isEmpty()) {
        context.err << Cli::tr("montajctl sandbox: unexpected argument “%1”.")
                           .arg(parser.positionalArguments().first())
                    << u'\n';
        return Usage;
    }
    bool portOk = false;
    const uint portNumber = parser.value(port).toUInt(&portOk);
    if (!portOk || portNumber > 65535) {
        context.err << Cli::tr("montajctl sandbox: --port takes a number from 0 to 65535.") << u'\n';
        return Usage;
    }

    SandboxOptions options;
    options.stateDir = parser.isSet(state) ? QDir(parser.value(state)).absolutePath()
                                           : context.paths.dataDir() + QStringLiteral("/sandbox");
    options.faultSpec = parser.value(faults);
    options.autoApprove = parser.isSet(autoApprove);
    bool numbersOk = true;
    const auto number = [&parser, &numbersOk](const QCommandLineOption &option, qint64 max) {
        bool ok = false;
        const qint64 value = parser.value(option).toLongLong(&ok);
        numbersOk = numbersOk && ok && value >= 0 && value <= max;
        return value;
    };
    options.publicCreatorAccounts = int(number(creators, 1000));
    options.maxDirectPostsPerDay = int(number(postsPerDay, 10000000));
    options.moderationDelayMs = number(moderation, 3600000);
    if (!numbersOk) {
        context.err << Cli::tr(
            "montajctl sandbox: --creators, --max-posts-per-day and --moderation-delay-ms take "
            "whole numbers.")
                    << u'\n';
        return Usage;
    }
    SandboxServer server(options);
    if (const auto started = server.start(quint16(portNumber)); !started) {
        const QString &code = started.error().code;
        return failWithEvent(context, QStringLiteral("sandbox"), started.error(),
                             code == QLatin1String("sandbox.bad_fault_spec")
                                     || code == QLatin1String("sandbox.bad_option")
                                 ? BadInput
                                 : Unavailable);
    }
    emitJsonEvent(context.out, {{QStringLiteral("event"), QStringLiteral("listening")},
                                {QStringLiteral("url"), server.baseUrl().toString()}});

    const InterruptGuard interrupt;
    QTimer watch;
    QObject::connect(&watch, &QTimer::timeout, &watch, [] {
        if (InterruptGuard::requested())
            QCoreApplication::quit();
    });
    watch.start(100);
    QCoreApplication::exec();
    server.stop();
    return Ok;
}

} // namespace montaj::ctl
