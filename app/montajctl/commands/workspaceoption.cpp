#include "app/montajctl/commands/workspaceoption.h"

#include "app/montajctl/cli.h"
#include "app/montajctl/commands/jsonevents.h"
#include "app/montajctl/exitcode.h"

namespace montaj::ctl {

QCommandLineOption workspaceOption()
{
    return {QStringLiteral("workspace"),
            Cli::tr("The workspace: a SQLite file or a postgresql:// URL (default: MONTAJ_WORKSPACE, or the "
                    "studio's own workspace)."),
            QStringLiteral("LOCATION")};
}

Result<WorkspaceLocation> workspaceLocation(const QCommandLineParser &parser, const CommandContext &context)
{
    QString text = parser.value(QStringLiteral("workspace"));
    if (text.isEmpty())
        text = qEnvironmentVariable("MONTAJ_WORKSPACE");
    if (text.isEmpty())
        return WorkspaceLocation::sqlite(context.paths.dataDir() + QStringLiteral("/workspace.sqlite"));
    return WorkspaceLocation::parse(text);
}

std::unique_ptr<WorkspaceStore> openWorkspace(const QCommandLineParser &parser, CommandContext &context,
                                              const QString &command, int &exitCode)
{
    const auto location = workspaceLocation(parser, context);
    if (!location) {
        exitCode = Usage;
        context.err << command << QStringLiteral(": ") << location.error().toString() << u'\n';
        return nullptr;
    }
    auto store = WorkspaceStore::open(*location);
    if (!store) {
        exitCode = store.error().code == QLatin1String("workspace.too_new") ? BadInput : Unavailable;
        context.err << command << QStringLiteral(": ") << store.error().toString() << u'\n';
        return nullptr;
    }
    exitCode = Ok;
    return std::move(store).value();
}

} // namespace montaj::ctl
