#include "ui/record/recordoptions.h"

#include "core/capture/recorder.h"
#include "ui/record/recordformat.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace montaj::ui {

namespace {

constexpr qint64 kDefaultLengthUs = 60'000'000;
const int kCountdowns[] = {0, 3, 10};

} // namespace

RecordOptions::RecordOptions(QWidget *parent)
    : QWidget(parent)
    , m_presets(Recorder::lengthPresetsUs())
    , m_title(new QLabel(this))
    , m_lengthLabel(new QLabel(this))
    , m_lengths(new QButtonGroup(this))
    , m_countdownLabel(new QLabel(this))
    , m_countdown(new QComboBox(this))
    , m_mirror(new QCheckBox(this))
{
    setObjectName(QStringLiteral("record.options"));
    m_countdown->setObjectName(QStringLiteral("record.countdown"));
    m_mirror->setObjectName(QStringLiteral("record.mirror"));
    QFont heading = m_title->font();
    heading.setBold(true);
    m_title->setFont(heading);
    m_countdownLabel->setBuddy(m_countdown);

    auto *lengths = new QHBoxLayout;
    lengths->setSpacing(2);
    for (int i = 0; i < m_presets.size(); ++i) {
        auto *button = new QToolButton(this);
        button->setObjectName(QStringLiteral("record.length.%1").arg(m_presets.at(i) / 1'000'000));
        button->setCheckable(true);
        button->setChecked(m_presets.at(i) == kDefaultLengthUs);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        m_lengths->addButton(button, i);
        m_lengthButtons.append(button);
        lengths->addWidget(button);
    }
    m_lengths->setExclusive(true);
    for (int seconds : kCountdowns)
        m_countdown->addItem(QString(), seconds);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_lengthLabel);
    layout->addLayout(lengths);
    layout->addWidget(m_countdownLabel);
    layout->addWidget(m_countdown);
    layout->addWidget(m_mirror);

    connect(m_lengths, &QButtonGroup::idClicked, this, [this](int) { Q_EMIT lengthChanged(lengthUs()); });
    connect(m_countdown, &QComboBox::activated, this,
            [this] { Q_EMIT countdownChanged(countdownSeconds()); });
    connect(m_mirror, &QCheckBox::toggled, this, &RecordOptions::mirrorChanged);
    retranslate();
}

qint64 RecordOptions::lengthUs() const
{
    const int id = m_lengths->checkedId();
    return id >= 0 && id < m_presets.size() ? m_presets.at(id) : kDefaultLengthUs;
}

void RecordOptions::setLengthUs(qint64 us)
{
    if (QToolButton *button = lengthButton(us)) {
        button->setChecked(true);
        Q_EMIT lengthChanged(us);
    }
}

QToolButton *RecordOptions::lengthButton(qint64 us) const
{
    const auto i = m_presets.indexOf(us);
    return i >= 0 ? m_lengthButtons.at(i) : nullptr;
}

int RecordOptions::countdownSeconds() const
{
    return m_countdown->currentData().toInt();
}

void RecordOptions::setCountdownSeconds(int seconds)
{
    const int index = m_countdown->findData(seconds);
    if (index < 0)
        return;
    m_countdown->setCurrentIndex(index);
    Q_EMIT countdownChanged(seconds);
}

bool RecordOptions::mirror() const
{
    return m_mirror->isChecked();
}

void RecordOptions::setMirror(bool mirror)
{
    m_mirror->setChecked(mirror);
}

void RecordOptions::setChangesAllowed(bool allowed)
{
    for (QToolButton *button : std::as_const(m_lengthButtons))
        button->setEnabled(allowed);
    m_countdown->setEnabled(allowed);
}

void RecordOptions::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void RecordOptions::retranslate()
{
    m_title->setText(tr("Takes"));
    m_lengthLabel->setText(tr("Length"));
    for (int i = 0; i < m_presets.size(); ++i) {
        m_lengthButtons.at(i)->setText(RecordFormat::length(m_presets.at(i)));
        m_lengthButtons.at(i)->setToolTip(
            tr("The takes together may be up to %1 long.").arg(RecordFormat::length(m_presets.at(i))));
    }
    m_countdownLabel->setText(tr("&Countdown"));
    for (int i = 0; i < m_countdown->count(); ++i) {
        const int seconds = m_countdown->itemData(i).toInt();
        //: Countdown before a take: none.
        m_countdown->setItemText(i, seconds == 0 ? tr("Off")
                                                 : RecordFormat::length(qint64(seconds) * 1'000'000));
    }
    m_mirror->setText(tr("&Mirror the preview"));
    m_mirror->setToolTip(tr("Shows the picture as in a mirror, for a selfie camera. The recording is "
                            "never mirrored."));
}

} // namespace montaj::ui
