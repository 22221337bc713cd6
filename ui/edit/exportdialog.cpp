#include "ui/edit/exportdialog.h"

#include "core/render/exportcheck.h"
#include "core/render/exportpreset.h"
#include "ui/edit/exportdialogrunner.h"
#include "ui/edit/panelformat.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QUrl>
#include <QVBoxLayout>

#include <limits>

namespace montaj::ui {

ExportDialog::ExportDialog(const ProjectState &snapshot, QString projectName, QString montajctlPath,
                           QWidget *parent)
    : QDialog(parent)
    , m_snapshot(snapshot)
    , m_projectName(std::move(projectName))
    , m_runner(new ExportDialogRunner(std::move(montajctlPath), this))
    , m_presetLabel(new QLabel(this))
    , m_preset(new QComboBox(this))
    , m_presetInfo(new QLabel(this))
    , m_outputLabel(new QLabel(this))
    , m_output(new QLineEdit(this))
    , m_browse(new QPushButton(this))
    , m_summary(new QLabel(this))
    , m_problems(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_progressInfo(new QLabel(this))
    , m_result(new QLabel(this))
    , m_showInFolder(new QPushButton(this))
    , m_export(new QPushButton(this))
    , m_stop(new QPushButton(this))
    , m_close(new QPushButton(this))
{
    setObjectName(QStringLiteral("exportDialog"));
    m_preset->setObjectName(QStringLiteral("exportPreset"));
    m_output->setObjectName(QStringLiteral("exportOutput"));
    m_problems->setObjectName(QStringLiteral("exportProblems"));
    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_result->setObjectName(QStringLiteral("exportResult"));
    m_showInFolder->setObjectName(QStringLiteral("showInFolderButton"));
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_stop->setObjectName(QStringLiteral("stopExportButton"));
    for (QLabel *label : {m_presetInfo, m_summary, m_problems, m_progressInfo, m_result}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
    }
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_presetInfo->setForegroundRole(QPalette::PlaceholderText);
    PanelFormat::markAlert(m_problems);
    m_presetLabel->setBuddy(m_preset);
    m_outputLabel->setBuddy(m_output);
    for (const ExportPreset &preset : ExportPreset::all())
        m_preset->addItem(preset.displayName(), preset.id);
    m_output->setText(defaultOutputPath(m_projectName));
    m_export->setDefault(true);

    auto *file = new QHBoxLayout;
    file->addWidget(m_output, 1);
    file->addWidget(m_browse);
    auto *form = new QFormLayout;
    form->addRow(m_presetLabel, m_preset);
    form->addRow(QString(), m_presetInfo);
    form->addRow(m_outputLabel, file);
    auto *outcome = new QHBoxLayout;
    outcome->addWidget(m_result, 1);
    outcome->addWidget(m_showInFolder, 0, Qt::AlignTop);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_export, QDialogButtonBox::ActionRole);
    buttons->addButton(m_stop, QDialogButtonBox::ActionRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_problems);
    layout->addWidget(m_progress);
    layout->addWidget(m_progressInfo);
    layout->addLayout(outcome);
    layout->addStretch(1);
    layout->addWidget(buttons);
    resize(560, 360);

    m_chooser = [this](const QString &suggested) {
        return QFileDialog::getSaveFileName(this, tr("Save the video as"), suggested,
                                            tr("MP4 video (*.mp4)"));
    };
    m_asker = [this](const QString &question) {
        return QMessageBox::question(this, windowTitle(), question) == QMessageBox::Yes;
    };
    connect(m_preset, &QComboBox::currentIndexChanged, this, [this] {
        describePreset();
        check();
    });
    connect(m_output, &QLineEdit::textChanged, this, &ExportDialog::check);
    connect(m_browse, &QPushButton::clicked, this, &ExportDialog::chooseOutput);
    connect(m_export, &QPushButton::clicked, this, &ExportDialog::startExport);
    connect(m_stop, &QPushButton::clicked, this, &ExportDialog::stopExport);
    connect(m_close, &QPushButton::clicked, this, &ExportDialog::reject);
    connect(m_showInFolder, &QPushButton::clicked, this, [this] {
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(m_savedPath).absolutePath()));
    });
    connect(m_runner, &ExportDialogRunner::progressed, this, &ExportDialog::progressed);
    connect(m_runner, &ExportDialogRunner::succeeded, this, &ExportDialog::succeeded);
    connect(m_runner, &ExportDialogRunner::failed, this, &ExportDialog::failed);
    connect(m_runner, &ExportDialogRunner::cancelled, this, &ExportDialog::cancelled);
    retranslate();
}

ExportDialog::~ExportDialog() = default;

