#pragma once

#include "core/edit/projecttypes.h"
#include "core/filters/filterregistry.h"
#include "core/filters/filterstack.h"

#include <QCoreApplication>
#include <QImage>
#include <QRect>
#include <QSize>

#include <opencv2/core/mat.hpp>

#include <map>

namespace montaj {

// Every clip's filter stack, applied to composed canvas pictures at a timeline time: the clip under
// the time, its frame number within the clip, and only the part of the canvas its picture covers
// (CanvasCompositor::place's geometry). Works on the export canvas (FilterFrameHook) and on a
// preview of it at any size: FilterContext::scale = picture width / project canvas width, so the
// preview looks like the export. A stack that changes the geometry (auto-reframe) then covers the
// whole canvas. Stacks keep their tracking state while their clip's settings stay the same.
// Not thread-safe: it lives on the thread that renders. Not for editing settings (ProjectDocument).
class ProjectFilters
{
    Q_DECLARE_TR_FUNCTIONS(ProjectFilters)

public:
    explicit ProjectFilters(FilterRegistry registry);

    // Builds the stack of every clip whose settings changed; an Error names the clip ("clip").
    Result<void> setProject(const ProjectState &project);
    const ProjectState &project() const { return m_project; }
    // No clip has anything to do: every canvas stays bit-identical.
    bool isIdentity() const;
    bool isRetouched() const;

    // What applies at a timeline time on a canvas picture of `pictureSize` pixels.
    struct Target
    {
        FilterStack *stack = nullptr; // null or identity: nothing to do
        cv::Rect region;              // the clip's picture on the canvas picture
        FilterContext context;
    };
    Target targetAt(qint64 timelineUs, QSize pictureSize);

    Result<void> apply(cv::Mat &bgrCanvas, qint64 timelineUs);
    // For PreviewRenderer::setFilter: a canvas picture in any QImage format, kept in its format and size.
    Result<void> apply(QImage &canvas, qint64 timelineUs);

    // Writes a stack's result back: into `region` when it kept its size, else scaled to cover the
    // whole canvas picture (centre crop).
    static void place(const cv::Mat &result, cv::Mat &bgrCanvas, const cv::Rect &region);

private:
    FilterRegistry m_registry;
    ProjectState m_project;
    QList<qint64> m_clipStart;
    struct Entry
    {
        QList<FilterSettings> given; // the clip's settings the stack was built from
        FilterStack stack;
    };
    std::map<QString, Entry> m_stacks; // by clip id
};

} // namespace montaj
