#include "ui/publish/publishpage.h"

#include "core/deals/dealservice.h"
#include "core/platform/tiktokapi.h"
#include "core/publish/postlifecycle.h"
#include "core/publish/store/workspaceservice.h"
#include "ui/platform/platformconnection.h"
#include "ui/publish/accountoffer.h"
#include "ui/publish/composerdialog.h"
#include "ui/publish/csvimportdialog.h"
#include "ui/publish/messagebar.h"
#include "ui/publish/missedpostsdialog.h"
#include "ui/publish/monthview.h"
#include "ui/publish/postcalendarmodel.h"
#include "ui/publish/postdetailspanel.h"
#include "ui/publish/postlistmodel.h"
#include "ui/publish/postlistview.h"
#include "ui/publish/publisherlink.h"
#include "ui/publish/publishexport.h"
#include "ui/publish/publishnotifier.h"
#include "ui/publish/publishtext.h"
#include "ui/publish/weekview.h"
#include "ui/publish/workspaceaccountsdialog.h"
#include "ui/publish/workspacesettings.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTimeZone>
#include <QVBoxLayout>

namespace montaj::ui {
namespace {
constexpr std::chrono::minutes kMissedAfter{15}; // as PublisherOptions::missedAfter

struct Missed
{
    QList<Post> posts;
    QList<WorkspaceAccount> accounts;
};
} // namespace

PublishPage::PublishPage(WorkspaceService &service, PlatformConnection *platform, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_platform(platform)
    , m_model(new PostCalendarModel(service, this))
    , m_listModel(new PostListModel(*m_model, this))
    , m_toolbar(new PublishToolbar(this))
    , m_offer(new MessageBar(this))
    , m_message(new MessageBar(this))
    , m_views(new QStackedWidget(this))
    , m_month(new MonthView(*m_model, this))
    , m_week(new WeekView(*m_model, this))
    , m_list(new PostListView(*m_listModel, this))
    , m_details(new PostDetailsPanel(service, this))
    , m_splitter(new QSplitter(this))
    , m_notifier(new PublishNotifier(*m_model, this))
    , m_publisherLink(new PublisherLink(*m_listModel, *m_details, *m_notifier, *m_message, this))
    , m_accountOffer(new AccountOffer(service, *m_model, platform, *m_offer, *m_message, this))
    , m_anchor(QDate::currentDate())
{
    setObjectName(QStringLiteral("publishPage"));
    m_offer->setObjectName(QStringLiteral("publishOffer"));
    m_message->setObjectName(QStringLiteral("publishMessage"));
    buildLayout();
    connectParts();
    setView(View::Month);
    loadWorkspaceSettings();
    retranslate();
}

PublishPage::~PublishPage() = default;

void PublishPage::buildLayout()
{
    m_views->addWidget(m_month);
    m_views->addWidget(m_week);
    m_views->addWidget(m_list);
    m_splitter->addWidget(m_views);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 0);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({760, 280});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(8);
    layout->addWidget(m_toolbar);
    layout->addWidget(m_offer);
    layout->addWidget(m_message);
    layout->addWidget(m_splitter, 1);
}

void PublishPage::connectParts()
{
    connect(m_toolbar, &PublishToolbar::newPostRequested, this, [this] { newPost(); });
    connect(m_toolbar, &PublishToolbar::previousRequested, this, [this] { step(-1); });
    connect(m_toolbar, &PublishToolbar::nextRequested, this, [this] { step(1); });
    connect(m_toolbar, &PublishToolbar::todayRequested, this, [this] { showDate(QDate::currentDate()); });
    connect(m_toolbar, &PublishToolbar::viewChosen, this, &PublishPage::setView);
    connect(m_toolbar, &PublishToolbar::accountFilterChanged, this, [this](const QString &id) {
        m_model->setAccountFilter(id.isEmpty() ? QStringList() : QStringList{id});
    });
    connect(m_toolbar, &PublishToolbar::importRequested, this, [this] { importCsv(); });
    connect(m_toolbar, &PublishToolbar::accountsRequested, this, &PublishPage::manageAccounts);
    connect(m_toolbar, &PublishToolbar::exportCsvRequested, this, [this] { chooseExport(false); });
    connect(m_toolbar, &PublishToolbar::exportIcsRequested, this, [this] { chooseExport(true); });

    connect(m_month, &MonthView::monthChanged, this, [this] {
        if (view() == View::Month) {
            // Keep the day the person was on when it is still in the month shown.
            const QDate current = m_month->currentDate();
            m_anchor =
                current.year() == m_month->month().year() && current.month() == m_month->month().month()
                    ? current
                    : m_month->month();
            updateRange();
        }
    });
    connect(m_week, &WeekView::weekChanged, this, [this] {
        if (view() == View::Week) {
            m_anchor = m_week->currentDate();
            updateRange();
        }
    });
    connect(m_month, &MonthView::dealRequested, this, &PublishPage::dealRequested);
    connect(m_week, &WeekView::dealRequested, this, &PublishPage::dealRequested);
    connect(m_month, &MonthView::moreRequested, this, [this](const QDate &date) {
        m_anchor = date;
        setView(View::Week);
    });
    for (auto *source : std::initializer_list<QObject *>{m_month, m_week, m_list}) {
        if (auto *month = qobject_cast<MonthView *>(source)) {
            connect(month, &MonthView::postSelected, this, &PublishPage::selectPost);
            connect(month, &MonthView::postActivated, this, [this](const QString &id) { editPost(id); });
            connect(month, &MonthView::newPostRequested, this,
                    [this](const QDate &d) { newPost(d, QTime(12, 0)); });
        } else if (auto *week = qobject_cast<WeekView *>(source)) {
            connect(week, &WeekView::postSelected, this, &PublishPage::selectPost);
            connect(week, &WeekView::postActivated, this, [this](const QString &id) { editPost(id); });
            connect(week, &WeekView::newPostRequested, this,
                    [this](const QDate &d, const QTime &t) { newPost(d, t); });
        } else if (auto *list = qobject_cast<PostListView *>(source)) {
            connect(list, &PostListView::postSelected, this, &PublishPage::selectPost);
            connect(list, &PostListView::postActivated, this, [this](const QString &id) { editPost(id); });
        }
    }
    connect(m_details, &PostDetailsPanel::editRequested, this, [this](const QString &id) { editPost(id); });
    connect(m_details, &PostDetailsPanel::failed, this, &PublishPage::showError);

    connect(m_model, &PostCalendarModel::failed, this, &PublishPage::showError);
    connect(m_model, &PostCalendarModel::rescheduled, this,
            [this](const QString &postId, const QString &warning) {
                const std::optional<Post> post = m_model->post(postId);
                const QString when = post ? PublishText::when(*post) : QString();
                if (warning.isEmpty())
                    m_message->showMessage(tr("Moved to %1.").arg(when));
                else
                    m_message->showMessage(tr("Moved to %1. %2").arg(when, warning),
                                           MessageBar::Kind::Warning);
            });
    connect(m_model, &PostCalendarModel::reloaded, this,
            [this] { m_toolbar->setAccounts(m_model->accounts()); });
    connect(&m_service, &WorkspaceService::opened, this, [this] {
        m_missedAsked = false;
        loadWorkspaceSettings();
        checkMissedPosts();
    });
    connect(&m_service, &WorkspaceService::changed, this, &PublishPage::loadWorkspaceSettings);

    auto *newShortcut = new QShortcut(QKeySequence::New, this, [this] { newPost(); });
    newShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    auto *importShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_I), this, [this] { importCsv(); });
    importShortcut->setContext(Qt::WidgetWithChildrenShortcut);
}

