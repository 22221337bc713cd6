#include "ui/edit/timelineactions.h"

#include "core/edit/timelineedits.h"
#include "ui/edit/timelinelayout.h"
#include "ui/edit/timelineview.h"

#include <QAction>

#include <algorithm>

namespace montaj::ui {
namespace {

QString withShortcut(const QString &text, const QAction *action)
{
    if (action->shortcut().isEmpty())
        return text;
    return QStringLiteral("%1 (%2)").arg(text, action->shortcut().toString(QKeySequence::NativeText));
}

} // namespace

TimelineActions::TimelineActions(EditSession *session, TimelineView *view, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_view(view)
{
    m_split = make("timelineSplitAction", {Qt::Key_S});
    m_delete = make("timelineDeleteAction", {QKeySequence::Delete, Qt::Key_Backspace});
    m_rippleDelete =
        make("timelineRippleDeleteAction", {QKeySequence(Qt::ShiftModifier | Qt::Key_Delete),
                                            QKeySequence(Qt::ShiftModifier | Qt::Key_Backspace)});
    m_selectAll = make("timelineSelectAllAction", {QKeySequence::SelectAll});
    m_clearSelection = make("timelineClearSelectionAction", {Qt::Key_Escape});
    m_selectPrevious = make("timelineSelectPreviousAction", {QKeySequence(Qt::AltModifier | Qt::Key_Left)});
    m_selectNext = make("timelineSelectNextAction", {QKeySequence(Qt::AltModifier | Qt::Key_Right)});
    m_moveEarlier = make("timelineMoveEarlierAction", {QKeySequence(Qt::ControlModifier | Qt::Key_Left)});
    m_moveLater = make("timelineMoveLaterAction", {QKeySequence(Qt::ControlModifier | Qt::Key_Right)});
    m_trimStart = make("timelineTrimStartAction", {Qt::Key_Q});
    m_trimEnd = make("timelineTrimEndAction", {Qt::Key_W});
    m_nudgeEarlier = make("timelineNudgeEarlierAction",
                          {QKeySequence(Qt::AltModifier | Qt::ShiftModifier | Qt::Key_Left)});
    m_nudgeLater =
        make("timelineNudgeLaterAction", {QKeySequence(Qt::AltModifier | Qt::ShiftModifier | Qt::Key_Right)});
    m_zoomIn = make("timelineZoomInAction", {Qt::Key_Plus, Qt::Key_Equal});
    m_zoomOut = make("timelineZoomOutAction", {Qt::Key_Minus});
    m_zoomFit = make("timelineZoomFitAction", {QKeySequence(Qt::ShiftModifier | Qt::Key_Z)});
    m_snapping = make("timelineSnappingAction", {});
    m_snapping->setCheckable(true);
    m_snapping->setChecked(m_view->snapping());

    connect(m_split, &QAction::triggered, this, &TimelineActions::split);
    connect(m_delete, &QAction::triggered, this, [this] { deleteSelection(false); });
    connect(m_rippleDelete, &QAction::triggered, this, [this] { deleteSelection(true); });
    connect(m_selectAll, &QAction::triggered, this, &TimelineActions::selectAll);
    connect(m_clearSelection, &QAction::triggered, this, [this] { m_session->setSelection({}); });
    connect(m_selectPrevious, &QAction::triggered, this, [this] { selectNeighbour(-1); });
    connect(m_selectNext, &QAction::triggered, this, [this] { selectNeighbour(1); });
    connect(m_moveEarlier, &QAction::triggered, this, [this] { moveSelectedClip(-1); });
    connect(m_moveLater, &QAction::triggered, this, [this] { moveSelectedClip(1); });
    connect(m_trimStart, &QAction::triggered, this, [this] { trimToPlayhead(true); });
    connect(m_trimEnd, &QAction::triggered, this, [this] { trimToPlayhead(false); });
    connect(m_nudgeEarlier, &QAction::triggered, this, [this] { nudge(-1); });
    connect(m_nudgeLater, &QAction::triggered, this, [this] { nudge(1); });
    connect(m_zoomIn, &QAction::triggered, m_view, &TimelineView::zoomIn);
    connect(m_zoomOut, &QAction::triggered, m_view, &TimelineView::zoomOut);
    connect(m_zoomFit, &QAction::triggered, m_view, &TimelineView::zoomToFit);
    connect(m_snapping, &QAction::toggled, m_view, &TimelineView::setSnapping);
    connect(m_view, &TimelineView::snappingChanged, m_snapping, &QAction::setChecked);
    m_all = {m_split,      m_delete,      m_rippleDelete, m_selectAll, m_clearSelection, m_selectPrevious,
             m_selectNext, m_moveEarlier, m_moveLater,    m_trimStart, m_trimEnd,        m_nudgeEarlier,
             m_nudgeLater, m_zoomIn,      m_zoomOut,      m_zoomFit,   m_snapping};

    connect(m_session, &EditSession::selectionChanged, this, &TimelineActions::updateEnabled);
    connect(m_session, &EditSession::playheadChanged, this, &TimelineActions::updateEnabled);
    connect(m_session, &EditSession::documentChanged, this, [this](ProjectDocument *doc) {
        connect(doc, &ProjectDocument::changed, this, &TimelineActions::updateEnabled);
        updateEnabled();
    });
    connect(m_session->document(), &ProjectDocument::changed, this, &TimelineActions::updateEnabled);
    retranslate();
    updateEnabled();
}

QAction *TimelineActions::make(const char *name, const QList<QKeySequence> &keys)
{
    auto *action = new QAction(this);
    action->setObjectName(QLatin1String(name));
    action->setShortcuts(keys);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    return action;
}

QAction *TimelineActions::byName(const QString &objectName) const
{
    for (QAction *a : m_all)
        if (a->objectName() == objectName)
            return a;
    return nullptr;
}

QList<QAction *> TimelineActions::contextMenu() const
{
    return {m_split,   m_delete,      m_rippleDelete, m_trimStart,
            m_trimEnd, m_moveEarlier, m_moveLater,    m_selectAll};
}

void TimelineActions::retranslate()
{
    const auto set = [](QAction *action, const QString &text, const QString &tip) {
        action->setText(text);
        action->setToolTip(withShortcut(tip, action));
        action->setStatusTip(tip);
    };
    set(m_split, tr("Split"), tr("Split at the playhead"));
    set(m_delete, tr("Delete"), tr("Delete the selection; the clips after it close the gap"));
    set(m_rippleDelete, tr("Ripple delete"),
        tr("Delete the selection and pull everything after it to the left, text and music too"));
    set(m_selectAll, tr("Select all"), tr("Select every clip and text"));
    set(m_clearSelection, tr("Clear selection"), tr("Select nothing"));
    set(m_selectPrevious, tr("Select previous item"), tr("Select the clip or text before the selected one"));
    set(m_selectNext, tr("Select next item"), tr("Select the clip or text after the selected one"));
    set(m_moveEarlier, tr("Move clip earlier"), tr("Swap the selected clip with the one before it"));
    set(m_moveLater, tr("Move clip later"), tr("Swap the selected clip with the one after it"));
    set(m_trimStart, tr("Trim start to playhead"), tr("Cut away the start of the item up to the playhead"));
    set(m_trimEnd, tr("Trim end to playhead"), tr("Cut away the end of the item from the playhead on"));
    set(m_nudgeEarlier, tr("Nudge text earlier"), tr("Move the selected text one frame earlier"));
    set(m_nudgeLater, tr("Nudge text later"), tr("Move the selected text one frame later"));
    set(m_zoomIn, tr("Zoom in"), tr("Zoom in"));
    set(m_zoomOut, tr("Zoom out"), tr("Zoom out"));
    set(m_zoomFit, tr("Fit"), tr("Zoom to show the whole project"));
    set(m_snapping, tr("Snapping"),
        tr("Stick dragged edges to cuts, texts, music, playhead and marks (hold Shift while dragging to "
           "stop)"));
}

QStringList TimelineActions::selectedUnder(qint64 us) const
{
    const ProjectDocument *doc = m_session->document();
    QStringList ids;
    for (const QString &id : m_session->selection()) {
        if (const auto index = doc->clipIndex(id)) {
            const qint64 start = doc->clipStartUs(*index);
            if (us > start && us < start + doc->clips().at(*index).durationUs())
                ids << id;
        } else if (const TextOverlay *overlay = doc->overlay(id)) {
            if (us > overlay->startUs && us < overlay->endUs)
                ids << id;
        }
    }
    return ids;
}

QString TimelineActions::selectedClip() const
{
    const QStringList &selection = m_session->selection();
    for (auto it = selection.crbegin(); it != selection.crend(); ++it)
        if (m_session->document()->clip(*it))
            return *it;
    return {};
}

void TimelineActions::updateEnabled()
{
    const ProjectDocument *doc = m_session->document();
    const qint64 playhead = m_session->playheadUs();
    const QStringList &selection = m_session->selection();
    const auto under = doc->clipIndexAt(playhead);
    const bool clipUnder = under && doc->clipStartUs(*under) != playhead;
    const bool canCut = clipUnder || !selectedUnder(playhead).isEmpty();
    const bool hasItems = !doc->clips().isEmpty() || !doc->overlays().isEmpty();
    bool hasText = false;
    for (const QString &id : selection)
        hasText = hasText || doc->overlay(id);
    const auto clipIndex = doc->clipIndex(selectedClip());

    m_split->setEnabled(canCut);
    m_trimStart->setEnabled(canCut);
    m_trimEnd->setEnabled(canCut);
    m_delete->setEnabled(!selection.isEmpty());
    m_rippleDelete->setEnabled(!selection.isEmpty());
    m_clearSelection->setEnabled(!selection.isEmpty());
    m_selectAll->setEnabled(hasItems);
    m_selectPrevious->setEnabled(hasItems);
    m_selectNext->setEnabled(hasItems);
    m_moveEarlier->setEnabled(clipIndex && *clipIndex > 0);
    m_moveLater->setEnabled(clipIndex && *clipIndex + 1 < doc->clips().size());
    m_nudgeEarlier->setEnabled(hasText);
    m_nudgeLater->setEnabled(hasText);
}

void TimelineActions::split()
{
    const qint64 at = m_session->playheadUs();
    TimelineEdits edits(*m_session->document());
    if (auto r = edits.split(at, selectedUnder(at)); !r)
        Q_EMIT errorOccurred(r.error().message);
}

void TimelineActions::deleteSelection(bool ripple)
{
    TimelineEdits edits(*m_session->document());
    const QStringList selection = m_session->selection();
    const auto r = ripple ? edits.rippleDelete(selection) : edits.deleteItems(selection);
    if (!r)
        Q_EMIT errorOccurred(r.error().message);
}

void TimelineActions::selectAll()
{
    m_session->setSelection(m_view->timelineLayout().itemsInTimeOrder());
}

void TimelineActions::selectNeighbour(int step)
{
    const TimelineLayout &layout = m_view->timelineLayout();
    const QStringList order = layout.itemsInTimeOrder();
    if (order.isEmpty())
        return;
    const QStringList &selection = m_session->selection();
    qsizetype index = selection.isEmpty() ? -1 : order.indexOf(selection.last());
    if (index < 0) {
        // Nothing selected: start from the playhead.
        const ProjectDocument *doc = m_session->document();
        const qint64 playhead = m_session->playheadUs();
        const auto startOf = [doc](const QString &id) {
            const auto clip = doc->clipIndex(id);
            return clip ? doc->clipStartUs(*clip) : doc->overlay(id)->startUs;
        };
        index = step > 0 ? 0 : order.size() - 1;
        for (qsizetype i = 0; i < order.size(); ++i) {
            if (step > 0 && startOf(order.at(i)) >= playhead) {
                index = i;
                break;
            }
            if (step < 0 && startOf(order.at(i)) <= playhead)
                index = i;
        }
    } else {
        index = std::clamp<qsizetype>(index + step, 0, order.size() - 1);
    }
    m_session->setSelection({order.at(index)});
    m_view->ensureVisible(order.at(index));
}

void TimelineActions::moveSelectedClip(int step)
{
    const QString id = selectedClip();
    const auto index = m_session->document()->clipIndex(id);
    if (!index)
        return;
    const qsizetype target = *index + step;
    if (target < 0 || target >= m_session->document()->clips().size())
        return;
    TimelineEdits edits(*m_session->document());
    if (auto r = edits.moveClip(id, target); !r)
        Q_EMIT errorOccurred(r.error().message);
    else
        m_view->ensureVisible(id);
}

void TimelineActions::trimToPlayhead(bool start)
{
    ProjectDocument *doc = m_session->document();
    const qint64 at = m_session->playheadUs();
    const QStringList ids = selectedUnder(at);
    const auto under = doc->clipIndexAt(at);
    const QString clipUnder = under ? doc->clips().at(*under).id : QString();
    TimelineEdits edits(*doc);
    const auto r = start ? edits.trimStartTo(at, ids) : edits.trimEndTo(at, ids);
    if (!r) {
        Q_EMIT errorOccurred(r.error().message);
        return;
    }
    // Like Premiere's Q: the playhead goes back to the clip's start, now showing the new first frame.
    const bool clipTrimmed = !clipUnder.isEmpty() && (ids.isEmpty() || ids.contains(clipUnder));
    if (start && clipTrimmed)
        m_session->seek(doc->clipStartUs(*doc->clipIndex(clipUnder)));
}

void TimelineActions::nudge(qint64 frames)
{
    TimelineEdits edits(*m_session->document());
    if (auto r = edits.nudge(m_session->selection(), frames); !r)
        Q_EMIT errorOccurred(r.error().message);
}

} // namespace montaj::ui
