#include "core/media/waveform.h"

#include "core/media/audiodecoder.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace montaj {

Result<QList<Waveform::Peak>> Waveform::peaks(const QString &path, int buckets)
{
    if (buckets <= 0)
        return Error(QStringLiteral("media.invalid_argument"), tr("A waveform needs at least one bucket."));
    constexpr int kRate = 8000; // plenty for an outline, cheap to resample to
    auto decoder = AudioDecoder::open(path, kRate, 1);
    if (!decoder)
        return decoder.error();
    const qint64 total =
        std::max<qint64>(1, qint64(std::llround(double((*decoder)->durationUs()) * kRate / 1e6)));
    const double perBucket = std::max(1.0, double(total) / buckets);

    QList<Peak> result(buckets);
    std::vector<float> chunk(4096);
    qint64 position = 0;
    for (;;) {
        auto got = (*decoder)->read(chunk.data(), qint64(chunk.size()));
        if (!got)
            return got.error();
        if (*got == 0)
            break;
        for (qint64 i = 0; i < *got; ++i, ++position) {
            const auto bucket = std::min<qsizetype>(buckets - 1, qsizetype(double(position) / perBucket));
            Peak &p = result[bucket];
            p.low = std::min(p.low, chunk[size_t(i)]);
            p.high = std::max(p.high, chunk[size_t(i)]);
        }
    }
    return result;
}

} // namespace montaj
