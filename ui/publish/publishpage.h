#pragma once

#include "core/foundation/error.h"
#include "core/publish/posttypes.h"
#include "ui/publish/creatorheader.h"
#include "ui/publish/publishtoolbar.h"

#include <QDate>
#include <QPointer>
#include <QWidget>

class QLabel;
class QSplitter;
class QStackedWidget;

namespace montaj {
class DealService;
class Publisher;
class WorkspaceService;
} // namespace montaj

namespace montaj::ui {

class AccountOffer;
class ComposerDialog;
class CsvImportDialog;
class MessageBar;
class MissedPostsDialog;
class MonthView;
class PlatformConnection;
class PostCalendarModel;
class PostDetailsPanel;
class PostListModel;
class PostListView;
class PublishNotifier;
class PublisherLink;
class WeekView;
class WorkspaceAccountsDialog;

// The Publish page: the workspace's posts across accounts in a month, week or list view (a colour per
// account), drag to reschedule, the composer, bulk CSV import with a dry run, CSV and ICS export,
// the selected post's status, history and actions, live progress and tray notifications when a
// Publisher is attached, and the question about posts missed while Montaj was closed. Arranges its
// parts and routes their requests; each part does its own job.
class PublishPage : public QWidget
{
    Q_OBJECT

public:
    using View = PublishToolbar::View;

    PublishPage(WorkspaceService &service, PlatformConnection *platform, QWidget *parent = nullptr);
    ~PublishPage() override;

    // The studio's publisher (may be null): progress, results and notifications follow its signals.
    void setPublisher(Publisher *publisher);
    // How the composer asks creator_info (default: the signed-in account of PlatformConnection).
    void setCreatorInfoSource(CreatorInfoSource source) { m_creatorSource = std::move(source); }
    // The studio's brand deals (may be null): posting windows on the calendar, and the composer
    // links posts to deliverables and checks their disclosure and exclusivity.
    void setDeals(DealService *deals);
    DealService *deals() const;

    void setView(View view);
    View view() const;
    void showDate(const QDate &date); // the period around it
    QDate anchorDate() const { return m_anchor; }
    void selectPost(const QString &postId);
    QString selectedPost() const { return m_selected; }

    // Open non-modal dialogs (deleted when closed) and return them.
    ComposerDialog *newPost(const QDate &date = {}, const QTime &time = {});
    ComposerDialog *editPost(const QString &postId);
    CsvImportDialog *importCsv(const QString &path = {});
    WorkspaceAccountsDialog *manageAccounts();
    // Asks about posts missed while no publisher ran, when the workspace's policy is "Ask".
    void checkMissedPosts();
    void exportTo(const QString &path, bool ics);

    PostCalendarModel &model() const { return *m_model; }
    MonthView *monthView() const { return m_month; }
    WeekView *weekView() const { return m_week; }
    PostListView *listView() const { return m_list; }
    PostDetailsPanel *details() const { return m_details; }
    MessageBar *messageBar() const { return m_message; }
    MessageBar *offerBar() const { return m_offer; }
    PublishNotifier *notifier() const { return m_notifier; }
    bool approvalRequired() const { return m_approvalRequired; }

Q_SIGNALS:
    void composerOpened(montaj::ui::ComposerDialog *dialog);
    void missedPostsAsked(montaj::ui::MissedPostsDialog *dialog);
    void dealRequested(const QString &dealId); // a posting window was clicked

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildLayout();
    void connectParts();
    void step(int direction);
    void updateRange();
    void retranslate();
    void loadWorkspaceSettings();
    void showError(const Error &error);
    void chooseExport(bool ics);
    CreatorInfoSource platformCreatorInfo() const;

    WorkspaceService &m_service;
    PlatformConnection *m_platform;
    PostCalendarModel *m_model;
    PostListModel *m_listModel;
    PublishToolbar *m_toolbar;
    MessageBar *m_offer;
    MessageBar *m_message;
    QStackedWidget *m_views;
    MonthView *m_month;
    WeekView *m_week;
    PostListView *m_list;
    PostDetailsPanel *m_details;
    QSplitter *m_splitter;
    PublishNotifier *m_notifier;
    PublisherLink *m_publisherLink;
    AccountOffer *m_accountOffer;
    CreatorInfoSource m_creatorSource;
    QPointer<DealService> m_deals;
    QDate m_anchor;
    QString m_selected;
    bool m_approvalRequired = false;
    bool m_missedAsked = false;
};

} // namespace montaj::ui
