#include "ui/publish/creatorheader.h"

#include "ui/publish/accountcolours.h"
#include "ui/publish/publishtext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace montaj::ui {
namespace {
constexpr int kAvatar = 40;

QPixmap initialAvatar(const WorkspaceAccount &account, qreal dpr)
{
    QPixmap pixmap(QSize(kAvatar, kAvatar) * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor colour = AccountColours::of(account);
    painter.setBrush(colour);
    painter.setPen(Qt::NoPen);
    painter.drawEllipse(QRectF(0, 0, kAvatar, kAvatar));
    const QString name = account.displayName.isEmpty() ? account.username : account.displayName;
    QFont font = painter.font();
    font.setBold(true);
    font.setPixelSize(kAvatar / 2);
    painter.setFont(font);
    painter.setPen(AccountColours::textOn(colour));
    painter.drawText(QRectF(0, 0, kAvatar, kAvatar), Qt::AlignCenter, name.left(1).toUpper());
    return pixmap;
}

} // namespace

CreatorHeader::CreatorHeader(QWidget *parent)
    : QGroupBox(parent)
    , m_avatar(new QLabel(this))
    , m_name(new QLabel(this))
    , m_status(new QLabel(this))
    , m_privacyLabel(new QLabel(this))
    , m_privacy(new QComboBox(this))
    , m_comment(new QCheckBox(this))
    , m_duet(new QCheckBox(this))
    , m_stitch(new QCheckBox(this))
    , m_duration(new QLabel(this))
{
    setObjectName(QStringLiteral("creatorHeader"));
    m_privacy->setObjectName(QStringLiteral("privacyCombo"));
    m_comment->setObjectName(QStringLiteral("allowCommentCheck"));
    m_duet->setObjectName(QStringLiteral("allowDuetCheck"));
    m_stitch->setObjectName(QStringLiteral("allowStitchCheck"));
    m_status->setObjectName(QStringLiteral("creatorStatus"));
    m_duration->setObjectName(QStringLiteral("durationLabel"));
    m_avatar->setFixedSize(kAvatar, kAvatar);
    m_status->setWordWrap(true);
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_duration->setWordWrap(true);
    m_privacyLabel->setBuddy(m_privacy);
    m_privacy->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    auto *who = new QVBoxLayout;
    who->setSpacing(2);
    who->addWidget(m_name);
    who->addWidget(m_status);
    auto *top = new QHBoxLayout;
    top->addWidget(m_avatar, 0, Qt::AlignTop);
    top->addLayout(who, 1);
    auto *privacyRow = new QHBoxLayout;
    privacyRow->addWidget(m_privacyLabel);
    privacyRow->addWidget(m_privacy, 1);
    auto *toggles = new QHBoxLayout;
    toggles->addWidget(m_comment);
    toggles->addWidget(m_duet);
    toggles->addWidget(m_stitch);
    toggles->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(privacyRow);
    layout->addLayout(toggles);
    layout->addWidget(m_duration);

    // A person's choices are remembered while the options are (re)loaded.
    connect(m_privacy, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index >= 0)
            m_wantedPrivacy = privacyLevel();
        Q_EMIT changed();
    });
    for (QCheckBox *box : {m_comment, m_duet, m_stitch})
        connect(box, &QCheckBox::toggled, this, [this] {
            m_wanted = {m_comment->isChecked(), m_duet->isChecked(), m_stitch->isChecked()};
            Q_EMIT changed();
        });
    retranslate();
}

void CreatorHeader::showAccount(const WorkspaceAccount &account)
{
    m_account = account;
    m_avatar->setPixmap(initialAvatar(account, devicePixelRatioF()));
    const QString nickname = account.displayName.isEmpty() ? account.username : account.displayName;
    m_name->setText(QStringLiteral("<b>%1</b> %2")
                        .arg(nickname.toHtmlEscaped(), PublishText::handle(account).toHtmlEscaped()));
}

void CreatorHeader::showChecking(const WorkspaceAccount &account)
{
    m_mode = Mode::Checking;
    m_info.reset();
    m_error.clear();
    showAccount(account);
    fillPrivacy({});
    applyInteractions();
}

void CreatorHeader::showCreatorInfo(const WorkspaceAccount &account, const CreatorInfo &info)
{
    m_mode = Mode::Checked;
    m_info = info;
    m_error.clear();
    WorkspaceAccount shown = account;
    if (!info.nickname.isEmpty())
        shown.displayName = info.nickname;
    if (!info.username.isEmpty())
        shown.username = info.username;
    showAccount(shown);
    fillPrivacy(info.privacyLevelOptions);
    applyInteractions();
}

void CreatorHeader::showUnchecked(const WorkspaceAccount &account, const QString &error)
{
    m_mode = Mode::Unchecked;
    m_info.reset();
    m_error = error;
    showAccount(account);
    fillPrivacy(PublishText::allPrivacyLevels());
    applyInteractions();
}

