#include "core/publish/publisher/internal/publisherlock.h"

#include <QDir>
#include <QFileInfo>

namespace montaj {

QString PublisherLock::pathFor(const QString &sqlitePath)
{
    return QFileInfo(sqlitePath).absoluteFilePath() + QStringLiteral(".publisher.lock");
}

Result<std::unique_ptr<QLockFile>> PublisherLock::acquire(const QString &sqlitePath)
{
    const QString path = pathFor(sqlitePath);
    auto lock = std::make_unique<QLockFile>(path);
    // Age says nothing about a worker that runs for days: only a dead holder makes the lock stale.
    lock->setStaleLockTime(0);
    if (lock->tryLock(0))
        return lock;
    const QVariantMap where{{QStringLiteral("file"), QDir::toNativeSeparators(path)}};
    if (lock->error() != QLockFile::LockFailedError)
        return Error(QStringLiteral("publish.lock_failed"),
                     tr("Montaj could not create the publisher lock next to the workspace (%1). Check that "
                        "the folder is writable.")
                         .arg(QDir::toNativeSeparators(path)),
                     where);
    qint64 pid = 0;
    QString host;
    QString program;
    QVariantMap holder = where;
    QString who;
    if (lock->getLockInfo(&pid, &host, &program)) {
        holder.insert(QStringLiteral("pid"), pid);
        holder.insert(QStringLiteral("host"), host);
        holder.insert(QStringLiteral("program"), program);
        who = tr("%1, process %2 on %3")
                  .arg(program.isEmpty() ? tr("unknown program") : program)
                  .arg(pid)
                  .arg(host);
    } else {
        who = tr("unknown holder");
    }
    return Error(QStringLiteral("publish.locked"),
                 tr("Another publisher (%1) is already publishing from this workspace. Only one publisher "
                    "may run on a SQLite workspace; stop the other one, or use a PostgreSQL workspace to "
                    "run several workers.")
                     .arg(who),
                 holder);
}

} // namespace montaj
