#pragma once

#include "core/filters/projectfilters.h"
#include "core/render/framehook.h"

#include <QCoreApplication>

#include <memory>

namespace montaj {

// The export pipeline's frame hook for filters (ExportJob::setFrameHook): on each composed canvas
// frame (yuv420p, BT.709 limited range) it runs the stack of the clip under the time on that
// clip's picture region, converting the region to BGR and back in deterministic fixed point. A
// clip with nothing to do is not touched (its frames stay bit-identical). Not for the preview
// (ProjectFilters::apply on a QImage) and not thread-safe.
class FilterFrameHook final : public FrameHook
{
    Q_DECLARE_TR_FUNCTIONS(FilterFrameHook)

public:
    // Builds every clip's stack up front: unknown filters, bad parameters, unreadable LUTs or a
    // missing face cascade fail here, naming the clip, before anything is encoded.
    static Result<std::unique_ptr<FilterFrameHook>> create(const FilterRegistry &registry,
                                                           const ProjectState &project);

    Result<void> process(AVFrame *canvasFrame, qint64 timelineUs) override;

    // No clip has anything to do: the export may skip the hook.
    bool isIdentity() const { return m_filters.isIdentity(); }
    bool isRetouched() const { return m_filters.isRetouched(); }

private:
    explicit FilterFrameHook(ProjectFilters filters);

    ProjectFilters m_filters;
    cv::Mat m_picture, m_canvas;
};

} // namespace montaj
