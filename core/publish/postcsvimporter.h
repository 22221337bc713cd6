#pragma once

#include "core/publish/posttypes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace montaj {

// What the importer needs to know about the workspace. Nothing here is changed.
struct ImportContext
{
    QList<WorkspaceAccount> accounts;
    // Account id → creator_info's privacy_level_options. An account missing here is not checked
    // (its options are unknown until the platform is asked); an account present is.
    QHash<QString, QStringList> privacyOptions;
    QDateTime nowUtc; // times before this are refused; invalid = the current time
    // Whether a media file exists; empty = the file system. Tests inject their own.
    std::function<bool(const QString &path)> fileExists;
    // Hootsuite files name neither the account nor the privacy: the import dialog asks, and passes
    // the answers here. With one account in the workspace an empty defaultAccountId means that one.
    QString defaultAccountId;
    QString defaultPrivacy;
};

// One problem found in the file, where a person can find it.
struct ImportProblem
{
    enum class Severity { Error, Warning };

    int row = 0;     // line of the file (header = line 1; a quoted line break counts); 0 = the whole file
    QString column;  // the column as the file names it ("caption", Hootsuite's "message"); empty = row/file
    QString code;    // stable: "publish.unknown_account", "publish.time_in_past" …
    QString message; // translated
    Severity severity = Severity::Error;
};

// What became of one data row.
struct ImportRowStatus
{
    enum class Outcome { Valid, ValidWithWarnings, Invalid };

    int row = 0; // line of the file
    Outcome outcome = Outcome::Invalid;
    int postIndex = -1; // index in ImportReport::validPosts, -1 when Invalid
};

// The dry run's verdict on a file. Posts are ready to store (state Scheduled, time resolved, no id).
struct ImportReport
{
    enum class Layout { Montaj, Hootsuite };

    Layout layout = Layout::Montaj;
    QChar separator;
    int rowsParsed = 0;            // data rows, header not counted, empty rows skipped
    QList<ImportProblem> problems; // in file order
    QList<Post> validPosts;
    QList<ImportRowStatus> rows;

    int errorCount() const;
    int warningCount() const;
    // The file itself was refused (unreadable, empty, required columns missing, Hootsuite without
    // an account or privacy): no row was checked.
    bool hasFileError() const;
    QList<ImportProblem> problemsAt(int row) const;
};

// Reads a bulk schedule CSV (Montaj's columns, or Hootsuite's bulk-composer layout, see
// docs/schedule-csv.md) and checks every row against the workspace: accounts, times and zones
// (DST gaps and overlaps), media files, caption limits, privacy offered, toggles, disclosure, cover.
// A dry run by construction: it stores nothing; the caller stores validPosts
// (WorkspaceStore::createPosts) when the user chooses to import them. Not a CSV writer
// (PostCsvExporter).
class PostCsvImporter
{
    Q_DECLARE_TR_FUNCTIONS(PostCsvImporter)

public:
    // `filePath` names the file (relative media paths are resolved against its folder).
    static ImportReport dryRun(const QByteArray &csv, const QString &filePath, const ImportContext &context);
};

} // namespace montaj
