#include "ui/edit/exportdialogrunner.h"

#include "core/edit/projectfile.h"
#include "core/render/exportjob.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTimer>

namespace montaj::ui {
namespace {

Q_LOGGING_CATEGORY(lcExport, "montaj.ui.export")

constexpr qsizetype kMaxStderr = 16 * 1024;

} // namespace

ExportDialogRunner::ExportDialogRunner(QString montajctlPath, QObject *parent)
    : QObject(parent)
    , m_program(std::move(montajctlPath))
    , m_killTimer(new QTimer(this))
{
    m_killTimer->setSingleShot(true);
    m_killTimer->setInterval(kStopGraceMs);
    connect(m_killTimer, &QTimer::timeout, this, [this] {
        if (isRunning()) {
            qCWarning(lcExport) << "montajctl did not stop within" << kStopGraceMs << "ms; killing it";
            m_process->kill();
        }
    });
}

ExportDialogRunner::~ExportDialogRunner()
{
    if (!isRunning())
        return;
    m_process->disconnect(this);
    m_process->terminate();
    if (!m_process->waitForFinished(kStopGraceMs)) {
        m_process->kill();
        m_process->waitForFinished(kStopGraceMs);
    }
    removeLeftovers(!m_done.has_value());
}

bool ExportDialogRunner::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

void ExportDialogRunner::reset()
{
    if (m_process) {
        m_process->disconnect(this);
        m_process->deleteLater();
        m_process = nullptr;
    }
    m_temp.reset();
    m_killTimer->stop();
    m_buffer.clear();
    m_stderr.clear();
    m_done.reset();
    m_error.reset();
    m_cancelRequested = false;
}

Result<void> ExportDialogRunner::start(const ProjectState &snapshot, const QString &presetId,
                                       const QString &outputPath)
{
    if (isRunning())
        return Error(QStringLiteral("render.busy"), tr("An export is already running."));
    reset();
    m_temp = std::make_unique<QTemporaryDir>(QDir::temp().filePath(QStringLiteral("montaj-export-XXXXXX")));
    if (!m_temp->isValid())
        return Error(QStringLiteral("render.temp_folder"),
                     tr("Cannot make a temporary folder for the export: %1").arg(m_temp->errorString()));
    auto document = ProjectDocument::fromState(snapshot);
    if (!document)
        return document.error();
    const QString projectPath = m_temp->filePath(QStringLiteral("snapshot.montaj"));
    if (auto saved = ProjectFile::save(**document, projectPath); !saved)
        return saved;

    m_output = QFileInfo(outputPath).absoluteFilePath();
    m_outputExisted = QFileInfo::exists(m_output);
    m_startedAt = QDateTime::currentDateTimeUtc();
    m_arguments = {QStringLiteral("render"),   projectPath, QStringLiteral("-o"), m_output,
                   QStringLiteral("--preset"), presetId};
    m_process = new QProcess(this);
    m_process->setWorkingDirectory(m_temp->path());
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    connect(m_process, &QProcess::readyReadStandardOutput, this, &ExportDialogRunner::readOutput);
    connect(m_process, &QProcess::readyReadStandardError, this, [this] {
        m_stderr += m_process->readAllStandardError();
        if (m_stderr.size() > kMaxStderr)
            m_stderr = m_stderr.right(kMaxStderr);
    });
    connect(m_process, &QProcess::finished, this, &ExportDialogRunner::finished);
    connect(m_process, &QProcess::errorOccurred, this, &ExportDialogRunner::startFailed);
    qCInfo(lcExport) << "starting" << m_program << m_arguments;
    m_process->start(m_program, m_arguments);
    return {};
}

void ExportDialogRunner::cancel()
{
    if (!isRunning() || m_cancelRequested)
        return;
    m_cancelRequested = true;
    // montajctl render treats SIGTERM like Ctrl+C: it stops at the next frame, deletes the partial
    // file and exits with 130. (On Windows terminate() cannot reach a console program: the kill
    // below then stops it and removeLeftovers() deletes what it wrote.)
    m_process->terminate();
    m_killTimer->start();
}

void ExportDialogRunner::readOutput()
{
    m_buffer += m_process->readAllStandardOutput();
    qsizetype newline;
    while ((newline = m_buffer.indexOf('\n')) >= 0) {
        const QByteArray line = m_buffer.left(newline).trimmed();
        m_buffer.remove(0, newline + 1);
        if (!line.isEmpty())
            handleLine(line);
    }
}

void ExportDialogRunner::handleLine(const QByteArray &line)
{
    const QJsonObject event = QJsonDocument::fromJson(line).object();
    const QString kind = event.value(QLatin1String("event")).toString();
    if (kind == QLatin1String("progress")) {
        Q_EMIT progressed(
            event.value(QLatin1String("frame")).toInteger(), event.value(QLatin1String("total")).toInteger(),
            event.value(QLatin1String("fps")).toDouble(), event.value(QLatin1String("eta")).toDouble());
    } else if (kind == QLatin1String("done")) {
        m_done = Done{event.value(QLatin1String("output")).toString(),
                      event.value(QLatin1String("bytes")).toInteger(),
                      event.value(QLatin1String("seconds")).toDouble()};
    } else if (kind == QLatin1String("error")) {
        m_error = event.value(QLatin1String("message")).toString();
        qCWarning(lcExport) << "montajctl reported" << event.value(QLatin1String("code")).toString();
    }
}

QString ExportDialogRunner::stderrTail() const
{
    const QList<QByteArray> lines = m_stderr.trimmed().split('\n');
    return lines.isEmpty() ? QString() : QString::fromUtf8(lines.last().trimmed()).left(400);
}

void ExportDialogRunner::removeLeftovers(bool includingOutput)
{
    if (m_output.isEmpty())
        return;
    const QString partial = ExportJob::partialPathFor(m_output);
    if (QFile::exists(partial) && !QFile::remove(partial))
        qCWarning(lcExport) << "cannot remove the partial export" << partial;
    if (!includingOutput)
        return;
    const QFileInfo output(m_output);
    if (output.exists() && (!m_outputExisted || output.lastModified().toUTC() >= m_startedAt))
        QFile::remove(m_output);
}

void ExportDialogRunner::finished(int exitCode, QProcess::ExitStatus status)
{
    readOutput();
    if (!m_buffer.trimmed().isEmpty())
        handleLine(m_buffer.trimmed()); // a last line without its newline
    m_buffer.clear();
    m_killTimer->stop();
    const bool cancelRequested = m_cancelRequested;
    const std::optional<Done> done = m_done;
    const std::optional<QString> childError = m_error;
    const QString tail = stderrTail();
    qCInfo(lcExport) << "montajctl finished with" << exitCode
                     << (status == QProcess::CrashExit ? "(crash)" : "");

    if (done && exitCode == 0 && status == QProcess::NormalExit && QFileInfo::exists(m_output)) {
        reset();
        Q_EMIT succeeded(m_output, done->bytes > 0 ? done->bytes : QFileInfo(m_output).size(), done->seconds);
        return;
    }
    removeLeftovers(cancelRequested);
    reset();
    if (cancelRequested) {
        Q_EMIT cancelled();
        return;
    }
    QString message;
    if (childError && !childError->isEmpty())
        message = *childError;
    else if (status == QProcess::CrashExit)
        message = tr("The export stopped unexpectedly: montajctl crashed.");
    else
        message = tr("The export failed: montajctl ended with exit code %1.").arg(exitCode);
    if (!childError && !tail.isEmpty())
        message += QLatin1Char('\n') + tail;
    Q_EMIT failed(message);
}

void ExportDialogRunner::startFailed(QProcess::ProcessError error)
{
    if (error != QProcess::FailedToStart)
        return; // crashes and the rest arrive through finished()
    const QString reason = m_process ? m_process->errorString() : QString();
    reset();
    Q_EMIT failed(tr("Cannot start the exporter %1: %2").arg(QDir::toNativeSeparators(m_program), reason));
}

} // namespace montaj::ui
