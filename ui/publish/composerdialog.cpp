#include "ui/publish/composerdialog.h"

#include "core/deals/dealservice.h"
#include "core/publish/captionrules.h"
#include "core/publish/store/workspaceservice.h"
#include "ui/deals/deallinkbox.h"
#include "ui/publish/accountcolours.h"
#include "ui/publish/composerpreview.h"
#include "ui/publish/composerrules.h"
#include "ui/publish/consentpanel.h"
#include "ui/publish/disclosurebox.h"
#include "ui/publish/postactions.h"
#include "ui/publish/publishtext.h"
#include "ui/publish/queueslots.h"
#include "ui/publish/schedulefield.h"

#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QTimeZone>
#include <QVBoxLayout>

namespace montaj::ui {
namespace {
QIcon swatch(const QColor &colour)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(colour);
    painter.setPen(Qt::NoPen);
    painter.drawEllipse(QRectF(0.5, 0.5, 11, 11));
    return QIcon(pixmap);
}
} // namespace

ComposerDialog::ComposerDialog(WorkspaceService &service, const QList<WorkspaceAccount> &accounts,
                               QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_accounts(accounts)
    , m_accountLabel(new QLabel(this))
    , m_account(new QComboBox(this))
    , m_header(new CreatorHeader(this))
    , m_mediaLabel(new QLabel(this))
    , m_media(new QLineEdit(this))
    , m_chooseMedia(new QPushButton(this))
    , m_captionLabel(new QLabel(this))
    , m_caption(new QPlainTextEdit(this))
    , m_captionCount(new QLabel(this))
    , m_whenLabel(new QLabel(this))
    , m_schedule(new ScheduleField(this))
    , m_disclosure(new DisclosureBox(this))
    , m_consent(new ConsentPanel(this))
    , m_preview(new ComposerPreview(this))
    , m_dealLink(new DealLinkBox(this))
    , m_problems(new QLabel(this))
    , m_error(new QLabel(this))
    , m_cancelButton(new QPushButton(this))
    , m_draftButton(new QPushButton(this))
    , m_scheduleButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("composerDialog"));
    m_account->setObjectName(QStringLiteral("accountCombo"));
    m_media->setObjectName(QStringLiteral("mediaEdit"));
    m_caption->setObjectName(QStringLiteral("captionEdit"));
    m_problems->setObjectName(QStringLiteral("composerProblems"));
    m_error->setObjectName(QStringLiteral("composerError"));
    m_draftButton->setObjectName(QStringLiteral("saveDraftButton"));
    m_scheduleButton->setObjectName(QStringLiteral("scheduleButton"));
    m_scheduleButton->setDefault(true);
    m_caption->setTabChangesFocus(true);
    m_caption->setFixedHeight(5 * fontMetrics().lineSpacing() + 12);
    m_captionCount->setForegroundRole(QPalette::PlaceholderText);
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::RichText);
    m_error->setWordWrap(true);
    m_error->setForegroundRole(QPalette::Link);
    for (const WorkspaceAccount &account : m_accounts)
        m_account->addItem(swatch(AccountColours::of(account)), PublishText::handle(account), account.id);
    m_account->setCurrentIndex(-1);
    buildLayout();

    connect(m_account, &QComboBox::currentIndexChanged, this, &ComposerDialog::accountChosen);
    connect(m_chooseMedia, &QPushButton::clicked, this, &ComposerDialog::chooseMedia);
    connect(m_media, &QLineEdit::textChanged, this, [this](const QString &path) {
        m_mediaExists = !path.trimmed().isEmpty() && QFileInfo::exists(path.trimmed()); // once per change
        m_durationMs = -1;
        m_preview->setMedia(path.trimmed(), path.trimmed().endsWith(QLatin1String(".montaj")));
        m_dealLink->setMedia(path.trimmed());
        m_header->setVideoDurationMs(-1);
        refresh();
    });
    connect(m_preview, &ComposerPreview::durationKnown, this, [this](qint64 ms) {
        m_durationMs = ms;
        m_header->setVideoDurationMs(ms);
        refresh();
    });
    connect(m_caption, &QPlainTextEdit::textChanged, this, &ComposerDialog::refresh);
    connect(m_header, &CreatorHeader::changed, this, &ComposerDialog::refresh);
    connect(m_schedule, &ScheduleField::changed, this, &ComposerDialog::refresh);
    connect(m_schedule, &ScheduleField::nextSlotRequested, this, &ComposerDialog::nextSlot);
    connect(m_disclosure, &DisclosureBox::changed, this, &ComposerDialog::refresh);
    connect(m_consent, &ConsentPanel::changed, this, &ComposerDialog::refresh);
    connect(m_dealLink, &DealLinkBox::changed, this, &ComposerDialog::refresh);
    connect(m_cancelButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_draftButton, &QPushButton::clicked, this, [this] { save(false); });
    connect(m_scheduleButton, &QPushButton::clicked, this, [this] { save(true); });

    if (m_accounts.size() == 1)
        m_account->setCurrentIndex(0);
    retranslate();
    refresh();
}

