#pragma once

#include <QString>

#include <optional>

namespace montaj::sandbox {

// The chunk rules of FILE_UPLOAD (PLATFORM_API.md, MiB as the sandbox reads "MB"): a file under
// 5 MiB goes whole; otherwise chunk_size is 5–64 MiB, total_chunk_count = floor(video_size /
// chunk_size) in 1..1000, and the last chunk absorbs the remainder (at most 128 MiB). Also says
// which byte range each chunk covers. Not the upload itself (UploadEndpoint).
class ChunkPlan
{
public:
    static constexpr qint64 kMiB = 1024 * 1024;
    static constexpr qint64 kMinChunk = 5 * kMiB;
    static constexpr qint64 kMaxChunk = 64 * kMiB;
    static constexpr qint64 kMaxLastChunk = 128 * kMiB;
    static constexpr qint64 kMaxChunks = 1000;
    static constexpr qint64 kMaxVideoSize = 4LL * 1024 * kMiB;

    // The plan, or the reason (developer text) why these numbers break the rules.
    static std::optional<ChunkPlan> make(qint64 videoSize, qint64 chunkSize, qint64 chunkCount, QString *why);

    qint64 videoSize() const { return m_videoSize; }
    qint64 chunkSize() const { return m_chunkSize; }
    int chunkCount() const { return m_chunkCount; }
    // Bytes [first, last] of chunk `index` (0-based).
    qint64 chunkFirst(int index) const { return qint64(index) * m_chunkSize; }
    qint64 chunkLast(int index) const
    {
        return index == m_chunkCount - 1 ? m_videoSize - 1 : chunkFirst(index) + m_chunkSize - 1;
    }

private:
    ChunkPlan(qint64 videoSize, qint64 chunkSize, int chunkCount)
        : m_videoSize(videoSize)
        , m_chunkSize(chunkSize)
        , m_chunkCount(chunkCount)
    {}

    qint64 m_videoSize;
    qint64 m_chunkSize;
    int m_chunkCount;
};

} // namespace montaj::sandbox
