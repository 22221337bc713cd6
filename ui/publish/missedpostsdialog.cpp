#include "ui/publish/missedpostsdialog.h"

#include "ui/publish/postactions.h"
#include "ui/publish/publishtext.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace montaj::ui {

MissedPostsDialog::MissedPostsDialog(WorkspaceService &service, const QList<Post> &missed,
                                     const QList<WorkspaceAccount> &accounts, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_intro(new QLabel(this))
    , m_list(new QListWidget(this))
    , m_later(new QPushButton(this))
    , m_skip(new QPushButton(this))
    , m_publish(new QPushButton(this))
{
    setObjectName(QStringLiteral("missedPostsDialog"));
    m_list->setObjectName(QStringLiteral("missedList"));
    m_publish->setObjectName(QStringLiteral("publishMissedButton"));
    m_skip->setObjectName(QStringLiteral("skipMissedButton"));
    m_intro->setWordWrap(true);
    m_list->setWordWrap(true);
    for (const Post &post : missed) {
        WorkspaceAccount account;
        for (const WorkspaceAccount &a : accounts)
            if (a.id == post.accountId)
                account = a;
        const QString caption = post.caption.simplified().left(80);
        auto *item =
            new QListWidgetItem(QStringLiteral("%1 \u2014 %2\n%3")
                                    .arg(PublishText::when(post), PublishText::handle(account), caption),
                                m_list);
        item->setData(Qt::UserRole, post.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_later);
    buttons->addWidget(m_skip);
    buttons->addWidget(m_publish);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    m_publish->setDefault(true);
    resize(560, 360);

    connect(m_later, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_publish, &QPushButton::clicked, this, [this] { answer(true); });
    connect(m_skip, &QPushButton::clicked, this, [this] { answer(false); });
    retranslate();
}

int MissedPostsDialog::remaining() const
{
    return m_list->count();
}

void MissedPostsDialog::answer(bool publish)
{
    QList<QListWidgetItem *> chosen;
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->checkState() == Qt::Checked)
            chosen << m_list->item(i);
    for (QListWidgetItem *item : chosen) {
        const QString id = item->data(Qt::UserRole).toString();
        ++m_pending;
        auto done = [this, id](Result<Post> result) {
            --m_pending;
            if (!result) {
                Q_EMIT failed(result.error());
            } else {
                for (int i = 0; i < m_list->count(); ++i)
                    if (m_list->item(i)->data(Qt::UserRole).toString() == id)
                        delete m_list->takeItem(i);
            }
            if (m_pending == 0 && m_list->count() == 0)
                accept();
        };
        if (publish)
            PostActions::publishNow(m_service, this, id, done);
        else
            PostActions::skipMissed(m_service, this, id, done);
    }
}

void MissedPostsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void MissedPostsDialog::retranslate()
{
    setWindowTitle(tr("Missed posts"));
    m_intro->setText(tr("These posts were due while Montaj was closed. Publish the ticked ones now, or skip "
                        "them (they are cancelled and kept in the history)."));
    m_later->setText(tr("Decide later"));
    m_skip->setText(tr("Skip"));
    m_publish->setText(tr("Publish now"));
}

} // namespace montaj::ui
