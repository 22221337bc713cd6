#include "app/montajctl/commands/rendercommand.h"

#include "app/montajctl/cli.h"
#include "app/montajctl/commands/commandparser.h"
#include "app/montajctl/commands/jsonevents.h"
#include "app/montajctl/exitcode.h"
#include "core/edit/projectfile.h"
#include "core/filters/filterframehook.h"
#include "core/filters/filterregistry.h"
#include "core/filters/filterspec.h"
#include "core/filters/lookfile.h"
#include "core/media/mediaprobe.h"
#include "core/render/exportjob.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace montaj::ctl {
namespace {

int exitCodeFor(const Error &error)
{
    if (error.code == QLatin1String("render.cancelled"))
        return Cancelled;
    if (error.code.startsWith(QLatin1String("media.")) || error.code.startsWith(QLatin1String("edit."))
        || error.code.startsWith(QLatin1String("project."))
        || error.code == QLatin1String("render.missing_media")
        || error.code == QLatin1String("render.empty_project")
        || error.code.startsWith(QLatin1String("filters.")))
        return BadInput;
    return Failed;
}

} // namespace

int runRenderCommand(CommandContext &context)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("input"),
                                 Cli::tr("A Montaj project (.montaj) or a media file."),
                                 QStringLiteral("INPUT"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    Cli::tr("The MP4 file to write."), QStringLiteral("OUT.mp4"));
    const QCommandLineOption preset(
        QStringLiteral("preset"),
        Cli::tr("Export preset: %1.").arg(ExportPreset::ids().join(QStringLiteral(", "))),
        QStringLiteral("NAME"), QStringLiteral("tiktok-1080p30"));
    const QCommandLineOption fit(QStringLiteral("fit"),
                                 Cli::tr("For a media file: “fit” shows the whole picture with bands, “fill” "
                                         "covers the canvas and crops."),
                                 QStringLiteral("fit|fill"), QStringLiteral("fit"));
    const QCommandLineOption creatorMax(QStringLiteral("creator-max-seconds"),
                                        Cli::tr("The longest video this account may post, in seconds."),
                                        QStringLiteral("SECONDS"));
    const QCommandLineOption filter(
        QStringLiteral("filter"),
        Cli::tr("For a media file: apply a filter, NAME[:key=value,...] (for example "
                "“exposure:ev=0.5” or “lut:file=warm.cube,intensity=0.8”); repeat for several, applied "
                "in order. Filters: %1.")
            .arg(FilterRegistry::withBuiltins().ids().join(QStringLiteral(", "))),
        QStringLiteral("SPEC"));
    const QCommandLineOption look(QStringLiteral("look"),
                                  Cli::tr("For a media file: apply the filters of a look file (before any "
                                          "--filter)."),
                                  QStringLiteral("FILE"));
    parser.addOptions({output, preset, fit, creatorMax, filter, look});
    if (auto stop =
            parseCommandLine(parser, context,
                             Cli::tr("Export a project, or make a media file platform-ready, as H.264 + "
                                     "AAC in MP4. Progress is printed as one JSON object per line.")))
        return *stop;
    const QStringList inputs = parser.positionalArguments();
    if (inputs.size() != 1 || !parser.isSet(output)) {
        context.err << Cli::tr("montajctl render: give one input and an output with -o.") << u'\n';
        return Usage;
    }
    const ExportPreset *chosen = ExportPreset::find(parser.value(preset));
    if (!chosen) {
        context.err << Cli::tr("montajctl render: unknown preset “%1”; choose one of: %2.")
                           .arg(parser.value(preset), ExportPreset::ids().join(QStringLiteral(", ")))
                    << u'\n';
        return Usage;
    }
    const QString fitValue = parser.value(fit);
    if (fitValue != QLatin1String("fit") && fitValue != QLatin1String("fill")) {
        context.err << Cli::tr("montajctl render: --fit takes “fit” or “fill”, not “%1”.").arg(fitValue)
                    << u'\n';
        return Usage;
    }
    bool numberOk = true;
    const double maxSeconds = parser.isSet(creatorMax) ? parser.value(creatorMax).toDouble(&numberOk) : 0;
    if (!numberOk || maxSeconds < 0) {
        context.err << Cli::tr("montajctl render: --creator-max-seconds takes a number of seconds.") << u'\n';
        return Usage;
    }

    const QString input = inputs.first();
    const bool isProject =
        QFileInfo(input).suffix().compare(QLatin1String("montaj"), Qt::CaseInsensitive) == 0;
    const QStringList filterSpecs = parser.values(filter);
    if (isProject && (!filterSpecs.isEmpty() || parser.isSet(look))) {
        context.err << Cli::tr("montajctl render: --filter and --look are for a single media file; a "
                               "project's clips carry their own filters.")
                    << u'\n';
        return Usage;
    }
    // A single input's stack: --look FILE first, then each --filter in order.
    const FilterRegistry registry = FilterRegistry::withBuiltins();
    QList<FilterSettings> singleStack;
    if (parser.isSet(look)) {
        const auto loaded = LookFile::load(parser.value(look), registry);
        if (!loaded)
            return failWithEvent(context, QStringLiteral("render"), loaded.error(), BadInput);
        singleStack = loaded->filters;
    }
    const auto specs = FilterSpec::parseAll(filterSpecs, registry);
    if (!specs)
        return failWithEvent(context, QStringLiteral("render"), specs.error(), Usage);
    singleStack << *specs;
    ProjectState project;
    if (isProject) {
        auto document = ProjectFile::load(input);
        if (!document)
            return failWithEvent(context, QStringLiteral("render"), document.error(), BadInput);
        project = (*document)->state();
    } else {
        const auto info = MediaProbe::probe(input);
        if (!info)
            return failWithEvent(context, QStringLiteral("render"), info.error(), BadInput);
        if (!info->hasVideo())
            return failWithEvent(
                context, QStringLiteral("render"),
                Error(QStringLiteral("media.no_video"),
                      Cli::tr("%1 holds no video to export.").arg(QFileInfo(input).fileName()),
                      {{QStringLiteral("file"), input}}),
                BadInput);
        project = ExportJob::projectForMedia(
            *info, *chosen, fitValue == QLatin1String("fill") ? FitMode::Fill : FitMode::Fit);
        if (!project.clips.isEmpty())
            project.clips.first().filters = singleStack;
    }

    // Every clip's filter stack, built before anything is encoded: a LUT with an error or a missing
    // face cascade fails here, naming the clip.
    auto filterHook = FilterFrameHook::create(registry, project);
    if (!filterHook)
        return failWithEvent(context, QStringLiteral("render"), filterHook.error(), BadInput);
    ExportJob job(project, *chosen, QFileInfo(parser.value(output)).absoluteFilePath());
    if (!(*filterHook)->isIdentity())
        job.setFrameHook(filterHook->get());
    job.setCreatorMaxDurationUs(qint64(maxSeconds * 1e6));
    QElapsedTimer sinceReport;
    sinceReport.start();
    job.setProgressCallback([&](const ExportProgress &p) {
        if (InterruptGuard::requested())
            job.cancel();
        if (sinceReport.elapsed() < 250 && p.frame != p.totalFrames)
            return;
        sinceReport.restart();
        emitJsonEvent(context.out, {{QStringLiteral("event"), QStringLiteral("progress")},
                                    {QStringLiteral("frame"), p.frame},
                                    {QStringLiteral("total"), p.totalFrames},
                                    {QStringLiteral("fps"), std::round(p.fps * 10) / 10},
                                    {QStringLiteral("eta"), std::round(p.etaSeconds * 10) / 10}});
    });
    const auto result = [&] {
        const InterruptGuard interrupt;
        return job.run();
    }();
    if (!result)
        return failWithEvent(context, QStringLiteral("render"), result.error(), exitCodeFor(result.error()));
    emitJsonEvent(context.out, {{QStringLiteral("event"), QStringLiteral("done")},
                                {QStringLiteral("output"), result->outputPath},
                                {QStringLiteral("frames"), result->frames},
                                {QStringLiteral("bytes"), result->bytes},
                                {QStringLiteral("seconds"), std::round(result->seconds * 1000) / 1000}});
    return Ok;
}

} // namespace montaj::ctl
