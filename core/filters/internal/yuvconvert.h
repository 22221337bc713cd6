#pragma once

#include <opencv2/core/mat.hpp>

#include <cstdint>

namespace montaj {

// yuv420p (BT.709, limited range: the export canvas) ↔ 8-bit BGR for a region of a frame, in
// fixed point with rounding, row-parallel and deterministic. The region must have even x, y,
// width and height. Private to core/filters.
class YuvConvert
{
public:
    struct Planes
    {
        uint8_t *data[3];
        int linesize[3];
    };
    static void toBgr(const Planes &yuv, const cv::Rect &region, cv::Mat &bgr);
    static void fromBgr(const cv::Mat &bgr, const Planes &yuv, const cv::Rect &region);
};

} // namespace montaj