void CreatorHeader::fillPrivacy(const QStringList &levels)
{
    const QString chosen = m_wantedPrivacy;
    {
        const QSignalBlocker quiet(m_privacy);
        m_privacy->clear();
        for (const QString &level : levels)
            m_privacy->addItem(PublishText::privacyName(level), level);
        m_privacy->setCurrentIndex(m_privacy->findData(chosen)); // -1 (the placeholder) when not offered
    }
    m_privacy->setEnabled(!levels.isEmpty());
    setBrandedContent(m_branded);
}

QString CreatorHeader::privacyLevel() const
{
    return m_privacy->currentIndex() < 0 ? QString() : m_privacy->currentData().toString();
}

void CreatorHeader::setPrivacyLevel(const QString &level)
{
    m_wantedPrivacy = level;
    m_privacy->setCurrentIndex(m_privacy->findData(level));
}

bool CreatorHeader::allowComment() const
{
    return m_comment->isEnabled() && m_comment->isChecked();
}

bool CreatorHeader::allowDuet() const
{
    return m_duet->isEnabled() && m_duet->isChecked();
}

bool CreatorHeader::allowStitch() const
{
    return m_stitch->isEnabled() && m_stitch->isChecked();
}

void CreatorHeader::setInteractions(bool comment, bool duet, bool stitch)
{
    m_wanted = {comment, duet, stitch};
    applyInteractions();
}

void CreatorHeader::applyInteractions()
{
    const bool known = m_mode != Mode::Checking;
    const struct
    {
        QCheckBox *box;
        bool on;
        bool disabled;
    } rows[] = {{m_comment, m_wanted[0], m_info && m_info->commentDisabled},
                {m_duet, m_wanted[1], m_info && m_info->duetDisabled},
                {m_stitch, m_wanted[2], m_info && m_info->stitchDisabled}};
    for (const auto &row : rows) {
        const QSignalBlocker quiet(row.box);
        row.box->setEnabled(known && !row.disabled);
        row.box->setChecked(known && !row.disabled && row.on);
    }
    retranslate(); // tooltips say why a box is greyed out
    Q_EMIT changed();
}

void CreatorHeader::setBrandedContent(bool branded)
{
    m_branded = branded;
    auto *items = qobject_cast<QStandardItemModel *>(m_privacy->model());
    const int selfOnly = m_privacy->findData(QStringLiteral("SELF_ONLY"));
    if (!items || selfOnly < 0)
        return;
    QStandardItem *item = items->item(selfOnly);
    item->setEnabled(!branded);
    item->setToolTip(branded ? tr("Branded content cannot be visible to “Only me”.") : QString());
}

void CreatorHeader::setVideoDurationMs(qint64 ms)
{
    m_durationMs = ms;
    refreshDuration();
}

void CreatorHeader::refreshDuration()
{
    const int max = m_info ? m_info->maxVideoPostDurationSec : 0;
    m_duration->setVisible(m_durationMs > 0 || max > 0);
    if (m_durationMs > 0 && max > 0)
        m_duration->setText(
            tr("Video length %1; this account may post up to %2.")
                .arg(PublishText::duration(m_durationMs), PublishText::duration(qint64(max) * 1000)));
    else if (m_durationMs > 0)
        m_duration->setText(tr("Video length %1.").arg(PublishText::duration(m_durationMs)));
    else
        m_duration->setText(
            tr("This account may post videos up to %1.").arg(PublishText::duration(qint64(max) * 1000)));
    const bool tooLong = m_durationMs > 0 && max > 0 && m_durationMs > qint64(max) * 1000;
    m_duration->setForegroundRole(tooLong ? QPalette::Link : QPalette::WindowText);
}

void CreatorHeader::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QGroupBox::changeEvent(event);
}

void CreatorHeader::retranslate()
{
    setTitle(tr("Posting as"));
    m_privacyLabel->setText(tr("Who can see this post:"));
    m_privacy->setPlaceholderText(tr("Choose who can see this post"));
    for (int i = 0; i < m_privacy->count(); ++i)
        m_privacy->setItemText(i, PublishText::privacyName(m_privacy->itemData(i).toString()));
    m_comment->setText(tr("Allow comments"));
    m_duet->setText(tr("Allow duets"));
    m_stitch->setText(tr("Allow stitches"));
    const QString off = tr("This account has turned this off in TikTok; it cannot be allowed on this post.");
    m_comment->setToolTip(m_info && m_info->commentDisabled ? off : QString());
    m_duet->setToolTip(m_info && m_info->duetDisabled ? off : QString());
    m_stitch->setToolTip(m_info && m_info->stitchDisabled ? off : QString());
    switch (m_mode) {
    case Mode::Checking: m_status->setText(tr("Asking the platform what this account may post…")); break;
    case Mode::Checked: m_status->setText(tr("Checked with the platform just now.")); break;
    case Mode::Unchecked:
        m_status->setText(m_error.isEmpty()
                              ? tr("This account is not signed in on this computer: its options are checked "
                                   "again when publishing.")
                              : tr("The platform could not be asked (%1). The account is checked again when "
                                   "publishing.")
                                    .arg(m_error));
        break;
    }
    refreshDuration();
}

} // namespace montaj::ui
