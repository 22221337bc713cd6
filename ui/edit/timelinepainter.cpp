#include "ui/edit/timelinepainter.h"

#include "ui/edit/mediapool.h"
#include "ui/edit/timelineguidepainter.h"
#include "ui/edit/timelinemediacache.h"
#include "ui/edit/timelineruler.h"

#include <QFileInfo>
#include <QPaintDevice>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace montaj::ui {
namespace {

QColor mix(const QColor &a, const QColor &b, double t)
{
    const float u = float(t);
    return QColor::fromRgbF(a.redF() * (1 - u) + b.redF() * u, a.greenF() * (1 - u) + b.greenF() * u,
                            a.blueF() * (1 - u) + b.blueF() * u, a.alphaF() * (1 - u) + b.alphaF() * u);
}

QColor withAlpha(QColor c, double alpha)
{
    c.setAlphaF(float(alpha));
    return c;
}

constexpr TimelineLane kLanes[] = {TimelineLane::Video, TimelineLane::Audio, TimelineLane::Text,
                                   TimelineLane::Captions, TimelineLane::Music};
constexpr double kRadius = 3.0;

} // namespace

TimelinePainter::TimelinePainter(QPainter &painter, const TimelineLayout &layout, const TimelineScene &scene,
                                 const QPalette &palette, TimelineMediaCache *cache)
    : m_p(painter)
    , m_layout(layout)
    , m_scene(scene)
    , m_palette(palette)
    , m_cache(cache)
    , m_timeArea(layout.timeAreaLeft(), layout.rulerHeight(), layout.timeAreaWidth(),
                 layout.viewportSize().height() - layout.rulerHeight())
{}

QString TimelinePainter::laneName(TimelineLane lane)
{
    switch (lane) {
    case TimelineLane::Video: return tr("Video");
    case TimelineLane::Audio: return tr("Audio");
    case TimelineLane::Text: return tr("Text");
    case TimelineLane::Captions: return tr("Captions");
    case TimelineLane::Music: return tr("Music");
    }
    return {};
}

void TimelinePainter::paint()
{
    m_p.setRenderHint(QPainter::Antialiasing, false);
    paintLanes();
    m_p.save();
    m_p.setClipRect(m_timeArea);
    paintClips();
    paintOverlays();
    paintCaptionsLane();
    paintMusic();
    TimelineGuidePainter guides(m_p, m_layout, m_scene, m_palette);
    guides.paintGesture();
    m_p.restore();
    TimelineRuler::paint(m_p, m_layout, m_palette);
    guides.paintMarksAndPlayhead();
    paintHeader();
    if (m_scene.focused) {
        m_p.setPen(QPen(m_palette.color(QPalette::Highlight), 1));
        m_p.setBrush(Qt::NoBrush);
        m_p.drawRect(QRect(QPoint(0, 0), m_layout.viewportSize()).adjusted(0, 0, -1, -1));
    }
}

QRectF TimelinePainter::visiblePart(const QRectF &rect) const
{
    return rect.intersected(QRectF(m_timeArea));
}

void TimelinePainter::paintLanes()
{
    const int bottom = m_layout.viewportSize().height();
    m_p.fillRect(QRect(0, 0, m_layout.viewportSize().width(), bottom), m_palette.base());
    bool alternate = false;
    for (const TimelineLane lane : kLanes) {
        const QRect r = m_layout.laneRect(lane);
        if (alternate)
            m_p.fillRect(r, m_palette.alternateBase());
        alternate = !alternate;
        m_p.setPen(withAlpha(m_palette.color(QPalette::Mid), 0.6));
        m_p.drawLine(r.bottomLeft(), r.bottomRight());
    }
}

void TimelinePainter::paintLabel(const QRectF &rect, const QString &text, const QColor &color)
{
    if (rect.width() < 24 || text.isEmpty())
        return;
    // A tag as wide as the text, so pictures and waveforms stay visible beside it.
    const QFontMetricsF fm(m_p.font());
    const double maxWidth = rect.width() - 10;
    const QString shown = fm.elidedText(text, Qt::ElideRight, maxWidth);
    const QRectF tag(rect.left() + 1, rect.top() + 1, std::min(maxWidth, fm.horizontalAdvance(shown)) + 8,
                     std::min(rect.height() - 2, fm.height() + 2));
    m_p.fillRect(tag, withAlpha(m_palette.color(QPalette::Window), 0.72));
    m_p.setPen(color);
    m_p.save();
    m_p.setLayoutDirection(Qt::LayoutDirectionAuto); // the string's own direction decides
    m_p.drawText(tag.adjusted(4, 0, -4, 0), Qt::AlignVCenter | Qt::AlignLeft, shown);
    m_p.restore();
}

