#pragma once

#include "core/publish/posttypes.h"
#include "ui/publish/creatorheader.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace montaj {
class DealLinkBox;
class DealService;
class WorkspaceService;
} // namespace montaj

namespace montaj::ui {

class ComposerPreview;
class ConsentPanel;
class DisclosureBox;
class ScheduleField;

// Writes or edits one post, following the platform's posting rules: the account's creator_info
// builds the header (CreatorHeader), nothing is pre-chosen (audience, interactions, disclosure),
// the preview shows what goes out and the person consents explicitly. "Schedule" (or "Submit for
// approval" when the workspace requires it) stays disabled, with the reasons listed, until
// ComposerRules has nothing to say; "Save as draft" keeps unfinished work. Saves through
// PostActions (never on the UI thread). Not the calendar.
class ComposerDialog : public QDialog
{
    Q_OBJECT

public:
    ComposerDialog(WorkspaceService &service, const QList<WorkspaceAccount> &accounts,
                   QWidget *parent = nullptr);
    ~ComposerDialog() override;

    void setCreatorInfoSource(CreatorInfoSource source);
    void setApprovalRequired(bool required);
    // Edits `post` (a stored one, or a new one with fields prefilled: account, time).
    void setPost(const Post &post);
    void setAccount(const QString &accountId);
    void setStartTime(const QDate &date, const QTime &time); // in the account's zone
    // The workspace's brand deals (may be null): the post may deliver a deal's deliverable, and is
    // then scheduled only once its disclosure is complete and any exclusivity clash is confirmed.
    void setDeals(DealService *deals);

    Post post() const; // what the form holds now
    QStringList problems() const;
    const Post &savedPost() const { return m_saved; }

    CreatorHeader *creatorHeader() const { return m_header; }
    DisclosureBox *disclosure() const { return m_disclosure; }
    ConsentPanel *consent() const { return m_consent; }
    ScheduleField *schedule() const { return m_schedule; }
    ComposerPreview *preview() const { return m_preview; }
    DealLinkBox *dealLink() const { return m_dealLink; }
    QPushButton *scheduleButton() const { return m_scheduleButton; }
    QPushButton *draftButton() const { return m_draftButton; }

Q_SIGNALS:
    void saved(const montaj::Post &post);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildLayout();
    void accountChosen();
    void askCreatorInfo(const WorkspaceAccount &account);
    void chooseMedia();
    void refresh();
    void retranslate();
    void save(bool schedule);
    void nextSlot();
    void linkDeliverable(const Post &saved);
    void finishSave(const Post &saved);
    WorkspaceAccount currentAccount() const;

    WorkspaceService &m_service;
    QList<WorkspaceAccount> m_accounts;
    CreatorInfoSource m_creatorSource;
    bool m_approvalRequired = false;
    Post m_post; // the post being edited (id, state, version, fields the form does not show)
    Post m_saved;
    quint64 m_creatorRequest = 0;
    bool m_saving = false;
    qint64 m_durationMs = -1;
    bool m_mediaExists = false;

    QLabel *m_accountLabel;
    QComboBox *m_account;
    CreatorHeader *m_header;
    QLabel *m_mediaLabel;
    QLineEdit *m_media;
    QPushButton *m_chooseMedia;
    QLabel *m_captionLabel;
    QPlainTextEdit *m_caption;
    QLabel *m_captionCount;
    QLabel *m_whenLabel;
    ScheduleField *m_schedule;
    DisclosureBox *m_disclosure;
    ConsentPanel *m_consent;
    ComposerPreview *m_preview;
    DealLinkBox *m_dealLink;
    QPointer<DealService> m_deals;
    QLabel *m_problems;
    QLabel *m_error;
    QPushButton *m_cancelButton;
    QPushButton *m_draftButton;
    QPushButton *m_scheduleButton;
};

} // namespace montaj::ui
