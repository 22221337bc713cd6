#include "ui/publish/postdetailspanel.h"

#include "core/publish/postlifecycle.h"
#include "core/publish/store/workspaceservice.h"
#include "ui/publish/accountcolours.h"
#include "ui/publish/postactions.h"
#include "ui/publish/publishtext.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace montaj::ui {
namespace {
struct Details
{
    Post post;
    WorkspaceAccount account;
    QList<PostEvent> history;
};

// Words for the notes the studio and the publisher write; others are shown as written.
QString noteText(const QString &note)
{
    static const QHash<QString, const char *> kNotes{
        {QStringLiteral("created"), QT_TRANSLATE_NOOP("montaj::ui::PostDetailsPanel", "created")},
        {QStringLiteral("edited"), QT_TRANSLATE_NOOP("montaj::ui::PostDetailsPanel", "edited")},
        {QStringLiteral("approved"), QT_TRANSLATE_NOOP("montaj::ui::PostDetailsPanel", "approved")},
        {QStringLiteral("rejected"), QT_TRANSLATE_NOOP("montaj::ui::PostDetailsPanel", "rejected")},
        {QStringLiteral("retry"), QT_TRANSLATE_NOOP("montaj::ui::PostDetailsPanel", "retried")},
        {QStringLiteral("cancelled"), QT_TRANSLATE_NOOP("montaj::ui::PostDetailsPanel", "cancelled")},
        {QStringLiteral("claimed"),
         QT_TRANSLATE_NOOP("montaj::ui::PostDetailsPanel", "picked up by a publisher")},
        {QStringLiteral("published"), QT_TRANSLATE_NOOP("montaj::ui::PostDetailsPanel", "published")},
        {QStringLiteral("missed_publish_now"),
         QT_TRANSLATE_NOOP("montaj::ui::PostDetailsPanel", "missed; publishing now")},
        {QStringLiteral("missed_skipped"),
         QT_TRANSLATE_NOOP("montaj::ui::PostDetailsPanel", "missed; skipped")},
        {QStringLiteral("missed"), QT_TRANSLATE_NOOP("montaj::ui::PostDetailsPanel", "missed")},
        {QStringLiteral("reopened"), QT_TRANSLATE_NOOP("montaj::ui::PostDetailsPanel", "reopened")},
        {QStringLiteral("failed"), QT_TRANSLATE_NOOP("montaj::ui::PostDetailsPanel", "failed")},
        {QStringLiteral("retry_scheduled"),
         QT_TRANSLATE_NOOP("montaj::ui::PostDetailsPanel", "to be tried again")},
        {QStringLiteral("lease_released"),
         QT_TRANSLATE_NOOP("montaj::ui::PostDetailsPanel", "paused by the publisher")},
        {QStringLiteral("lease_taken_over"),
         QT_TRANSLATE_NOOP("montaj::ui::PostDetailsPanel", "taken over by another publisher")},
        {QStringLiteral("init_sent"),
         QT_TRANSLATE_NOOP("montaj::ui::PostDetailsPanel", "sent to the platform")},
        {QStringLiteral("init_ok"),
         QT_TRANSLATE_NOOP("montaj::ui::PostDetailsPanel", "accepted by the platform")},
        {QStringLiteral("uploaded"), QT_TRANSLATE_NOOP("montaj::ui::PostDetailsPanel", "video uploaded")},
        {QStringLiteral("reinit"), QT_TRANSLATE_NOOP("montaj::ui::PostDetailsPanel", "sent again")},
        {QStringLiteral("not_on_platform"),
         QT_TRANSLATE_NOOP("montaj::ui::PostDetailsPanel", "not found on the platform")},
    };
    const auto it = kNotes.constFind(note);
    return it == kNotes.constEnd() ? note : QCoreApplication::translate("montaj::ui::PostDetailsPanel", *it);
}
} // namespace

