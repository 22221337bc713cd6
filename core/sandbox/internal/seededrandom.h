#pragma once

#include <QtGlobal>

#include <cmath>

namespace montaj::sandbox {

// A small deterministic generator (SplitMix64) with the few distributions the sandbox needs, so the
// demo world and fault decisions are the same for the same seed on every platform and standard
// library. Not for secrets (PlatformIds uses the system CSPRNG).
class SeededRandom
{
public:
    explicit SeededRandom(quint64 seed)
        : m_state(seed)
    {}

    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    // Uniform in [0, 1).
    double uniform() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }
    double uniform(double low, double high) { return low + (high - low) * uniform(); }
    // Uniform integer in [low, high].
    qint64 range(qint64 low, qint64 high) { return low + qint64(next() % quint64(high - low + 1)); }
    // Standard normal (Box–Muller).
    double normal()
    {
        const double u1 = 1.0 - uniform();
        const double u2 = uniform();
        return std::sqrt(-2.0 * std::log(u1)) * std::cos(6.283185307179586 * u2);
    }
    bool chance(double probability) { return probability > 0 && uniform() < probability; }

private:
    quint64 m_state;
};

} // namespace montaj::sandbox