void TimelinePainter::outline(const QRectF &rect, const QString &id)
{
    const bool selected = isSelected(id);
    m_p.setBrush(Qt::NoBrush);
    if (selected) {
        m_p.fillRect(rect, withAlpha(m_palette.color(QPalette::Highlight), 0.22));
        m_p.setPen(QPen(m_palette.color(QPalette::Text), 2));
        m_p.drawRect(rect.adjusted(1, 1, -1, -1));
        if (m_scene.focused && !m_scene.selection.isEmpty() && m_scene.selection.last() == id) {
            m_p.setPen(QPen(m_palette.color(QPalette::Highlight), 1, Qt::DashLine));
            m_p.drawRect(rect.adjusted(3, 3, -3, -3));
        }
    } else {
        m_p.setPen(QPen(m_palette.color(QPalette::Mid), 1));
        m_p.drawRect(rect.adjusted(0.5, 0.5, -0.5, -0.5));
    }
}

void TimelinePainter::paintClips()
{
    const ProjectState &state = m_layout.state();
    if (state.clips.isEmpty()) {
        const QRect lane = m_layout.laneRect(TimelineLane::Video);
        m_p.setPen(m_palette.color(QPalette::PlaceholderText));
        m_p.save();
        m_p.setLayoutDirection(Qt::LayoutDirectionAuto);
        m_p.drawText(QRect(m_timeArea.left() + 12, lane.top(), m_timeArea.width() - 24, lane.height()),
                     Qt::AlignVCenter | Qt::AlignLeft,
                     tr("Drop clips here from the media bin or your files"));
        m_p.restore();
        return;
    }
    const QColor video = mix(m_palette.color(QPalette::Button), m_palette.color(QPalette::Highlight), 0.18);
    const auto [first, last] = m_layout.clipsBetween(m_layout.visibleStartUs(), m_layout.visibleEndUs() + 1);
    for (qsizetype i = first; i < last; ++i) {
        const Clip &clip = state.clips.at(i);
        const QRectF rect = m_layout.clipRect(i);
        const QRectF visible = visiblePart(rect);
        if (visible.isEmpty())
            continue;
        m_p.fillRect(rect, video);
        if (clip.sourceHasVideo && rect.width() >= 12)
            paintThumbnails(clip, rect, visible);
        paintLabel(rect, QFileInfo(clip.mediaPath).fileName(), m_palette.color(QPalette::WindowText));
        outline(rect, clip.id);
        paintClipSound(clip, i);
    }
}

void TimelinePainter::paintThumbnails(const Clip &clip, const QRectF &rect, const QRectF &visible)
{
    if (!m_cache || clip.sourceDurationUs <= 0)
        return;
    const bool still = clip.sourceDurationUs >= MediaPool::kStillSourceUs;
    const int count = still ? 1 : int(std::clamp<qint64>(clip.sourceDurationUs / 1'500'000, 4, 48));
    const qreal dpr = m_p.device() ? m_p.device()->devicePixelRatioF() : 1.0;
    const int height = int(std::lround((rect.height() - 2) * dpr));
    const QList<QImage> *thumbs = m_cache->thumbnails(clip.mediaPath, count, height);
    if (!thumbs || thumbs->isEmpty() || thumbs->first().isNull())
        return;
    const double tileWidth = std::max(8.0, thumbs->first().width() / dpr);
    const double pxPerUs = m_layout.pxPerUs();
    m_p.save();
    m_p.setClipRect(visible, Qt::IntersectClip);
    m_p.setRenderHint(QPainter::SmoothPixmapTransform);
    double x = rect.left() + std::floor((visible.left() - rect.left()) / tileWidth) * tileWidth;
    for (; x < visible.right(); x += tileWidth) {
        const double sourceUs = double(clip.inUs) + (x + tileWidth / 2 - rect.left()) / pxPerUs;
        const auto index = still ? 0
                                 : std::clamp<qsizetype>(qsizetype(sourceUs / double(clip.sourceDurationUs)
                                                                   * double(thumbs->size())),
                                                         0, thumbs->size() - 1);
        const QImage &image = thumbs->at(index);
        m_p.drawImage(QRectF(x, rect.top() + 1, tileWidth, rect.height() - 2), image);
    }
    m_p.restore();
}