PostDetailsPanel::PostDetailsPanel(WorkspaceService &service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_title(new QLabel(this))
    , m_when(new QLabel(this))
    , m_state(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_reasonLabel(new QLabel(this))
    , m_caption(new QLabel(this))
    , m_historyTitle(new QLabel(this))
    , m_historyList(new QListWidget(this))
    , m_edit(new QPushButton(this))
    , m_approve(new QPushButton(this))
    , m_reject(new QPushButton(this))
    , m_reason(new QLineEdit(this))
    , m_retry(new QPushButton(this))
    , m_cancel(new QPushButton(this))
    , m_empty(new QLabel(this))
    , m_content(new QWidget(this))
{
    setObjectName(QStringLiteral("postDetails"));
    m_state->setObjectName(QStringLiteral("detailsState"));
    m_reasonLabel->setObjectName(QStringLiteral("detailsReason"));
    m_progress->setObjectName(QStringLiteral("detailsProgress"));
    m_historyList->setObjectName(QStringLiteral("detailsHistory"));
    m_edit->setObjectName(QStringLiteral("editPostButton"));
    m_approve->setObjectName(QStringLiteral("approveButton"));
    m_reject->setObjectName(QStringLiteral("rejectButton"));
    m_reason->setObjectName(QStringLiteral("rejectReason"));
    m_retry->setObjectName(QStringLiteral("retryButton"));
    m_cancel->setObjectName(QStringLiteral("cancelPostButton"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_state->setFont(bold);
    for (QLabel *label : {m_title, m_when, m_state, m_reasonLabel, m_caption, m_empty})
        label->setWordWrap(true);
    m_reasonLabel->setForegroundRole(QPalette::Link);
    m_caption->setTextFormat(Qt::PlainText);
    m_caption->setMaximumHeight(5 * fontMetrics().lineSpacing());
    m_caption->setAlignment(Qt::AlignTop | Qt::AlignLeading);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_historyList->setWordWrap(true);
    m_historyList->setAlternatingRowColors(true);
    m_historyList->setSelectionMode(QAbstractItemView::NoSelection);
    m_historyList->setFocusPolicy(Qt::NoFocus);
    m_progress->setTextVisible(true);

    auto *approval = new QHBoxLayout;
    approval->addWidget(m_approve);
    approval->addWidget(m_reject);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_edit);
    actions->addWidget(m_retry);
    actions->addStretch(1);
    auto *cancelRow = new QHBoxLayout; // its own row: long in some languages
    cancelRow->addStretch(1);
    cancelRow->addWidget(m_cancel);
    auto *content = new QVBoxLayout(m_content);
    content->setContentsMargins(0, 0, 0, 0);
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_title, m_when, m_state, m_progress, m_reasonLabel, m_caption})
        content->addWidget(w);
    content->addLayout(actions);
    content->addWidget(m_reason);
    content->addLayout(approval);
    content->addLayout(cancelRow);
    content->addWidget(m_historyTitle);
    content->addWidget(m_historyList, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_empty, 1);
    layout->addWidget(m_content, 1);

    connect(m_edit, &QPushButton::clicked, this, [this] { Q_EMIT editRequested(m_postId); });
    auto act = [this](auto action) {
        return [this, action] {
            m_busy = true;
            refresh();
            action();
        };
    };
    connect(m_approve, &QPushButton::clicked, this, act([this] {
                PostActions::approve(m_service, this, m_postId,
                                     [this](Result<Post> r) { finishAction(std::move(r)); });
            }));
    connect(m_reject, &QPushButton::clicked, this, act([this] {
                PostActions::reject(m_service, this, m_postId, m_reason->text().trimmed(),
                                    [this](Result<Post> r) { finishAction(std::move(r)); });
            }));
    connect(m_retry, &QPushButton::clicked, this, act([this] {
                PostActions::retry(m_service, this, m_postId,
                                   [this](Result<Post> r) { finishAction(std::move(r)); });
            }));
    connect(m_cancel, &QPushButton::clicked, this, act([this] {
                PostActions::cancel(m_service, this, m_postId,
                                    [this](Result<Post> r) { finishAction(std::move(r)); });
            }));
    connect(&m_service, &WorkspaceService::changed, this, &PostDetailsPanel::reload);
    retranslate();
    refresh();
}

void PostDetailsPanel::showPost(const QString &postId)
{
    if (postId == m_postId)
        return;
    m_postId = postId;
    m_post = {};
    m_history.clear();
    m_progress->hide();
    m_reason->clear();
    reload();
}

void PostDetailsPanel::reload()
{
    const quint64 request = ++m_request;
    if (m_postId.isEmpty()) {
        refresh();
        return;
    }
    const QString id = m_postId;
    m_service.run<Details>(
        this,
        [id](WorkspaceStore &store) -> Result<Details> {
            Result<Post> post = store.post(id);
            if (!post)
                return post.error();
            Result<QList<PostEvent>> history = store.history(id);
            if (!history)
                return history.error();
            return Details{*post, store.account(post->accountId).valueOr(WorkspaceAccount()), *history};
        },
        [this, request](Result<Details> details) {
            if (request != m_request)
                return;
            if (!details) {
                m_post = {};
                m_history.clear();
            } else {
                m_post = details->post;
                m_account = details->account;
                m_history = details->history;
            }
            refresh();
        });
}

void PostDetailsPanel::finishAction(Result<Post> result)
{
    m_busy = false;
    if (!result) {
        Q_EMIT failed(result.error());
        refresh();
        return;
    }
    m_post = *result;
    m_reason->clear();
    refresh();
    Q_EMIT postChanged(m_post);
}

QString PostDetailsPanel::progressText(PublishStage stage, qint64 done, qint64 total)
{
    switch (stage) {
    case PublishStage::NotStarted: return tr("Getting ready…");
    case PublishStage::InitSent: return tr("Contacting the platform…");
    case PublishStage::Uploading:
        return total > 0 ? tr("Uploading %1")
                               .arg(QLocale().toString(double(done) * 100.0 / double(total), 'f', 0)
                                    + QLocale().percent())
                         : tr("Uploading…");
    case PublishStage::Processing: return tr("The platform is processing the video…");
    }
    return {};
}

void PostDetailsPanel::setProgress(const QString &postId, PublishStage stage, qint64 done, qint64 total)
{
    if (postId != m_postId)
        return;
    m_progress->show();
    if (stage == PublishStage::Uploading && total > 0) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(static_cast<int>(done * 1000 / total));
    } else {
        m_progress->setRange(0, 0); // busy
    }
    m_progress->setFormat(progressText(stage, done, total));
}

