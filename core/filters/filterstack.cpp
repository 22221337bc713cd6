#include "core/filters/filterstack.h"

#include "core/filters/filterregistry.h"
#include "core/filters/internal/pixelops.h"

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

namespace montaj {

namespace {

class FusedCurves final : public FilterInstance
{
public:
    explicit FusedCurves(cv::Mat curves)
        : m_curves(std::move(curves))
    {}
    Result<void> apply(cv::Mat &bgr, const FilterContext &) override
    {
        PixelOps::applyCurves(bgr, m_curves);
        return {};
    }
    const cv::Mat *channelCurves() const override { return &m_curves; }

private:
    cv::Mat m_curves;
};

} // namespace

FilterStack::FilterStack() = default;
FilterStack::FilterStack(FilterStack &&) noexcept = default;
FilterStack &FilterStack::operator=(FilterStack &&) noexcept = default;
FilterStack::~FilterStack() = default;

Result<FilterStack> FilterStack::create(const FilterRegistry &registry, const QList<FilterSettings> &settings)
{
    FilterStack stack;
    for (qsizetype i = 0; i < settings.size(); ++i) {
        FilterSettings s = settings[i];
        const Filter *filter = registry.find(s.id);
        if (!filter)
            return Error(QStringLiteral("filters.unknown_filter"),
                         tr("Unknown filter “%1”. Known filters: %2.")
                             .arg(s.id, registry.ids().join(QStringLiteral(", "))),
                         {{QStringLiteral("filter"), s.id}, {QStringLiteral("index"), i}});
        auto params = filter->resolveParams(s.params);
        if (!params)
            return Error(params.error()).with(QStringLiteral("index"), i);
        s.params = *params;
        stack.m_settings << s;
        if (!s.enabled || filter->isIdentity(s.params))
            continue;
        stack.m_retouched = stack.m_retouched || filter->isRetouching();
        Result<std::unique_ptr<FilterInstance>> instance = std::unique_ptr<FilterInstance>();
        try {
            instance = filter->create(s.params);
        } catch (const cv::Exception &e) {
            return Error(QStringLiteral("filters.opencv_failed"),
                         tr("The filter “%1” cannot be prepared.").arg(filter->displayName()),
                         {{QStringLiteral("filter"), s.id},
                          {QStringLiteral("index"), i},
                          {QStringLiteral("detail"), QString::fromStdString(e.msg)}});
        }
        if (!instance)
            return Error(instance.error()).with(QStringLiteral("index"), i);
        std::unique_ptr<FilterInstance> step = std::move(instance).value();
        // Neighbouring 8-bit curves become one curve: the same bits, one pass.
        if (!stack.m_steps.empty() && step->channelCurves()
            && stack.m_steps.back().instance->channelCurves()) {
            cv::Mat fused = PixelOps::composeCurves(*stack.m_steps.back().instance->channelCurves(),
                                                    *step->channelCurves());
            stack.m_steps.back().id += QLatin1Char('+') + s.id;
            stack.m_steps.back().instance = std::make_unique<FusedCurves>(std::move(fused));
            continue;
        }
        stack.m_steps.push_back({s.id, std::move(step)});
    }
    // Curves that cancel out (contrast 1.2 then 1/1.2 rarely does exactly) are dropped; curves
    // followed by a per-pixel filter that can read through them (saturation, the LUT) go into it.
    std::erase_if(stack.m_steps, [](const Step &step) {
        return step.instance->channelCurves() && PixelOps::isIdentityCurve(*step.instance->channelCurves());
    });
    for (size_t i = 0; i + 1 < stack.m_steps.size(); ++i) {
        const cv::Mat *curves = stack.m_steps[i].instance->channelCurves();
        if (curves && !stack.m_steps[i + 1].instance->channelCurves()
            && stack.m_steps[i + 1].instance->absorbCurves(*curves)) {
            stack.m_steps[i + 1].id = stack.m_steps[i].id + QLatin1Char('+') + stack.m_steps[i + 1].id;
            stack.m_steps.erase(stack.m_steps.begin() + qsizetype(i));
        }
    }
    return stack;
}

Result<void> FilterStack::apply(cv::Mat &bgr, const FilterContext &context)
{
    if (m_steps.empty())
        return {};
    if (bgr.type() != CV_8UC3 || bgr.empty())
        return Error(QStringLiteral("filters.bad_frame"), tr("Filters need an 8-bit BGR picture."));
    for (Step &step : m_steps) {
        try {
            if (auto done = step.instance->apply(bgr, context); !done)
                return Error(done.error()).with(QStringLiteral("filter"), step.id);
        } catch (const cv::Exception &e) {
            return Error(QStringLiteral("filters.opencv_failed"), tr("A filter failed on a frame."),
                         {{QStringLiteral("filter"), step.id},
                          {QStringLiteral("detail"), QString::fromStdString(e.msg)}});
        } catch (const std::exception &e) {
            return Error(QStringLiteral("filters.failed"), tr("A filter failed on a frame."),
                         {{QStringLiteral("filter"), step.id},
                          {QStringLiteral("detail"), QString::fromUtf8(e.what())}});
        }
    }
    return {};
}

Result<void> FilterStack::apply(QImage &image, const FilterContext &context)
{
    if (m_steps.empty() || image.isNull())
        return {};
    const QImage::Format format = image.format();
    const bool opaque = format == QImage::Format_RGB32;
    const QImage source =
        opaque || format == QImage::Format_ARGB32 ? image : image.convertToFormat(QImage::Format_ARGB32);
    // 32-bit QImage pixels are B, G, R, A bytes in memory on little-endian machines.
    const cv::Mat bgra(source.height(), source.width(), CV_8UC4, const_cast<uchar *>(source.constBits()),
                       size_t(source.bytesPerLine()));
    cv::Mat bgr, alpha;
    cv::cvtColor(bgra, bgr, cv::COLOR_BGRA2BGR);
    if (!opaque)
        cv::extractChannel(bgra, alpha, 3);
    if (auto done = apply(bgr, context); !done)
        return done;
    QImage result(bgr.cols, bgr.rows, source.format());
    cv::Mat out(result.height(), result.width(), CV_8UC4, result.bits(), size_t(result.bytesPerLine()));
    cv::cvtColor(bgr, out, cv::COLOR_BGR2BGRA);
    if (!alpha.empty() && alpha.size() == bgr.size())
        cv::insertChannel(alpha, out, 3);
    image = result.format() == format ? std::move(result) : result.convertToFormat(format);
    return {};
}

void FilterStack::reset()
{
    for (Step &step : m_steps)
        step.instance->reset();
}

} // namespace montaj