ComposerDialog::~ComposerDialog() = default;

void ComposerDialog::buildLayout()
{
    auto *form = new QWidget;
    auto *formLayout = new QVBoxLayout(form);
    auto *accountRow = new QFormLayout;
    accountRow->addRow(m_accountLabel, m_account);
    formLayout->addLayout(accountRow);
    formLayout->addWidget(m_header);
    auto *fields = new QFormLayout;
    fields->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *mediaRow = new QHBoxLayout;
    mediaRow->addWidget(m_media, 1);
    mediaRow->addWidget(m_chooseMedia);
    fields->addRow(m_mediaLabel, mediaRow);
    auto *captionColumn = new QVBoxLayout;
    captionColumn->setSpacing(2);
    captionColumn->addWidget(m_caption);
    captionColumn->addWidget(m_captionCount);
    fields->addRow(m_captionLabel, captionColumn);
    fields->addRow(m_whenLabel, m_schedule);
    formLayout->addLayout(fields);
    formLayout->addWidget(m_disclosure);
    formLayout->addWidget(m_dealLink);
    formLayout->addStretch(1);
    m_accountLabel->setBuddy(m_account);
    m_mediaLabel->setBuddy(m_media);
    m_captionLabel->setBuddy(m_caption);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(form);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *body = new QHBoxLayout;
    body->addWidget(scroll, 1);
    body->addWidget(m_preview);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_error, 1);
    buttons->addWidget(m_cancelButton);
    buttons->addWidget(m_draftButton);
    buttons->addWidget(m_scheduleButton);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(body, 1);
    layout->addWidget(m_consent); // always in sight: the declaration and the consent
    layout->addWidget(m_problems);
    layout->addLayout(buttons);
    resize(960, 760);
}

void ComposerDialog::setCreatorInfoSource(CreatorInfoSource source)
{
    m_creatorSource = std::move(source);
    accountChosen();
}

void ComposerDialog::setApprovalRequired(bool required)
{
    m_approvalRequired = required;
    retranslate();
}

void ComposerDialog::setDeals(DealService *deals)
{
    m_deals = deals;
    m_dealLink->setPostId(m_post.id);
    m_dealLink->setDeals(deals);
    refresh();
}

void ComposerDialog::setPost(const Post &post)
{
    m_post = post;
    m_dealLink->setPostId(post.id);
    setAccount(post.accountId);
    m_media->setText(post.kind == PostKind::Project ? post.projectPath : post.mediaPath);
    m_caption->setPlainText(post.caption);
    if (!post.scheduled.localDateTime.isEmpty())
        m_schedule->setScheduled(post.scheduled);
    m_header->setPrivacyLevel(post.privacyLevel);
    m_header->setInteractions(post.allowComment, post.allowDuet, post.allowStitch);
    m_disclosure->setValues(post.brandOrganic, post.brandContent, post.isAigc);
    m_preview->setCoverMs(post.coverMs);
    m_consent->setConsented(false); // consent is given again for every change
    retranslate();
    refresh();
}

void ComposerDialog::setAccount(const QString &accountId)
{
    const int index = m_account->findData(accountId);
    if (index >= 0)
        m_account->setCurrentIndex(index);
}

void ComposerDialog::setStartTime(const QDate &date, const QTime &time)
{
    ScheduledTime start;
    const WorkspaceAccount account = currentAccount();
    start.timeZone =
        account.timeZone.isEmpty() ? QString::fromUtf8(QTimeZone::systemTimeZoneId()) : account.timeZone;
    start.localDateTime = PublishText::formatLocal(QDateTime(date, time, Qt::UTC));
    m_schedule->setScheduled(start);
}

WorkspaceAccount ComposerDialog::currentAccount() const
{
    const QString id = m_account->currentData().toString();
    for (const WorkspaceAccount &account : m_accounts)
        if (account.id == id)
            return account;
    return {};
}

