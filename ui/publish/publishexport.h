#pragma once

#include "core/foundation/result.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>

class QObject;

namespace montaj {
class WorkspaceService;
}

namespace montaj::ui {

// Writes the workspace's posts (every post of the given accounts, all accounts when empty) to a
// file on the workspace thread: Montaj's schedule CSV (PostCsvExporter) or an iCalendar file
// (IcsWriter, scheduled posts only). Atomic (QSaveFile). Answers the number of posts written.
// Not the file chooser.
class PublishExport
{
    Q_DECLARE_TR_FUNCTIONS(PublishExport)

public:
    enum class Format { Csv, Ics };
    static void write(WorkspaceService &service, QObject *receiver, Format format,
                      const QStringList &accountIds, const QString &path,
                      std::function<void(Result<int>)> done);
};

} // namespace montaj::ui
