#include "core/filters/internal/faceprivacyfilter.h"

#include "core/filters/facetracker.h"

#include <opencv2/imgproc.hpp>

#include <cmath>

namespace montaj {

namespace {

// Blends `effect` into `target` through an anti-aliased ellipse (or the whole box).
void blendShape(cv::Mat &target, const cv::Mat &effect, bool ellipse)
{
    if (!ellipse) {
        effect.copyTo(target);
        return;
    }
    cv::Mat mask(target.size(), CV_8UC1, cv::Scalar(0));
    cv::ellipse(mask, cv::Point(target.cols / 2, target.rows / 2), cv::Size(target.cols / 2, target.rows / 2),
                0, 0, 360, cv::Scalar(255), cv::FILLED, cv::LINE_AA);
    for (int y = 0; y < target.rows; ++y) {
        uint8_t *t = target.ptr<uint8_t>(y);
        const uint8_t *e = effect.ptr<uint8_t>(y);
        const uint8_t *m = mask.ptr<uint8_t>(y);
        for (int x = 0; x < target.cols; ++x)
            for (int c = 0; c < 3; ++c) {
                const int i = x * 3 + c;
                t[i] = uint8_t((t[i] * (255 - m[x]) + e[i] * m[x] + 127) / 255);
            }
    }
}

class FacePrivacyInstance final : public FilterInstance
{
public:
    FacePrivacyInstance(std::unique_ptr<FaceTracker> tracker, bool blur, double blocks, double margin,
                        bool ellipse)
        : m_tracker(std::move(tracker))
        , m_blur(blur)
        , m_blocks(blocks)
        , m_margin(margin)
        , m_ellipse(ellipse)
    {}
    Result<void> apply(cv::Mat &bgr, const FilterContext &context) override
    {
        for (const FaceTracker::Face &face : m_tracker->update(bgr, context.frameIndex)) {
            const cv::Rect r = FaceTracker::regionFor(face.box, m_margin, bgr.size());
            if (r.width < 2 || r.height < 2)
                continue;
            cv::Mat roi = bgr(r);
            cv::Mat effect;
            if (m_blur) {
                const double sigma = std::max(1.0, r.width / m_blocks);
                cv::GaussianBlur(roi, effect, cv::Size(), sigma, sigma, cv::BORDER_REPLICATE);
            } else {
                const int cellsX = std::max(1, int(std::lround(m_blocks)));
                const int cellsY = std::max(1, int(std::lround(m_blocks * r.height / r.width)));
                cv::Mat small;
                cv::resize(roi, small, cv::Size(cellsX, cellsY), 0, 0, cv::INTER_AREA);
                cv::resize(small, effect, r.size(), 0, 0, cv::INTER_NEAREST);
            }
            blendShape(roi, effect, m_ellipse);
        }
        return {};
    }
    void reset() override { m_tracker->reset(); }

private:
    std::unique_ptr<FaceTracker> m_tracker;
    bool m_blur;
    double m_blocks, m_margin;
    bool m_ellipse;
};

} // namespace

QList<FilterParam> FacePrivacyFilter::parameters() const
{
    return {FilterParam::choice(QStringLiteral("mode"), tr("Hide faces by"),
                                {QStringLiteral("pixelate"), QStringLiteral("blur")},
                                {tr("Pixelation"), tr("Blur")}, QStringLiteral("pixelate")),
            FilterParam::number(QStringLiteral("blocks"), tr("Blocks across a face"), 3, 40, 10, 1),
            FilterParam::number(QStringLiteral("margin"), tr("Margin around a face"), 0, 1, 0.3, 0.05),
            FilterParam::choice(QStringLiteral("shape"), tr("Shape"),
                                {QStringLiteral("ellipse"), QStringLiteral("box")},
                                {tr("Ellipse"), tr("Box")}, QStringLiteral("ellipse"))};
}

Result<std::unique_ptr<FilterInstance>> FacePrivacyFilter::create(const QVariantMap &params) const
{
    auto tracker = FaceTracker::create(m_cascadePath, FaceTracker::Options{});
    if (!tracker)
        return Error(tracker.error()).with(QStringLiteral("filter"), id());
    return std::unique_ptr<FilterInstance>(std::make_unique<FacePrivacyInstance>(
        std::move(tracker).value(), params.value(QStringLiteral("mode")).toString() == QLatin1String("blur"),
        params.value(QStringLiteral("blocks")).toDouble(), params.value(QStringLiteral("margin")).toDouble(),
        params.value(QStringLiteral("shape")).toString() == QLatin1String("ellipse")));
}

} // namespace montaj
