#pragma once

#include "core/edit/projecttypes.h"
#include "core/filters/filter.h"

#include <QCoreApplication>
#include <QImage>
#include <QList>

#include <memory>
#include <vector>

namespace montaj {

class FilterRegistry;

// One clip's ordered filters, prepared: ids and parameters checked against the registry once,
// tables built once, disabled and identity filters dropped, neighbouring per-channel curves fused
// into one pass. Carries the clip's tracking state between frames, so keep one stack per clip
// and feed it the clip's frames in order (a frame-index jump resets the state). A stack with
// nothing to do leaves frames bit-identical. Not thread-safe; not for the project's clip layout
// (ProjectFilters) or for storing settings (Clip::filters).
class FilterStack
{
    Q_DECLARE_TR_FUNCTIONS(FilterStack)

public:
    // Unknown ids and bad parameters are Errors naming the filter and its position ("index").
    static Result<FilterStack> create(const FilterRegistry &registry, const QList<FilterSettings> &settings);

    FilterStack();
    FilterStack(FilterStack &&) noexcept;
    FilterStack &operator=(FilterStack &&) noexcept;
    ~FilterStack();

    // Filters an 8-bit BGR frame (CV_8UC3). Auto-reframe may replace it with one of another size.
    Result<void> apply(cv::Mat &bgr, const FilterContext &context);
    // The same on a QImage (RGB32, ARGB32, RGB888 or anything QImage converts); the image keeps its
    // format, and its size unless the stack reframes.
    Result<void> apply(QImage &image, const FilterContext &context);
    // Forgets tracking state (call on a seek).
    void reset();

    bool isIdentity() const { return m_steps.empty(); }
    bool isRetouched() const { return m_retouched; }
    // The settings as given, each with its complete parameter set.
    const QList<FilterSettings> &settings() const { return m_settings; }
    // How many passes a frame goes through (after fusing curves).
    int passCount() const { return int(m_steps.size()); }

private:
    struct Step
    {
        QString id;
        std::unique_ptr<FilterInstance> instance;
    };
    std::vector<Step> m_steps;
    QList<FilterSettings> m_settings;
    bool m_retouched = false;
};

} // namespace montaj
