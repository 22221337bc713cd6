#include "app/montajctl/commands/commandparser.h"
#include "app/montajctl/cli.h"

#include "app/montajctl/exitcode.h"

#include <QCoreApplication>

namespace montaj::ctl {

std::optional<int> parseCommandLine(QCommandLineParser &parser, CommandContext &context,
                                    const QString &description)
{
    parser.setApplicationDescription(description);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  Cli::tr("Show this help and exit."));
    parser.addOption(help);
    if (!parser.parse(context.arguments)) {
        context.err << context.arguments.value(0) << QStringLiteral(": ") << parser.errorText() << u'\n';
        return Usage;
    }
    if (parser.isSet(help)) {
        context.out << parser.helpText();
        return Ok;
    }
    return std::nullopt;
}

} // namespace montaj::ctl
