#include "core/preview/previewrenderer.h"

#include "core/media/videodecoder.h"
#include "core/preview/framegrid.h"
#include "core/preview/proxyindex.h"
#include "core/render/canvascompositor.h"
#include "core/render/captionrenderer.h"

#include <QPainter>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace montaj {
namespace {

constexpr size_t kMaxOpenDecoders = 6;

int evenAtLeast2(double v)
{
    return std::max(2, int(std::lround(v / 2.0)) * 2);
}

int even(double v)
{
    return int(std::lround(v / 2.0)) * 2;
}

// The source area the export really takes: CanvasCompositor crops 4:2:0 pictures on even pixels.
QRectF exportSourceArea(const QRectF &area, QSize display)
{
    const int x = std::clamp(even(area.x()), 0, std::max(0, display.width() - 2));
    const int y = std::clamp(even(area.y()), 0, std::max(0, display.height() - 2));
    const int w = std::clamp(even(area.width()), 2, std::max(2, display.width() - x));
    const int h = std::clamp(even(area.height()), 2, std::max(2, display.height() - y));
    return QRectF(x, y, w, h);
}

} // namespace

PreviewRenderer::PreviewRenderer() = default;
PreviewRenderer::~PreviewRenderer() = default;

QSize PreviewRenderer::fitToCanvas(QSize canvas, QSize bound)
{
    if (canvas.isEmpty())
        return {};
    if (bound.isEmpty() || (bound.width() >= canvas.width() && bound.height() >= canvas.height()))
        return QSize(evenAtLeast2(canvas.width() - 1), evenAtLeast2(canvas.height() - 1));
    const double k =
        std::min(double(bound.width()) / canvas.width(), double(bound.height()) / canvas.height());
    return QSize(std::min(canvas.width(), evenAtLeast2(canvas.width() * k)),
                 std::min(canvas.height(), evenAtLeast2(canvas.height() * k)));
}

QSize PreviewRenderer::defaultSizeFor(QSize canvas)
{
    const int shortSide = std::min(canvas.width(), canvas.height());
    if (shortSide <= kDefaultShortSide)
        return fitToCanvas(canvas, canvas);
    const double k = double(kDefaultShortSide) / shortSide;
    return fitToCanvas(canvas,
                       QSize(int(std::ceil(canvas.width() * k)), int(std::ceil(canvas.height() * k))));
}

void PreviewRenderer::setOutputSize(QSize size)
{
    m_requestedSize = size;
}

QSize PreviewRenderer::outputSize() const
{
    return m_requestedSize.isEmpty() ? defaultSizeFor(m_project.canvas.size) : m_requestedSize;
}

void PreviewRenderer::setProject(const ProjectState &project)
{
    m_project = project;
    m_clipStart.clear();
    qint64 at = 0;
    for (const Clip &c : m_project.clips) {
        m_clipStart << at;
        at += c.durationUs();
    }
    m_durationUs = at;
    m_unopenable.clear();
    closeUnused();
}

void PreviewRenderer::closeUnused()
{
    QSet<QString> used;
    for (const Clip &c : m_project.clips)
        used.insert(c.mediaPath);
    for (auto it = m_decoders.begin(); it != m_decoders.end();) {
        bool keep = used.contains(it->first);
        if (!keep && m_proxies) // a proxy stays open while its source is on the timeline
            for (const QString &source : used)
                keep = keep || m_proxies->readyProxy(source) == it->first;
        it = keep ? std::next(it) : m_decoders.erase(it);
    }
}

std::optional<PreviewRenderer::ClipAt> PreviewRenderer::clipAt(qint64 timelineUs) const
{
    if (m_project.clips.isEmpty() || m_durationUs <= 0)
        return std::nullopt;
    const auto it = std::upper_bound(m_clipStart.begin(), m_clipStart.end(), timelineUs);
    const qsizetype index = std::max<qsizetype>(0, std::distance(m_clipStart.begin(), it) - 1);
    return ClipAt{index, m_project.clips[index].inUs + (timelineUs - m_clipStart[index])};
}

