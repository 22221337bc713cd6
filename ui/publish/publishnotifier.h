#pragma once

#include "core/foundation/error.h"

#include <QObject>

class QSystemTrayIcon;

namespace montaj::ui {

class PostCalendarModel;

// Tray notifications about publishing: "posted" and "could not post" (with the reason), naming the
// account and the caption when the page knows the post. Quiet where the desktop has no tray.
// Not the progress display (PostDetailsPanel, PostListModel).
class PublishNotifier : public QObject
{
    Q_OBJECT

public:
    explicit PublishNotifier(PostCalendarModel &posts, QObject *parent = nullptr);
    ~PublishNotifier() override;

    void published(const QString &postId);
    void failed(const QString &postId, const montaj::Error &error);
    // The last message, for tests and for desktops without a tray.
    QString lastTitle() const { return m_lastTitle; }
    QString lastMessage() const { return m_lastMessage; }

private:
    QString describe(const QString &postId) const;
    void notify(const QString &title, const QString &message, bool problem);

    PostCalendarModel &m_posts;
    QSystemTrayIcon *m_tray = nullptr;
    QString m_lastTitle;
    QString m_lastMessage;
};

} // namespace montaj::ui