void PostDetailsPanel::clearProgress(const QString &postId)
{
    if (postId == m_postId)
        m_progress->hide();
}

void PostDetailsPanel::showHistory(const QList<PostEvent> &events)
{
    m_historyList->clear();
    const QLocale locale;
    for (auto it = events.crbegin(); it != events.crend(); ++it) { // newest first
        const PostEvent &event = *it;
        QString move = PostLifecycle::displayName(event.to);
        if (event.from && *event.from != event.to)
            move = tr("%1 → %2").arg(PostLifecycle::displayName(*event.from), move);
        QString line =
            tr("%1 · %2 · %3")
                .arg(locale.toString(event.at.toLocalTime(), QLocale::ShortFormat), event.actor, move);
        if (!event.note.isEmpty())
            line += QStringLiteral(" (") + noteText(event.note) + QLatin1Char(')');
        if (const QString reason = event.detail.value(QStringLiteral("reason")).toString(); !reason.isEmpty())
            line += QStringLiteral(": ") + reason;
        m_historyList->addItem(line);
    }
}

void PostDetailsPanel::refresh()
{
    const bool shown = !m_postId.isEmpty() && !m_post.id.isEmpty();
    m_empty->setVisible(!shown);
    m_content->setVisible(shown);
    if (!shown)
        return;
    m_title->setText(
        QStringLiteral("<span style=\"color:%1\">\u25CF</span> %2")
            .arg(AccountColours::of(m_account).name(), PublishText::handle(m_account).toHtmlEscaped()));
    m_when->setText(PublishText::when(m_post));
    m_state->setText(PostLifecycle::displayName(m_post.state));
    const bool failed = m_post.state == PostState::Failed;
    m_reasonLabel->setVisible(!m_post.failReason.isEmpty() || (failed && !m_post.failCode.isEmpty()));
    m_reasonLabel->setText(m_post.failReason.isEmpty() ? m_post.failCode : m_post.failReason);
    if (m_post.state != PostState::Publishing)
        m_progress->hide();
    m_caption->setText(m_post.caption.isEmpty() ? tr("(no caption)") : m_post.caption);
    const PostState s = m_post.state;
    const bool waiting = s == PostState::NeedsApproval;
    m_approve->setVisible(waiting);
    m_reject->setVisible(waiting);
    m_reason->setVisible(waiting);
    m_retry->setVisible(failed);
    m_cancel->setVisible(PostLifecycle::canMove(s, PostState::Cancelled));
    m_edit->setVisible(PostLifecycle::isEditable(s) || s == PostState::Cancelled);
    for (QPushButton *button : {m_approve, m_reject, m_retry, m_cancel, m_edit})
        button->setEnabled(!m_busy);
    m_approve->setEnabled(!m_busy && PostLifecycle::canMove(s, PostState::Approved));
    m_reject->setEnabled(!m_busy && PostLifecycle::canMove(s, PostState::Draft));
    m_retry->setEnabled(!m_busy && PostLifecycle::canMove(s, PostState::Scheduled));
    showHistory(m_history);
}

void PostDetailsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();
    }
    QWidget::changeEvent(event);
}

void PostDetailsPanel::retranslate()
{
    m_empty->setText(tr("Select a post to see its status and history."));
    m_historyTitle->setText(tr("History"));
    m_edit->setText(tr("Edit…"));
    m_approve->setText(tr("Approve"));
    m_reject->setText(tr("Reject"));
    m_reason->setPlaceholderText(tr("Reason for rejecting (optional)"));
    m_retry->setText(tr("Retry"));
    m_cancel->setText(tr("Cancel post"));
}

} // namespace montaj::ui
