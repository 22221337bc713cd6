#include "app/montajctl/commands/captionscommand.h"

#include "app/montajctl/cli.h"
#include "app/montajctl/commands/commandparser.h"
#include "app/montajctl/exitcode.h"
#include "core/captions/captionfile.h"
#include "core/speech/speechengines.h"
#include "core/speech/transcriptionjob.h"

#include <QDir>
#include <QFileInfo>

#include <atomic>

namespace montaj::ctl {

namespace {

const QString kName = QStringLiteral("montajctl captions");

struct Action
{
    const char *name;
    const char *summary; // QT_TRANSLATE_NOOP("montaj::ctl::Cli", …)
    int (*run)(CommandContext &context);
};

// "broken.srt:12: error: …" — the form compilers use, so editors and CI link to the line.
QString located(const QString &file, int line, const QString &severity, const QString &message)
{
    const QString where = line > 0 ? QStringLiteral("%1:%2").arg(file).arg(line) : file;
    return QStringLiteral("%1: %2: %3").arg(where, severity, message);
}

int convert(CommandContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption output(
        {QStringLiteral("o"), QStringLiteral("output")},
        Cli::tr("The file to write; its extension (.srt, .vtt, .ass) names the format."),
        QStringLiteral("FILE"));
    const QCommandLineOption encoding(
        QStringLiteral("encoding"),
        Cli::tr("The input's text encoding (UTF-8, UTF-16LE, UTF-16BE, windows-1256, "
                "windows-1252, ISO-8859-1…); detected when not given."),
        QStringLiteral("NAME"));
    const QCommandLineOption bom(QStringLiteral("bom"),
                                 Cli::tr("Start the output with a UTF-8 byte order mark (for old players)."));
    const QCommandLineOption crlf(QStringLiteral("crlf"), Cli::tr("Write Windows line endings (CRLF)."));
    parser.addOptions({output, encoding, bom, crlf});
    parser.addPositionalArgument(QStringLiteral("input"), Cli::tr("The caption file to read."),
                                 QStringLiteral("IN"));
    if (auto stop = parseCommandLine(parser, context,
                                     Cli::tr("Convert a caption file between SubRip, WebVTT and ASS/SSA, "
                                             "reading any of the usual text encodings; writes UTF-8.")))
        return *stop;
    const QStringList inputs = parser.positionalArguments();
    if (inputs.size() != 1 || !parser.isSet(output)) {
        context.err << Cli::tr("%1 convert: give one input file and -o OUTPUT.").arg(kName) << u'\n';
        return Usage;
    }
    const QString in = inputs.first();
    const QString out = parser.value(output);
    if (!CaptionFile::formatForPath(out)) {
        context.err << Cli::tr("%1 convert: cannot tell the format of “%2”: name it .srt, .vtt or .ass.")
                           .arg(kName, QDir::toNativeSeparators(out))
                    << u'\n';
        return Usage;
    }
    const std::optional<QString> named =
        parser.isSet(encoding) ? std::optional<QString>(parser.value(encoding)) : std::nullopt;
    const auto doc = CaptionFile::read(in, named);
    const QString file = QFileInfo(in).fileName();
    if (!doc) {
        const Error &e = doc.error();
        context.err << located(file, e.context.value(QStringLiteral("line")).toInt(), Cli::tr("error"),
                               e.message)
                    << u'\n';
        return e.code == u"captions.unknown_encoding" ? Usage : BadInput;
    }
    for (const CaptionWarning &w : doc->warnings)
        context.err << located(file, w.line, Cli::tr("warning"), w.message) << u'\n';
    CaptionWriteOptions options;
    options.byteOrderMark = parser.isSet(bom);
    options.crlf = parser.isSet(crlf);
    if (const auto written = CaptionFile::write(doc->track, out, std::nullopt, options); !written) {
        context.err << kName << QStringLiteral(" convert: ") << written.error().message << u'\n';
        return Failed;
    }
    context.out << Cli::tr("%1: %n cue(s), %2, %3 → %4", nullptr, int(doc->track.cues.size()))
                       .arg(file, CaptionFile::formatName(doc->format), doc->encoding,
                            QDir::toNativeSeparators(out))
                << u'\n';
    return Ok;
}

// Automatic captions for a media file with the preferred offline engine; progress on stderr.
int transcribe(CommandContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    Cli::tr("The caption file to write (.srt, .vtt or .ass)."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption language(QStringLiteral("language"),
                                      Cli::tr("The spoken language (BCP 47, e.g. en-US); the engine's own "
                                              "when not given."),
                                      QStringLiteral("TAG"));
    const QCommandLineOption engineOption(QStringLiteral("engine"),
                                          Cli::tr("The recognizer: pocketsphinx or whisper.cpp; the best "
                                                  "available when not given."),
                                          QStringLiteral("ID"));
    parser.addOptions({output, language, engineOption});
    parser.addPositionalArgument(QStringLiteral("media"), Cli::tr("The video or sound file to listen to."),
                                 QStringLiteral("MEDIA"));
    if (auto stop = parseCommandLine(parser, context,
                                     Cli::tr("Make word-timed captions from the speech in a media file, "
                                             "offline.")))
        return *stop;
    const QStringList inputs = parser.positionalArguments();
    if (inputs.size() != 1 || !parser.isSet(output)) {
        context.err << Cli::tr("%1 transcribe: give one media file and -o OUTPUT.").arg(kName) << u'\n';
        return Usage;
    }
    const QString out = parser.value(output);
    if (!CaptionFile::formatForPath(out)) {
        context.err << Cli::tr("%1 transcribe: cannot tell the format of “%2”: name it .srt, .vtt or .ass.")
                           .arg(kName, QDir::toNativeSeparators(out))
                    << u'\n';
        return Usage;
    }
    const SpeechEngines engines = SpeechEngines::standard();
    const auto engine = parser.isSet(engineOption) ? engines.find(parser.value(engineOption))
                                                   : engines.preferred(parser.value(language));
    if (!engine) {
        context.err << Cli::tr("%1 transcribe: no such speech recognizer “%2”.")
                           .arg(kName, parser.value(engineOption))
                    << u'\n';
        return Usage;
    }
    if (auto ok = engine->availability(); !ok) {
        context.err << kName << QStringLiteral(" transcribe: ") << ok.error().message << u'\n';
        return Failed;
    }
    const std::atomic<bool> cancel{false};
    int shown = -1;
    const auto progress = [&](double fraction) {
        const int percent = int(fraction * 100);
        if (percent / 10 != shown / 10) {
            shown = percent;
            context.err << Cli::tr("listening… %1%").arg(percent) << u'\n';
            context.err.flush();
        }
    };
    const auto track = TranscriptionJob::transcribe(
        *engine, SpeechInput{inputs.first(), {}, parser.value(language)}, CueRules{}, progress, cancel);
    if (!track) {
        context.err << kName << QStringLiteral(" transcribe: ") << track.error().toString() << u'\n';
        return track.error().code == u"speech.no_audio" ? BadInput : Failed;
    }
    if (const auto written = CaptionFile::write(*track, out); !written) {
        context.err << kName << QStringLiteral(" transcribe: ") << written.error().message << u'\n';
        return Failed;
    }
    context.out << Cli::tr("%n cue(s) from speech (%1) → %2", nullptr, int(track->cues.size()))
                       .arg(engine->name(), QDir::toNativeSeparators(out))
                << u'\n';
    return Ok;
}

// Add an action here and in its own function.
const Action kActions[] = {
    {"convert", QT_TRANSLATE_NOOP("montaj::ctl::Cli", "Convert between SRT, WebVTT and ASS/SSA"), &convert},
    {"transcribe", QT_TRANSLATE_NOOP("montaj::ctl::Cli", "Make captions from the speech in a media file"),
     &transcribe},
};

QString actionsHelp()
{
    QString text =
        Cli::tr("Usage: montajctl captions ACTION [OPTIONS…]") + u'\n' + u'\n' + Cli::tr("Actions:") + u'\n';
    for (const Action &a : kActions)
        text += QStringLiteral("  %1  %2\n")
                    .arg(QLatin1String(a.name), -10)
                    .arg(QCoreApplication::translate("montaj::ctl::Cli", a.summary));
    text += u'\n' + Cli::tr("Run “montajctl captions ACTION --help” for the options of one action.") + u'\n';
    return text;
}

} // namespace

int runCaptionsCommand(CommandContext &context)
{
    const QString action = context.arguments.value(1);
    if (action.isEmpty() || action == u"--help" || action == u"-h") {
        (action.isEmpty() ? context.err : context.out) << actionsHelp();
        return action.isEmpty() ? Usage : Ok;
    }
    for (const Action &a : kActions) {
        if (action == QLatin1String(a.name)) {
            CommandContext sub{QStringList{kName + u' ' + action} + context.arguments.mid(2), context.out,
                               context.err, context.paths};
            return a.run(sub);
        }
    }
    context.err << Cli::tr("%1: unknown action “%2”.").arg(kName, action) << u'\n' << actionsHelp();
    return Usage;
}

} // namespace montaj::ctl
