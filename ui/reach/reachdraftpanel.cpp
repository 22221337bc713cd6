#include "ui/reach/reachdraftpanel.h"

#include "core/media/mediaprobe.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSpinBox>

namespace montaj::ui {

ReachDraftPanel::ReachDraftPanel(QWidget *parent)
    : QGroupBox(parent)
    , m_source(new QComboBox(this))
    , m_captionLabel(new QLabel(this))
    , m_caption(new QPlainTextEdit(this))
    , m_timeLabel(new QLabel(this))
    , m_time(new QDateTimeEdit(this))
    , m_durationLabel(new QLabel(this))
    , m_duration(new QSpinBox(this))
    , m_photo(new QCheckBox(this))
    , m_captions(new QCheckBox(this))
    , m_disclosed(new QCheckBox(this))
{
    setObjectName(QStringLiteral("reachDraft"));
    m_caption->setMaximumHeight(90);
    m_caption->setObjectName(QStringLiteral("reachCaption"));
    m_time->setCalendarPopup(true);
    m_time->setObjectName(QStringLiteral("reachTime"));
    m_time->setTimeSpec(Qt::UTC); // wall-clock time in the audience's zone, kept free of this machine's DST
    setPostTime(QDateTime::currentDateTimeUtc().addSecs(3600));
    m_duration->setRange(1, 600);
    m_duration->setValue(30);
    m_duration->setObjectName(QStringLiteral("reachDuration"));
    auto *form = new QFormLayout(this);
    form->addRow(m_source);
    form->addRow(m_captionLabel, m_caption);
    form->addRow(m_timeLabel, m_time);
    form->addRow(m_durationLabel, m_duration);
    form->addRow(m_photo);
    form->addRow(m_captions);
    form->addRow(m_disclosed);
    m_source->addItem(QString());
    connect(m_source, &QComboBox::activated, this, &ReachDraftPanel::choosePost);
    connect(m_caption, &QPlainTextEdit::textChanged, this, &ReachDraftPanel::draftChanged);
    connect(m_time, &QDateTimeEdit::dateTimeChanged, this, &ReachDraftPanel::draftChanged);
    connect(m_duration, &QSpinBox::valueChanged, this, &ReachDraftPanel::draftChanged);
    for (QCheckBox *box : {m_photo, m_captions, m_disclosed})
        connect(box, &QCheckBox::toggled, this, &ReachDraftPanel::draftChanged);
    connect(m_photo, &QCheckBox::toggled, m_duration, &QWidget::setDisabled);
    retranslate();
}

void ReachDraftPanel::setPosts(const QList<Post> &posts, const QTimeZone &zone)
{
    const QString selected = postId();
    m_posts = posts;
    const QDateTime chosen = draft().postAtUtc;
    m_zone = zone.isValid() ? zone : QTimeZone::utc();
    {
        const QSignalBlocker block(m_time);
        setPostTime(chosen);
    }
    m_source->clear();
    m_source->addItem(QString());
    int restore = 0;
    for (const Post &p : m_posts) {
        const QString when =
            p.scheduled.utc.isValid()
                ? QLocale().toString(p.scheduled.utc.toTimeZone(m_zone), QLocale::ShortFormat)
                : tr("not scheduled");
        const QString title = p.caption.left(40).simplified();
        m_source->addItem(tr("%1 — %2").arg(when, title.isEmpty() ? tr("(no caption)") : title), p.id);
        if (p.id == selected)
            restore = int(m_source->count() - 1);
    }
    retranslate();
    m_source->setCurrentIndex(restore);
}

void ReachDraftPanel::choosePost(int index)
{
    if (index <= 0 || index > m_posts.size())
        return;
    const Post &p = m_posts[index - 1];
    const QSignalBlocker a(m_caption);
    const QSignalBlocker b(m_time);
    const QSignalBlocker c(m_photo);
    const QSignalBlocker d(m_disclosed);
    const QSignalBlocker e(m_duration);
    m_caption->setPlainText(p.caption);
    if (p.scheduled.utc.isValid())
        setPostTime(p.scheduled.utc);
    m_photo->setChecked(p.kind == PostKind::PhotoCarousel);
    m_duration->setEnabled(p.kind != PostKind::PhotoCarousel);
    m_disclosed->setChecked(p.brandContent || p.brandOrganic);
    if (p.kind == PostKind::VideoFile && QFileInfo::exists(p.mediaPath)) {
        const auto info = MediaProbe::probe(p.mediaPath);
        if (info && info->durationUs > 0)
            m_duration->setValue(int(std::max<qint64>(1, (info->durationUs + 500000) / 1000000)));
    }
    Q_EMIT draftChanged();
}

ReachDraft ReachDraftPanel::draft() const
{
    ReachDraft d;
    d.postAtUtc = QDateTime(m_time->date(), m_time->time(), m_zone).toUTC();
    d.isPhoto = m_photo->isChecked();
    d.durationSec = d.isPhoto ? -1 : m_duration->value();
    d.caption = m_caption->toPlainText();
    d.hasCaptions = m_captions->isChecked();
    d.disclosed = m_disclosed->isChecked();
    d.audienceZone = m_zone;
    return d;
}

QString ReachDraftPanel::postId() const
{
    return m_source->currentData().toString();
}

void ReachDraftPanel::setPostTime(const QDateTime &utc)
{
    const QDateTime local = utc.toTimeZone(m_zone);
    m_time->setDateTime(
        QDateTime(local.date(), QTime(local.time().hour(), local.time().minute()), QTimeZone::utc()));
}

void ReachDraftPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QGroupBox::changeEvent(event);
}

void ReachDraftPanel::retranslate()
{
    setTitle(tr("Draft"));
    if (m_source->count() > 0)
        m_source->setItemText(0, tr("Typed values"));
    m_source->setToolTip(tr("Estimate one of this account's scheduled posts, or type the values."));
    m_captionLabel->setText(tr("Caption"));
    m_caption->setPlaceholderText(tr("Caption with #hashtags"));
    m_timeLabel->setText(tr("Posting time"));
    m_durationLabel->setText(tr("Duration"));
    m_duration->setSuffix(tr(" s"));
    m_photo->setText(tr("Photo post"));
    m_captions->setText(tr("Has captions (subtitles)"));
    m_disclosed->setText(tr("Commercial content disclosed"));
}

} // namespace montaj::ui
