#pragma once

#include <cstddef>
#include <vector>

namespace montaj {

// Cuts a recording into utterances at its pauses, by loudness: a recognizer does better on
// sentence-sized pieces than on one long stream, and each piece can be decoded on its own. Pieces
// with no sound above the noise are left out; a piece never runs past maxSeconds (it is cut at its
// quietest moment). Not a voice detector for live input.
class SpeechSegmenter
{
public:
    struct Piece
    {
        size_t begin = 0, end = 0; // sample indexes, end exclusive
    };

    static std::vector<Piece> split(const std::vector<float> &samples, int sampleRate,
                                    double minPauseSeconds = 0.3, double maxSeconds = 15.0);
};

} // namespace montaj
