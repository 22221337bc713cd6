#include "core/speech/internal/speechsegmenter.h"

#include <algorithm>
#include <cmath>

namespace montaj {

std::vector<SpeechSegmenter::Piece> SpeechSegmenter::split(const std::vector<float> &samples, int sampleRate,
                                                           double minPauseSeconds, double maxSeconds)
{
    const size_t frame = size_t(std::max(1, sampleRate / 100)); // 10 ms
    const size_t frames = samples.size() / frame + (samples.size() % frame ? 1 : 0);
    if (frames == 0)
        return {};
    // Loudness of each frame in dB, and a threshold between the noise floor and the loudest part.
    std::vector<double> level(frames);
    for (size_t f = 0; f < frames; ++f) {
        double sum = 0;
        const size_t begin = f * frame, end = std::min(samples.size(), begin + frame);
        for (size_t i = begin; i < end; ++i)
            sum += double(samples[i]) * double(samples[i]);
        level[f] = 10 * std::log10(sum / double(end - begin) + 1e-12);
    }
    std::vector<double> sorted = level;
    std::sort(sorted.begin(), sorted.end());
    const double floor = sorted[sorted.size() / 10], loudest = sorted.back();
    const double threshold = std::max({floor + 10, loudest - 40, -70.0});
    const auto loud = [&](size_t f) { return level[f] >= threshold; };

    // Cut in the middle of every pause long enough.
    const auto minPause = size_t(minPauseSeconds * 100);
    std::vector<size_t> cuts{0};
    for (size_t f = 0; f < frames;) {
        if (loud(f)) {
            ++f;
            continue;
        }
        size_t end = f;
        while (end < frames && !loud(end))
            ++end;
        if (end - f >= minPause || f == 0 || end == frames)
            cuts.push_back((f + end) / 2);
        f = end;
    }
    cuts.push_back(frames);
    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());

    // Pieces with something loud in them, split at their quietest frame while too long.
    const auto maxFrames = size_t(maxSeconds * 100);
    std::vector<Piece> pieces;
    const auto keep = [&](size_t from, size_t to) {
        for (size_t f = from; f < to; ++f)
            if (loud(f)) {
                pieces.push_back({from * frame, std::min(samples.size(), to * frame)});
                return;
            }
    };
    for (size_t c = 0; c + 1 < cuts.size(); ++c) {
        size_t from = cuts[c];
        const size_t to = cuts[c + 1];
        while (to - from > maxFrames) {
            const auto window = level.begin() + std::ptrdiff_t(from + maxFrames * 2 / 3);
            const size_t quietest = size_t(std::distance(
                level.begin(), std::min_element(window, level.begin() + std::ptrdiff_t(from + maxFrames))));
            keep(from, quietest);
            from = quietest;
        }
        keep(from, to);
    }
    return pieces;
}

} // namespace montaj