void PublishPage::setPublisher(Publisher *publisher)
{
    m_publisherLink->setPublisher(publisher);
}

void PublishPage::setDeals(DealService *deals)
{
    m_deals = deals;
    m_model->setDeals(deals);
}

DealService *PublishPage::deals() const
{
    return m_deals.data();
}

void PublishPage::setView(View view)
{
    m_toolbar->setView(view);
    QWidget *shown = view == View::Month  ? static_cast<QWidget *>(m_month)
                     : view == View::Week ? static_cast<QWidget *>(m_week)
                                          : static_cast<QWidget *>(m_list);
    m_views->setCurrentWidget(shown);
    updateRange();
    if (!m_selected.isEmpty()) {
        m_month->selectPost(m_selected);
        m_week->selectPost(m_selected);
        m_list->selectPost(m_selected);
    }
}

PublishPage::View PublishPage::view() const
{
    return m_toolbar->view();
}

void PublishPage::showDate(const QDate &date)
{
    m_anchor = date;
    updateRange();
}

void PublishPage::step(int direction)
{
    m_anchor = view() == View::Week ? m_anchor.addDays(7 * direction) : m_anchor.addMonths(direction);
    updateRange();
}

void PublishPage::updateRange()
{
    const QLocale locale;
    const QDate first(m_anchor.year(), m_anchor.month(), 1);
    const QString monthName = locale.toString(first, QStringLiteral("MMMM yyyy"));
    switch (view()) {
    case View::Month: {
        const QSignalBlocker quiet(m_month);
        m_month->setCurrentDate(m_anchor);
        m_model->setRange(m_month->firstShown(), m_month->lastShown());
        m_toolbar->setPeriodText(monthName);
        break;
    }
    case View::Week: {
        const QSignalBlocker quiet(m_week);
        m_week->setWeek(m_anchor);
        m_model->setRange(m_week->firstShown(), m_week->lastShown());
        m_toolbar->setPeriodText(
            tr("%1 – %2").arg(locale.toString(m_week->firstShown(), QLocale::ShortFormat),
                              locale.toString(m_week->lastShown(), QLocale::ShortFormat)));
        break;
    }
    case View::List:
        m_model->setRange(first, first.addMonths(1).addDays(-1));
        m_toolbar->setPeriodText(monthName);
        break;
    }
}

