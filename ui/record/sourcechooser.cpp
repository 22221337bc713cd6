#include "ui/record/sourcechooser.h"

#include "ui/record/levelmeterbar.h"

#include <QComboBox>
#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>
#include <initializer_list>

namespace montaj::ui {

namespace {

QSpinBox *coordinateBox(QWidget *parent, const char *name)
{
    auto *box = new QSpinBox(parent);
    box->setObjectName(QLatin1String(name));
    box->setRange(0, 16384);
    box->setSingleStep(2);
    return box;
}

// A vertical (9:16) strip in the middle of the primary screen, in device pixels.
QRect defaultRegion()
{
    const QScreen *screen = QGuiApplication::primaryScreen();
    if (!screen)
        return QRect(0, 0, 1080, 1920);
    const QSize size = screen->size() * screen->devicePixelRatio();
    const int height = size.height() & ~1;
    const int width = std::min(size.width(), height * 9 / 16) & ~1;
    return QRect((size.width() - width) / 2, 0, width, height);
}

} // namespace

SourceChooser::SourceChooser(QWidget *parent)
    : QWidget(parent)
    , m_devices(new CaptureDevices(this))
    , m_title(new QLabel(this))
    , m_videoLabel(new QLabel(this))
    , m_video(new QComboBox(this))
    , m_regionRow(new QWidget(this))
    , m_regionLabel(new QLabel(m_regionRow))
    , m_x(coordinateBox(m_regionRow, "record.regionX"))
    , m_y(coordinateBox(m_regionRow, "record.regionY"))
    , m_width(coordinateBox(m_regionRow, "record.regionWidth"))
    , m_height(coordinateBox(m_regionRow, "record.regionHeight"))
    , m_windowRow(new QWidget(this))
    , m_windowLabel(new QLabel(m_windowRow))
    , m_windowId(new QLineEdit(m_windowRow))
    , m_thisWindow(new QPushButton(m_windowRow))
    , m_audioLabel(new QLabel(this))
    , m_audio(new QComboBox(this))
    , m_meterLabel(new QLabel(this))
    , m_meter(new LevelMeterBar(this))
    , m_notice(new QLabel(this))
{
    setObjectName(QStringLiteral("record.sources"));
    m_video->setObjectName(QStringLiteral("record.videoSource"));
    m_audio->setObjectName(QStringLiteral("record.audioSource"));
    m_notice->setObjectName(QStringLiteral("record.notice"));
    m_windowId->setObjectName(QStringLiteral("record.windowId"));
    m_thisWindow->setObjectName(QStringLiteral("record.thisWindow"));
    QFont heading = m_title->font();
    heading.setBold(true);
    m_title->setFont(heading);
    m_video->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_audio->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_video->setMinimumContentsLength(12);
    m_audio->setMinimumContentsLength(12);
    m_notice->setWordWrap(true);
    m_notice->setFrameShape(QFrame::StyledPanel);
    m_notice->setMargin(6);
    m_videoLabel->setBuddy(m_video);
    m_audioLabel->setBuddy(m_audio);
    m_windowLabel->setBuddy(m_windowId);
    const QRect region = defaultRegion();
    m_x->setValue(region.x());
    m_y->setValue(region.y());
    m_width->setValue(region.width());
    m_height->setValue(region.height());

    auto *regionLayout = new QVBoxLayout(m_regionRow);
    regionLayout->setContentsMargins(0, 0, 0, 0);
    auto *coordinates = new QHBoxLayout;
    for (QSpinBox *box : {m_x, m_y, m_width, m_height})
        coordinates->addWidget(box);
    regionLayout->addWidget(m_regionLabel);
    regionLayout->addLayout(coordinates);
    auto *windowLayout = new QVBoxLayout(m_windowRow);
    windowLayout->setContentsMargins(0, 0, 0, 0);
    auto *windowFields = new QHBoxLayout;
    windowFields->addWidget(m_windowId, 1);
    windowFields->addWidget(m_thisWindow);
    windowLayout->addWidget(m_windowLabel);
    windowLayout->addLayout(windowFields);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_videoLabel);
    layout->addWidget(m_video);
    layout->addWidget(m_regionRow);
    layout->addWidget(m_windowRow);
    layout->addWidget(m_audioLabel);
    layout->addWidget(m_audio);
    layout->addWidget(m_meterLabel);
    layout->addWidget(m_meter);
    layout->addWidget(m_notice);

    connect(m_video, &QComboBox::activated, this, &SourceChooser::videoPicked);
    connect(m_audio, &QComboBox::activated, this, &SourceChooser::audioPicked);
    for (QSpinBox *box : {m_x, m_y, m_width, m_height})
        connect(box, &QSpinBox::editingFinished, this, [this] {
            if (choice().video == SourceChoice::Video::Region)
                Q_EMIT videoChanged();
        });
    connect(m_windowId, &QLineEdit::editingFinished, this, [this] {
        if (choice().video == SourceChoice::Video::Window)
            Q_EMIT videoChanged();
    });
    connect(m_thisWindow, &QPushButton::clicked, this, &SourceChooser::useThisWindow);
    connect(m_devices, &CaptureDevices::camerasChanged, this, &SourceChooser::rebuildVideo);
    connect(m_devices, &CaptureDevices::microphonesChanged, this, &SourceChooser::rebuildAudio);
    retranslate();
}

