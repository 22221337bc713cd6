#include "core/filters/internal/skinsmoothfilter.h"

#include "core/filters/facetracker.h"

#include <opencv2/imgproc.hpp>

#include <cmath>

namespace montaj {

namespace {

// Skin: Cr and Cb inside the usual skin cluster (BT.601 YCrCb), as a 0..255 weight.
cv::Mat skinMask(const cv::Mat &bgr)
{
    cv::Mat ycrcb, mask;
    cv::cvtColor(bgr, ycrcb, cv::COLOR_BGR2YCrCb);
    cv::inRange(ycrcb, cv::Scalar(30, 133, 77), cv::Scalar(255, 180, 130), mask);
    return mask;
}

class SkinSmoothInstance final : public FilterInstance
{
public:
    SkinSmoothInstance(std::unique_ptr<FaceTracker> tracker, double amount)
        : m_tracker(std::move(tracker))
        , m_amount(amount)
    {}
    Result<void> apply(cv::Mat &bgr, const FilterContext &context) override
    {
        if (!m_tracker) {
            smooth(bgr, cv::Mat());
            return {};
        }
        for (const FaceTracker::Face &face : m_tracker->update(bgr, context.frameIndex)) {
            const cv::Rect r = FaceTracker::regionFor(face.box, 0.35, bgr.size());
            if (r.width < 8 || r.height < 8)
                continue;
            cv::Mat shape(r.size(), CV_8UC1, cv::Scalar(0));
            cv::ellipse(shape, cv::Point(r.width / 2, r.height / 2),
                        cv::Size(r.width * 9 / 20, r.height * 9 / 20), 0, 0, 360, cv::Scalar(255), cv::FILLED,
                        cv::LINE_AA);
            cv::Mat roi = bgr(r);
            smooth(roi, shape);
        }
        return {};
    }
    void reset() override
    {
        if (m_tracker)
            m_tracker->reset();
    }

private:
    // Bilateral filter at a working size where a face is ~200 px wide (the same look at any
    // resolution), skin mask × shape, feathered, × amount.
    void smooth(cv::Mat &region, const cv::Mat &shape)
    {
        const double work = std::min(1.0, 200.0 / std::max(region.cols, 1));
        const cv::Size workSize(std::max(8, int(std::lround(region.cols * work))),
                                std::max(8, int(std::lround(region.rows * work))));
        cv::Mat small, smoothed, back;
        cv::resize(region, small, workSize, 0, 0, cv::INTER_AREA);
        cv::bilateralFilter(small, smoothed, 9, 20 + 40 * m_amount, 5);
        cv::resize(smoothed, back, region.size(), 0, 0, cv::INTER_LINEAR);
        cv::Mat weight = skinMask(region);
        if (!shape.empty())
            cv::min(weight, shape, weight);
        const double feather = std::max(1.0, region.cols / 60.0);
        cv::GaussianBlur(weight, weight, cv::Size(), feather, feather, cv::BORDER_REPLICATE);
        const int amount = int(std::lround(m_amount * 256));
        for (int y = 0; y < region.rows; ++y) {
            uint8_t *t = region.ptr<uint8_t>(y);
            const uint8_t *s = back.ptr<uint8_t>(y);
            const uint8_t *m = weight.ptr<uint8_t>(y);
            for (int x = 0; x < region.cols; ++x) {
                const int k = (m[x] * amount + 128) >> 8; // 0..255
                for (int c = 0; c < 3; ++c) {
                    const int i = x * 3 + c;
                    t[i] = uint8_t((t[i] * (255 - k) + s[i] * k + 127) / 255);
                }
            }
        }
    }

    std::unique_ptr<FaceTracker> m_tracker; // null: skin anywhere
    double m_amount;
};

} // namespace

QList<FilterParam> SkinSmoothFilter::parameters() const
{
    return {FilterParam::number(QStringLiteral("amount"), tr("Strength"), 0, 1, 0, 0.01),
            FilterParam::boolean(QStringLiteral("faces_only"), tr("Only around faces"), true)};
}

bool SkinSmoothFilter::isIdentity(const QVariantMap &params) const
{
    return params.value(QStringLiteral("amount")).toDouble() == 0;
}

Result<std::unique_ptr<FilterInstance>> SkinSmoothFilter::create(const QVariantMap &params) const
{
    const double amount = params.value(QStringLiteral("amount")).toDouble();
    if (!params.value(QStringLiteral("faces_only")).toBool())
        return std::unique_ptr<FilterInstance>(std::make_unique<SkinSmoothInstance>(nullptr, amount));
    auto tracker = FaceTracker::create(m_cascadePath, FaceTracker::Options{});
    if (!tracker)
        return Error(tracker.error()).with(QStringLiteral("filter"), id());
    return std::unique_ptr<FilterInstance>(
        std::make_unique<SkinSmoothInstance>(std::move(tracker).value(), amount));
}

} // namespace montaj
