#include "ui/publish/publisherlink.h"

#include "core/publish/publisher/publisher.h"
#include "ui/publish/messagebar.h"
#include "ui/publish/postdetailspanel.h"
#include "ui/publish/postlistmodel.h"
#include "ui/publish/publishnotifier.h"

namespace montaj::ui {

PublisherLink::PublisherLink(PostListModel &list, PostDetailsPanel &details, PublishNotifier &notifier,
                             MessageBar &messages, QObject *parent)
    : QObject(parent)
    , m_list(list)
    , m_details(details)
    , m_notifier(notifier)
    , m_messages(messages)
{}

void PublisherLink::setPublisher(Publisher *publisher)
{
    if (m_publisher)
        m_publisher->disconnect(this);
    m_publisher = publisher;
    if (!publisher)
        return;
    const auto progress = [this](const QString &id, PublishStage stage, qint64 done, qint64 total) {
        m_list.setProgress(id, PostDetailsPanel::progressText(stage, done, total));
        m_details.setProgress(id, stage, done, total);
    };
    const auto finished = [this](const QString &id) {
        m_list.setProgress(id, {});
        m_details.clearProgress(id);
    };
    connect(publisher, &Publisher::postStarted, this,
            [progress](const QString &id) { progress(id, PublishStage::NotStarted, 0, 0); });
    connect(publisher, &Publisher::postProgress, this, progress);
    connect(publisher, &Publisher::postPublished, this, [this, finished](const QString &id) {
        finished(id);
        m_notifier.published(id);
    });
    connect(publisher, &Publisher::postFailed, this, [this, finished](const QString &id, const Error &error) {
        finished(id);
        m_notifier.failed(id, error);
    });
    connect(publisher, &Publisher::postRetrying, this,
            [this, finished](const QString &id, const QDateTime &at, const Error &error) {
                finished(id);
                m_messages.showMessage(
                    tr("A post will be tried again at %1: %2")
                        .arg(QLocale().toString(at.toLocalTime(), QLocale::ShortFormat), error.message),
                    MessageBar::Kind::Warning);
            });
    connect(publisher, &Publisher::offlineChanged, this, [this](bool offline) {
        if (offline)
            m_messages.showMessage(tr("Offline: publishing resumes when the connection is back."),
                                   MessageBar::Kind::Warning);
        else
            m_messages.dismiss();
    });
}

} // namespace montaj::ui
