#pragma once

#include "core/edit/projecttypes.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace montaj::ui {

class ExportDialogRunner;

// Exports the project: the user picks a preset and a file, the project is checked against the
// preset's platform rules first (each problem in plain words; Export stays off while there is
// one), then `montajctl render` runs as a child process with a progress bar, frames, speed and
// time left. It can be stopped (nothing is left behind); a failure or crash of the child is
// explained; success shows the file, its size and "Show in folder". Not for publishing.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    enum class State { Ready, Rendering, Stopping, Succeeded, Failed, Cancelled };

    ExportDialog(const ProjectState &snapshot, QString projectName, QString montajctlPath,
                 QWidget *parent = nullptr);
    ~ExportDialog() override;

    // "<Movies or Videos folder>/<project name>.mp4", numbered when that file exists.
    static QString defaultOutputPath(const QString &projectName);

    State state() const { return m_state; }
    QString presetId() const;
    void setPresetId(const QString &id);
    QString outputPath() const;
    void setOutputPath(const QString &path);
    // Why the export cannot start, one problem per line; empty when it can.
    QString problems() const { return m_problemText; }
    // The outcome in words: the saved file and its size, or what went wrong.
    QString resultText() const;
    QString progressText() const;
    QProgressBar *progressBar() const { return m_progress; }
    QPushButton *exportButton() const { return m_export; }
    QPushButton *showInFolderButton() const { return m_showInFolder; }

    // The file dialog and the yes/no questions (replace a file, stop the export); tests replace them.
    void setOutputChooser(std::function<QString(const QString &suggested)> chooser);
    void setQuestionAsker(std::function<bool(const QString &question)> asker);

    void startExport();
    void stopExport();

public Q_SLOTS:
    // Closing while an export runs asks first, then stops it and closes when it has stopped.
    void reject() override;

Q_SIGNALS:
    void stateChanged(montaj::ui::ExportDialog::State state);

protected:
    void changeEvent(QEvent *event) override;

private:
    void check();
    void setState(State state);
    void updateControls();
    void describePreset();
    void chooseOutput();
    void progressed(qint64 frame, qint64 total, double fps, double etaSeconds);
    void succeeded(const QString &path, qint64 bytes, double seconds);
    void failed(const QString &message);
    void cancelled();
    void retranslate();

    ProjectState m_snapshot;
    QString m_projectName;
    ExportDialogRunner *m_runner;
    State m_state = State::Ready;
    QString m_problemText;
    QString m_savedPath;
    qint64 m_savedBytes = 0;
    QString m_failure;
    qint64 m_frame = 0, m_total = 0;
    double m_fps = 0, m_eta = 0;
    bool m_closeWhenStopped = false;
    std::function<QString(const QString &)> m_chooser;
    std::function<bool(const QString &)> m_asker;

    QLabel *m_presetLabel;
    QComboBox *m_preset;
    QLabel *m_presetInfo;
    QLabel *m_outputLabel;
    QLineEdit *m_output;
    QPushButton *m_browse;
    QLabel *m_summary;
    QLabel *m_problems;
    QProgressBar *m_progress;
    QLabel *m_progressInfo;
    QLabel *m_result;
    QPushButton *m_showInFolder;
    QPushButton *m_export;
    QPushButton *m_stop;
    QPushButton *m_close;
};

} // namespace montaj::ui
