#pragma once

#include "core/earnings/earningsledger.h"

#include <QObject>
#include <QPointer>
#include <QThread>

#include <functional>
#include <memory>

namespace montaj {

class LedgerWorker;

// Runs an EarningsLedger on a thread of its own so that the thread that asks (the UI) never waits
// on the database: every job runs there, one after another in the order asked, and its result
// comes back as a callback in the asking thread — only while the `context` object still lives.
// The ledger is opened on that thread at construction; jobs asked for before it is open wait, and
// get the open error if it failed. The destructor finishes the queued jobs and closes the ledger.
// Not a connection pool.
class LedgerThread : public QObject
{
    Q_OBJECT

public:
    explicit LedgerThread(const QString &path, QObject *parent = nullptr);
    ~LedgerThread() override;

    QString path() const { return m_path; }

    template<typename T>
    void run(QObject *context, std::function<Result<T>(EarningsLedger &)> job,
             std::function<void(Result<T>)> done)
    {
        QPointer<QObject> guard(context);
        post([this, guard, job = std::move(job), done = std::move(done)](EarningsLedger *ledger,
                                                                         const Error &openError) {
            auto result = std::make_shared<Result<T>>(ledger ? job(*ledger) : Result<T>(openError));
            QMetaObject::invokeMethod(
                this,
                [guard, done, result] {
                    if (guard && done)
                        done(std::move(*result));
                },
                Qt::QueuedConnection);
        });
    }

    // Appends counted gifts (fire and forget); reports through appended() or failed().
    void append(const QList<GiftRecord> &records, EntrySource source);

Q_SIGNALS:
    void appended(const montaj::AppendStats &stats);
    void failed(const montaj::Error &error);

private:
    void post(std::function<void(EarningsLedger *, const Error &)> job);

    QString m_path;
    QThread m_thread;
    LedgerWorker *m_worker = nullptr;
};

} // namespace montaj
