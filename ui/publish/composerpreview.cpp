#include "ui/publish/composerpreview.h"

#include "core/media/videodecoder.h"

#include <QEvent>
#include <QFileInfo>
#include <QLabel>
#include <QPainter>
#include <QSlider>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace montaj::ui {
namespace {
constexpr QSize kCover(153, 272); // 9:16

QString seconds(qint64 ms)
{
    return QLocale().toString(double(ms) / 1000.0, 'f', 1);
}
} // namespace

ComposerPreview::ComposerPreview(QWidget *parent)
    : QFrame(parent)
    , m_title(new QLabel(this))
    , m_cover(new QLabel(this))
    , m_coverSlider(new QSlider(Qt::Horizontal, this))
    , m_coverLabel(new QLabel(this))
    , m_account(new QLabel(this))
    , m_caption(new QLabel(this))
    , m_details(new QLabel(this))
{
    setObjectName(QStringLiteral("composerPreview"));
    m_cover->setObjectName(QStringLiteral("coverFrame"));
    m_coverSlider->setObjectName(QStringLiteral("coverSlider"));
    setFrameShape(QFrame::StyledPanel);
    setBackgroundRole(QPalette::AlternateBase);
    setAutoFillBackground(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_cover->setFixedSize(kCover);
    m_cover->setAlignment(Qt::AlignCenter);
    m_cover->setWordWrap(true);
    m_cover->setAutoFillBackground(true);
    QPalette dark = m_cover->palette();
    dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
    dark.setColor(QPalette::WindowText, QColor(0xdd, 0xdd, 0xdd));
    m_cover->setPalette(dark);
    m_coverSlider->setEnabled(false);
    m_coverSlider->setSingleStep(100);
    m_coverSlider->setPageStep(1000);
    for (QLabel *label : {m_coverLabel, m_account, m_caption, m_details})
        label->setWordWrap(true);
    m_coverLabel->setForegroundRole(QPalette::PlaceholderText);
    m_caption->setTextFormat(Qt::PlainText);
    m_caption->setAlignment(Qt::AlignTop | Qt::AlignLeading);
    m_caption->setMaximumHeight(6 * fontMetrics().lineSpacing());
    m_details->setForegroundRole(QPalette::PlaceholderText);
    setFixedWidth(kCover.width() + 60);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_cover, 0, Qt::AlignHCenter);
    layout->addWidget(m_coverSlider);
    layout->addWidget(m_coverLabel);
    layout->addWidget(m_account);
    layout->addWidget(m_caption);
    layout->addWidget(m_details);
    layout->addStretch(1);

    connect(&m_watcher, &QFutureWatcher<Frame>::finished, this, &ComposerPreview::showFrame);
    connect(m_coverSlider, &QSlider::valueChanged, this, [this](int value) {
        m_coverMs = value;
        retranslate();
        Q_EMIT coverChanged(m_coverMs);
    });
    connect(m_coverSlider, &QSlider::sliderReleased, this, &ComposerPreview::load);
    connect(m_coverSlider, &QSlider::valueChanged, this, [this] {
        if (!m_coverSlider->isSliderDown())
            load();
    });
    retranslate();
}

ComposerPreview::~ComposerPreview()
{
    m_watcher.disconnect(this);
    m_watcher.waitForFinished(); // the decoder job holds no pointer to this, but let it end first
}

void ComposerPreview::setMedia(const QString &path, bool isProject)
{
    if (path == m_path && isProject == m_isProject)
        return;
    m_path = path;
    m_isProject = isProject;
    m_durationMs = -1;
    m_frame = {};
    m_error.clear();
    m_coverSlider->setEnabled(false);
    load();
}

void ComposerPreview::setCoverMs(qint64 ms)
{
    m_coverMs = std::max<qint64>(0, ms);
    const QSignalBlocker quiet(m_coverSlider);
    m_coverSlider->setValue(static_cast<int>(std::min<qint64>(m_coverMs, std::numeric_limits<int>::max())));
    load();
}

void ComposerPreview::load()
{
    if (m_path.isEmpty() || m_isProject || !QFileInfo::exists(m_path)) {
        m_frame = {};
        m_loading = false;
        retranslate();
        return;
    }
    if (m_watcher.isRunning()) {
        m_reloadAfter = true; // one decode at a time; the latest request wins
        return;
    }
    m_loading = true;
    retranslate();
    const QString path = m_path;
    const qint64 coverMs = m_coverMs;
    const QSize size = kCover * devicePixelRatioF();
    m_watcher.setFuture(QtConcurrent::run([path, coverMs, size]() {
        Frame frame;
        auto decoder = VideoDecoder::open(path, 1);
        if (!decoder) {
            frame.error = decoder.error().message;
            return frame;
        }
        frame.durationMs = (*decoder)->durationUs() / 1000;
        auto image = (*decoder)->imageAt(coverMs * 1000, size);
        if (image)
            frame.image = *image;
        else
            frame.error = image.error().message;
        return frame;
    }));
}

void ComposerPreview::showFrame()
{
    const Frame frame = m_watcher.result();
    m_loading = false;
    m_error = frame.error;
    m_frame = frame.image;
    m_frame.setDevicePixelRatio(devicePixelRatioF());
    if (frame.durationMs >= 0 && frame.durationMs != m_durationMs) {
        m_durationMs = frame.durationMs;
        const QSignalBlocker quiet(m_coverSlider);
        m_coverSlider->setRange(
            0, static_cast<int>(std::min<qint64>(m_durationMs, std::numeric_limits<int>::max())));
        m_coverSlider->setValue(static_cast<int>(std::min<qint64>(m_coverMs, m_durationMs)));
        m_coverSlider->setEnabled(true);
        Q_EMIT durationKnown(m_durationMs);
    }
    retranslate();
    if (m_reloadAfter) {
        m_reloadAfter = false;
        load();
    }
    Q_EMIT frameLoaded();
}

void ComposerPreview::setSummary(const Summary &summary)
{
    m_summary = summary;
    retranslate();
}

void ComposerPreview::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

void ComposerPreview::retranslate()
{
    m_title->setText(tr("Preview"));
    if (!m_frame.isNull())
        m_cover->setPixmap(QPixmap::fromImage(m_frame));
    else if (m_loading)
        m_cover->setText(tr("Loading the cover…"));
    else if (m_isProject)
        m_cover->setText(tr("The project is rendered when it is published."));
    else if (!m_error.isEmpty())
        m_cover->setText(tr("No picture: %1").arg(m_error));
    else
        m_cover->setText(tr("No video chosen"));
    m_coverSlider->setAccessibleName(tr("Cover frame"));
    m_coverLabel->setText(m_durationMs > 0 ? tr("Cover frame at %1 s").arg(seconds(m_coverMs)) : QString());
    m_coverLabel->setVisible(m_durationMs > 0);
    m_account->setText(QStringLiteral("<b>%1</b>").arg(m_summary.account.toHtmlEscaped()));
    m_caption->setText(m_summary.caption.isEmpty() ? tr("(no caption)") : m_summary.caption);
    QStringList details;
    details << (m_summary.audience.isEmpty() ? tr("Audience not chosen")
                                             : tr("Audience: %1").arg(m_summary.audience));
    if (!m_summary.labels.isEmpty())
        details << tr("Labels: %1").arg(m_summary.labels);
    if (!m_summary.when.isEmpty())
        details << m_summary.when;
    m_details->setText(details.join(QLatin1Char('\n')));
}

} // namespace montaj::ui
