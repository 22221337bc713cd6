#pragma once

#include "core/captions/captionchecks.h"

#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableView;
class QToolButton;

namespace montaj::ui {

class CaptionCueModel;
class CaptionPlacementBar;
class EditSession;

// The Edit page's Captions tab: the project's cues in a list that follows the playhead (a click
// seeks), edited in place (text, start, end) with checks shown inline; add, split at the
// playhead, merge, delete, shift all, find and replace; import and export SRT/WebVTT/ASS with the
// encoding detected or chosen; the caption style preset and line limit; automatic captions when a
// transcriber is set. Every change is one undo step on the project. Not for drawing captions (the
// preview and export do) nor for speech recognition itself.
class CaptionsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit CaptionsPanel(EditSession *session, QWidget *parent = nullptr);

    CaptionCueModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    void setThresholds(const CaptionThresholds &thresholds);
    CaptionThresholds thresholds() const;
    // Runs automatic captions for the open project (the page supplies it; empty: the action says
    // no engine is set up).
    void setTranscriber(std::function<void()> transcriber, const QString &unavailableReason = {});

    // The verbs, also used by tests.
    bool importFile(const QString &path, const QString &encoding = {});
    bool exportFile(const QString &path);
    void addAtPlayhead();
    void splitAtPlayhead();
    void mergeSelected();
    void deleteSelected();
    void shiftAll(qint64 deltaUs);
    int replaceAll(const QString &find, const QString &replacement, bool matchCase);
    QString statusText() const;
    void showStatus(const QString &text, bool error) { showMessage(text, error); }
    QString warningsText() const;

Q_SIGNALS:
    void thresholdsChanged(const CaptionThresholds &thresholds);

protected:
    void changeEvent(QEvent *event) override;

private:
    void build();
    void retranslate();
    void refreshState();
    void showMessage(const QString &text, bool error);
    qsizetype selectedRow() const;
    void onCurrentCue(qsizetype row);
    void editLimits();
    void chooseImport();
    void chooseExport();

    EditSession *m_session;
    CaptionCueModel *m_model;
    QTableView *m_view = nullptr;
    QToolButton *m_import = nullptr, *m_export = nullptr, *m_transcribe = nullptr;
    QToolButton *m_add = nullptr, *m_split = nullptr, *m_merge = nullptr, *m_delete = nullptr;
    QComboBox *m_encoding = nullptr;
    QLabel *m_shiftLabel = nullptr;
    QSpinBox *m_shift = nullptr;
    QPushButton *m_shiftApply = nullptr;
    QLineEdit *m_find = nullptr, *m_replace = nullptr;
    QCheckBox *m_matchCase = nullptr;
    QPushButton *m_replaceAll = nullptr;
    QLabel *m_presetLabel = nullptr, *m_linesLabel = nullptr;
    QComboBox *m_preset = nullptr;
    QSpinBox *m_maxLines = nullptr;
    QPushButton *m_limits = nullptr;
    CaptionPlacementBar *m_placement = nullptr;
    QLabel *m_status = nullptr;
    QPlainTextEdit *m_warnings = nullptr;
    std::function<void()> m_transcriber;
    QString m_unavailable;
    QString m_lastImport;
    QString m_message;
    bool m_messageIsError = false;
    bool m_following = false;
};

} // namespace montaj::ui
