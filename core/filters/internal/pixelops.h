#pragma once

#include "core/foundation/result.h"

#include <QCoreApplication>
#include <QString>

#include <opencv2/core/mat.hpp>

#include <array>
#include <cstdint>
#include <functional>

namespace montaj {

// Pixel helpers shared by the built-in filters: row-parallel loops whose results do not depend on
// how rows are split (every output pixel is computed from the input alone), 8-bit curves, luma in
// fixed point, and the errors filters give about files. Private to core/filters.
class PixelOps
{
    Q_DECLARE_TR_FUNCTIONS(PixelOps)

public:
    // Runs body(firstRow, endRow) over [0, rows) on OpenCV's pool. Only for per-pixel work whose
    // result does not depend on the split, so the output is the same bits on every run.
    static void forRows(int rows, const std::function<void(int, int)> &body);

    // Three 256-entry curves (B, G, R) as one 1×256 CV_8UC3 table, from a function per channel.
    static cv::Mat curves(const std::function<double(int channel, int value)> &f);
    // Composes two curve tables: first a, then b.
    static cv::Mat composeCurves(const cv::Mat &a, const cv::Mat &b);
    static bool isIdentityCurve(const cv::Mat &curves);
    static void applyCurves(cv::Mat &bgr, const cv::Mat &curves);

    // BT.709 luma of an 8-bit BGR pixel with 4 fractional bits (0..4080).
    static inline int lumaQ4(int b, int g, int r) { return (r * 3483 + g * 11718 + b * 1183 + 512) >> 10; }
    static inline uint8_t clamp8(int v) { return uint8_t(v < 0 ? 0 : (v > 255 ? 255 : v)); }

    // A full-resolution length (radius, grain size) at the processed frame's scale.
    static double atScale(double fullResolution, double scale)
    {
        return fullResolution * (scale > 0 ? scale : 1);
    }

    // "The file … cannot be read" and friends, with the path in the context.
    static Error fileError(const QString &code, const QString &message, const QString &path);
    // A colour "#rrggbb" as B, G, R.
    static std::array<int, 3> bgrOf(const QString &hex);
};

} // namespace montaj
