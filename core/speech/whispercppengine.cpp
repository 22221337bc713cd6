#include "core/speech/whispercppengine.h"

#include "core/speech/internal/whisperoutput.h"
#include "core/speech/speechaudio.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace montaj {
namespace {

// The languages whisper's multilingual models know (its own two- and three-letter codes).
const char *const kLanguages =
    "en zh de es ru ko fr ja pt tr pl ca nl ar sv it id hi fi vi he uk el ms cs ro da hu ta no th ur hr "
    "bg lt la mi ml cy sk te fa lv bn sr az sl kn et mk br eu is hy ne mn bs kk sq sw gl mr pa si km sn "
    "yo so af oc ka be tg sd gu am yi lo uz fo ht ps tk nn mt sa lb my bo tl mg as tt haw ln ha ba jw su";

QString findExecutable(const QString &configured)
{
    if (!configured.isEmpty()) {
        if (configured.contains(u'/') || configured.contains(u'\\')) {
            const QFileInfo file(configured);
            return file.isFile() && file.isExecutable() ? file.absoluteFilePath() : QString();
        }
        return QStandardPaths::findExecutable(configured);
    }
    for (const QString &name : {QStringLiteral("whisper-cli"), QStringLiteral("whisper-cpp")})
        if (const QString found = QStandardPaths::findExecutable(name); !found.isEmpty())
            return found;
    return {};
}

QString findModel(const QString &configured, const QString &executable)
{
    if (!configured.isEmpty())
        return QFileInfo(configured).isFile() ? QFileInfo(configured).absoluteFilePath() : QString();
    QStringList folders;
    if (!executable.isEmpty()) {
        const QDir bin = QFileInfo(executable).absoluteDir();
        folders << bin.filePath(QStringLiteral("models")) << bin.filePath(QStringLiteral("../models"))
                << bin.filePath(QStringLiteral("../share/whisper.cpp/models"));
    }
    folders << QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
                   .filePath(QStringLiteral("whisper.cpp/models"))
            << QStringLiteral("/usr/local/share/whisper.cpp/models")
            << QStringLiteral("/usr/share/whisper.cpp/models");
    const QStringList preferred{QStringLiteral("ggml-base.bin"), QStringLiteral("ggml-small.bin"),
                                QStringLiteral("ggml-base.en.bin"), QStringLiteral("ggml-small.en.bin")};
    for (const QString &folder : folders) {
        const QDir dir(folder);
        const QStringList models = dir.entryList({QStringLiteral("ggml-*.bin")}, QDir::Files, QDir::Name);
        for (const QString &name : preferred)
            if (models.contains(name))
                return dir.absoluteFilePath(name);
        if (!models.isEmpty())
            return dir.absoluteFilePath(models.first());
    }
    return {};
}

} // namespace

WhisperCppEngine::WhisperCppEngine(WhisperCppSettings settings)
    : m_settings(std::move(settings))
    , m_executable(findExecutable(m_settings.executable))
    , m_model(findModel(m_settings.model, m_executable))
{}

QString WhisperCppEngine::name() const
{
    return tr("whisper.cpp");
}

QStringList WhisperCppEngine::languages() const
{
    if (QFileInfo(m_model).fileName().contains(QLatin1String(".en.")))
        return {QStringLiteral("en")};
    return QString::fromLatin1(kLanguages).split(u' ');
}

Result<void> WhisperCppEngine::availability() const
{
    if (m_executable.isEmpty())
        return m_settings.executable.isEmpty()
                   ? unavailableError(id(),
                                      tr("whisper.cpp is not installed: no whisper-cli program was found on "
                                         "the PATH. Install whisper.cpp or choose its program in Settings."))
                   : unavailableError(id(), tr("The whisper.cpp program %1 was not found or cannot be run.")
                                                .arg(QDir::toNativeSeparators(m_settings.executable)))
                         .with(QStringLiteral("file"), m_settings.executable);
    if (m_model.isEmpty())
        return m_settings.model.isEmpty()
                   ? unavailableError(id(), tr("whisper.cpp has no model: download a ggml model (for example "
                                               "ggml-base.bin) and choose it in Settings."))
                   : unavailableError(id(), tr("The whisper.cpp model %1 was not found.")
                                                .arg(QDir::toNativeSeparators(m_settings.model)))
                         .with(QStringLiteral("file"), m_settings.model);
    return {};
}