QString ExportDialog::defaultOutputPath(const QString &projectName)
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::MoviesLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    QString base = projectName.trimmed();
    for (const QChar c : QStringLiteral("/\\:*?\"<>|"))
        base.replace(c, QLatin1Char('-'));
    if (base.isEmpty() || base.startsWith(QLatin1Char('.')))
        base = tr("Untitled video");
    const QDir dir(folder);
    QString path = dir.filePath(base + QStringLiteral(".mp4"));
    for (int n = 2; QFileInfo::exists(path) && n < 1000; ++n)
        path = dir.filePath(base + QStringLiteral(" (%1).mp4").arg(n));
    return path;
}

QString ExportDialog::presetId() const
{
    return m_preset->currentData().toString();
}

void ExportDialog::setPresetId(const QString &id)
{
    if (const int index = m_preset->findData(id); index >= 0)
        m_preset->setCurrentIndex(index);
}

QString ExportDialog::outputPath() const
{
    QString path = m_output->text().trimmed();
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".mp4");
    return path.isEmpty() ? path : QFileInfo(path).absoluteFilePath();
}

void ExportDialog::setOutputPath(const QString &path)
{
    m_output->setText(QDir::toNativeSeparators(path));
}

void ExportDialog::setOutputChooser(std::function<QString(const QString &)> chooser)
{
    m_chooser = std::move(chooser);
}

void ExportDialog::setQuestionAsker(std::function<bool(const QString &)> asker)
{
    m_asker = std::move(asker);
}

void ExportDialog::chooseOutput()
{
    const QString chosen = m_chooser ? m_chooser(outputPath()) : QString();
    if (!chosen.isEmpty())
        setOutputPath(chosen);
}

void ExportDialog::check()
{
    QStringList problems;
    m_summary->clear();
    const ExportPreset *preset = ExportPreset::find(presetId());
    if (!preset) {
        problems << tr("Choose an export preset.");
    } else if (const auto target = ExportCheck::resolve(m_snapshot, *preset); !target) {
        problems << target.error().message.split(QLatin1Char('\n'));
    } else {
        m_summary->setText(tr("The video will be %1 at %2, %3 long (%n frame(s)).", nullptr,
                              int(std::min<qint64>(target->frameCount, std::numeric_limits<int>::max())))
                               .arg(PanelFormat::resolution(target->size),
                                    PanelFormat::frameRate(target->fpsNum, target->fpsDen),
                                    PanelFormat::duration(target->durationUs)));
    }
    const QString path = outputPath();
    const QFileInfo output(path);
    if (path.isEmpty())
        problems << tr("Choose where to save the video.");
    else if (output.suffix().compare(QLatin1String("mp4"), Qt::CaseInsensitive) != 0)
        problems << tr("The file name must end in .mp4.");
    else if (output.isDir())
        problems << tr("%1 is a folder: add a file name.").arg(QDir::toNativeSeparators(path));
    else if (const QFileInfo folder(output.absolutePath()); folder.exists() && !folder.isWritable())
        problems
            << tr("Montaj cannot write to the folder %1.").arg(QDir::toNativeSeparators(folder.filePath()));
    m_problemText = problems.join(QLatin1Char('\n'));
    m_problems->setText(problems.isEmpty() ? QString() : tr("Before exporting:\n%1").arg(m_problemText));
    m_problems->setVisible(!problems.isEmpty());
    updateControls();
}

void ExportDialog::describePreset()
{
    const ExportPreset *preset = ExportPreset::find(presetId());
    if (!preset) {
        m_presetInfo->clear();
        return;
    }
    QString what;
    if (preset->keepsSourceSize())
        what = tr("Keeps the project's canvas (%1) and frame rate (%2).")
                   .arg(PanelFormat::resolution(m_snapshot.canvas.size),
                        PanelFormat::frameRate(m_snapshot.canvas.fpsNum, m_snapshot.canvas.fpsDen));
    else
        what = tr("%1 at %2.")
                   .arg(PanelFormat::resolution(preset->size),
                        PanelFormat::frameRate(preset->fpsNum, preset->fpsDen));
    m_presetInfo->setText(tr("%1 H.264 video with AAC sound; the platform takes videos up to %2 long.")
                              .arg(what, PanelFormat::duration(preset->rules.maxDurationUs)));
    m_preset->setToolTip(m_presetInfo->text());
}

void ExportDialog::updateControls()
{
    const bool busy = m_state == State::Rendering || m_state == State::Stopping;
    m_preset->setEnabled(!busy);
    m_output->setEnabled(!busy);
    m_browse->setEnabled(!busy);
    m_export->setVisible(!busy);
    m_export->setEnabled(!busy && m_problemText.isEmpty());
    m_stop->setVisible(busy);
    m_stop->setEnabled(m_state == State::Rendering);
    m_progress->setVisible(busy || m_state == State::Succeeded);
    m_progressInfo->setVisible(busy);
    m_showInFolder->setVisible(m_state == State::Succeeded);
    m_result->setVisible(!resultText().isEmpty());
}

void ExportDialog::setState(State state)
{
    m_state = state;
    retranslate();
    Q_EMIT stateChanged(state);
    if (m_closeWhenStopped && state != State::Rendering && state != State::Stopping)
        QDialog::reject();
}

