#include "core/platform/chunkplan.h"

#include <QLocale>

#include <algorithm>

namespace montaj {

ChunkPlan::ChunkPlan(qint64 fileSize, qint64 chunkSize, int chunkCount)
    : m_fileSize(fileSize)
    , m_chunkSize(chunkSize)
    , m_chunkCount(chunkCount)
{}

Result<ChunkPlan> ChunkPlan::forFile(qint64 fileSize, qint64 preferredChunkBytes)
{
    const QVariantMap where{{QStringLiteral("bytes"), fileSize}};
    if (fileSize <= 0)
        return Error(QStringLiteral("platform.upload_empty_file"), tr("The video file is empty."), where);
    if (fileSize > kMaxFileBytes)
        return Error(QStringLiteral("platform.upload_file_too_large"),
                     tr("The video file is too large to upload (%1 bytes; the limit is %2 bytes).")
                         .arg(QLocale().toString(fileSize), QLocale().toString(kMaxFileBytes)),
                     where);
    if (fileSize < kMinChunkBytes) // under 5 MiB (so also under 5 MB, or at most a single valid chunk)
        return ChunkPlan(fileSize, fileSize, 1);

    qint64 chunk = std::clamp(preferredChunkBytes, kMinChunkBytes, kMaxChunkBytes);
    if (fileSize > kMaxChunkBytes) // must be chunked: at least two chunks
        chunk = std::min(chunk, fileSize / 2);
    chunk = std::max(chunk, fileSize / (kMaxChunkCount + 1) + 1); // floor(size / chunk) ≤ 1000
    const qint64 count = fileSize / chunk;
    if (count <= 1) // one chunk: the whole file (≤ 64 MB here)
        return ChunkPlan(fileSize, fileSize, 1);
    return ChunkPlan(fileSize, chunk, int(count));
}

Result<ChunkPlan> ChunkPlan::restore(qint64 fileSize, qint64 chunkSize, int chunkCount)
{
    if (!isValidUnderBothReadings(fileSize, chunkSize, chunkCount))
        return Error(QStringLiteral("platform.upload_plan_invalid"),
                     tr("The upload's chunk sizes do not follow the platform's rules."),
                     {{QStringLiteral("bytes"), fileSize}, {QStringLiteral("chunk_size"), chunkSize}});
    return ChunkPlan(fileSize, chunkSize, chunkCount);
}

bool ChunkPlan::isValid(qint64 fileSize, qint64 chunkSize, int chunkCount, qint64 megabyte)
{
    if (fileSize <= 0 || chunkSize <= 0 || chunkCount < 1 || chunkCount > kMaxChunkCount)
        return false;
    if (fileSize / chunkSize != chunkCount)
        return false;
    if (fileSize < 5 * megabyte) // under 5 MB: whole
        return chunkCount == 1 && chunkSize == fileSize;
    if (chunkSize < 5 * megabyte || chunkSize > 64 * megabyte)
        return false;
    if (fileSize > 64 * megabyte && chunkCount < 2) // over 64 MB: must be chunked
        return false;
    const qint64 last = fileSize - qint64(chunkCount - 1) * chunkSize;
    return last <= 128 * megabyte;
}

ChunkRange ChunkPlan::chunk(int index) const
{
    const qint64 first = qint64(index) * m_chunkSize;
    const qint64 last = index == m_chunkCount - 1 ? m_fileSize - 1 : first + m_chunkSize - 1;
    return {first, last};
}

int ChunkPlan::chunkIndexAt(qint64 offset) const
{
    if (m_chunkSize <= 0)
        return 0;
    return int(std::clamp<qint64>(offset / m_chunkSize, 0, m_chunkCount - 1));
}

} // namespace montaj
