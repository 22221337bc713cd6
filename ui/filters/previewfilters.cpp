#include "ui/filters/previewfilters.h"

#include <QMutexLocker>
#include <QPainter>

#include <algorithm>

namespace montaj::ui {

PreviewFilters::PreviewFilters(FilterRegistry registry)
    : m_filters(std::move(registry))
{}

void PreviewFilters::setProject(const ProjectState &project)
{
    QMutexLocker lock(&m_mutex);
    if (project == m_project)
        return;
    m_project = project;
    m_dirty = true;
}

void PreviewFilters::setDraft(const QString &clipId, const QList<FilterSettings> &filters)
{
    QMutexLocker lock(&m_mutex);
    if (clipId == m_draftClip && (clipId.isEmpty() || filters == m_draft))
        return;
    m_draftClip = clipId;
    m_draft = clipId.isEmpty() ? QList<FilterSettings>() : filters;
    m_dirty = true;
}

void PreviewFilters::setSplit(std::optional<double> fraction)
{
    QMutexLocker lock(&m_mutex);
    m_split = fraction ? std::optional<double>(std::clamp(*fraction, 0.0, 1.0)) : std::nullopt;
}

std::optional<double> PreviewFilters::split() const
{
    QMutexLocker lock(&m_mutex);
    return m_split;
}

QString PreviewFilters::problem() const
{
    QMutexLocker lock(&m_mutex);
    return m_problem;
}

PreviewFilter PreviewFilters::function()
{
    return [self = shared_from_this()](QImage &frame, qint64 timelineUs) { self->apply(frame, timelineUs); };
}

ProjectState PreviewFilters::effectiveLocked() const
{
    ProjectState project = m_project;
    if (!m_draftClip.isEmpty())
        for (Clip &clip : project.clips)
            if (clip.id == m_draftClip)
                clip.filters = m_draft;
    return project;
}

void PreviewFilters::rebuild(ProjectState project)
{
    // A stack that cannot be built (a LUT file with an error, a missing face cascade) loses the
    // filter named by the error and the rest still shows; the problem is reported once.
    QString problem;
    for (int attempt = 0; attempt < 64; ++attempt) {
        const Result<void> built = m_filters.setProject(project);
        if (built)
            break;
        const Error &error = built.error();
        if (problem.isEmpty())
            problem = error.message;
        const QString clipId = error.context.value(QStringLiteral("clip")).toString();
        const auto clip = std::find_if(project.clips.begin(), project.clips.end(),
                                       [&](const Clip &c) { return c.id == clipId; });
        if (clip == project.clips.end() || clip->filters.isEmpty()) {
            problem = error.message;
            break; // nothing left to take out: the previous stacks stay
        }
        bool ok = false;
        const qsizetype index = error.context.value(QStringLiteral("index")).toLongLong(&ok);
        if (ok && index >= 0 && index < clip->filters.size())
            clip->filters.removeAt(index);
        else
            clip->filters.clear();
    }
    QMutexLocker lock(&m_mutex);
    m_buildProblem = problem;
}

void PreviewFilters::apply(QImage &frame, qint64 timelineUs)
{
    std::optional<ProjectState> changed;
    std::optional<double> split;
    {
        QMutexLocker lock(&m_mutex);
        if (m_dirty) {
            changed = effectiveLocked();
            m_dirty = false;
        }
        split = m_split;
    }
    if (changed)
        rebuild(std::move(*changed));
    if (m_filters.isIdentity() && !split) {
        QMutexLocker lock(&m_mutex);
        m_problem = m_buildProblem;
        return;
    }
    const QImage before = split ? frame.copy() : QImage();
    const Result<void> done = m_filters.apply(frame, timelineUs);
    if (split && !before.isNull() && before.size() == frame.size()) {
        const int divider = std::clamp(int(*split * frame.width() + 0.5), 0, frame.width());
        QPainter painter(&frame);
        painter.setCompositionMode(QPainter::CompositionMode_Source);
        const QRect left(0, 0, divider, frame.height());
        painter.drawImage(left, before, left);
    }
    QMutexLocker lock(&m_mutex);
    m_problem = done ? m_buildProblem : done.error().message;
}

} // namespace montaj::ui