void TimelinePainter::paintClipSound(const Clip &clip, qsizetype index)
{
    const QRectF rect = m_layout.clipRect(index, TimelineLane::Audio);
    const QRectF visible = visiblePart(rect);
    if (visible.isEmpty())
        return;
    const QColor sound = mix(m_palette.color(QPalette::Base), m_palette.color(QPalette::Link), 0.22);
    m_p.fillRect(rect, clip.muted || !clip.sourceHasAudio ? withAlpha(sound, 0.35) : sound);
    if (clip.sourceHasAudio) {
        QColor wave = m_palette.color(QPalette::Text);
        wave.setAlphaF(clip.muted ? 0.25f : 0.8f);
        m_p.setPen(wave);
        paintWaveform(clip.mediaPath, clip.sourceDurationUs, rect, visible, clip.inUs,
                      clip.muted ? 1.0 : std::min(1.0, std::max(0.15, clip.volume)));
    }
    if (clip.muted)
        paintLabel(rect, tr("Muted"), m_palette.color(QPalette::PlaceholderText));
    else if (!clip.sourceHasAudio)
        paintLabel(rect, tr("No sound"), m_palette.color(QPalette::PlaceholderText));
    outline(rect, clip.id);
}

void TimelinePainter::paintWaveform(const QString &path, qint64 sourceDurationUs, const QRectF &rect,
                                    const QRectF &visible, qint64 sourceAtLeftUs, double gain)
{
    if (!m_cache || sourceDurationUs <= 0 || sourceDurationUs >= MediaPool::kStillSourceUs)
        return;
    const int buckets = int(std::clamp<qint64>(sourceDurationUs / 20'000, 64, 30'000)); // 50 per second
    const QList<Waveform::Peak> *peaks = m_cache->peaks(path, buckets);
    if (!peaks || peaks->isEmpty())
        return;
    const double perUs = double(peaks->size()) / double(sourceDurationUs);
    const double usPerPx = 1.0 / m_layout.pxPerUs();
    const double mid = rect.center().y();
    const double half = rect.height() / 2 - 2;
    QList<QLineF> lines;
    lines.reserve(qsizetype(visible.width()) + 1);
    for (int x = int(std::floor(visible.left())); x < int(std::ceil(visible.right())); ++x) {
        const double t0 = double(sourceAtLeftUs) + (x - rect.left()) * usPerPx;
        auto b0 = qsizetype(std::floor(t0 * perUs));
        auto b1 = std::max(b0 + 1, qsizetype(std::floor((t0 + usPerPx) * perUs)));
        if (b0 >= peaks->size())
            break;
        b0 = std::max<qsizetype>(0, b0);
        b1 = std::min(b1, peaks->size());
        float low = 0;
        float high = 0;
        for (qsizetype b = b0; b < b1; ++b) {
            low = std::min(low, peaks->at(b).low);
            high = std::max(high, peaks->at(b).high);
        }
        lines << QLineF(x + 0.5, mid - high * half * gain, x + 0.5, mid - low * half * gain + 1);
    }
    m_p.drawLines(lines);
}

void TimelinePainter::paintOverlays()
{
    const ProjectState &state = m_layout.state();
    const QColor block = mix(m_palette.color(QPalette::Button), m_palette.color(QPalette::Link), 0.4);
    for (qsizetype i = 0; i < state.overlays.size(); ++i) {
        const TextOverlay &overlay = state.overlays.at(i);
        const QRectF rect = m_layout.overlayRect(i);
        if (visiblePart(rect).isEmpty())
            continue;
        m_p.fillRect(rect, block);
        if (rect.width() >= 16) {
            m_p.save();
            m_p.setClipRect(rect, Qt::IntersectClip);
            m_p.setPen(m_palette.color(QPalette::ButtonText));
            m_p.setLayoutDirection(Qt::LayoutDirectionAuto);
            const QRectF textRect = rect.adjusted(5, 0, -5, 0);
            const QString text = overlay.text.simplified();
            m_p.drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft,
                         m_p.fontMetrics().elidedText(text, Qt::ElideRight, int(textRect.width())));
            m_p.restore();
        }
        outline(rect, overlay.id);
    }
}

