#pragma once

#include "core/foundation/result.h"

#include <QCoreApplication>
#include <QString>

namespace montaj {

// Writes a whole file atomically (QSaveFile: a temporary file in the same folder, flushed and
// renamed over the target), so a crash or a full disk never leaves a half-written project or
// autosave. Not for streaming or appending.
class AtomicFileWriter
{
    Q_DECLARE_TR_FUNCTIONS(AtomicFileWriter)

public:
    // Error code "edit.write_failed" with the file in the context.
    static Result<void> write(const QString &path, const QByteArray &bytes);
};

} // namespace montaj