SourceChooser::~SourceChooser() = default;

SourceChoice SourceChooser::choice() const
{
    SourceChoice c;
    c.video = SourceChoice::Video(m_video->currentData(kKindRole).toInt());
    c.cameraId = m_video->currentData(kIdRole).toString();
    c.audio = SourceChoice::Audio(m_audio->currentData(kKindRole).toInt());
    c.microphoneId = m_audio->currentData(kIdRole).toString();
    if (c.video == SourceChoice::Video::Region)
        c.screen.region = QRect(m_x->value(), m_y->value(), m_width->value() & ~1, m_height->value() & ~1);
    if (c.video == SourceChoice::Video::Window) {
        bool ok = false;
        const quint64 id = m_windowId->text().trimmed().toULongLong(&ok, 0); // decimal or 0x… hex
        c.screen.windowId = ok ? id : 0;
    }
    return c;
}

bool SourceChooser::selectVideo(SourceChoice::Video kind, const QString &cameraId)
{
    for (int i = 0; i < m_video->count(); ++i) {
        if (m_video->itemData(i, kKindRole).toInt() != int(kind)
            || (kind == SourceChoice::Video::Camera && m_video->itemData(i, kIdRole).toString() != cameraId))
            continue;
        if (!(m_video->model()->flags(m_video->model()->index(i, 0)) & Qt::ItemIsEnabled))
            return false;
        m_video->setCurrentIndex(i);
        videoPicked();
        return true;
    }
    return false;
}

bool SourceChooser::selectAudio(SourceChoice::Audio kind, const QString &microphoneId)
{
    for (int i = 0; i < m_audio->count(); ++i) {
        if (m_audio->itemData(i, kKindRole).toInt() != int(kind)
            || (kind == SourceChoice::Audio::Microphone
                && m_audio->itemData(i, kIdRole).toString() != microphoneId))
            continue;
        m_audio->setCurrentIndex(i);
        audioPicked();
        return true;
    }
    return false;
}

void SourceChooser::videoPicked()
{
    m_videoAuto = false;
    refreshFields();
    Q_EMIT videoChanged();
}

void SourceChooser::audioPicked()
{
    m_audioAuto = false;
    refreshFields();
    Q_EMIT audioChanged();
}

QString SourceChooser::notice() const
{
    return m_notice->text();
}

bool SourceChooser::isNoticeShown() const
{
    return m_notice->isVisibleTo(this);
}

void SourceChooser::setChangesAllowed(bool allowed)
{
    for (QWidget *w : std::initializer_list<QWidget *>{m_video, m_audio, m_regionRow, m_windowRow})
        w->setEnabled(allowed);
}

void SourceChooser::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SourceChooser::retranslate()
{
    m_title->setText(tr("Source"));
    m_videoLabel->setText(tr("&Picture"));
    m_audioLabel->setText(tr("&Sound"));
    m_meterLabel->setText(tr("Microphone level"));
    m_regionLabel->setText(tr("Part of the screen (x, y, width, height in pixels)"));
    m_windowLabel->setText(tr("&Window number"));
    //: Placeholder of the window number field: an X11 window id, e.g. from xwininfo.
    m_windowId->setPlaceholderText(tr("e.g. 0x3a00007"));
    m_thisWindow->setText(tr("This window"));
    m_thisWindow->setToolTip(tr("Record Montaj's own window."));
    m_x->setToolTip(tr("Left edge"));
    m_y->setToolTip(tr("Top edge"));
    m_width->setToolTip(tr("Width"));
    m_height->setToolTip(tr("Height"));
    rebuildVideo();
    rebuildAudio();
}

void SourceChooser::refreshFields()
{
    const SourceChoice::Video video = SourceChoice::Video(m_video->currentData(kKindRole).toInt());
    m_regionRow->setVisible(video == SourceChoice::Video::Region);
    m_windowRow->setVisible(video == SourceChoice::Video::Window);
    const bool sound =
        SourceChoice::Audio(m_audio->currentData(kKindRole).toInt()) != SourceChoice::Audio::None;
    m_meter->setActive(sound);
}

void SourceChooser::refreshNotice()
{
    const QString notice = m_devices->fallbackNotice();
    m_notice->setText(notice);
    m_notice->setVisible(!notice.isEmpty());
}

void SourceChooser::useThisWindow()
{
    m_windowId->setText(QStringLiteral("0x") + QString::number(window()->winId(), 16));
    if (choice().video == SourceChoice::Video::Window)
        Q_EMIT videoChanged();
}

} // namespace montaj::ui
