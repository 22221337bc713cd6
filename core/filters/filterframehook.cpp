#include "core/filters/filterframehook.h"

#include "core/filters/internal/yuvconvert.h"

extern "C" {
#include <libavutil/frame.h>
#include <libavutil/pixfmt.h>
}

namespace montaj {

FilterFrameHook::FilterFrameHook(ProjectFilters filters)
    : m_filters(std::move(filters))
{}

Result<std::unique_ptr<FilterFrameHook>> FilterFrameHook::create(const FilterRegistry &registry,
                                                                 const ProjectState &project)
{
    ProjectFilters filters(registry);
    if (auto built = filters.setProject(project); !built)
        return built.error();
    return std::unique_ptr<FilterFrameHook>(new FilterFrameHook(std::move(filters)));
}

Result<void> FilterFrameHook::process(AVFrame *canvasFrame, qint64 timelineUs)
{
    if (!canvasFrame || canvasFrame->format != AV_PIX_FMT_YUV420P)
        return Error(QStringLiteral("filters.bad_frame"), tr("The export canvas is not a yuv420p frame."));
    ProjectFilters::Target target =
        m_filters.targetAt(timelineUs, QSize(canvasFrame->width, canvasFrame->height));
    if (!target.stack)
        return {};
    // 4:2:0 works on 2×2 blocks: keep the region on even pixels.
    const cv::Rect &t = target.region;
    const int x0 = (t.x + 1) & ~1, y0 = (t.y + 1) & ~1;
    const cv::Rect r(x0, y0, ((t.x + t.width) & ~1) - x0, ((t.y + t.height) & ~1) - y0);
    if (r.width < 2 || r.height < 2)
        return {};
    YuvConvert::Planes planes{{canvasFrame->data[0], canvasFrame->data[1], canvasFrame->data[2]},
                              {canvasFrame->linesize[0], canvasFrame->linesize[1], canvasFrame->linesize[2]}};
    YuvConvert::toBgr(planes, r, m_picture);
    if (auto done = target.stack->apply(m_picture, target.context); !done)
        return done;
    if (m_picture.size() == r.size()) {
        YuvConvert::fromBgr(m_picture, planes, r);
        return {};
    }
    // Reframed: the result covers the whole canvas.
    const cv::Rect whole(0, 0, canvasFrame->width & ~1, canvasFrame->height & ~1);
    m_canvas.create(whole.size(), CV_8UC3);
    ProjectFilters::place(m_picture, m_canvas, whole);
    YuvConvert::fromBgr(m_canvas, planes, whole);
    return {};
}

} // namespace montaj
