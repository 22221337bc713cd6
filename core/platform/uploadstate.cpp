#include "core/platform/uploadstate.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

namespace montaj {
namespace {

const QString kSchema = QStringLiteral("montaj.upload-state");

} // namespace

QJsonObject UploadState::toJson() const
{
    return {{QStringLiteral("schema"), kSchema},
            {QStringLiteral("schemaVersion"), kSchemaVersion},
            {QStringLiteral("publish_id"), publishId},
            {QStringLiteral("upload_url"), uploadUrl.toString(QUrl::FullyEncoded)},
            {QStringLiteral("file_path"), filePath},
            {QStringLiteral("file_size"), fileSize},
            {QStringLiteral("file_modified"), fileModified.toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("content_type"), contentType},
            {QStringLiteral("chunk_size"), chunkSize},
            {QStringLiteral("total_chunk_count"), chunkCount},
            {QStringLiteral("bytes_confirmed"), confirmedBytes},
            {QStringLiteral("started_at"), startedAt.toUTC().toString(Qt::ISODateWithMs)}};
}

Result<UploadState> UploadState::fromJson(const QJsonObject &object, const QString &sourceName)
{
    const auto invalid = [&sourceName](const QString &field) {
        return Error(QStringLiteral("platform.upload_state_invalid"),
                     tr("The saved upload cannot be resumed: its record is damaged."),
                     {{QStringLiteral("file"), sourceName}, {QStringLiteral("field"), field}});
    };
    if (object.value(QStringLiteral("schema")).toString() != kSchema
        || object.value(QStringLiteral("schemaVersion")).toInteger() != kSchemaVersion)
        return invalid(QStringLiteral("schema"));
    UploadState state;
    state.publishId = object.value(QStringLiteral("publish_id")).toString();
    state.uploadUrl = QUrl(object.value(QStringLiteral("upload_url")).toString(), QUrl::StrictMode);
    state.filePath = object.value(QStringLiteral("file_path")).toString();
    state.fileSize = object.value(QStringLiteral("file_size")).toInteger(-1);
    state.fileModified =
        QDateTime::fromString(object.value(QStringLiteral("file_modified")).toString(), Qt::ISODateWithMs);
    state.contentType = object.value(QStringLiteral("content_type")).toString();
    state.chunkSize = object.value(QStringLiteral("chunk_size")).toInteger(-1);
    state.chunkCount = int(object.value(QStringLiteral("total_chunk_count")).toInteger(-1));
    state.confirmedBytes = object.value(QStringLiteral("bytes_confirmed")).toInteger(-1);
    state.startedAt =
        QDateTime::fromString(object.value(QStringLiteral("started_at")).toString(), Qt::ISODateWithMs);
    if (state.publishId.isEmpty())
        return invalid(QStringLiteral("publish_id"));
    if (!state.uploadUrl.isValid() || state.uploadUrl.host().isEmpty())
        return invalid(QStringLiteral("upload_url"));
    if (state.filePath.isEmpty())
        return invalid(QStringLiteral("file_path"));
    if (state.contentType.isEmpty())
        return invalid(QStringLiteral("content_type"));
    if (!state.plan())
        return invalid(QStringLiteral("chunk_size"));
    if (state.confirmedBytes < 0 || state.confirmedBytes > state.fileSize)
        return invalid(QStringLiteral("bytes_confirmed"));
    return state;
}

Result<void> UploadState::save(const QString &path) const
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(QJsonDocument(toJson()).toJson(QJsonDocument::Indented)) < 0 || !file.commit())
        return Error(QStringLiteral("platform.upload_state_write_failed"),
                     tr("The upload's progress cannot be saved: %1").arg(file.errorString()),
                     {{QStringLiteral("file"), path}});
    return {};
}

Result<UploadState> UploadState::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(QStringLiteral("platform.upload_state_missing"),
                     tr("There is no saved upload to resume."), {{QStringLiteral("file"), path}});
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.read(1024 * 1024), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return Error(QStringLiteral("platform.upload_state_invalid"),
                     tr("The saved upload cannot be resumed: its record is damaged."),
                     {{QStringLiteral("file"), path}});
    return fromJson(document.object(), path);
}

} // namespace montaj
