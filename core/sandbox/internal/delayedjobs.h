#pragma once

#include <QObject>
#include <QSet>
#include <QString>

#include <functional>

namespace montaj::sandbox {

// Runs a job for an id once, after a delay, however many times it is asked for in the meantime:
// the sandbox's "processing" steps (moderation of uploads, downloads of pulled media).
class DelayedJobs : public QObject
{
public:
    explicit DelayedJobs(std::function<void(const QString &id)> job, QObject *parent = nullptr);

    void schedule(const QString &id, qint64 delayMs);

private:
    std::function<void(const QString &)> m_job;
    QSet<QString> m_scheduled;
};

} // namespace montaj::sandbox
