#pragma once

#include "core/edit/projecttypes.h"
#include "core/foundation/result.h"
#include "core/preview/internal/overlaycache.h"

#include <QCoreApplication>
#include <QHash>
#include <QImage>
#include <QList>

#include <functional>
#include <memory>
#include <optional>
#include <unordered_map>

namespace montaj {

class ProxyIndex;
class VideoDecoder;

// Runs on every preview frame after the clip's picture is placed and before the text overlays, on
// the thread that renders (the place for a filter stack at preview resolution).
using PreviewFilter = std::function<void(QImage &frame, qint64 timelineUs)>;

// The project's picture at a timeline time, at a preview size, drawn the way the export draws it:
// the clip under the time, its exact source frame (one decoder kept open per file, a proxy when
// ProxyCache has one ready), placed with CanvasCompositor::place's fit/fill/crop geometry scaled to
// the preview, the canvas background where the picture does not reach, then the text overlays from
// OverlayRenderer (cached per overlay value and size). Stills and clips without a picture are
// handled. Not thread-safe: it lives on the playback thread. Not for export nor for sound.
class PreviewRenderer
{
    Q_DECLARE_TR_FUNCTIONS(PreviewRenderer)

public:
    // A preview is at most this many pixels on its short side unless asked otherwise.
    static constexpr int kDefaultShortSide = 540;

    struct Stats
    {
        qint64 frames = 0;       // render() calls
        qint64 conversions = 0;  // source pictures decoded and scaled (the rest came from the cache)
        qint64 proxyFrames = 0;  // pictures taken from a proxy
        qint64 decoderOpens = 0; // files opened
        qint64 overlayRenders = 0;
    };

    PreviewRenderer();
    ~PreviewRenderer();
    PreviewRenderer(const PreviewRenderer &) = delete;
    PreviewRenderer &operator=(const PreviewRenderer &) = delete;

    // Decoders of files the new project still uses stay open.
    void setProject(const ProjectState &project);
    const ProjectState &project() const { return m_project; }
    qint64 durationUs() const { return m_durationUs; }

    // The frame size; an empty size means the canvas scaled to kDefaultShortSide.
    void setOutputSize(QSize size);
    QSize outputSize() const;
    // The canvas scaled to fit `bound` (even sides, never larger than the canvas, at least 2×2).
    static QSize fitToCanvas(QSize canvas, QSize bound);
    static QSize defaultSizeFor(QSize canvas);

    // Proxies are looked up here for every frame (ProxyCache::index()); null uses the originals.
    void setProxies(std::shared_ptr<const ProxyIndex> proxies) { m_proxies = std::move(proxies); }
    void setFilter(PreviewFilter filter) { m_filter = std::move(filter); }

    // The frame at timelineUs (clamped to the timeline; an empty timeline gives the background),
    // RGB32 at outputSize(). Fails when the clip's file cannot be opened or decoded.
    Result<QImage> render(qint64 timelineUs);
    // What to show instead when render() fails: the background and the text overlays.
    QImage placeholder(qint64 timelineUs);

    Stats stats() const;

private:
    struct OpenDecoder
    {
        std::unique_ptr<VideoDecoder> decoder;
        qint64 lastUse = 0;
        qint64 layerTimeUs = -1; // the cached picture: source frame time and size it was scaled to
        QSize layerSize;
        QImage layer;
    };
    struct ClipAt
    {
        qsizetype index;
        qint64 sourceUs;
    };

    qint64 clampToTimeline(qint64 timelineUs) const;
    std::optional<ClipAt> clipAt(qint64 timelineUs) const;
    Result<OpenDecoder *> decoderFor(const QString &file);
    Result<void> drawPicture(QImage &frame, const Clip &clip, qint64 sourceUs);
    void finish(QImage &frame, qint64 timelineUs);
    void closeUnused();

    ProjectState m_project;
    QList<qint64> m_clipStart;
    qint64 m_durationUs = 0;
    QSize m_requestedSize;
    std::shared_ptr<const ProxyIndex> m_proxies;
    PreviewFilter m_filter;
    std::unordered_map<QString, OpenDecoder> m_decoders; // by the file opened (original or proxy)
    QHash<QString, Error> m_unopenable; // files that failed to open, until the project changes
    OverlayCache m_overlays;
    // The last caption pictures drawn: a cue stays up for seconds, its picture is drawn once.
    struct CaptionPicture
    {
        CaptionCue cue;
        CaptionStyle style;
        qsizetype word = -1;
        QSize size;
        QImage image;
    };
    QList<CaptionPicture> m_captionPictures;
    qint64 m_useClock = 0;
    Stats m_stats;
};

} // namespace montaj
