#pragma once

#include "core/foundation/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <array>
#include <vector>

namespace montaj {

// A 3D colour lookup table read from an Adobe/Resolve `.cube` file: LUT_3D_SIZE (2–65; 17, 33 and
// 65 are the usual ones), optional TITLE, DOMAIN_MIN/DOMAIN_MAX (or LUT_3D_INPUT_RANGE), `#`
// comments, then size³ rows "R G B" with red changing fastest. Malformed files give an Error whose
// context names the line ("look.cube:12"). Not for applying the table (the "lut" filter does that,
// trilinear) and not for 1D LUTs.
class CubeLut
{
    Q_DECLARE_TR_FUNCTIONS(CubeLut)

public:
    static constexpr int kMinSize = 2;
    static constexpr int kMaxSize = 65;

    static Result<CubeLut> load(const QString &path);
    // `sourceName` is what errors call the text ("look.cube").
    static Result<CubeLut> parse(const QByteArray &text, const QString &sourceName);

    int size() const { return m_size; }
    const QString &title() const { return m_title; }
    const std::array<float, 3> &domainMin() const { return m_domainMin; }
    const std::array<float, 3> &domainMax() const { return m_domainMax; }
    // The output (R, G, B in 0..1) at grid point (r, g, b).
    std::array<float, 3> at(int r, int g, int b) const
    {
        const size_t i =
            (size_t(b) * size_t(m_size) * size_t(m_size) + size_t(g) * size_t(m_size) + size_t(r)) * 3;
        return {m_values[i], m_values[i + 1], m_values[i + 2]};
    }

private:
    int m_size = 0;
    QString m_title;
    std::array<float, 3> m_domainMin{0, 0, 0};
    std::array<float, 3> m_domainMax{1, 1, 1};
    std::vector<float> m_values; // size³ × RGB, red fastest
};

} // namespace montaj
