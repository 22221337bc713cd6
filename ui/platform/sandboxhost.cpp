#include "ui/platform/sandboxhost.h"

#include <QPointer>

namespace montaj::ui {

SandboxHost::SandboxHost(SandboxOptions options, QObject *parent)
    : QObject(parent)
    , m_server(new SandboxServer(std::move(options)))
{
    m_thread.setObjectName(QStringLiteral("montaj-sandbox"));
    m_server->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_server, &QObject::deleteLater);
    m_thread.start();
}

SandboxHost::~SandboxHost()
{
    QMetaObject::invokeMethod(
        m_server, [server = m_server] { server->stop(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void SandboxHost::start()
{
    QPointer<SandboxHost> self(this);
    QMetaObject::invokeMethod(m_server, [server = m_server, self] {
        const Result<void> result = server->start();
        const QUrl url = result ? server->baseUrl() : QUrl();
        const Error error = result ? Error() : result.error();
        QMetaObject::invokeMethod(self.data(), [self, url, error] {
            if (!self)
                return;
            if (url.isValid()) {
                self->m_url = url;
                Q_EMIT self->started(url);
            } else {
                Q_EMIT self->failed(error);
            }
        });
    });
}

} // namespace montaj::ui
