#include "core/edit/internal/atomicfilewriter.h"

#include <QDir>
#include <QSaveFile>

namespace montaj {

Result<void> AtomicFileWriter::write(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    const bool ok = file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit();
    if (!ok) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return Error(QStringLiteral("edit.write_failed"),
                     tr("Cannot write “%1”: %2").arg(QDir::toNativeSeparators(path), reason),
                     {{QStringLiteral("file"), path}});
    }
    return {};
}

} // namespace montaj