void TimelinePainter::paintCaptionsLane()
{
    const CaptionTrack &captions = m_layout.state().captions;
    if (!captions.isEmpty()) {
        const QColor block =
            mix(m_palette.color(QPalette::Button), m_palette.color(QPalette::Highlight), 0.3);
        for (qsizetype i = 0; i < captions.cues.size(); ++i) {
            const QRectF rect = m_layout.captionRect(i).adjusted(0.5, 2, -0.5, -2);
            if (visiblePart(rect).isEmpty())
                continue;
            m_p.fillRect(rect, block);
            m_p.setPen(m_palette.color(QPalette::Mid));
            m_p.drawRect(rect);
            if (rect.width() >= 16) {
                m_p.save();
                m_p.setClipRect(rect, Qt::IntersectClip);
                m_p.setPen(m_palette.color(QPalette::ButtonText));
                m_p.setLayoutDirection(Qt::LayoutDirectionAuto);
                const QRectF textRect = rect.adjusted(4, 0, -4, 0);
                const QString text = captions.cues.at(i).text.simplified();
                m_p.drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft,
                             m_p.fontMetrics().elidedText(text, Qt::ElideRight, int(textRect.width())));
                m_p.restore();
            }
        }
        return;
    }
    // No captions yet: a hint, never made-up cues.
    const QRect lane = m_layout.laneRect(TimelineLane::Captions);
    m_p.setPen(m_palette.color(QPalette::PlaceholderText));
    m_p.save();
    m_p.setLayoutDirection(Qt::LayoutDirectionAuto);
    m_p.drawText(QRect(m_timeArea.left() + 12, lane.top(), m_timeArea.width() - 24, lane.height()),
                 Qt::AlignVCenter | Qt::AlignLeft,
                 tr("Captions will appear here: import a file or make them from speech on the Captions tab"));
    m_p.restore();
}

void TimelinePainter::paintMusic()
{
    const auto rect = m_layout.musicRect();
    const QRect lane = m_layout.laneRect(TimelineLane::Music);
    if (!rect) {
        m_p.setPen(m_palette.color(QPalette::PlaceholderText));
        m_p.save();
        m_p.setLayoutDirection(Qt::LayoutDirectionAuto);
        m_p.drawText(QRect(m_timeArea.left() + 12, lane.top(), m_timeArea.width() - 24, lane.height()),
                     Qt::AlignVCenter | Qt::AlignLeft, tr("Drop a sound file here to add music"));
        m_p.restore();
        return;
    }
    const QRectF visible = visiblePart(*rect);
    if (visible.isEmpty())
        return;
    const MusicTrack &music = m_layout.state().music;
    m_p.fillRect(*rect, mix(m_palette.color(QPalette::Base), m_palette.color(QPalette::Highlight), 0.2));
    m_p.setPen(withAlpha(m_palette.color(QPalette::Text), 0.75));
    paintWaveform(music.path, music.sourceDurationUs, *rect, visible, music.sourceInUs,
                  std::min(1.0, std::max(0.15, music.volume)));
    // After the last clip the music is cut off: show that part faded.
    const double endX = m_layout.xForTime(m_layout.durationUs());
    if (endX < rect->right())
        m_p.fillRect(QRectF(std::max(endX, rect->left()), rect->top(),
                            rect->right() - std::max(endX, rect->left()), rect->height()),
                     withAlpha(m_palette.color(QPalette::Base), 0.6));
    paintLabel(*rect, QFileInfo(music.path).fileName(), m_palette.color(QPalette::WindowText));
    m_p.setPen(QPen(m_palette.color(QPalette::Mid), 1));
    m_p.setBrush(Qt::NoBrush);
    m_p.drawRect(rect->adjusted(0.5, 0.5, -0.5, -0.5));
}

void TimelinePainter::paintHeader()
{
    const int width = m_layout.timeAreaLeft();
    const int height = m_layout.viewportSize().height();
    m_p.fillRect(QRect(0, 0, width, height), m_palette.window());
    m_p.save();
    m_p.setClipRect(QRect(0, m_layout.rulerHeight(), width, height - m_layout.rulerHeight()));
    m_p.setLayoutDirection(Qt::LayoutDirectionAuto);
    for (const TimelineLane lane : kLanes) {
        const QRect r = m_layout.laneRect(lane);
        m_p.setPen(m_palette.color(QPalette::WindowText));
        const QRect textRect(8, r.top(), width - 12, r.height());
        m_p.drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft,
                     m_p.fontMetrics().elidedText(laneName(lane), Qt::ElideRight, textRect.width()));
        m_p.setPen(withAlpha(m_palette.color(QPalette::Mid), 0.6));
        m_p.drawLine(QPoint(0, r.bottom()), QPoint(width, r.bottom()));
    }
    m_p.restore();
    m_p.setPen(m_palette.color(QPalette::Mid));
    m_p.drawLine(QPoint(width - 1, 0), QPoint(width - 1, height));
}

} // namespace montaj::ui
