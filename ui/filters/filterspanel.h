#pragma once

#include "core/edit/projecttypes.h"
#include "core/foundation/result.h"

#include <QPointer>
#include <QStringList>
#include <QWidget>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QMenu;
class QPushButton;
class QToolButton;
template<typename T>
class QFutureWatcher;

namespace montaj {
class FilterRegistry;
class ProjectDocument;
} // namespace montaj

namespace montaj::ui {

class EditSession;
class FilterParamsEditor;
class PreviewPanel;

// The Edit page's Filters tab: the filter stack of the selected clip — add a filter from the
// registry, remove, reorder (buttons or drag), switch on and off, edit the selected filter's
// parameters — plus looks (save the stack as a look file, apply one) and a "Retouched" badge when
// the stack retouches. Every change is exactly one ProjectDocument::setClipFilters call, one undo
// step. Slider drags coalesce by committing on release (key, wheel and spin steps in a row merge
// through FilterNumberEditor's short timer); while a slider is held, draftChanged() carries the
// stack as it would be so the preview follows live. Follows undo, redo and edits made elsewhere
// without echoing them back. Problems (a LUT file's error with its line, a missing face cascade,
// a refused edit) show inline, checked off the UI thread. Not for applying filters (PreviewPanel,
// the export) nor for the filters themselves (core/filters).
class FiltersPanel : public QWidget
{
    Q_OBJECT

public:
    // `registry` is not owned and must outlive the panel (the Edit page owns one per studio).
    FiltersPanel(EditSession *session, const FilterRegistry *registry, QWidget *parent = nullptr);
    ~FiltersPanel() override;

    // Lets the panel drive a preview: its drafts go to PreviewPanel::setFilterDraft and its
    // "Before/After" button toggles the preview's split. Null unlinks.
    void linkPreview(PreviewPanel *preview);

    // The clip shown (exactly one clip selected), empty when none.
    QString clipId() const { return m_clipId; }
    QList<FilterSettings> filters() const; // the shown clip's stack, as in the document
    int currentIndex() const { return m_current; }
    void setCurrentIndex(int index);

    // What the controls do; each is one undo step (or nothing when it changes nothing). Errors
    // are shown inline as well as returned.
    Result<void> addFilter(const QString &id); // appended with its defaults, then selected
    Result<void> removeFilter(int index);
    Result<void> moveFilter(int from, int to);
    Result<void> setFilterEnabled(int index, bool enabled);
    Result<void> setParameter(int index, const QString &name, const QVariant &value);
    // Looks: the stack saved as a look file named after the file; a look file's stack replacing
    // the clip's.
    Result<void> saveLook(const QString &path);
    Result<void> applyLook(const QString &path);

    // The inline problems (refused edits, filters that cannot run), empty when none.
    QString errorText() const;
    // Whether filters are still being checked (files read off the UI thread).
    bool isChecking() const;
    bool showsRetouchedBadge() const;

    QListWidget *stackView() const { return m_list; }
    FilterParamsEditor *paramsEditor() const { return m_params; }
    QToolButton *addButton() const { return m_add; }
    QMenu *addMenu() const { return m_addMenu; }

Q_SIGNALS:
    // The stack as it would be while a parameter is being dragged (not committed); an empty clip
    // id when the gesture is over.
    void draftChanged(const QString &clipId, const QList<montaj::FilterSettings> &filters);

protected:
    void changeEvent(QEvent *event) override;

private:
    static constexpr int kOriginalIndexRole = Qt::UserRole + 1; // an item's row in the document

    void buildLayout();
    void watch(ProjectDocument *document);
    void refresh();
    void refreshList(const QList<FilterSettings> &stack);
    void refreshParams(const QList<FilterSettings> &stack);
    void refreshButtons();
    void retranslate();
    void rebuildAddMenu();
    void check(const QList<FilterSettings> &stack);
    void showProblems();
    void itemChanged(QListWidgetItem *item);
    void applyCheckStates();
    void listReordered();
    void dragParameter(const QString &name, const QVariant &value);
    void endDraft();
    void askSaveLook();
    void askApplyLook();
    Result<void> commit(const QList<FilterSettings> &stack, const QString &verb, int selectAfter);
    Result<void> reportResult(const Result<void> &result);
    QString verbName(int index) const;

    EditSession *m_session;
    const FilterRegistry *m_registry;
    QPointer<ProjectDocument> m_watched;
    QPointer<PreviewPanel> m_preview;
    QString m_clipId;
    int m_current = -1;
    bool m_refreshing = false;
    bool m_drafting = false;

    QLabel *m_title;
    QLabel *m_badge;
    QLabel *m_hint;
    QListWidget *m_list;
    QToolButton *m_add;
    QMenu *m_addMenu;
    QToolButton *m_remove;
    QToolButton *m_up;
    QToolButton *m_down;
    QLabel *m_paramsTitle;
    FilterParamsEditor *m_params;
    QPushButton *m_saveLook;
    QPushButton *m_applyLook;
    QToolButton *m_beforeAfter;
    QLabel *m_error;

    QString m_actionError;
    QStringList m_problems; // per filter of the shown stack
    QList<FilterSettings> m_checked;
    QString m_checkedClip;
    QFutureWatcher<QStringList> *m_checker;
    bool m_checkAgain = false;
};

} // namespace montaj::ui
