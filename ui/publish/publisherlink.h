#pragma once

#include "core/publish/publisher/publisher.h"

#include <QObject>
#include <QPointer>

namespace montaj::ui {

class MessageBar;
class PostDetailsPanel;
class PostListModel;
class PublishNotifier;

// Follows the studio's Publisher for the Publish page: live progress in the list's status column and
// the details panel's progress bar, "posted" / "could not post" as tray notifications, retries and the
// offline state in the message bar. The publisher lives in its own thread; its signals arrive queued.
// Not the publisher.
class PublisherLink : public QObject
{
    Q_OBJECT

public:
    PublisherLink(PostListModel &list, PostDetailsPanel &details, PublishNotifier &notifier,
                  MessageBar &messages, QObject *parent = nullptr);

    void setPublisher(Publisher *publisher); // null detaches
    Publisher *publisher() const { return m_publisher; }

private:
    PostListModel &m_list;
    PostDetailsPanel &m_details;
    PublishNotifier &m_notifier;
    MessageBar &m_messages;
    QPointer<Publisher> m_publisher;
};

} // namespace montaj::ui