Result<PreviewRenderer::OpenDecoder *> PreviewRenderer::decoderFor(const QString &file)
{
    if (const auto failed = m_unopenable.constFind(file); failed != m_unopenable.constEnd())
        return *failed;
    auto found = m_decoders.find(file);
    if (found == m_decoders.end()) {
        auto opened = VideoDecoder::open(file);
        if (!opened) {
            m_unopenable.insert(file, opened.error());
            return opened.error();
        }
        ++m_stats.decoderOpens;
        if (m_decoders.size() >= kMaxOpenDecoders) {
            auto oldest =
                std::min_element(m_decoders.begin(), m_decoders.end(), [](const auto &a, const auto &b) {
                    return a.second.lastUse < b.second.lastUse;
                });
            m_decoders.erase(oldest);
        }
        OpenDecoder entry;
        entry.decoder = std::move(opened).value();
        found = m_decoders.emplace(file, std::move(entry)).first;
    }
    found->second.lastUse = ++m_useClock;
    return &found->second;
}

Result<void> PreviewRenderer::drawPicture(QImage &frame, const Clip &clip, qint64 sourceUs)
{
    // The proxy when one is ready (same frame at the same time, far cheaper to seek), else the file.
    OpenDecoder *open = nullptr;
    bool fromProxy = false;
    if (m_proxies) {
        const QString proxy = m_proxies->readyProxy(clip.mediaPath);
        if (!proxy.isEmpty()) {
            if (auto d = decoderFor(proxy); d) {
                open = *d;
                fromProxy = true;
            }
        }
    }
    if (!open) {
        auto d = decoderFor(clip.mediaPath);
        if (!d)
            return Error(d.error()).with(QStringLiteral("clip"), clip.id);
        open = *d;
    }
    VideoDecoder &decoder = *open->decoder;
    const QSize native = decoder.displaySize(); // of the file actually decoded
    // Geometry comes from the original's upright size, exactly as the export computes it.
    const QSize display = clip.sourceSize.isValid() && !clip.sourceSize.isEmpty() ? clip.sourceSize : native;
    if (display.isEmpty() || native.isEmpty())
        return Error(QStringLiteral("preview.no_picture"), tr("The clip's file has no picture size."),
                     {{QStringLiteral("clip"), clip.id}});
    const QSize canvas = m_project.canvas.size;
    CanvasCompositor::Placement p = CanvasCompositor::place(display, canvas, clip.fit, clip.cropRect);
    p.source = exportSourceArea(p.source, display);
    const double sx = double(frame.width()) / canvas.width();
    const double sy = double(frame.height()) / canvas.height();
    const int left = int(std::lround(p.target.x() * sx)), top = int(std::lround(p.target.y() * sy));
    const QRect target =
        QRect(QPoint(left, top), QPoint(int(std::lround((p.target.x() + p.target.width()) * sx)) - 1,
                                        int(std::lround((p.target.y() + p.target.height()) * sy)) - 1))
            .intersected(frame.rect());
    if (target.isEmpty() || p.source.isEmpty())
        return {};

    auto picture = decoder.frameAt(sourceUs);
    if (!picture)
        return Error(picture.error()).with(QStringLiteral("clip"), clip.id);
    if (fromProxy)
        ++m_stats.proxyFrames;

    // The whole upright picture at the scale that maps the chosen source area onto the target; when
    // that would upscale the decoded file, take it at its own size and let QPainter scale the area.
    const double kx = double(target.width()) / p.source.width();
    const double ky = double(target.height()) / p.source.height();
    QSize layerSize(std::max(1, int(std::lround(display.width() * kx))),
                    std::max(1, int(std::lround(display.height() * ky))));
    const bool direct = layerSize.width() <= native.width() && layerSize.height() <= native.height();
    if (!direct)
        layerSize = native;
    const qint64 frameUs = decoder.currentTimeUs();
    if (open->layerTimeUs != frameUs || open->layerSize != layerSize || open->layer.isNull()) {
        auto image = decoder.imageAt(sourceUs, layerSize, Qt::IgnoreAspectRatio);
        if (!image)
            return Error(image.error()).with(QStringLiteral("clip"), clip.id);
        ++m_stats.conversions;
        open->layer = std::move(image).value();
        open->layerTimeUs = frameUs;
        open->layerSize = layerSize;
    }
    const QImage &layer = open->layer;
    const double lx = double(layer.width()) / display.width();
    const double ly = double(layer.height()) / display.height();
    if (direct) {
        const QRect area =
            QRect(QPoint(int(std::lround(p.source.x() * lx)), int(std::lround(p.source.y() * ly))),
                  target.size())
                .intersected(layer.rect());
        if (target == frame.rect() && area == layer.rect()) {
            frame = layer.convertToFormat(QImage::Format_RGB32); // covers everything: one swizzle
            return {};
        }
        QPainter painter(&frame);
        painter.drawImage(target.topLeft(), layer, area);
        return {};
    }
    const QRectF area(p.source.x() * lx, p.source.y() * ly, p.source.width() * lx, p.source.height() * ly);
    QPainter painter(&frame);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.drawImage(QRectF(target), layer, area);
    return {};
}

