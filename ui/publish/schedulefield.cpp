#include "ui/publish/schedulefield.h"

#include "core/publish/scheduletime.h"
#include "ui/publish/publishtext.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateTimeEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimeZone>
#include <QVBoxLayout>

namespace montaj::ui {

ScheduleField::ScheduleField(QWidget *parent)
    : QWidget(parent)
    , m_when(new QDateTimeEdit(this))
    , m_zone(new QComboBox(this))
    , m_nextSlot(new QPushButton(this))
    , m_warning(new QLabel(this))
    , m_note(new QLabel(this))
{
    m_when->setObjectName(QStringLiteral("scheduleWhen"));
    m_zone->setObjectName(QStringLiteral("scheduleZone"));
    m_nextSlot->setObjectName(QStringLiteral("nextSlotButton"));
    m_warning->setObjectName(QStringLiteral("dstWarning"));
    // The edit holds a wall-clock time with no zone of its own: kept as UTC so the computer's own
    // DST never bends it.
    m_when->setTimeSpec(Qt::UTC);
    m_when->setCalendarPopup(true);
    m_when->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
    m_zone->setEditable(true);
    m_zone->setInsertPolicy(QComboBox::NoInsert);
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_zone->addItem(QString::fromUtf8(id));
    m_zone->completer()->setFilterMode(Qt::MatchContains);
    m_zone->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_zone->setMinimumContentsLength(16);
    m_zone->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    for (QLabel *label : {m_warning, m_note})
        label->setWordWrap(true);
    m_warning->setForegroundRole(QPalette::Link);
    m_note->setForegroundRole(QPalette::PlaceholderText);

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_when);
    row->addWidget(m_zone, 1);
    row->addWidget(m_nextSlot);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(row);
    layout->addWidget(m_warning);
    layout->addWidget(m_note);

    connect(m_when, &QDateTimeEdit::dateTimeChanged, this, &ScheduleField::resolve);
    connect(m_zone, &QComboBox::currentTextChanged, this, &ScheduleField::resolve);
    connect(m_nextSlot, &QPushButton::clicked, this, &ScheduleField::nextSlotRequested);
    retranslate();
    ScheduledTime initial;
    initial.timeZone = QString::fromUtf8(QTimeZone::systemTimeZoneId());
    initial.localDateTime =
        PublishText::formatLocal(QDateTime(QDate::currentDate().addDays(1), QTime(12, 0), Qt::UTC));
    setScheduled(initial);
}

void ScheduleField::setScheduled(const ScheduledTime &time)
{
    {
        const QSignalBlocker quietWhen(m_when);
        const QSignalBlocker quietZone(m_zone);
        const QDateTime local = PublishText::parseLocal(time.localDateTime);
        if (local.isValid())
            m_when->setDateTime(local);
        const QString zone =
            time.timeZone.isEmpty() ? QString::fromUtf8(QTimeZone::systemTimeZoneId()) : time.timeZone;
        const int index = m_zone->findText(zone);
        if (index >= 0)
            m_zone->setCurrentIndex(index);
        else
            m_zone->setEditText(zone);
    }
    resolve();
}

void ScheduleField::resolve()
{
    m_time = {};
    m_time.localDateTime = PublishText::formatLocal(QDateTime(m_when->date(), m_when->time(), Qt::UTC));
    m_time.timeZone = m_zone->currentText().trimmed();
    m_error.clear();
    m_warningText.clear();
    const Result<ScheduleTime::Resolved> resolved = ScheduleTime::complete(m_time);
    if (!resolved)
        m_error = resolved.error().message;
    else
        m_warningText = resolved->warning;
    retranslate();
    Q_EMIT changed();
}

ScheduledTime ScheduleField::scheduled() const
{
    return m_time;
}

QString ScheduleField::error() const
{
    return m_error;
}

QString ScheduleField::warning() const
{
    return m_warningText;
}

void ScheduleField::setNextSlotVisible(bool visible)
{
    m_nextSlot->setVisible(visible);
}

void ScheduleField::setNextSlotNote(const QString &note)
{
    m_slotNote = note;
    retranslate();
}

void ScheduleField::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange) {
        m_when->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
        resolve(); // ScheduleTime's warning is in words
    }
    QWidget::changeEvent(event);
}

void ScheduleField::retranslate()
{
    m_nextSlot->setText(tr("Next free slot"));
    m_nextSlot->setToolTip(tr("The account's next posting time with no post yet"));
    m_when->setAccessibleName(tr("Date and time"));
    m_zone->setAccessibleName(tr("Time zone"));
    m_warning->setText(m_error.isEmpty() ? m_warningText : m_error);
    m_warning->setVisible(!m_warning->text().isEmpty());
    QStringList notes;
    if (!m_slotNote.isEmpty())
        notes << m_slotNote;
    const QTimeZone system = QTimeZone::systemTimeZone();
    if (m_error.isEmpty() && m_time.utc.isValid() && m_time.timeZone.toUtf8() != system.id())
        notes << tr("That is %1 on this computer.")
                     .arg(QLocale().toString(m_time.utc.toTimeZone(system), QLocale::ShortFormat));
    m_note->setText(notes.join(QLatin1Char(' ')));
    m_note->setVisible(!notes.isEmpty());
}

} // namespace montaj::ui
