#pragma once

#include "core/sandbox/internal/sandboxrecords.h"

#include <QSqlDatabase>

#include <optional>

namespace montaj::sandbox {

// Reads and writes publishes (direct posts and inbox uploads, videos and photos), their upload
// progress and, for PULL_FROM_URL, their sources. Not the uploaded bytes (files under the state dir)
// nor the resulting videos (WorldStore).
class PublishStore
{
public:
    explicit PublishStore(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    bool insert(const SandboxPublish &publish);
    std::optional<SandboxPublish> byId(const QString &publishId) const;
    std::optional<SandboxPublish> byUploadId(const QString &uploadId) const;
    bool setReceived(const QString &publishId, qint64 received);
    bool finish(const QString &publishId, const QString &status, const QString &failReason,
                const QString &videoId);
    // Publishes of this kind the account started since `sinceMs`, with one of `statuses` (any when empty).
    int countSince(const QString &openId, const QString &kind, qint64 sinceMs,
                   const QStringList &statuses = {}) const;
    // The distinct accounts that started a publish of this kind since `sinceMs`, whatever its outcome.
    QStringList postersSince(const QString &kind, qint64 sinceMs) const;
    // Fully uploaded publishes still waiting for processing (to resume after a restart).
    QStringList awaitingProcessing() const;

    // PULL_FROM_URL publishes: where the media comes from, those still to be pulled, and a pulled
    // video becoming an uploaded one (status PROCESSING_UPLOAD, `bytes` received in one chunk).
    bool insertSource(const PublishSource &source);
    std::optional<PublishSource> source(const QString &publishId) const;
    QStringList awaitingDownload() const;
    bool setPulled(const QString &publishId, qint64 bytes);

private:
    std::optional<SandboxPublish> one(const QString &column, const QString &value) const;

    QSqlDatabase m_db;
};

} // namespace montaj::sandbox
