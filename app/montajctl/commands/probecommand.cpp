#include "app/montajctl/commands/probecommand.h"

#include "app/montajctl/cli.h"
#include "app/montajctl/commands/commandparser.h"
#include "app/montajctl/exitcode.h"
#include "core/media/mediaprobe.h"

#include <QJsonDocument>

namespace montaj::ctl {

int runProbeCommand(CommandContext &context)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("file"), Cli::tr("The media file to examine."),
                                 QStringLiteral("FILE"));
    if (auto stop = parseCommandLine(parser, context,
                                     Cli::tr("Print what a media file holds — streams, duration, frame rate, "
                                             "size, rotation, colour — as JSON.")))
        return *stop;
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1) {
        context.err << Cli::tr("montajctl probe: give exactly one file.") << u'\n';
        return Usage;
    }
    const auto info = MediaProbe::probe(files.first());
    if (!info) {
        context.err << QStringLiteral("montajctl probe: ") << info.error().message << u'\n';
        return BadInput;
    }
    context.out << QString::fromUtf8(QJsonDocument(info->toJson()).toJson(QJsonDocument::Indented));
    return Ok;
}

} // namespace montaj::ctl
