#pragma once

#include "core/foundation/result.h"

#include <QCoreApplication>
#include <QList>
#include <QRectF>
#include <QString>

#include <opencv2/core/mat.hpp>

#include <memory>

namespace cv {
class CascadeClassifier;
}

namespace montaj {

// Faces across the frames of one clip, for the face-aware filters: a Haar cascade (Debian's
// opencv-data) runs on a reduced copy every few frames, and tracks carry the boxes between
// detections with smoothing and hysteresis (a face stays boxed through a missed detection; small
// detector wobble does not move a box), so boxes neither flicker nor jitter. Boxes are normalized
// to the frame (0..1), so the proxy and the export see the same faces. Deterministic: the same
// frames in the same order give the same boxes. Not thread-safe; not for recognizing anyone.
class FaceTracker
{
    Q_DECLARE_TR_FUNCTIONS(FaceTracker)

public:
    struct Options
    {
        int detectEvery = 6;       // frames between detections (tracking in between)
        int detectShortSide = 320; // the detector sees the frame scaled to this short side
        int confirmHits = 1;       // detections before a track is reported (1: at once, for privacy)
        int dropAfterMisses = 3;   // detections in a row without the face before its track ends
    };

    struct Face
    {
        int id = 0;   // stable while the track lives
        QRectF box;   // normalized to the frame
        int hits = 0; // detections matched so far
    };

    static QString defaultCascadePath();
    // Loads the cascade; a missing or unreadable file is an Error naming it.
    static Result<std::unique_ptr<FaceTracker>> create(const QString &cascadePath, Options options);
    ~FaceTracker();

    // Advances to `frameIndex` (a jump resets the tracks and detects at once) and returns the
    // confirmed faces, largest first.
    QList<Face> update(const cv::Mat &bgr, qint64 frameIndex);
    void reset();
    qint64 detectorRuns() const { return m_detectorRuns; }

    // A normalized face box grown by `margin` (1.4 × more vertically: forehead and chin), in
    // pixels of a frame of `frame` size, clipped to it.
    static cv::Rect regionFor(const QRectF &box, double margin, cv::Size frame);

    // The raw detector on one frame (normalized boxes, sorted): no tracking.
    QList<QRectF> detect(const cv::Mat &bgr);

private:
    struct Track
    {
        Face face;
        double vx = 0, vy = 0;       // centre velocity per frame, normalized
        double seenX = 0, seenY = 0; // centre after the last matched detection
        int misses = 0;
        qint64 lastSeen = 0;
    };

    FaceTracker(std::unique_ptr<cv::CascadeClassifier> cascade, Options options);
    void matchDetections(const QList<QRectF> &detections, qint64 frameIndex);

    std::unique_ptr<cv::CascadeClassifier> m_cascade;
    Options m_options;
    QList<Track> m_tracks;
    qint64 m_lastFrame = -2;
    qint64 m_lastDetection = 0;
    qint64 m_detectorRuns = 0;
    int m_nextId = 1;
    cv::Mat m_gray, m_small;
};

} // namespace montaj
