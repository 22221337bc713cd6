#pragma once

#include "core/foundation/result.h"

#include <QCoreApplication>

namespace montaj {

// One chunk's bytes, inclusive on both ends (as in Content-Range).
struct ChunkRange
{
    qint64 first = 0;
    qint64 last = -1;
    qint64 size() const { return last - first + 1; }
};

// How to cut a file into upload chunks so that the plan is valid whether the platform's "MB" means
// 10^6 or 2^20 bytes: chunks of 5 MiB … 64 MB (inside 5–64 MB and 5–64 MiB), files under 5 MiB
// whole (one chunk the size of the file), files over 64 MB in at least two chunks,
// total_chunk_count = floor(size / chunk_size) in 1…1000, the last chunk taking the remainder
// (≤ 128 MB). Pure. Not the uploader (Uploader) and not the media limits (PlatformProfile).
class ChunkPlan
{
    Q_DECLARE_TR_FUNCTIONS(ChunkPlan)

public:
    static constexpr qint64 kMB = 1000 * 1000;
    static constexpr qint64 kMiB = 1024 * 1024;
    static constexpr qint64 kMinChunkBytes = 5 * kMiB;      // 5,242,880: ≥ 5 MB and ≥ 5 MiB
    static constexpr qint64 kMaxChunkBytes = 64 * kMB;      // 64,000,000: ≤ 64 MB and ≤ 64 MiB
    static constexpr qint64 kMaxLastChunkBytes = 128 * kMB; // ≤ 128 MB and ≤ 128 MiB
    static constexpr int kMaxChunkCount = 1000;
    static constexpr qint64 kDefaultChunkBytes = 10 * kMiB;
    // The largest file that can be cut at all: 1000 chunks of 64 MB plus a remainder < 64 MB.
    static constexpr qint64 kMaxFileBytes = (kMaxChunkCount + 1) * kMaxChunkBytes - 1;

    // The plan for a file of `fileSize` bytes, using chunks as close to `preferredChunkBytes` as
    // the rules allow.
    static Result<ChunkPlan> forFile(qint64 fileSize, qint64 preferredChunkBytes = kDefaultChunkBytes);
    // A plan made earlier (persisted upload state), checked against the rules.
    static Result<ChunkPlan> restore(qint64 fileSize, qint64 chunkSize, int chunkCount);
    // Whether (size, chunk_size, total_chunk_count) obeys the rules when 1 MB = `megabyte` bytes.
    static bool isValid(qint64 fileSize, qint64 chunkSize, int chunkCount, qint64 megabyte);
    static bool isValidUnderBothReadings(qint64 fileSize, qint64 chunkSize, int chunkCount)
    {
        return isValid(fileSize, chunkSize, chunkCount, kMB)
               && isValid(fileSize, chunkSize, chunkCount, kMiB);
    }

    qint64 fileSize() const { return m_fileSize; }
    qint64 chunkSize() const { return m_chunkSize; } // source_info.chunk_size
    int chunkCount() const { return m_chunkCount; }  // source_info.total_chunk_count
    bool isWhole() const { return m_chunkCount == 1; }
    ChunkRange chunk(int index) const;     // index in [0, chunkCount)
    int chunkIndexAt(qint64 offset) const; // the chunk holding byte `offset`

private:
    ChunkPlan(qint64 fileSize, qint64 chunkSize, int chunkCount);

    qint64 m_fileSize = 0;
    qint64 m_chunkSize = 0;
    int m_chunkCount = 0;
};

} // namespace montaj
