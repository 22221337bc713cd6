#pragma once

#include "core/foundation/result.h"
#include "core/platform/chunkplan.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QUrl>

namespace montaj {

// What a resumable upload needs to continue in another process: where to PUT, which publish, which
// file (size and modification time to notice changes), the chunk plan and how many bytes the
// server confirmed. Saved atomically as JSON to a path the caller chooses. Holds no tokens
// (the upload URL needs none). Not the publisher's record of the post (the workspace store).
struct UploadState
{
    Q_DECLARE_TR_FUNCTIONS(UploadState)

public:
    static constexpr int kSchemaVersion = 1;

    QString publishId;
    QUrl uploadUrl;
    QString filePath;
    qint64 fileSize = 0;
    QDateTime fileModified;
    QString contentType;
    qint64 chunkSize = 0;
    int chunkCount = 0;
    qint64 confirmedBytes = 0;
    QDateTime startedAt; // the upload URL is valid for one hour from init

    Result<ChunkPlan> plan() const { return ChunkPlan::restore(fileSize, chunkSize, chunkCount); }
    QJsonObject toJson() const;
    static Result<UploadState> fromJson(const QJsonObject &object, const QString &sourceName = {});
    Result<void> save(const QString &path) const; // atomic (QSaveFile)
    static Result<UploadState> load(const QString &path);
};

} // namespace montaj
