// CaptionsPanel's verbs: each is one document verb (one undo step) with its outcome in the status.
#include "ui/captions/captionfileactions.h"
#include "ui/captions/captionlimitsdialog.h"
#include "ui/captions/captionspanel.h"

#include "core/edit/projectdocument.h"
#include "ui/captions/captioncuemodel.h"
#include "ui/edit/editsession.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QTableView>

namespace montaj::ui {
namespace {

constexpr qint64 kNewCueUs = 2'000'000;
constexpr qint64 kMinCueUs = 100'000;

} // namespace

bool CaptionsPanel::importFile(const QString &path, const QString &encoding)
{
    const auto confirm = [this](qsizetype existing) {
        return QMessageBox::question(
                   this, tr("Import captions"),
                   tr("Replace the project's %n caption(s) with the file's?", nullptr, int(existing)))
               == QMessageBox::Yes;
    };
    // Reading the same file again with another encoding replaces what that file put there.
    const bool again = path == m_lastImport;
    auto r = CaptionFileActions::import(m_session, path, encoding,
                                        again ? std::function<bool(qsizetype)>() : confirm);
    if (!r) {
        showMessage(r.error().toString(), true);
        return false;
    }
    if (r->summary.isEmpty())
        return false; // the user kept the captions already there
    m_lastImport = path;
    m_warnings->setPlainText(r->warnings);
    m_warnings->setVisible(!r->warnings.isEmpty());
    showMessage(r->summary, false);
    return true;
}

bool CaptionsPanel::exportFile(const QString &path)
{
    if (auto r = CaptionFileActions::exportTo(m_session, path); !r) {
        showMessage(r.error().toString(), true);
        return false;
    }
    showMessage(tr("Captions saved to %1").arg(QDir::toNativeSeparators(path)), false);
    return true;
}

void CaptionsPanel::chooseImport()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import captions"), QString(),
                                                      CaptionFileActions::openFilter());
    if (!path.isEmpty())
        importFile(path, m_encoding->currentData().toString());
}

void CaptionsPanel::chooseExport()
{
    QString selected;
    QString path = QFileDialog::getSaveFileName(this, tr("Export captions"), QString(),
                                                CaptionFileActions::saveFilter(), &selected);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty()) // the filter chosen decides the format
        path += selected.contains(QLatin1String("*.vtt"))   ? QStringLiteral(".vtt")
                : selected.contains(QLatin1String("*.ass")) ? QStringLiteral(".ass")
                                                            : QStringLiteral(".srt");
    exportFile(path);
}

void CaptionsPanel::addAtPlayhead()
{
    ProjectDocument *doc = m_session->document();
    const qint64 start = m_session->playheadUs();
    qint64 end = start + kNewCueUs;
    for (const CaptionCue &cue : doc->captions().cues)
        if (cue.startUs > start)
            end = std::min(end, cue.startUs);
    end = std::max(end, start + kMinCueUs);
    auto r = doc->addCaptionCue(CaptionCue{start, end, tr("New caption"), {}});
    if (!r) {
        showMessage(r.error().message, true);
        return;
    }
    m_view->selectRow(int(*r));
    m_view->edit(m_model->index(int(*r), CaptionCueModel::Text));
}

void CaptionsPanel::splitAtPlayhead()
{
    const qsizetype row = m_model->currentCue();
    if (row < 0)
        return;
    if (auto r = m_session->document()->splitCaptionCue(row, m_session->playheadUs()); !r)
        showMessage(r.error().message, true);
}

void CaptionsPanel::mergeSelected()
{
    if (auto r = m_session->document()->mergeCaptionCues(selectedRow()); !r)
        showMessage(r.error().message, true);
}

void CaptionsPanel::deleteSelected()
{
    if (auto r = m_session->document()->removeCaptionCue(selectedRow()); !r)
        showMessage(r.error().message, true);
}

void CaptionsPanel::shiftAll(qint64 deltaUs)
{
    auto r = m_session->document()->shiftCaptions(deltaUs);
    if (!r) {
        showMessage(r.error().message, true);
        return;
    }
    if (*r != deltaUs)
        showMessage(
            tr("Shifted by %1 ms only: captions cannot start before 0.").arg(QLocale().toString(*r / 1000)),
            false);
}

int CaptionsPanel::replaceAll(const QString &find, const QString &replacement, bool matchCase)
{
    auto r = m_session->document()->replaceInCaptions(find, replacement,
                                                      matchCase ? Qt::CaseSensitive : Qt::CaseInsensitive);
    if (!r) {
        showMessage(r.error().message, true);
        return 0;
    }
    showMessage(tr("%n replacement(s) made", nullptr, *r), false);
    return *r;
}

void CaptionsPanel::editLimits()
{
    CaptionLimitsDialog dialog(m_model->thresholds(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    setThresholds(dialog.thresholds());
    Q_EMIT thresholdsChanged(dialog.thresholds());
}

} // namespace montaj::ui
