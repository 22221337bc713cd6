#include "app/montajctl/commands/pathscommand.h"

#include "app/montajctl/cli.h"
#include "app/montajctl/commands/commandparser.h"
#include "app/montajctl/exitcode.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace montaj::ctl {

int runPathsCommand(CommandContext &context)
{
    QCommandLineParser parser;
    if (auto stop = parseCommandLine(parser, context,
                                     Cli::tr("Print where Montaj keeps its files, as JSON. Set "
                                             "MONTAJ_HOME to keep everything under one folder.")))
        return *stop;
    if (!parser.positionalArguments().isEmpty()) {
        context.err
            << Cli::tr("montajctl paths: unexpected argument “%1”.").arg(parser.positionalArguments().first())
            << u'\n';
        return Usage;
    }
    const AppPaths &p = context.paths;
    const QJsonObject json{
        {QStringLiteral("config"), p.configDir()}, {QStringLiteral("settings"), p.settingsFile()},
        {QStringLiteral("data"), p.dataDir()},     {QStringLiteral("workspace"), p.workspaceDatabase()},
        {QStringLiteral("logs"), p.logDir()},      {QStringLiteral("recovery"), p.recoveryDir()},
        {QStringLiteral("cache"), p.cacheDir()},   {QStringLiteral("projects"), p.projectsDir()},
    };
    context.out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
    return Ok;
}

} // namespace montaj::ctl
