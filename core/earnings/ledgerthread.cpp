#include "core/earnings/ledgerthread.h"

namespace montaj {

// Lives on the ledger thread and owns the ledger there.
class LedgerWorker : public QObject
{
public:
    explicit LedgerWorker(QString path)
        : m_path(std::move(path))
    {}

    void open()
    {
        Result<std::unique_ptr<EarningsLedger>> opened = EarningsLedger::open(m_path);
        if (opened)
            m_ledger = std::move(opened).value();
        else
            m_openError = opened.error();
    }
    void close() { m_ledger.reset(); }
    EarningsLedger *ledger() const { return m_ledger.get(); }
    const Error &openError() const { return m_openError; }

private:
    QString m_path;
    std::unique_ptr<EarningsLedger> m_ledger;
    Error m_openError;
};

LedgerThread::LedgerThread(const QString &path, QObject *parent)
    : QObject(parent)
    , m_path(path)
{
    qRegisterMetaType<AppendStats>();
    m_worker = new LedgerWorker(path);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.setObjectName(QStringLiteral("earnings-ledger"));
    m_thread.start();
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { worker->open(); }, Qt::QueuedConnection);
}

LedgerThread::~LedgerThread()
{
    // After every job queued so far (the queue is first in, first out).
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker] {
            worker->close();
            QThread::currentThread()->quit();
        },
        Qt::QueuedConnection);
    m_thread.wait();
}

void LedgerThread::post(std::function<void(EarningsLedger *, const Error &)> job)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, job = std::move(job)] { job(worker->ledger(), worker->openError()); },
        Qt::QueuedConnection);
}

void LedgerThread::append(const QList<GiftRecord> &records, EntrySource source)
{
    if (records.isEmpty())
        return;
    run<AppendStats>(
        this, [records, source](EarningsLedger &ledger) { return ledger.append(records, source); },
        [this](Result<AppendStats> stats) {
            if (stats)
                Q_EMIT appended(*stats);
            else
                Q_EMIT failed(stats.error());
        });
}

} // namespace montaj
