#include "core/filters/cubelut.h"

#include <QFile>
#include <QFileInfo>

#include <charconv>
#include <cmath>

namespace montaj {

namespace {

// Values may overshoot 0..1 by rounding in the tools that write them; more than this is an error.
constexpr float kTolerance = 1e-3f;

bool parseFloat(const char *&p, const char *end, float &out)
{
    while (p < end && (*p == ' ' || *p == '\t'))
        ++p;
    if (p == end)
        return false;
    if (*p == '+')
        ++p;
    const auto [next, ec] = std::from_chars(p, end, out);
    if (ec != std::errc() || (next < end && *next != ' ' && *next != '\t'))
        return false;
    p = next;
    return std::isfinite(out);
}

// Reads exactly `count` numbers from the rest of a line.
bool parseNumbers(const QByteArray &rest, float *out, int count)
{
    const char *p = rest.constData();
    const char *end = p + rest.size();
    for (int i = 0; i < count; ++i)
        if (!parseFloat(p, end, out[i]))
            return false;
    while (p < end && (*p == ' ' || *p == '\t'))
        ++p;
    return p == end;
}

} // namespace

Result<CubeLut> CubeLut::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(QStringLiteral("filters.lut_unreadable"),
                     tr("The LUT file cannot be read: %1.").arg(file.errorString()),
                     {{QStringLiteral("file"), path}});
    auto lut = parse(file.readAll(), QFileInfo(path).fileName());
    if (!lut)
        return Error(lut.error()).with(QStringLiteral("file"), path);
    return lut;
}

Result<CubeLut> CubeLut::parse(const QByteArray &text, const QString &sourceName)
{
    CubeLut lut;
    const QList<QByteArray> lines = text.split('\n');
    qsizetype expected = -1;
    qsizetype domainLine = 0;
    qsizetype lineCount = lines.size();
    if (lineCount > 0 && lines.last().trimmed().isEmpty())
        --lineCount; // a final newline does not start a line
    const auto fail = [&](qsizetype line, const QString &code, const QString &message) {
        const qint64 n = line + 1;
        return Error(
            code, message,
            {{QStringLiteral("line"), n},
             {QStringLiteral("location"), QString(sourceName + QLatin1Char(':') + QString::number(n))}});
    };

    for (qsizetype i = 0; i < lines.size(); ++i) {
        QByteArray line = lines[i];
        if (const qsizetype hash = line.indexOf('#'); hash >= 0)
            line.truncate(hash);
        line = line.trimmed();
        if (line.isEmpty())
            continue;
        const char first = line.at(0);
        const bool isData = (first >= '0' && first <= '9') || first == '-' || first == '+' || first == '.';
        if (!isData) {
            const qsizetype space = line.indexOf(' ') >= 0 ? line.indexOf(' ') : line.indexOf('\t');
            const QByteArray key = space < 0 ? line : line.left(space);
            const QByteArray rest = space < 0 ? QByteArray() : line.mid(space + 1).trimmed();
            if (!lut.m_values.empty())
                return fail(
                    i, QStringLiteral("filters.cube_not_numeric"),
                    tr("A LUT row must hold three numbers; found “%1”.").arg(QString::fromUtf8(line)));
            if (key == "TITLE") {
                lut.m_title = QString::fromUtf8(rest).remove(QLatin1Char('"')).trimmed();
            } else if (key == "LUT_3D_SIZE") {
                bool ok = false;
                const int size = rest.toInt(&ok);
                if (!ok || size < kMinSize || size > kMaxSize)
                    return fail(i, QStringLiteral("filters.cube_bad_size"),
                                tr("LUT_3D_SIZE must be a whole number from %1 to %2 (17, 33 or 65 usually); "
                                   "found “%3”.")
                                    .arg(kMinSize)
                                    .arg(kMaxSize)
                                    .arg(QString::fromUtf8(rest)));
                lut.m_size = size;
                expected = qsizetype(size) * size * size;
                lut.m_values.reserve(size_t(expected) * 3);
            } else if (key == "DOMAIN_MIN" || key == "DOMAIN_MAX") {
                auto &target = key == "DOMAIN_MIN" ? lut.m_domainMin : lut.m_domainMax;
                domainLine = i;
                if (!parseNumbers(rest, target.data(), 3))
                    return fail(i, QStringLiteral("filters.cube_not_numeric"),
                                tr("%1 must be followed by three numbers.").arg(QString::fromLatin1(key)));
            } else if (key == "LUT_3D_INPUT_RANGE") {
                float range[2];
                if (!parseNumbers(rest, range, 2))
                    return fail(i, QStringLiteral("filters.cube_not_numeric"),
                                tr("%1 must be followed by two numbers.").arg(QString::fromLatin1(key)));
                domainLine = i;
                lut.m_domainMin.fill(range[0]);
                lut.m_domainMax.fill(range[1]);
            } else if (key == "LUT_1D_SIZE" || key == "LUT_1D_INPUT_RANGE") {
                return fail(i, QStringLiteral("filters.cube_unsupported"),
                            tr("1D LUTs are not supported; use a 3D LUT (LUT_3D_SIZE)."));
            } else {
                return fail(i, QStringLiteral("filters.cube_unknown_keyword"),
                            tr("Unknown keyword “%1” in the LUT file.").arg(QString::fromUtf8(key)));
            }
            continue;
        }
        if (expected < 0)
            return fail(i, QStringLiteral("filters.cube_missing_size"),
                        tr("LUT rows start before LUT_3D_SIZE says how many there are."));
        if (qsizetype(lut.m_values.size()) / 3 >= expected)
            return fail(
                i, QStringLiteral("filters.cube_too_many_rows"),
                tr("The LUT has more rows than LUT_3D_SIZE %1 allows (%2).").arg(lut.m_size).arg(expected));
        float rgb[3];
        if (!parseNumbers(line, rgb, 3))
            return fail(i, QStringLiteral("filters.cube_not_numeric"),
                        tr("A LUT row must hold three numbers; found “%1”.").arg(QString::fromUtf8(line)));
        for (float v : rgb) {
            if (v < -kTolerance || v > 1 + kTolerance)
                return fail(i, QStringLiteral("filters.cube_out_of_range"),
                            tr("LUT values must lie between 0 and 1; found %1.").arg(double(v)));
            lut.m_values.push_back(std::clamp(v, 0.0f, 1.0f));
        }
    }
    if (expected < 0)
        return fail(std::max<qsizetype>(lineCount - 1, 0), QStringLiteral("filters.cube_missing_size"),
                    tr("The LUT file has no LUT_3D_SIZE line."));
    const qsizetype rows = qsizetype(lut.m_values.size()) / 3;
    if (rows < expected)
        return fail(std::max<qsizetype>(lineCount - 1, 0), QStringLiteral("filters.cube_truncated"),
                    tr("The LUT ends after %1 of its %2 rows.").arg(rows).arg(expected));
    for (int c = 0; c < 3; ++c)
        if (!(lut.m_domainMin[size_t(c)] < lut.m_domainMax[size_t(c)]))
            return fail(domainLine, QStringLiteral("filters.cube_bad_domain"),
                        tr("DOMAIN_MIN must be below DOMAIN_MAX for every channel."));
    return lut;
}

} // namespace montaj
