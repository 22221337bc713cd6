#include "ui/publish/publishnotifier.h"

#include "ui/iconprovider.h"
#include "ui/publish/postcalendarmodel.h"
#include "ui/publish/publishtext.h"

#include <QSystemTrayIcon>

namespace montaj::ui {

PublishNotifier::PublishNotifier(PostCalendarModel &posts, QObject *parent)
    : QObject(parent)
    , m_posts(posts)
{
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(IconProvider::appIcon(), this);
        m_tray->setToolTip(tr("Montaj publishing"));
    }
}

PublishNotifier::~PublishNotifier() = default;

QString PublishNotifier::describe(const QString &postId) const
{
    const std::optional<Post> post = m_posts.post(postId);
    if (!post)
        return {};
    const QString handle = PublishText::handle(m_posts.account(post->accountId));
    const QString caption = post->caption.simplified();
    return caption.isEmpty() ? handle : tr("%1: %2").arg(handle, caption.left(80));
}

void PublishNotifier::published(const QString &postId)
{
    const QString what = describe(postId);
    notify(tr("Posted"), what.isEmpty() ? tr("A scheduled post was published.") : what, false);
}

void PublishNotifier::failed(const QString &postId, const Error &error)
{
    const QString what = describe(postId);
    notify(tr("Could not post"),
           what.isEmpty() ? error.message : QString(what + QLatin1Char('\n') + error.message), true);
}

void PublishNotifier::notify(const QString &title, const QString &message, bool problem)
{
    m_lastTitle = title;
    m_lastMessage = message;
    if (!m_tray)
        return;
    m_tray->show();
    m_tray->showMessage(title, message, problem ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information);
}

} // namespace montaj::ui
