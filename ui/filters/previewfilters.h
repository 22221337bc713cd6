#pragma once

#include "core/edit/projecttypes.h"
#include "core/filters/projectfilters.h"
#include "core/preview/previewrenderer.h"

#include <QCoreApplication>
#include <QImage>
#include <QMutex>
#include <QString>

#include <memory>
#include <optional>

namespace montaj::ui {

// The preview's filter pass: the project's filter stacks (ProjectFilters) applied to each preview
// frame on the playback engine's worker thread, plus the before/after split (left of the divider
// the frame as it was, right of it filtered). The UI thread hands over the document's state, a
// draft stack (a slider being dragged) and the split; the worker picks them up at its next frame,
// so the two threads share only what the mutex guards. A clip's stack keeps its tracking state
// while its settings stay the same. Not for export (FilterFrameHook) nor for editing settings.
class PreviewFilters : public std::enable_shared_from_this<PreviewFilters>
{
    Q_DECLARE_TR_FUNCTIONS(PreviewFilters)

public:
    explicit PreviewFilters(FilterRegistry registry);

    // UI thread. The document's state.
    void setProject(const ProjectState &project);
    // UI thread. `filters` stands in for the clip's stack until cleared (an empty clip id).
    void setDraft(const QString &clipId, const QList<FilterSettings> &filters);
    // UI thread. The divider as a fraction of the frame width from its left edge (0..1, the same in
    // a right-to-left UI: pictures never mirror); nullopt shows the filtered frame whole.
    void setSplit(std::optional<double> fraction);
    std::optional<double> split() const;

    // Worker thread: what PlaybackEngine::setFrameFilter runs.
    void apply(QImage &frame, qint64 timelineUs);
    // A PreviewFilter that keeps this object alive as long as the renderer uses it.
    PreviewFilter function();

    // Any thread. The latest problem (a stack that cannot be built, a filter that failed), empty
    // when the last frame went through; the preview shows it.
    QString problem() const;

private:
    ProjectState effectiveLocked() const;
    void rebuild(ProjectState project);

    mutable QMutex m_mutex;
    // Guarded by m_mutex.
    ProjectState m_project;
    QString m_draftClip;
    QList<FilterSettings> m_draft;
    std::optional<double> m_split;
    bool m_dirty = true;
    QString m_problem;
    QString m_buildProblem;
    // Worker thread only.
    ProjectFilters m_filters;
};

} // namespace montaj::ui
