#include "ui/captions/captionspanel.h"

#include "core/edit/projectdocument.h"
#include "ui/captions/captioncuemodel.h"
#include "ui/captions/captionlimitsdialog.h"
#include "ui/captions/captionplacementbar.h"
#include "ui/edit/editsession.h"
#include "ui/edit/panelformat.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include "core/captions/captiontext.h"

namespace montaj::ui {

CaptionsPanel::CaptionsPanel(EditSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new CaptionCueModel(session, this))
{
    build();
    retranslate();
    connect(m_model, &CaptionCueModel::editFailed, this, [this](const QString &m) { showMessage(m, true); });
    connect(m_model, &CaptionCueModel::currentCueChanged, this, &CaptionsPanel::onCurrentCue);
    connect(m_model, &CaptionCueModel::trackChanged, this, &CaptionsPanel::refreshState);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (m_following || !current.isValid())
                    return;
                const auto &cues = m_session->document()->captions().cues;
                if (current.row() < cues.size())
                    m_session->seek(cues.at(current.row()).startUs);
                refreshState();
            });
    refreshState();
}

void CaptionsPanel::build()
{
    const auto tool = [this](QToolButton *&button, auto slot) {
        button = new QToolButton(this);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        connect(button, &QToolButton::clicked, this, slot);
    };
    tool(m_import, &CaptionsPanel::chooseImport);
    tool(m_export, &CaptionsPanel::chooseExport);
    tool(m_transcribe, [this] {
        if (m_transcriber)
            m_transcriber();
    });
    tool(m_add, &CaptionsPanel::addAtPlayhead);
    tool(m_split, &CaptionsPanel::splitAtPlayhead);
    tool(m_merge, &CaptionsPanel::mergeSelected);
    tool(m_delete, &CaptionsPanel::deleteSelected);
    m_encoding = new QComboBox(this);
    m_encoding->addItem(QString(), QString());
    for (const QString &name : CaptionText::supportedEncodings())
        m_encoding->addItem(name, name); // encoding names are the same in every language
    connect(m_encoding, &QComboBox::activated, this, [this] {
        if (!m_lastImport.isEmpty()) // read the same file again with the chosen encoding
            importFile(m_lastImport, m_encoding->currentData().toString());
    });

    auto *files = new QHBoxLayout;
    files->addWidget(m_import);
    files->addWidget(m_encoding, 1);
    files->addWidget(m_export);
    files->addWidget(m_transcribe);
    auto *cues = new QHBoxLayout;
    for (QToolButton *b : {m_add, m_split, m_merge, m_delete})
        cues->addWidget(b);
    cues->addStretch();

    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setWordWrap(true);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::AnyKeyPressed);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(CaptionCueModel::Text, QHeaderView::Stretch);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    m_shiftLabel = new QLabel(this);
    m_shift = new QSpinBox(this);
    m_shift->setRange(-600'000, 600'000);
    m_shift->setSingleStep(100);
    m_shiftApply = new QPushButton(this);
    connect(m_shiftApply, &QPushButton::clicked, this, [this] { shiftAll(qint64(m_shift->value()) * 1000); });
    auto *shift = new QHBoxLayout;
    shift->addWidget(m_shiftLabel);
    shift->addWidget(m_shift, 1);
    shift->addWidget(m_shiftApply);

    m_find = new QLineEdit(this);
    m_replace = new QLineEdit(this);
    m_matchCase = new QCheckBox(this);
    m_replaceAll = new QPushButton(this);
    connect(m_replaceAll, &QPushButton::clicked, this,
            [this] { replaceAll(m_find->text(), m_replace->text(), m_matchCase->isChecked()); });
    auto *find = new QHBoxLayout;
    find->addWidget(m_find, 1);
    find->addWidget(m_replace, 1);
    find->addWidget(m_matchCase);
    find->addWidget(m_replaceAll);

    m_presetLabel = new QLabel(this);
    m_preset = new QComboBox(this);
    for (int i = 0; i < 3; ++i)
        m_preset->addItem(QString());
    m_linesLabel = new QLabel(this);
    m_maxLines = new QSpinBox(this);
    m_maxLines->setRange(1, 4);
    m_limits = new QPushButton(this);
    connect(m_limits, &QPushButton::clicked, this, &CaptionsPanel::editLimits);
    connect(m_preset, &QComboBox::activated, this, [this](int i) {
        const CaptionStyle style = CaptionLimitsDialog::presetStyle(static_cast<CaptionPreset>(i),
                                                                    m_session->document()->captions().style);
        if (auto r = m_session->document()->setCaptionStyle(style); !r)
            showMessage(r.error().message, true);
    });
    connect(m_maxLines, &QSpinBox::valueChanged, this, [this](int lines) {
        CaptionStyle style = m_session->document()->captions().style;
        if (style.maxLines == lines)
            return;
        style.maxLines = lines;
        if (auto r = m_session->document()->setCaptionStyle(style); !r)
            showMessage(r.error().message, true);
    });
    m_placement = new CaptionPlacementBar(this);
    connect(m_placement, &CaptionPlacementBar::positionRequested, this, [this](double position) {
        CaptionStyle style = m_session->document()->captions().style;
        style.verticalPosition = position;
        if (auto r = m_session->document()->setCaptionStyle(style); !r)
            showMessage(r.error().message, true);
    });
    connect(m_placement, &CaptionPlacementBar::outputRequested, this, [this](const CaptionOutput &output) {
        if (auto r = m_session->document()->setCaptionOutput(output); !r)
            showMessage(r.error().message, true);
    });
    auto *style = new QHBoxLayout;
    style->addWidget(m_presetLabel);
    style->addWidget(m_preset, 1);
    style->addWidget(m_linesLabel);
    style->addWidget(m_maxLines);
    style->addWidget(m_limits);

    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_warnings = new QPlainTextEdit(this);
    m_warnings->setReadOnly(true);
    m_warnings->setMaximumHeight(m_warnings->fontMetrics().lineSpacing() * 5);
    m_warnings->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(files);
    layout->addLayout(cues);
    layout->addWidget(m_view, 1);
    layout->addLayout(find);
    layout->addLayout(shift);
    layout->addLayout(style);
    layout->addWidget(m_placement);
    layout->addWidget(m_status);
    layout->addWidget(m_warnings);
}

