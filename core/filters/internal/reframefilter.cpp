#include "core/filters/internal/reframefilter.h"

#include "core/filters/facetracker.h"

#include <opencv2/imgproc.hpp>

#include <cmath>

namespace montaj {

namespace {

// One axis of the crop centre (normalized): the goal jumps only when the subject leaves a dead
// zone around it; the centre follows the goal as a critically damped spring with a speed limit.
class CropPath
{
public:
    CropPath(double responseSeconds, double maxSpeed)
        : m_omega(4.0 / responseSeconds) // settles (≈ 2 %) in about responseSeconds
        , m_maxSpeed(maxSpeed)
    {}
    void reset() { m_started = false; }
    double step(double target, double dt, double lo, double hi)
    {
        target = std::clamp(target, lo, hi);
        if (!m_started) {
            m_started = true;
            m_pos = m_goal = target;
            m_vel = m_offSeconds = 0;
            return m_pos;
        }
        // Leaving the dead zone moves the goal half-way in; a subject that stays off-centre for a
        // while (beyond small wobble) is re-centred exactly.
        m_offSeconds = std::abs(target - m_goal) > kSettle ? m_offSeconds + dt : 0;
        if (std::abs(target - m_goal) > kDeadZone)
            m_goal = target - std::copysign(kDeadZone / 2, target - m_goal);
        else if (m_offSeconds > kSettleSeconds)
            m_goal = target;
        const double accel = m_omega * m_omega * (m_goal - m_pos) - 2 * m_omega * m_vel;
        m_vel = std::clamp(m_vel + accel * dt, -m_maxSpeed, m_maxSpeed);
        m_pos = std::clamp(m_pos + m_vel * dt, lo, hi);
        return m_pos;
    }

private:
    static constexpr double kDeadZone = 0.06;
    static constexpr double kSettle = 0.015;
    static constexpr double kSettleSeconds = 0.7;
    double m_omega, m_maxSpeed;
    bool m_started = false;
    double m_pos = 0.5, m_goal = 0.5, m_vel = 0, m_offSeconds = 0;
};

class ReframeInstance final : public FilterInstance
{
public:
    ReframeInstance(std::unique_ptr<FaceTracker> tracker, double aspect, bool faces, bool motion,
                    double smoothing, double maxSpeed)
        : m_tracker(std::move(tracker))
        , m_aspect(aspect)
        , m_faces(faces)
        , m_motion(motion)
        , m_pathX(0.3 + 1.7 * smoothing, maxSpeed)
        , m_pathY(0.3 + 1.7 * smoothing, maxSpeed)
    {}

    Result<void> apply(cv::Mat &bgr, const FilterContext &context) override
    {
        if (context.frameIndex != m_lastFrame + 1)
            reset();
        m_lastFrame = context.frameIndex;
        // The window: full height and the aspect's width, or full width when the frame is narrower.
        if (bgr.cols < 2 || bgr.rows < 2)
            return {};
        const bool horizontal = double(bgr.cols) / bgr.rows > m_aspect;
        const int cw = std::min(horizontal ? evenRound(bgr.rows * m_aspect) : bgr.cols, bgr.cols & ~1);
        const int ch = std::min(horizontal ? bgr.rows : evenRound(bgr.cols / m_aspect), bgr.rows & ~1);
        const double halfX = 0.5 * cw / bgr.cols, halfY = 0.5 * ch / bgr.rows;

        const QPointF subject = findSubject(bgr, context.frameIndex);
        const double dt = 1.0 / (context.fps > 0 ? context.fps : 30.0);
        const double cx = m_pathX.step(subject.x(), dt, halfX, 1 - halfX);
        const double cy = m_pathY.step(subject.y(), dt, halfY, 1 - halfY);
        const int x0 = std::clamp(int(std::lround(cx * bgr.cols - cw / 2.0)), 0, bgr.cols - cw);
        const int y0 = std::clamp(int(std::lround(cy * bgr.rows - ch / 2.0)), 0, bgr.rows - ch);
        bgr = bgr(cv::Rect(x0, y0, cw, ch)).clone();
        return {};
    }

    void reset() override
    {
        if (m_tracker)
            m_tracker->reset();
        m_pathX.reset();
        m_pathY.reset();
        m_background.release();
        m_subject = QPointF(0.5, 0.5);
    }

private:
    static int evenRound(double v) { return std::max(2, int(std::lround(v / 2)) * 2); }

