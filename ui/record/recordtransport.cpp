#include "ui/record/recordtransport.h"

#include "ui/record/recordformat.h"

#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace montaj::ui {

RecordTransport::RecordTransport(QWidget *parent)
    : QWidget(parent)
    , m_elapsed(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_record(new QPushButton(this))
    , m_left(new QLabel(this))
{
    setObjectName(QStringLiteral("record.transport"));
    setLayoutDirection(Qt::LeftToRight); // transport controls do not mirror
    m_elapsed->setObjectName(QStringLiteral("record.elapsed"));
    m_left->setObjectName(QStringLiteral("record.left"));
    m_record->setObjectName(QStringLiteral("record.record"));
    m_progress->setObjectName(QStringLiteral("record.progress"));
    m_progress->setTextVisible(false);
    m_progress->setRange(0, 1000);
    m_progress->setMaximumHeight(6);
    QFont clockFont = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    clockFont.setPointSizeF(clockFont.pointSizeF() * 1.3);
    m_elapsed->setFont(clockFont);
    // Absolute: a right-to-left text does not flip them.
    m_elapsed->setAlignment(Qt::AlignLeft | Qt::AlignAbsolute | Qt::AlignVCenter);
    m_left->setAlignment(Qt::AlignRight | Qt::AlignAbsolute | Qt::AlignVCenter);
    QFont big = m_record->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_record->setFont(big);
    m_record->setMinimumSize(140, 40);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_progress);
    auto *row = new QHBoxLayout;
    row->addWidget(m_elapsed, 1);
    row->addWidget(m_record);
    row->addWidget(m_left, 1);
    layout->addLayout(row);
    connect(m_record, &QPushButton::clicked, this, &RecordTransport::recordClicked);
    retranslate();
}

void RecordTransport::setState(Recorder::State state)
{
    m_state = state;
    refreshButton();
}

void RecordTransport::setTimes(qint64 recordedUs, qint64 lengthUs)
{
    m_recordedUs = recordedUs;
    m_lengthUs = lengthUs;
    refreshTimes();
}

void RecordTransport::setCanRecord(bool canRecord)
{
    m_canRecord = canRecord;
    refreshButton();
}

QString RecordTransport::elapsedText() const
{
    return m_elapsed->text();
}

QString RecordTransport::leftText() const
{
    return m_left->text();
}

void RecordTransport::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void RecordTransport::retranslate()
{
    m_progress->setAccessibleName(tr("Recorded of the length"));
    refreshButton();
    refreshTimes();
}

void RecordTransport::refreshButton()
{
    using State = Recorder::State;
    switch (m_state) {
    case State::Idle:
    case State::Live:
        m_record->setText(tr("● Record"));
        m_record->setToolTip(tr("Start a take."));
        m_record->setEnabled(m_canRecord);
        break;
    case State::CountingDown:
        m_record->setText(tr("Cancel"));
        m_record->setToolTip(tr("Cancel the countdown."));
        m_record->setEnabled(true);
        break;
    case State::Recording:
        m_record->setText(tr("■ Stop"));
        m_record->setToolTip(tr("End the take."));
        m_record->setEnabled(true);
        break;
    case State::Finishing:
        m_record->setText(tr("Saving…"));
        m_record->setToolTip(tr("The take's file is being completed."));
        m_record->setEnabled(false);
        break;
    }
}

void RecordTransport::refreshTimes()
{
    m_elapsed->setText(RecordFormat::clock(m_recordedUs));
    const qint64 left = std::max<qint64>(0, m_lengthUs - m_recordedUs);
    //: Time left of the length preset, e.g. "0:48 left".
    m_left->setText(tr("%1 left").arg(RecordFormat::clock(left, true)));
    m_progress->setValue(m_lengthUs > 0 ? int(std::min<qint64>(1000, m_recordedUs * 1000 / m_lengthUs)) : 0);
}

} // namespace montaj::ui