void ExportDialog::startExport()
{
    check();
    if (m_state == State::Rendering || m_state == State::Stopping || !m_problemText.isEmpty())
        return;
    const QString path = outputPath();
    if (QFileInfo::exists(path)
        && !(m_asker && m_asker(tr("%1 already exists. Replace it?").arg(QDir::toNativeSeparators(path)))))
        return;
    m_failure.clear();
    m_savedPath.clear();
    m_frame = m_total = 0;
    m_fps = m_eta = 0;
    m_progress->setRange(0, 0); // busy until the first progress line
    setState(State::Rendering);
    // A child that cannot even start reports through failed(), possibly before start() returns.
    if (auto started = m_runner->start(m_snapshot, presetId(), path); !started)
        failed(started.error().message);
}

void ExportDialog::stopExport()
{
    if (m_state != State::Rendering)
        return;
    setState(State::Stopping);
    m_runner->cancel();
}

void ExportDialog::reject()
{
    if (m_state == State::Rendering || m_state == State::Stopping) {
        if (m_closeWhenStopped)
            return;
        if (!(m_asker
              && m_asker(tr("An export is running. Stop it and close? The unfinished video will be "
                            "deleted."))))
            return;
        m_closeWhenStopped = true;
        stopExport();
        return;
    }
    QDialog::reject();
}

void ExportDialog::progressed(qint64 frame, qint64 total, double fps, double etaSeconds)
{
    m_frame = frame;
    m_total = total;
    m_fps = fps;
    m_eta = etaSeconds;
    if (total > 0) {
        // QProgressBar counts in int: scale very long exports down.
        const qint64 scale = std::max<qint64>(1, total / 1'000'000 + 1);
        m_progress->setRange(0, int(total / scale));
        m_progress->setValue(int(std::min(frame, total) / scale));
    }
    m_progressInfo->setText(progressText());
}

QString ExportDialog::progressText() const
{
    if (m_total <= 0)
        return m_state == State::Stopping ? tr("Stopping…") : tr("Starting…");
    const QLocale locale;
    QStringList parts{tr("Frame %1 of %2").arg(locale.toString(m_frame), locale.toString(m_total))};
    if (m_fps > 0)
        parts << tr("%1 frames per second").arg(locale.toString(m_fps, 'f', 1))
              << tr("about %1 left").arg(PanelFormat::duration(qint64(m_eta * 1e6)));
    if (m_state == State::Stopping)
        parts << tr("stopping…");
    return parts.join(tr(" · ", "separates facts about the export's progress"));
}

void ExportDialog::succeeded(const QString &path, qint64 bytes, double)
{
    m_savedPath = path;
    m_savedBytes = bytes;
    m_progress->setRange(0, 1);
    m_progress->setValue(1);
    setState(State::Succeeded);
}

void ExportDialog::failed(const QString &message)
{
    m_failure = message;
    setState(State::Failed);
}

void ExportDialog::cancelled()
{
    setState(State::Cancelled);
}

QString ExportDialog::resultText() const
{
    switch (m_state) {
    case State::Succeeded:
        return tr("Saved %1 (%2).")
            .arg(QDir::toNativeSeparators(m_savedPath), QLocale().formattedDataSize(m_savedBytes));
    case State::Failed: return tr("The export did not finish: %1").arg(m_failure);
    case State::Cancelled: return tr("The export was stopped. No file was left behind.");
    case State::Ready:
    case State::Rendering:
    case State::Stopping: return {};
    }
    return {};
}

void ExportDialog::retranslate()
{
    setWindowTitle(m_projectName.isEmpty() ? tr("Export video") : tr("Export “%1”").arg(m_projectName));
    m_presetLabel->setText(tr("Preset"));
    m_outputLabel->setText(tr("Save as"));
    m_preset->setAccessibleName(tr("Export preset"));
    for (int i = 0; i < m_preset->count(); ++i)
        if (const ExportPreset *preset = ExportPreset::find(m_preset->itemData(i).toString()))
            m_preset->setItemText(i, preset->displayName());
    m_output->setAccessibleName(tr("Output file"));
    m_output->setToolTip(tr("The MP4 file the video is saved to"));
    m_browse->setText(tr("Choose…"));
    m_browse->setToolTip(tr("Choose the file to save the video to"));
    m_progress->setAccessibleName(tr("Export progress"));
    m_showInFolder->setText(tr("Show in folder"));
    m_showInFolder->setToolTip(tr("Open the folder that holds the video"));
    m_export->setText(tr("Export"));
    m_stop->setText(tr("Stop export"));
    m_stop->setToolTip(tr("Stop making the video; the unfinished file is deleted"));
    m_close->setText(tr("Close"));
    m_progressInfo->setText(progressText());
    m_result->setText(resultText());
    if (m_state == State::Failed)
        PanelFormat::markAlert(m_result);
    else
        m_result->setPalette(QPalette());
    PanelFormat::markAlert(m_problems);
    describePreset();
    check();
}

void ExportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace montaj::ui