    // Where the subject is (normalized): the largest face, else the centre of what moved since the
    // previous frame (on a 160-pixel-wide grey copy), else where it was.
    QPointF findSubject(const cv::Mat &bgr, qint64 frameIndex)
    {
        if (m_faces && m_tracker) {
            const auto faces = m_tracker->update(bgr, frameIndex);
            if (!faces.isEmpty()) {
                m_subject = faces.first().box.center();
                return m_subject;
            }
        }
        if (m_motion) {
            // What differs from a slowly updated background (160 pixels wide, grey), weighted by how
            // much: the moving subject, slightly behind it where it has just been.
            cv::Mat gray, small, diff;
            cv::cvtColor(bgr, gray, cv::COLOR_BGR2GRAY);
            const double shrink = 160.0 / bgr.cols;
            cv::resize(gray, small, cv::Size(160, std::max(2, int(std::lround(bgr.rows * shrink)))), 0, 0,
                       cv::INTER_AREA);
            if (m_background.size() != small.size()) {
                small.convertTo(m_background, CV_32F);
            } else {
                cv::Mat background;
                m_background.convertTo(background, CV_8U);
                cv::absdiff(small, background, diff);
                cv::threshold(diff, diff, 20, 255, cv::THRESH_TOZERO);
                const cv::Moments m = cv::moments(diff, false);
                if (m.m00 >= 255.0 * 6) // a few changed pixels at least
                    m_subject = QPointF((m.m10 / m.m00 + 0.5) / diff.cols, (m.m01 / m.m00 + 0.5) / diff.rows);
                cv::accumulateWeighted(small, m_background, 0.2);
            }
        }
        return m_subject;
    }

    std::unique_ptr<FaceTracker> m_tracker;
    double m_aspect;
    bool m_faces, m_motion;
    CropPath m_pathX, m_pathY;
    qint64 m_lastFrame = -2;
    cv::Mat m_background; // CV_32F, the slowly updated grey copy
    QPointF m_subject{0.5, 0.5};
};

} // namespace

QList<FilterParam> ReframeFilter::parameters() const
{
    return {FilterParam::choice(QStringLiteral("aspect"), tr("Aspect ratio"),
                                {QStringLiteral("9:16"), QStringLiteral("4:5"), QStringLiteral("1:1")},
                                {tr("9:16 (vertical)"), tr("4:5 (portrait)"), tr("1:1 (square)")},
                                QStringLiteral("9:16")),
            FilterParam::choice(QStringLiteral("follow"), tr("Follow"),
                                {QStringLiteral("auto"), QStringLiteral("faces"), QStringLiteral("motion")},
                                {tr("Faces, else motion"), tr("Faces only"), tr("Motion only")},
                                QStringLiteral("auto")),
            FilterParam::number(QStringLiteral("smoothing"), tr("Smoothing"), 0, 1, 0.5, 0.05),
            FilterParam::number(QStringLiteral("max_speed"), tr("Maximum speed (frame widths per second)"),
                                0.05, 2, 0.5, 0.05)};
}

Result<std::unique_ptr<FilterInstance>> ReframeFilter::create(const QVariantMap &params) const
{
    const QString aspect = params.value(QStringLiteral("aspect")).toString();
    const double ratio =
        aspect == QLatin1String("1:1") ? 1.0 : (aspect == QLatin1String("4:5") ? 0.8 : 9.0 / 16.0);
    const QString follow = params.value(QStringLiteral("follow")).toString();
    const bool faces = follow != QLatin1String("motion");
    const bool motion = follow != QLatin1String("faces");
    std::unique_ptr<FaceTracker> tracker;
    if (faces) {
        FaceTracker::Options options;
        options.confirmHits = 2; // a false detection must not swing the frame
        auto created = FaceTracker::create(m_cascadePath, options);
        if (!created)
            return Error(created.error()).with(QStringLiteral("filter"), id());
        tracker = std::move(created).value();
    }
    return std::unique_ptr<FilterInstance>(std::make_unique<ReframeInstance>(
        std::move(tracker), ratio, faces, motion, params.value(QStringLiteral("smoothing")).toDouble(),
        params.value(QStringLiteral("max_speed")).toDouble()));
}

} // namespace montaj