void ComposerDialog::accountChosen()
{
    const WorkspaceAccount account = currentAccount();
    if (account.id.isEmpty()) {
        m_header->setEnabled(false);
        return;
    }
    m_header->setEnabled(true);
    // A new post takes the account's own zone.
    if (m_post.id.isEmpty() && !account.timeZone.isEmpty()) {
        ScheduledTime time = m_schedule->scheduled();
        time.timeZone = account.timeZone;
        m_schedule->setScheduled(time);
    }
    m_schedule->setNextSlotVisible(!account.postingSlots.isEmpty());
    m_schedule->setNextSlotNote({});
    askCreatorInfo(account);
    refresh();
}

void ComposerDialog::askCreatorInfo(const WorkspaceAccount &account)
{
    const quint64 request = ++m_creatorRequest;
    QPointer<ComposerDialog> self(this);
    auto answered = std::make_shared<bool>(false);
    m_header->showChecking(account);
    const bool asked =
        m_creatorSource
        && m_creatorSource(account, [self, request, account, answered](Result<CreatorInfo> info) {
               *answered = true;
               ComposerDialog *dialog = self.data();
               if (dialog == nullptr || request != dialog->m_creatorRequest)
                   return; // the dialog closed or another account was chosen meanwhile
               CreatorHeader *header = dialog->m_header;
               if (info)
                   header->showCreatorInfo(account, *info);
               else
                   header->showUnchecked(account, info.error().message);
           });
    if (!asked && !*answered)
        m_header->showUnchecked(account);
}

void ComposerDialog::chooseMedia()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Choose the video to post"), QFileInfo(m_media->text()).absolutePath(),
        tr("Videos and projects (*.mp4 *.mov *.webm *.montaj);;All files (*)"));
    if (!path.isEmpty())
        m_media->setText(path);
}

Post ComposerDialog::post() const
{
    Post post = m_post;
    post.accountId = m_account->currentData().toString();
    const QString media = m_media->text().trimmed();
    if (media.endsWith(QLatin1String(".montaj"))) {
        post.kind = PostKind::Project;
        post.projectPath = media;
        post.mediaPath.clear();
    } else {
        post.kind = PostKind::VideoFile;
        post.mediaPath = media;
        post.projectPath.clear();
    }
    post.caption = m_caption->toPlainText();
    post.privacyLevel = m_header->privacyLevel();
    post.allowComment = m_header->allowComment();
    post.allowDuet = m_header->allowDuet();
    post.allowStitch = m_header->allowStitch();
    post.brandOrganic = m_disclosure->yourBrand();
    post.brandContent = m_disclosure->brandedContent();
    post.isAigc = m_disclosure->aiGenerated();
    post.coverMs = m_preview->coverMs();
    post.scheduled = m_schedule->scheduled();
    if (m_deals && m_dealLink->isLoaded())
        post.dealId = m_dealLink->dealId();
    return post;
}

QStringList ComposerDialog::problems() const
{
    ComposerRules::Input input;
    input.post = post();
    input.creator = m_header->creatorInfo();
    input.discloseCommercial = m_disclosure->discloses();
    input.consent = m_consent->consented();
    input.mediaExists = m_mediaExists;
    input.videoDurationMs = m_durationMs;
    input.timeError = m_schedule->error();
    QStringList found = ComposerRules::problems(input);
    found << m_dealLink->problems(); // the brand deal's disclosure and exclusivity
    found.removeDuplicates();
    return found;
}

void ComposerDialog::refresh()
{
    const Post current = post();
    m_header->setBrandedContent(current.brandContent);
    m_consent->setBranded(current.brandContent);
    ComposerRules::Input disclosure;
    disclosure.post = current;
    disclosure.discloseCommercial = m_disclosure->discloses();
    m_disclosure->setProblem(ComposerRules::disclosureProblem(disclosure));

    const CaptionRules::Report caption = CaptionRules::inspect(current);
    QString count = tr("%1 / %2").arg(QLocale().toString(caption.length), QLocale().toString(caption.limit));
    if (!caption.hashtags.isEmpty())
        count += QStringLiteral(" \u00B7 ")
                 + tr("%n hashtag(s)", nullptr, static_cast<int>(caption.hashtags.size()));
    if (!caption.mentions.isEmpty())
        count += QStringLiteral(" \u00B7 ")
                 + tr("%n mention(s)", nullptr, static_cast<int>(caption.mentions.size()));
    m_captionCount->setText(count);

    QStringList labels;
    if (current.brandOrganic)
        labels << tr("Promotional content");
    if (current.brandContent)
        labels << tr("Paid partnership");
    if (current.isAigc)
        labels << tr("Creator labeled as AI-generated");
    ComposerPreview::Summary summary;
    summary.account = PublishText::handle(currentAccount());
    summary.caption = current.caption;
    summary.audience =
        current.privacyLevel.isEmpty() ? QString() : PublishText::privacyName(current.privacyLevel);
    summary.labels = labels.join(tr(", "));
    summary.when = current.scheduled.utc.isValid() ? PublishText::when(current) : QString();
    m_preview->setSummary(summary);
    m_dealLink->check(current);

    const QStringList missing = problems();
    m_scheduleButton->setEnabled(!m_saving && missing.isEmpty());
    m_draftButton->setEnabled(!m_saving && !current.accountId.isEmpty());
    if (missing.isEmpty()) {
        m_problems->clear();
        m_problems->hide();
    } else {
        QString html =
            QStringLiteral("<b>%1</b><ul style=\"margin:0\">").arg(tr("Before scheduling:").toHtmlEscaped());
        for (const QString &problem : missing)
            html += QStringLiteral("<li>%1</li>").arg(problem.toHtmlEscaped());
        m_problems->setText(html + QStringLiteral("</ul>"));
        m_problems->show();
    }
}