void CaptionsPanel::retranslate()
{
    m_import->setText(tr("Import…"));
    m_import->setToolTip(tr("Read an SRT, WebVTT or ASS file into the project"));
    m_encoding->setItemText(0, tr("Detect encoding"));
    m_encoding->setToolTip(tr("The text encoding of the imported file; choose one to read it again"));
    m_export->setText(tr("Export…"));
    m_export->setToolTip(tr("Save the captions as SRT, WebVTT or ASS"));
    m_transcribe->setText(tr("From speech…"));
    m_add->setText(tr("Add"));
    m_add->setToolTip(tr("Add a caption at the playhead"));
    m_split->setText(tr("Split"));
    m_split->setToolTip(tr("Split the caption under the playhead"));
    m_merge->setText(tr("Merge"));
    m_merge->setToolTip(tr("Merge the selected caption with the next one"));
    m_delete->setText(tr("Delete"));
    m_shiftLabel->setText(tr("Shift all by (ms):"));
    m_shiftApply->setText(tr("Shift"));
    m_find->setPlaceholderText(tr("Find"));
    m_replace->setPlaceholderText(tr("Replace with"));
    m_matchCase->setText(tr("Match case"));
    m_replaceAll->setText(tr("Replace all"));
    m_presetLabel->setText(tr("Style:"));
    m_preset->setItemText(int(CaptionPreset::BoldOutline), tr("Bold with outline"));
    m_preset->setItemText(int(CaptionPreset::Boxed), tr("Boxed"));
    m_preset->setItemText(int(CaptionPreset::WordHighlight), tr("Word by word highlight"));
    m_linesLabel->setText(tr("Lines:"));
    m_limits->setText(tr("Limits…"));
    m_limits->setToolTip(tr("Reading speed, line length and duration limits for the checks"));
    refreshState();
}

void CaptionsPanel::setTranscriber(std::function<void()> transcriber, const QString &unavailableReason)
{
    m_transcriber = std::move(transcriber);
    m_unavailable = unavailableReason;
    refreshState();
}

void CaptionsPanel::refreshState()
{
    const CaptionTrack &track = m_session->document()->captions();
    const qsizetype row = selectedRow();
    const qint64 at = m_session->playheadUs();
    const qsizetype under = m_model->currentCue();
    m_export->setEnabled(!track.isEmpty());
    m_split->setEnabled(under >= 0 && under < track.cues.size() && at > track.cues[under].startUs);
    m_merge->setEnabled(row >= 0 && row + 1 < track.cues.size());
    m_delete->setEnabled(row >= 0);
    m_shiftApply->setEnabled(!track.isEmpty());
    m_replaceAll->setEnabled(!track.isEmpty());
    m_transcribe->setEnabled(bool(m_transcriber));
    m_transcribe->setToolTip(m_transcriber ? tr("Make captions from the project's speech") : m_unavailable);
    m_preset->setCurrentIndex(int(track.style.preset));
    m_maxLines->blockSignals(true);
    m_maxLines->setValue(track.style.maxLines);
    m_maxLines->blockSignals(false);
    m_placement->showTrack(track);
    if (!m_message.isEmpty()) {
        m_status->setText(m_message);
    } else if (track.isEmpty()) {
        m_status->setText(
            tr("No captions yet: import a file, make them from speech, or add one at the playhead."));
    } else {
        const auto flagged = [&] {
            QSet<qsizetype> rows;
            for (const CaptionIssue &issue : m_model->issues())
                rows.insert(issue.cueIndex);
            return int(rows.size());
        }();
        m_status->setText(
            tr("%n caption(s)", nullptr, int(track.cues.size())) + QStringLiteral(" · ")
            + (flagged ? tr("%n need(s) attention", nullptr, flagged) : tr("all within the limits")));
    }
    m_status->setStyleSheet(m_messageIsError
                                ? QStringLiteral("color: %1").arg(PanelFormat::alertColor(palette()).name())
                                : QString());
}

void CaptionsPanel::showMessage(const QString &text, bool error)
{
    m_message = text;
    m_messageIsError = error;
    refreshState();
    m_message.clear(); // shown until the next change
}

QString CaptionsPanel::statusText() const
{
    return m_status->text();
}

QString CaptionsPanel::warningsText() const
{
    return m_warnings->isHidden() ? QString() : m_warnings->toPlainText();
}

qsizetype CaptionsPanel::selectedRow() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void CaptionsPanel::onCurrentCue(qsizetype row)
{
    if (row < 0)
        return;
    m_following = true;
    m_view->selectRow(int(row));
    m_view->scrollTo(m_model->index(int(row), 0));
    m_following = false;
}

void CaptionsPanel::setThresholds(const CaptionThresholds &thresholds)
{
    m_model->setThresholds(thresholds);
    refreshState();
}

CaptionThresholds CaptionsPanel::thresholds() const
{
    return m_model->thresholds();
}

void CaptionsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace montaj::ui
