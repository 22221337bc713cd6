#include "app/montajctl/cli.h"

#include "app/montajctl/commands/captionscommand.h"
#include "app/montajctl/commands/pathscommand.h"
#include "app/montajctl/commands/probecommand.h"
#include "app/montajctl/commands/publishcommand.h"
#include "app/montajctl/commands/reachcommand.h"
#include "app/montajctl/commands/redactcommand.h"
#include "app/montajctl/commands/rendercommand.h"
#include "app/montajctl/commands/sandboxcommand.h"
#include "app/montajctl/commands/schedulecommand.h"
#include "app/montajctl/commands/workspacecommand.h"
#include "app/montajctl/exitcode.h"
#include "core/foundation/version.h"

namespace montaj::ctl {

Cli::Cli(QList<Command> commands)
    : m_commands(std::move(commands))
{}

QList<Command> Cli::builtinCommands()
{
    return {
        {"paths", QT_TRANSLATE_NOOP("montaj::ctl::Cli", "Print where Montaj keeps its files, as JSON"),
         &runPathsCommand},
        {"probe", QT_TRANSLATE_NOOP("montaj::ctl::Cli", "Show what a media file holds, as JSON"),
         &runProbeCommand},
        {"render",
         QT_TRANSLATE_NOOP("montaj::ctl::Cli", "Export a project or a media file as platform-ready MP4"),
         &runRenderCommand},
        {"sandbox",
         QT_TRANSLATE_NOOP("montaj::ctl::Cli", "Run the platform sandbox on 127.0.0.1 until interrupted"),
         &runSandboxCommand},
        {"schedule",
         QT_TRANSLATE_NOOP("montaj::ctl::Cli", "Import, export and list scheduled posts (CSV, iCalendar)"),
         &runScheduleCommand},
        {"workspace", QT_TRANSLATE_NOOP("montaj::ctl::Cli", "Show a workspace, its accounts and settings"),
         &runWorkspaceCommand},
        {"publish",
         QT_TRANSLATE_NOOP("montaj::ctl::Cli", "Publish due posts from a workspace (the publisher worker)"),
         &runPublishCommand},
        {"reach",
         QT_TRANSLATE_NOOP("montaj::ctl::Cli",
                           "Estimate a post's views before posting; backtest the estimator on history"),
         &runReachCommand},
        {"captions",
         QT_TRANSLATE_NOOP("montaj::ctl::Cli",
                           "Convert caption files (SRT, WebVTT, ASS) between formats and encodings"),
         &runCaptionsCommand},
        {"redact",
         QT_TRANSLATE_NOOP("montaj::ctl::Cli", "Mask tokens and other secrets in a log before you share it"),
         &runRedactCommand},
    };
}

const Command *Cli::find(const QString &name) const
{
    for (const Command &c : m_commands)
        if (QLatin1String(c.name) == name)
            return &c;
    return nullptr;
}

QString Cli::usage() const
{
    QString text = tr("Usage: montajctl [--help] [--version] COMMAND [ARGUMENTS…]") + u'\n' + u'\n'
                   + tr("Commands:") + u'\n';
    for (const Command &c : m_commands)
        text += QStringLiteral("  %1  %2\n")
                    .arg(QLatin1String(c.name), -10)
                    .arg(QCoreApplication::translate("montaj::ctl::Cli", c.summary));
    text += u'\n' + tr("Run “montajctl COMMAND --help” for the options of one command.") + u'\n' + u'\n'
            + tr("Exit codes:") + u'\n' + tr("  0  success") + u'\n' + tr("  1  the command failed") + u'\n'
            + tr("  2  wrong usage: unknown command or option, missing argument") + u'\n'
            + tr("  3  invalid input: a file or value could not be read or is malformed") + u'\n'
            + tr("  4  unavailable: a service, device or network peer could not be reached") + u'\n'
            + tr("  130  cancelled") + u'\n';
    return text;
}

int Cli::run(const QStringList &arguments, QTextStream &out, QTextStream &err, const AppPaths &paths)
{
    const QStringList args = arguments.mid(1);
    if (args.isEmpty()) {
        err << usage();
        return Usage;
    }
    const QString first = args.first();
    if (first == QLatin1String("--help") || first == QLatin1String("-h") || first == QLatin1String("help")) {
        if (args.size() > 1 && first == QLatin1String("help")) {
            if (const Command *c = find(args.at(1))) {
                CommandContext context{
                    {QStringLiteral("montajctl ") + QLatin1String(c->name), QStringLiteral("--help")},
                    out,
                    err,
                    paths};
                return c->run(context);
            }
            err << tr("montajctl: unknown command “%1”.").arg(args.at(1)) << u'\n';
            return Usage;
        }
        out << usage();
        return Ok;
    }
    if (first == QLatin1String("--version") || first == QLatin1String("-v")
        || first == QLatin1String("version")) {
        out << QStringLiteral("montajctl %1\n").arg(QString::fromLatin1(kVersion));
        return Ok;
    }
    if (first.startsWith(u'-')) {
        err << tr("montajctl: unknown option “%1”.").arg(first) << u'\n'
            << tr("Run “montajctl --help” to see the commands.") << u'\n';
        return Usage;
    }
    const Command *command = find(first);
    if (!command) {
        err << tr("montajctl: unknown command “%1”.").arg(first) << u'\n'
            << tr("Run “montajctl --help” to see the commands.") << u'\n';
        return Usage;
    }
    CommandContext context{QStringList{QStringLiteral("montajctl ") + first} + args.mid(1), out, err, paths};
    return command->run(context);
}

} // namespace montaj::ctl