void PreviewRenderer::finish(QImage &frame, qint64 timelineUs)
{
    if (m_filter)
        m_filter(frame, timelineUs);
    QPainter painter;
    for (const TextOverlay &o : m_project.overlays) {
        if (timelineUs < o.startUs || timelineUs >= o.endUs)
            continue;
        const OverlayCache::Sprite &sprite = m_overlays.sprite(o, frame.size());
        if (sprite.image.isNull())
            continue;
        if (!painter.isActive())
            painter.begin(&frame);
        painter.drawImage(sprite.offset, sprite.image);
    }
    const CaptionTrack &track = m_project.captions;
    // Like the export: captions that only go into the subtitle track are not in the picture.
    if (const qsizetype index = track.output.burnIn ? CaptionRenderer::cueAt(track, timelineUs) : -1;
        index >= 0) {
        const CaptionCue &cue = track.cues[index];
        const qsizetype word = track.style.preset == CaptionPreset::WordHighlight
                                   ? CaptionRenderer::wordAt(cue, timelineUs)
                                   : -1;
        auto cached =
            std::find_if(m_captionPictures.begin(), m_captionPictures.end(), [&](const CaptionPicture &p) {
                return p.word == word && p.size == frame.size() && p.cue == cue && p.style == track.style;
            });
        if (cached == m_captionPictures.end()) {
            if (m_captionPictures.size() >= 4)
                m_captionPictures.removeFirst();
            m_captionPictures.append({cue, track.style, word, frame.size(),
                                      CaptionRenderer::renderCue(cue, track.style, frame.size(), word)});
            cached = std::prev(m_captionPictures.end());
        }
        if (!cached->image.isNull()) {
            if (!painter.isActive())
                painter.begin(&frame);
            painter.drawImage(0, 0, cached->image);
        }
    }
    m_stats.overlayRenders = m_overlays.renders();
}

qint64 PreviewRenderer::clampToTimeline(qint64 timelineUs) const
{
    // The end of the timeline (and beyond) shows the last frame, as the export's last frame.
    const FrameGrid grid{m_project.canvas.fpsNum, m_project.canvas.fpsDen, m_durationUs};
    if (timelineUs >= m_durationUs)
        return std::min(grid.timeOf(grid.lastIndex()), std::max<qint64>(0, m_durationUs - 1));
    return std::max<qint64>(0, timelineUs);
}

Result<QImage> PreviewRenderer::render(qint64 timelineUs)
{
    ++m_stats.frames;
    timelineUs = clampToTimeline(timelineUs);
    const QSize size = outputSize();
    if (size.isEmpty())
        return Error(QStringLiteral("preview.no_canvas"), tr("The project has no canvas size."));
    QImage frame(size, QImage::Format_RGB32);
    frame.fill(m_project.canvas.background);
    if (const auto at = clipAt(timelineUs)) {
        const Clip &clip = m_project.clips[at->index];
        if (clip.sourceHasVideo)
            if (auto drawn = drawPicture(frame, clip, at->sourceUs); !drawn)
                return drawn.error();
    }
    finish(frame, timelineUs);
    return frame;
}

QImage PreviewRenderer::placeholder(qint64 timelineUs)
{
    QImage frame(outputSize().expandedTo(QSize(2, 2)), QImage::Format_RGB32);
    frame.fill(m_project.canvas.background);
    finish(frame, clampToTimeline(timelineUs));
    return frame;
}

PreviewRenderer::Stats PreviewRenderer::stats() const
{
    return m_stats;
}

} // namespace montaj
