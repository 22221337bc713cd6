#pragma once

#include "core/filters/filterparam.h"
#include "core/foundation/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVariantMap>

#include <opencv2/core/mat.hpp>

#include <memory>

namespace montaj {

// What a filter knows about the frame it works on besides its pixels.
struct FilterContext
{
    qint64 timeUs = 0;     // the frame's time within its clip
    qint64 frameIndex = 0; // the frame's number within its clip; a jump (seek) resets tracking state
    double fps = 30.0;     // frames per second of the sequence, for time-based smoothing
    // Processed width / full-resolution width: 0.5 for a 540×960 preview of a 1080×1920 export.
    // Radius-type parameters are given at full resolution and multiplied by it, so the proxy
    // preview looks like the export.
    double scale = 1.0;
};

// One filter prepared for one parameter set and one clip: tables, loaded files and detectors are
// built once by Filter::create(), and state carried between frames (face tracks, the reframe path)
// lives here. Not thread-safe; one instance serves one sequence of frames.
class FilterInstance
{
public:
    virtual ~FilterInstance() = default;

    // Filters an 8-bit BGR frame in place. A filter that changes the geometry (auto-reframe)
    // replaces the frame with one of another size. Same input, parameters and frame history →
    // the same bits on every run.
    virtual Result<void> apply(cv::Mat &bgr, const FilterContext &context) = 0;
    // Forgets state carried between frames (called on a seek; frame-index jumps do it too).
    virtual void reset() {}

    // A filter that is a fixed 8-bit curve per channel returns its three 256-entry tables (B, G, R,
    // CV_8UC1 each): FilterStack fuses neighbouring curves into one pass (exact: 8 bits in, 8 out).
    virtual const cv::Mat *channelCurves() const { return nullptr; }
    // Takes such curves over: from now on the instance maps its input pixels through them itself
    // (in the same pass, same bits) and FilterStack drops the curve pass. False if it cannot.
    virtual bool absorbCurves(const cv::Mat &curves)
    {
        (void)curves;
        return false;
    }
};

// A kind of filter: its id, translated name, parameters and how to prepare an instance. Filters are
// immutable and shared (FilterRegistry). Not for ordering or per-clip state (FilterStack).
class Filter
{
    Q_DECLARE_TR_FUNCTIONS(Filter)

public:
    virtual ~Filter() = default;

    virtual QString id() const = 0;
    virtual QString displayName() const = 0; // translated
    virtual QList<FilterParam> parameters() const = 0;
    // A retouching filter (skin smoothing) marks a project that uses it as "retouched".
    virtual bool isRetouching() const { return false; }
    // Whether complete, valid parameters leave every frame unchanged (the stack then skips the
    // filter and the frame stays bit-identical).
    virtual bool isIdentity(const QVariantMap &params) const = 0;
    // Prepares an instance for complete, valid parameters (from resolveParams()).
    virtual Result<std::unique_ptr<FilterInstance>> create(const QVariantMap &params) const = 0;

    // Checks names, types and ranges of `given` and fills the defaults: the complete parameter
    // set. Unknown names and bad values are Errors naming the filter and the parameter.
    Result<QVariantMap> resolveParams(const QVariantMap &given) const;
    // One frame with no history: resolve, create, apply. For stills and tests; stacks keep instances.
    Result<void> apply(cv::Mat &bgr, const QVariantMap &params, const FilterContext &context) const;
};

} // namespace montaj