void ComposerDialog::nextSlot()
{
    const WorkspaceAccount account = currentAccount();
    if (account.id.isEmpty())
        return;
    QueueSlots::findNextFree(m_service, this, account, [this](std::optional<ScheduledTime> slot) {
        if (!slot) {
            m_schedule->setNextSlotNote(
                tr("No free posting time in the next %n day(s).", nullptr, QueueSlots::kSearchDays));
            return;
        }
        m_schedule->setNextSlotNote({});
        m_schedule->setScheduled(*slot);
    });
}

void ComposerDialog::save(bool schedule)
{
    if (m_saving || (schedule && !problems().isEmpty()))
        return;
    m_saving = true;
    m_error->clear();
    refresh();
    // "Save as draft" takes a scheduled (or waiting) post back to a draft: unfinished content never
    // stays in the queue.
    std::optional<PostState> target = PostState::Draft;
    if (schedule)
        target = m_approvalRequired ? PostState::NeedsApproval : PostState::Scheduled;
    PostActions::save(m_service, this, post(), target, [this](Result<Post> saved) {
        m_saving = false;
        if (!saved) {
            m_error->setText(saved.error().message);
            refresh();
            return;
        }
        linkDeliverable(*saved);
    });
}

void ComposerDialog::linkDeliverable(const Post &saved)
{
    const QString chosen = m_dealLink->deliverableId();
    const QString before = m_dealLink->linkedDeliverableId();
    if (!m_deals || !m_dealLink->isLoaded() || chosen == before) {
        finishSave(saved);
        return;
    }
    // The post delivers the chosen deliverable (and no longer the one it did).
    m_saving = true;
    const QString postId = saved.id;
    m_deals->run<bool>(
        this,
        [postId, chosen, before](DealStore &store) -> Result<bool> {
            if (!before.isEmpty())
                if (auto unlinked = store.unlinkPost(before, postId); !unlinked)
                    return unlinked.error();
            if (!chosen.isEmpty())
                if (auto linked = store.linkPost(chosen, postId); !linked)
                    return linked.error();
            return true;
        },
        [this, saved](Result<bool> linked) {
            m_saving = false;
            if (!linked) {
                m_error->setText(linked.error().message);
                refresh();
                return;
            }
            finishSave(saved);
        });
}

void ComposerDialog::finishSave(const Post &saved)
{
    m_saved = saved;
    Q_EMIT this->saved(m_saved);
    accept();
}

void ComposerDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();
    }
    QDialog::changeEvent(event);
}

void ComposerDialog::retranslate()
{
    setWindowTitle(m_post.id.isEmpty() ? tr("New post") : tr("Edit post"));
    m_accountLabel->setText(tr("Account:"));
    m_account->setPlaceholderText(tr("Choose an account"));
    m_mediaLabel->setText(tr("Video:"));
    m_media->setPlaceholderText(tr("A video file or a Montaj project"));
    m_chooseMedia->setText(tr("Choose…"));
    m_captionLabel->setText(tr("Caption:"));
    m_caption->setPlaceholderText(tr("Write a caption, with #hashtags and @mentions"));
    m_whenLabel->setText(tr("When:"));
    m_cancelButton->setText(tr("Cancel"));
    m_draftButton->setText(tr("Save as draft"));
    m_scheduleButton->setText(m_approvalRequired ? tr("Submit for approval") : tr("Schedule"));
}

} // namespace montaj::ui
