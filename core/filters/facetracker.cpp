#include "core/filters/facetracker.h"

#include <QFileInfo>

#include <opencv2/imgproc.hpp>
#include <opencv2/objdetect.hpp>

#include <algorithm>
#include <cmath>
#include <tuple>

namespace montaj {

namespace {

double iou(const QRectF &a, const QRectF &b)
{
    const QRectF i = a.intersected(b);
    if (i.isEmpty())
        return 0;
    const double inter = i.width() * i.height();
    return inter / (a.width() * a.height() + b.width() * b.height() - inter);
}

// Moves `from` towards `to`, ignoring changes smaller than the dead band (detector wobble).
double follow(double from, double to, double gain, double deadBand)
{
    const double d = to - from;
    if (std::abs(d) <= deadBand)
        return from;
    return from + gain * (d - std::copysign(deadBand, d));
}

} // namespace

FaceTracker::FaceTracker(std::unique_ptr<cv::CascadeClassifier> cascade, Options options)
    : m_cascade(std::move(cascade))
    , m_options(options)
{}

FaceTracker::~FaceTracker() = default;

QString FaceTracker::defaultCascadePath()
{
    return QStringLiteral("/usr/share/opencv4/haarcascades/haarcascade_frontalface_default.xml");
}

Result<std::unique_ptr<FaceTracker>> FaceTracker::create(const QString &cascadePath, Options options)
{
    if (!QFileInfo(cascadePath).isFile())
        return Error(QStringLiteral("filters.cascade_missing"),
                     tr("The face detector's cascade file is missing (on Debian and Ubuntu it comes with the "
                        "package opencv-data)."),
                     {{QStringLiteral("file"), cascadePath}});
    auto cascade = std::make_unique<cv::CascadeClassifier>();
    bool loaded = false;
    try {
        loaded = cascade->load(cascadePath.toStdString());
    } catch (const cv::Exception &) {
        loaded = false;
    }
    if (!loaded || cascade->empty())
        return Error(QStringLiteral("filters.cascade_unreadable"),
                     tr("The face detector's cascade file cannot be loaded."),
                     {{QStringLiteral("file"), cascadePath}});
    options.detectEvery = std::max(1, options.detectEvery);
    return std::unique_ptr<FaceTracker>(new FaceTracker(std::move(cascade), options));
}

cv::Rect FaceTracker::regionFor(const QRectF &box, double margin, cv::Size frame)
{
    const double w = box.width() * (1 + margin), h = box.height() * (1 + 1.4 * margin);
    const double x = box.center().x() - w / 2, y = box.center().y() - h / 2;
    const cv::Rect r(int(std::floor(x * frame.width)), int(std::floor(y * frame.height)),
                     int(std::ceil(w * frame.width)), int(std::ceil(h * frame.height)));
    return r & cv::Rect(0, 0, frame.width, frame.height);
}

QList<QRectF> FaceTracker::detect(const cv::Mat &bgr)
{
    ++m_detectorRuns;
    const double shrink = std::min(1.0, double(m_options.detectShortSide) / std::min(bgr.cols, bgr.rows));
    cv::cvtColor(bgr, m_gray, cv::COLOR_BGR2GRAY);
    cv::resize(m_gray, m_small, cv::Size(), shrink, shrink, cv::INTER_AREA);
    cv::equalizeHist(m_small, m_small);
    std::vector<cv::Rect> found;
    m_cascade->detectMultiScale(m_small, found, 1.12, 4, 0, cv::Size(24, 24));
    // The detector's threads collect candidates in any order: sort for a deterministic result.
    std::sort(found.begin(), found.end(), [](const cv::Rect &a, const cv::Rect &b) {
        return std::tie(a.x, a.y, a.width, a.height) < std::tie(b.x, b.y, b.width, b.height);
    });
    QList<QRectF> boxes;
    for (const cv::Rect &r : found)
        boxes << QRectF(double(r.x) / m_small.cols, double(r.y) / m_small.rows,
                        double(r.width) / m_small.cols, double(r.height) / m_small.rows);
    return boxes;
}

void FaceTracker::reset()
{
    m_tracks.clear();
    m_lastFrame = -2;
    m_nextId = 1;
}

QList<FaceTracker::Face> FaceTracker::update(const cv::Mat &bgr, qint64 frameIndex)
{
    const bool continuous = frameIndex == m_lastFrame + 1;
    if (!continuous)
        reset();
    if (continuous) // predict: constant velocity since the last detection
        for (Track &t : m_tracks)
            t.face.box.translate(t.vx, t.vy);
    if (!continuous || frameIndex - m_lastDetection >= m_options.detectEvery) {
        matchDetections(detect(bgr), frameIndex);
        m_lastDetection = frameIndex;
    }
    m_lastFrame = frameIndex;

    QList<Face> faces;
    for (const Track &t : m_tracks)
        if (t.face.hits >= m_options.confirmHits)
            faces << t.face;
    std::stable_sort(faces.begin(), faces.end(), [](const Face &a, const Face &b) {
        return a.box.width() * a.box.height() > b.box.width() * b.box.height();
    });
    return faces;
}

void FaceTracker::matchDetections(const QList<QRectF> &detections, qint64 frameIndex)
{
    // Greedy matching by overlap, best pairs first; ties by order (deterministic).
    struct Pair
    {
        double overlap;
        qsizetype track, detection;
    };
    QList<Pair> pairs;
    for (qsizetype t = 0; t < m_tracks.size(); ++t)
        for (qsizetype d = 0; d < detections.size(); ++d)
            if (const double o = iou(m_tracks[t].face.box, detections[d]); o > 0.15)
                pairs << Pair{o, t, d};
    std::stable_sort(pairs.begin(), pairs.end(),
                     [](const Pair &a, const Pair &b) { return a.overlap > b.overlap; });
    QList<bool> trackMatched(m_tracks.size(), false), detectionUsed(detections.size(), false);
    for (const Pair &p : pairs) {
        if (trackMatched[p.track] || detectionUsed[p.detection])
            continue;
        trackMatched[p.track] = detectionUsed[p.detection] = true;
        Track &t = m_tracks[p.track];
        const QRectF &d = detections[p.detection];
        const QRectF old = t.face.box;
        const double band = 0.04 * old.width();
        const double cx = follow(old.center().x(), d.center().x(), 0.6, band);
        const double cy = follow(old.center().y(), d.center().y(), 0.6, band);
        const double w = follow(old.width(), d.width(), 0.4, 0.06 * old.width());
        const double h = follow(old.height(), d.height(), 0.4, 0.06 * old.height());
        const double frames = double(std::max<qint64>(1, frameIndex - t.lastSeen));
        // Velocity between corrected centres at detections, damped.
        t.vx = 0.5 * t.vx + 0.5 * (cx - t.seenX) / frames;
        t.vy = 0.5 * t.vy + 0.5 * (cy - t.seenY) / frames;
        t.seenX = cx;
        t.seenY = cy;
        t.face.box = QRectF(cx - w / 2, cy - h / 2, w, h);
        t.face.hits += 1;
        t.misses = 0;
        t.lastSeen = frameIndex;
    }
    for (qsizetype i = m_tracks.size() - 1; i >= 0; --i) {
        if (trackMatched[i])
            continue;
        Track &t = m_tracks[i];
        t.vx = t.vy = 0; // lost: hold still until seen again or dropped
        if (++t.misses >= m_options.dropAfterMisses)
            m_tracks.removeAt(i);
    }
    for (qsizetype d = 0; d < detections.size(); ++d) {
        if (detectionUsed[d])
            continue;
        Track t;
        t.face.id = m_nextId++;
        t.face.box = detections[d];
        t.face.hits = 1;
        t.lastSeen = frameIndex;
        t.seenX = t.face.box.center().x();
        t.seenY = t.face.box.center().y();
        m_tracks << t;
    }
}

} // namespace montaj
