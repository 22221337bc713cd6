#include "core/sandbox/internal/chunkplan.h"

namespace montaj::sandbox {

std::optional<ChunkPlan> ChunkPlan::make(qint64 videoSize, qint64 chunkSize, qint64 chunkCount, QString *why)
{
    const auto refuse = [&](const QString &reason) -> std::optional<ChunkPlan> {
        if (why)
            *why = reason;
        return std::nullopt;
    };
    if (videoSize <= 0)
        return refuse(QStringLiteral("video_size must be a positive number of bytes."));
    if (chunkSize <= 0)
        return refuse(QStringLiteral("chunk_size must be a positive number of bytes."));
    if (videoSize < kMinChunk) {
        if (chunkSize != videoSize || chunkCount != 1)
            return refuse(QStringLiteral("A file under 5 MiB is uploaded whole: chunk_size = video_size and "
                                         "total_chunk_count = 1."));
        return ChunkPlan(videoSize, chunkSize, 1);
    }
    if (chunkSize < kMinChunk || chunkSize > kMaxChunk)
        return refuse(QStringLiteral("chunk_size must be between 5 MiB and 64 MiB."));
    if (chunkSize > videoSize)
        return refuse(QStringLiteral("chunk_size is larger than video_size."));
    const qint64 expected = videoSize / chunkSize;
    if (expected > kMaxChunks)
        return refuse(QStringLiteral("More than 1000 chunks: use a larger chunk_size."));
    if (chunkCount != expected)
        return refuse(
            QStringLiteral("total_chunk_count must be floor(video_size / chunk_size) = %1.").arg(expected));
    const qint64 last = videoSize - (expected - 1) * chunkSize;
    if (last > kMaxLastChunk)
        return refuse(QStringLiteral("The last chunk would exceed 128 MiB."));
    if (videoSize > kMaxVideoSize)
        return refuse(QStringLiteral("video_size is larger than 4 GiB."));
    return ChunkPlan(videoSize, chunkSize, int(expected));
}

} // namespace montaj::sandbox
