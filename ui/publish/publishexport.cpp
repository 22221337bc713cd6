#include "ui/publish/publishexport.h"

#include "core/publish/icswriter.h"
#include "core/publish/postcsvexporter.h"
#include "core/publish/store/workspaceservice.h"

#include <QSaveFile>

namespace montaj::ui {

void PublishExport::write(WorkspaceService &service, QObject *receiver, Format format,
                          const QStringList &accountIds, const QString &path,
                          std::function<void(Result<int>)> done)
{
    service.run<int>(
        receiver,
        [format, accountIds, path](WorkspaceStore &store) -> Result<int> {
            PostFilter filter;
            filter.accountIds = accountIds;
            filter.includeUnscheduled = format == Format::Csv;
            auto posts = store.posts(filter);
            if (!posts)
                return posts.error();
            auto accounts = store.accounts();
            if (!accounts)
                return accounts.error();
            QByteArray bytes;
            int count = 0;
            if (format == Format::Csv) {
                bytes = PostCsvExporter::write(*posts, *accounts);
                count = static_cast<int>(posts->size());
            } else {
                bytes = IcsWriter::write(*posts, *accounts);
                for (const Post &post : *posts)
                    count += post.scheduled.utc.isValid() ? 1 : 0;
            }
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
                return Error(QStringLiteral("publish.export_failed"),
                             tr("The file could not be written: %1").arg(file.errorString()),
                             {{QStringLiteral("file"), path}});
            return count;
        },
        std::move(done));
}

} // namespace montaj::ui
