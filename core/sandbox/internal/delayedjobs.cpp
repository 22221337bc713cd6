#include "core/sandbox/internal/delayedjobs.h"

#include <QTimer>

#include <algorithm>

namespace montaj::sandbox {

DelayedJobs::DelayedJobs(std::function<void(const QString &)> job, QObject *parent)
    : QObject(parent)
    , m_job(std::move(job))
{}

void DelayedJobs::schedule(const QString &id, qint64 delayMs)
{
    if (m_scheduled.contains(id))
        return;
    m_scheduled.insert(id);
    QTimer::singleShot(int(std::clamp<qint64>(delayMs, 0, 3600000)), this, [this, id] {
        m_scheduled.remove(id);
        m_job(id);
    });
}

} // namespace montaj::sandbox