Result<CaptionTrack> WhisperCppEngine::transcribe(const SpeechInput &input, const SpeechProgress &progress,
                                                  const std::atomic<bool> &cancel) const
{
    if (auto ok = availability(); !ok)
        return ok.error();
    if (auto ok = checkLanguage(input.language); !ok)
        return ok.error();
    const double decodeShare = input.samples.empty() ? 0.1 : 0;
    const auto report = [&](double f) {
        if (progress)
            progress(f);
    };
    std::vector<float> storage;
    auto samples = samplesOf(
        input, storage, [&](double f) { report(f * decodeShare); }, cancel);
    if (!samples)
        return samples.error();
    QTemporaryDir work;
    if (!work.isValid())
        return Error(QStringLiteral("speech.write_failed"),
                     tr("Cannot make a temporary folder for whisper.cpp."));
    const QString wav = work.filePath(QStringLiteral("sound.wav"));
    if (auto written = SpeechAudio::writeWav(wav, **samples); !written)
        return written.error();

    const QString base = work.filePath(QStringLiteral("words"));
    const QString language =
        input.language.isEmpty() ? QStringLiteral("auto") : input.language.section(u'-', 0, 0).toLower();
    QStringList args{QStringLiteral("-m"),   m_model,
                     QStringLiteral("-f"),   wav,
                     QStringLiteral("-l"),   language,
                     QStringLiteral("-of"),  base,
                     QStringLiteral("-oj"),  QStringLiteral("-osrt"),
                     QStringLiteral("-ml"),  QStringLiteral("1"),
                     QStringLiteral("-sow"), QStringLiteral("-pp")};
    if (m_settings.threads > 0)
        args << QStringLiteral("-t") << QString::number(m_settings.threads);
    QProcess process;
    process.setStandardOutputFile(QProcess::nullDevice());
    process.start(m_executable, args);
    if (!process.waitForStarted(10'000))
        return Error(QStringLiteral("speech.engine_failed"),
                     tr("whisper.cpp could not be started: %1").arg(process.errorString()),
                     {{QStringLiteral("engine"), id()}, {QStringLiteral("file"), m_executable}});
    QByteArray lastLines;
    const auto readProgress = [&] {
        while (process.canReadLine()) {
            const QByteArray line = process.readLine();
            lastLines = QByteArray(lastLines + line).right(2000);
            if (const int percent = WhisperOutput::progressIn(line); percent >= 0)
                report(decodeShare + (1 - decodeShare) * 0.98 * percent / 100.0);
        }
    };
    process.setReadChannel(QProcess::StandardError);
    while (process.state() != QProcess::NotRunning) {
        if (cancel.load()) {
            process.kill();
            process.waitForFinished(5'000);
            return cancelledError();
        }
        process.waitForFinished(100);
        readProgress();
    }
    lastLines += process.readAll();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return Error(QStringLiteral("speech.engine_failed"),
                     tr("whisper.cpp stopped with an error (exit code %1).").arg(process.exitCode()),
                     {{QStringLiteral("engine"), id()},
                      {QStringLiteral("output"), QString::fromUtf8(lastLines.right(500)).trimmed()}});

    bool ok = false;
    QList<CaptionWord> words;
    if (QFile json(base + QStringLiteral(".json")); json.open(QIODevice::ReadOnly))
        words = WhisperOutput::fromJson(json.readAll(), &ok);
    if (!ok) {
        QFile srt(base + QStringLiteral(".srt"));
        if (!srt.open(QIODevice::ReadOnly))
            return Error(QStringLiteral("speech.output_unreadable"),
                         tr("whisper.cpp finished but wrote no transcript that Montaj can read."),
                         {{QStringLiteral("engine"), id()}});
        words = WhisperOutput::fromSrt(srt.readAll());
    }
    CaptionTrack track;
    track.language = input.language;
    if (!words.isEmpty()) {
        CaptionCue cue;
        cue.startUs = words.first().startUs;
        cue.endUs = words.last().endUs;
        QStringList texts;
        for (const CaptionWord &w : words)
            texts << w.text;
        cue.text = texts.join(u' ');
        cue.words = words;
        track.cues << cue;
    }
    report(1.0);
    return track;
}

} // namespace montaj
