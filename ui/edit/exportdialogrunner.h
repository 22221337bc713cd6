#pragma once

#include "core/edit/projecttypes.h"
#include "core/foundation/result.h"

#include <QDateTime>
#include <QObject>
#include <QProcess>

#include <memory>
#include <optional>

class QTemporaryDir;
class QTimer;

namespace montaj::ui {

// Runs one `montajctl render SNAPSHOT.montaj -o OUT.mp4 --preset ID` child for the export dialog:
// writes the project snapshot to a temporary folder, starts the child, turns its JSON lines
// (progress, done, error) into signals, stops it on request and makes sure that a cancelled or
// failed export leaves no file behind. A crash of the child is reported, never shared. Not for
// checking the project first (ExportCheck) nor for showing anything.
class ExportDialogRunner : public QObject
{
    Q_OBJECT

public:
    // How long a child asked to stop may take before it is killed.
    static constexpr int kStopGraceMs = 5000;

    explicit ExportDialogRunner(QString montajctlPath, QObject *parent = nullptr);
    ~ExportDialogRunner() override; // stops a running child and cleans up after it

    // Writes the snapshot and starts the child; the Error says why it could not start.
    Result<void> start(const ProjectState &snapshot, const QString &presetId, const QString &outputPath);
    // Asks the child to stop (SIGTERM: it cancels at the next frame and deletes its partial
    // file); kills it when it has not stopped after kStopGraceMs. cancelled() follows.
    void cancel();
    bool isRunning() const;
    QStringList arguments() const { return m_arguments; }

Q_SIGNALS:
    void progressed(qint64 frame, qint64 total, double fps, double etaSeconds);
    void succeeded(const QString &outputPath, qint64 bytes, double seconds);
    void failed(const QString &message);
    void cancelled();

private:
    struct Done
    {
        QString output;
        qint64 bytes = 0;
        double seconds = 0;
    };
    void readOutput();
    void handleLine(const QByteArray &line);
    void finished(int exitCode, QProcess::ExitStatus status);
    void startFailed(QProcess::ProcessError error);
    // Deletes what an unfinished export may have left: the partial file and, after a cancel, an
    // output the child renamed into place just before it stopped.
    void removeLeftovers(bool includingOutput);
    QString stderrTail() const;
    void reset();

    QString m_program;
    QProcess *m_process = nullptr;
    std::unique_ptr<QTemporaryDir> m_temp;
    QTimer *m_killTimer;
    QStringList m_arguments;
    QByteArray m_buffer;
    QByteArray m_stderr;
    QString m_output;
    QDateTime m_startedAt;
    bool m_outputExisted = false;
    bool m_cancelRequested = false;
    std::optional<Done> m_done;
    std::optional<QString> m_error; // the child's own message
};

} // namespace montaj::ui