void PublishPage::selectPost(const QString &postId)
{
    if (postId == m_selected)
        return;
    m_selected = postId;
    m_month->selectPost(postId);
    m_week->selectPost(postId);
    if (!postId.isEmpty())
        m_list->selectPost(postId);
    m_details->showPost(postId);
}

CreatorInfoSource PublishPage::platformCreatorInfo() const
{
    QPointer<PlatformConnection> platform(m_platform);
    return [platform](const WorkspaceAccount &account, std::function<void(Result<CreatorInfo>)> done) {
        PlatformConnection *connection = platform.data();
        if (connection == nullptr || connection->api() == nullptr)
            return false;
        const AccountSession session = connection->session();
        if (!session.isSignedIn() || session.openId != account.openId
            || session.profileId != account.profileId)
            return false;
        connection->api()->creatorInfo(std::move(done));
        return true;
    };
}

ComposerDialog *PublishPage::newPost(const QDate &date, const QTime &time)
{
    if (m_model->accounts().isEmpty()) {
        m_message->showMessage(tr("Add an account to this workspace before writing a post."),
                               MessageBar::Kind::Warning);
        return nullptr;
    }
    auto *dialog = new ComposerDialog(m_service, m_model->accounts(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setApprovalRequired(m_approvalRequired);
    if (!m_toolbar->accountFilter().isEmpty())
        dialog->setAccount(m_toolbar->accountFilter());
    dialog->setCreatorInfoSource(m_creatorSource ? m_creatorSource : platformCreatorInfo());
    if (date.isValid())
        dialog->setStartTime(date, time.isValid() ? time : QTime(12, 0));
    dialog->setDeals(m_deals);
    connect(dialog, &ComposerDialog::saved, this, [this](const Post &post) {
        selectPost(post.id);
        m_message->showMessage(
            post.state == PostState::Draft
                ? tr("Draft saved.")
                : tr("%1: %2").arg(PostLifecycle::displayName(post.state), PublishText::when(post)));
    });
    dialog->open();
    Q_EMIT composerOpened(dialog);
    return dialog;
}

ComposerDialog *PublishPage::editPost(const QString &postId)
{
    const std::optional<Post> post = m_model->post(postId);
    if (!post)
        return nullptr;
    auto *dialog = new ComposerDialog(m_service, m_model->accounts(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setApprovalRequired(m_approvalRequired);
    dialog->setPost(*post);
    dialog->setDeals(m_deals);
    dialog->setCreatorInfoSource(m_creatorSource ? m_creatorSource : platformCreatorInfo());
    connect(dialog, &ComposerDialog::saved, this, [this](const Post &saved) {
        m_message->showMessage(tr("Saved: %1").arg(PublishText::when(saved)));
    });
    dialog->open();
    Q_EMIT composerOpened(dialog);
    return dialog;
}

CsvImportDialog *PublishPage::importCsv(const QString &path)
{
    auto *dialog = new CsvImportDialog(m_service, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CsvImportDialog::imported, this,
            [this](int count) { m_message->showMessage(tr("Imported %n post(s).", nullptr, count)); });
    dialog->open();
    if (!path.isEmpty())
        dialog->openFile(path);
    return dialog;
}

WorkspaceAccountsDialog *PublishPage::manageAccounts()
{
    auto *dialog = new WorkspaceAccountsDialog(m_service, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!m_toolbar->accountFilter().isEmpty())
        dialog->selectAccount(m_toolbar->accountFilter());
    dialog->open();
    return dialog;
}

void PublishPage::checkMissedPosts()
{
    if (m_missedAsked)
        return;
    m_missedAsked = true;
    m_service.run<Missed>(
        this,
        [](WorkspaceStore &store) -> Result<Missed> {
            if (store.missedPostPolicy() != MissedPostPolicy::Ask)
                return Missed{};
            auto posts = store.missedPosts(QDateTime::currentDateTimeUtc(), kMissedAfter);
            if (!posts)
                return posts.error();
            auto accounts = store.accounts();
            if (!accounts)
                return accounts.error();
            return Missed{*posts, *accounts};
        },
        [this](Result<Missed> missed) {
            if (!missed || missed->posts.isEmpty())
                return;
            auto *dialog = new MissedPostsDialog(m_service, missed->posts, missed->accounts, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            connect(dialog, &MissedPostsDialog::failed, this, &PublishPage::showError);
            dialog->open();
            Q_EMIT missedPostsAsked(dialog);
        });
}

void PublishPage::chooseExport(bool ics)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path =
        QFileDialog::getSaveFileName(this, ics ? tr("Export the calendar") : tr("Export the schedule"),
                                     QDir(folder).filePath(ics ? QStringLiteral("montaj-schedule.ics")
                                                               : QStringLiteral("montaj-schedule.csv")),
                                     ics ? tr("Calendar files (*.ics)") : tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportTo(path, ics);
}

void PublishPage::exportTo(const QString &path, bool ics)
{
    const QString account = m_toolbar->accountFilter();
    PublishExport::write(
        m_service, this, ics ? PublishExport::Format::Ics : PublishExport::Format::Csv,
        account.isEmpty() ? QStringList() : QStringList{account}, path, [this, path](Result<int> n) {
            if (!n) {
                showError(n.error());
                return;
            }
            m_message->showMessage(tr("Exported %n post(s) to %1.", nullptr, *n)
                                       .arg(QString(QChar(0x200E) + QDir::toNativeSeparators(path))));
        });
}

void PublishPage::loadWorkspaceSettings()
{
    m_service.run<WorkspaceSettings>(
        this, [](WorkspaceStore &store) { return WorkspaceSettings::read(store); },
        [this](Result<WorkspaceSettings> settings) {
            if (settings)
                m_approvalRequired = settings->approvalRequired;
        });
}

void PublishPage::showError(const Error &error)
{
    m_message->showMessage(error.message, MessageBar::Kind::Error);
}

void PublishPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PublishPage::retranslate()
{
    updateRange();
    m_accountOffer->refresh();
}

} // namespace montaj::ui
