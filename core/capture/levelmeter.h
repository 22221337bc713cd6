#pragma once

#include <QtGlobal>

namespace montaj {

// A microphone level meter: peak and RMS of the sound, in dBFS (0 dB = full scale, a full-scale
// sine reads 0 dB peak and -3 dB RMS), over windows of a fixed length. Feed it every chunk; it
// says when a window is complete. Plain arithmetic, no thread and no timer of its own (Recorder
// throttles what reaches the UI). Not a loudness (LUFS) meter.
class LevelMeter
{
public:
    static constexpr double kFloorDb = -100.0; // what silence reads

    struct Reading
    {
        double peakDb = kFloorDb;
        double rmsDb = kFloorDb;
    };

    explicit LevelMeter(int sampleRate = 48000, int windowMs = 50);

    // Adds interleaved samples; true when at least one window completed (read it with last()).
    bool add(const float *samples, qint64 frames, int channels);
    Reading last() const { return m_last; }
    void reset();

    static double toDb(double linear);

private:
    qint64 m_window;
    qint64 m_count = 0;
    double m_peak = 0;
    double m_sumSquares = 0;
    Reading m_last;
};

} // namespace montaj
