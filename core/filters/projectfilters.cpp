#include "core/filters/projectfilters.h"

#include "core/render/canvascompositor.h"

#include <QSet>

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>

namespace montaj {

ProjectFilters::ProjectFilters(FilterRegistry registry)
    : m_registry(std::move(registry))
{}

Result<void> ProjectFilters::setProject(const ProjectState &project)
{
    // Build what changed first: on an error the current stacks stay as they were.
    std::map<QString, Entry> rebuilt;
    QSet<QString> ids;
    for (const Clip &clip : project.clips) {
        if (ids.contains(clip.id))
            continue;
        ids.insert(clip.id);
        if (auto old = m_stacks.find(clip.id); old != m_stacks.end() && old->second.given == clip.filters)
            continue; // same settings: keep its tables and tracking state
        auto stack = FilterStack::create(m_registry, clip.filters);
        if (!stack)
            return Error(stack.error()).with(QStringLiteral("clip"), clip.id);
        rebuilt.emplace(clip.id, Entry{clip.filters, std::move(stack).value()});
    }
    std::erase_if(m_stacks, [&](const auto &entry) { return !ids.contains(entry.first); });
    for (auto &[id, entry] : rebuilt)
        m_stacks.insert_or_assign(id, std::move(entry));
    m_project = project;
    m_clipStart.clear();
    qint64 at = 0;
    for (const Clip &c : m_project.clips) {
        m_clipStart << at;
        at += c.durationUs();
    }
    return {};
}

bool ProjectFilters::isIdentity() const
{
    return std::all_of(m_stacks.cbegin(), m_stacks.cend(),
                       [](const auto &e) { return e.second.stack.isIdentity(); });
}

bool ProjectFilters::isRetouched() const
{
    return std::any_of(m_stacks.cbegin(), m_stacks.cend(),
                       [](const auto &e) { return e.second.stack.isRetouched(); });
}

ProjectFilters::Target ProjectFilters::targetAt(qint64 timelineUs, QSize pictureSize)
{
    Target target;
    if (m_clipStart.isEmpty() || pictureSize.isEmpty())
        return target;
    const auto it = std::upper_bound(m_clipStart.cbegin(), m_clipStart.cend(), timelineUs);
    const auto index = std::max<qsizetype>(0, std::distance(m_clipStart.cbegin(), it) - 1);
    const Clip &clip = m_project.clips[index];
    auto entry = m_stacks.find(clip.id);
    if (!clip.sourceHasVideo || entry == m_stacks.end() || entry->second.stack.isIdentity())
        return target;
    const Canvas &canvas = m_project.canvas;
    const double scale = double(pictureSize.width()) / std::max(1, canvas.size.width());
    QRect region(QPoint(0, 0), canvas.size);
    if (!clip.sourceSize.isEmpty())
        region = CanvasCompositor::place(clip.sourceSize, canvas.size, clip.fit, clip.cropRect).target;
    const auto sx = [&](int v) { return int(std::lround(v * scale)); };
    target.region = cv::Rect(sx(region.x()), sx(region.y()), sx(region.width()), sx(region.height()))
                    & cv::Rect(0, 0, pictureSize.width(), pictureSize.height());
    if (target.region.width < 2 || target.region.height < 2)
        return target;
    const double fps = double(canvas.fpsNum) / std::max(1, canvas.fpsDen);
    const qint64 clipUs = timelineUs - m_clipStart[index];
    target.stack = &entry->second.stack;
    target.context.timeUs = clipUs;
    target.context.frameIndex = qint64(std::llround(double(clipUs) * fps / 1e6));
    target.context.fps = fps;
    target.context.scale = scale;
    return target;
}

void ProjectFilters::place(const cv::Mat &result, cv::Mat &bgrCanvas, const cv::Rect &region)
{
    if (result.size() == region.size()) {
        result.copyTo(bgrCanvas(region));
        return;
    }
    const double k = std::max(double(bgrCanvas.cols) / result.cols, double(bgrCanvas.rows) / result.rows);
    const cv::Size scaled(std::max(bgrCanvas.cols, int(std::ceil(result.cols * k))),
                          std::max(bgrCanvas.rows, int(std::ceil(result.rows * k))));
    cv::Mat resized;
    cv::resize(result, resized, scaled, 0, 0, k < 1 ? cv::INTER_AREA : cv::INTER_LINEAR);
    resized(cv::Rect((scaled.width - bgrCanvas.cols) / 2, (scaled.height - bgrCanvas.rows) / 2,
                     bgrCanvas.cols, bgrCanvas.rows))
        .copyTo(bgrCanvas);
}

Result<void> ProjectFilters::apply(cv::Mat &bgrCanvas, qint64 timelineUs)
{
    const Target target = targetAt(timelineUs, QSize(bgrCanvas.cols, bgrCanvas.rows));
    if (!target.stack)
        return {};
    cv::Mat picture = bgrCanvas(target.region).clone();
    if (auto done = target.stack->apply(picture, target.context); !done)
        return done;
    place(picture, bgrCanvas, target.region);
    return {};
}

Result<void> ProjectFilters::apply(QImage &canvas, qint64 timelineUs)
{
    const Target target = targetAt(timelineUs, canvas.size());
    if (!target.stack)
        return {};
    const QImage::Format format = canvas.format();
    if (format != QImage::Format_RGB32 && format != QImage::Format_ARGB32)
        canvas = canvas.convertToFormat(QImage::Format_RGB32);
    // 32-bit QImage pixels are B, G, R, A bytes in memory on little-endian machines.
    cv::Mat bgra(canvas.height(), canvas.width(), CV_8UC4, canvas.bits(), size_t(canvas.bytesPerLine()));
    cv::Mat picture;
    cv::cvtColor(bgra(target.region), picture, cv::COLOR_BGRA2BGR);
    if (auto done = target.stack->apply(picture, target.context); !done)
        return done;
    if (picture.size() == target.region.size()) {
        cv::Mat region = bgra(target.region);
        cv::mixChannels(std::vector<cv::Mat>{picture}, std::vector<cv::Mat>{region}, {0, 0, 1, 1, 2, 2});
    } else {
        cv::Mat whole;
        cv::cvtColor(bgra, whole, cv::COLOR_BGRA2BGR);
        place(picture, whole, target.region);
        cv::mixChannels(std::vector<cv::Mat>{whole}, std::vector<cv::Mat>{bgra}, {0, 0, 1, 1, 2, 2});
    }
    if (canvas.format() != format)
        canvas = canvas.convertToFormat(format);
    return {};
}

} // namespace montaj
