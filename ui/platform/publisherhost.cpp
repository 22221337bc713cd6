#include "ui/platform/publisherhost.h"

#include "core/platform/crossthreadtokenstore.h"
#include "core/platform/httpclient.h"
#include "core/publish/publisher/publisher.h"

#include <QEventLoop>
#include <QHostInfo>
#include <QTimer>

#include <memory>

namespace montaj::ui {

// Everything that lives in the publisher's thread, destroyed there in reverse order.
struct PublisherHost::Worker : QObject
{
    std::unique_ptr<HttpClient> http;
    std::unique_ptr<CrossThreadTokenStore> tokens;
    std::unique_ptr<TokenStoreAccountSessions> sessions;
    std::unique_ptr<Publisher> publisher;

    ~Worker() override
    {
        publisher.reset();
        sessions.reset();
        tokens.reset();
        http.reset();
    }
};

PublisherHost::PublisherHost(TokenStore *tokens, QObject *parent)
    : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("montaj-publisher"));
    m_thread.start();
    m_worker = new Worker;
    m_worker->moveToThread(&m_thread);
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, tokens] {
            worker->http = std::make_unique<HttpClient>();
            worker->tokens = std::make_unique<CrossThreadTokenStore>(tokens);
        },
        Qt::BlockingQueuedConnection);
}

PublisherHost::~PublisherHost()
{
    stop();
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { delete worker; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void PublisherHost::start(const WorkspaceLocation &location, TokenStoreAccountSessions::AppResolver apps,
                          const QString &workDir)
{
    stop();
    QPointer<PublisherHost> self(this);
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, self, location, apps = std::move(apps), workDir] {
        worker->sessions =
            std::make_unique<TokenStoreAccountSessions>(worker->tokens.get(), worker->http.get(), apps);
        PublisherOptions options;
        options.workerId = QStringLiteral("studio@%1:%2")
                               .arg(QHostInfo::localHostName())
                               .arg(QCoreApplication::applicationPid());
        options.workDir = workDir;
        auto publisher =
            std::make_unique<Publisher>(location, worker->sessions.get(), worker->http.get(), options);
        const auto started = publisher->start();
        if (!started) {
            const Error error = started.error();
            QMetaObject::invokeMethod(self.data(), [self, error] {
                if (self)
                    Q_EMIT self->startFailed(error);
            });
            return;
        }
        worker->publisher = std::move(publisher);
        Publisher *p = worker->publisher.get();
        QMetaObject::invokeMethod(self.data(), [self, p] {
            if (!self)
                return;
            self->m_publisher = p;
            Q_EMIT self->started(p);
        });
    });
}

void PublisherHost::stop()
{
    if (!m_publisher)
        return;
    m_publisher = nullptr;
    // Ask it to stop, give posts in flight a moment to reach a step boundary, then destroy it
    // (which releases what it still holds; progress stays in the workspace).
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker] {
            if (!worker->publisher)
                return;
            QEventLoop loop;
            bool done = false;
            QObject::connect(worker->publisher.get(), &Publisher::stopped, &loop, [&loop, &done] {
                done = true;
                loop.quit();
            });
            QTimer::singleShot(3000, &loop, &QEventLoop::quit);
            worker->publisher->stop();
            if (!done)
                loop.exec();
            worker->publisher.reset();
            worker->sessions.reset();
        },
        Qt::BlockingQueuedConnection);
    Q_EMIT stoppedRunning();
}

} // namespace montaj::ui
