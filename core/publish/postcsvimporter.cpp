#include "core/publish/postcsvimporter.h"

#include "core/publish/csvreader.h"
#include "core/publish/csvwriter.h"
#include "core/publish/hootsuitecsv.h"
#include "core/publish/internal/postrowvalidator.h"

#include <QFileInfo>
#include <QLocale>

#include <algorithm>

namespace montaj {

namespace {

using Severity = ImportProblem::Severity;
using Records = QList<CsvReader::Record>;

QString quoted(const QString &text)
{
    return QString(u'“' + text + u'”');
}

bool isBlank(const QStringList &fields)
{
    for (const QString &field : fields)
        if (!field.trimmed().isEmpty())
            return false;
    return true;
}

} // namespace

int ImportReport::errorCount() const
{
    return static_cast<int>(std::count_if(problems.cbegin(), problems.cend(), [](const ImportProblem &p) {
        return p.severity == Severity::Error;
    }));
}

int ImportReport::warningCount() const
{
    return static_cast<int>(problems.size()) - errorCount();
}

bool ImportReport::hasFileError() const
{
    static const QStringList fileCodes{
        QStringLiteral("publish.csv_unreadable"), QStringLiteral("publish.csv_empty"),
        QStringLiteral("publish.csv_missing_column"), QStringLiteral("publish.account_required"),
        QStringLiteral("publish.privacy_required")};
    return std::any_of(problems.cbegin(), problems.cend(), [](const ImportProblem &p) {
        return p.severity == Severity::Error && fileCodes.contains(p.code);
    });
}

QList<ImportProblem> ImportReport::problemsAt(int row) const
{
    QList<ImportProblem> found;
    for (const ImportProblem &problem : problems)
        if (problem.row == row)
            found.append(problem);
    return found;
}

namespace {

// One import: the report being filled and the validator remembering rows seen.
class ImportRun
{
    Q_DECLARE_TR_FUNCTIONS(PostCsvImporter)

public:
    ImportRun(const ImportContext &context, const QString &csvFolder)
        : m_context(context)
        , m_validator(context, csvFolder)
    {}

    ImportReport report;

    void fileError(int row, const QString &column, const char *code, const QString &message)
    {
        report.problems.append({row, column, QString::fromLatin1(code), message, Severity::Error});
    }
    void readHootsuite(const CsvReader::Table &table);
    void readMontaj(const Records &records);

private:
    // Validates one mapped row and records its outcome. `first` is where the row's problems start
    // (a layout may report some before validation); `rename` gives a Montaj column the name the
    // file's layout uses.
    void validate(const PostCsvRow &row, qsizetype first, QString (*rename)(const QString &));
    void skipRow(int line) { report.rows.append({line, ImportRowStatus::Outcome::Invalid, -1}); }

    const ImportContext &m_context;
    PostRowValidator m_validator;
};

QString sameName(const QString &column)
{
    return column;
}

QString hootsuiteName(const QString &column)
{
    if (column == QLatin1String("scheduled_at"))
        return QStringLiteral("date");
    if (column == QLatin1String("caption"))
        return QStringLiteral("message");
    if (column == QLatin1String("media"))
        return QStringLiteral("link");
    return {}; // account, zone and privacy came from the import dialog
}

void ImportRun::validate(const PostCsvRow &row, qsizetype first, QString (*rename)(const QString &))
{
    const qsizetype own = report.problems.size();
    std::optional<Post> post = m_validator.validate(row, report.problems);
    bool warned = false;
    bool failed = false;
    for (qsizetype i = first; i < report.problems.size(); ++i) {
        ImportProblem &problem = report.problems[i];
        if (i >= own)
            problem.column = rename(problem.column);
        (problem.severity == Severity::Warning ? warned : failed) = true;
    }
    ImportRowStatus status{row.line, ImportRowStatus::Outcome::Invalid, -1};
    if (post && !failed) {
        status.postIndex = static_cast<int>(report.validPosts.size());
        status.outcome =
            warned ? ImportRowStatus::Outcome::ValidWithWarnings : ImportRowStatus::Outcome::Valid;
        report.validPosts.append(std::move(*post));
    }
    report.rows.append(status);
}

void ImportRun::readHootsuite(const CsvReader::Table &table)
{
    report.layout = ImportReport::Layout::Hootsuite;
    QString accountId = m_context.defaultAccountId;
    if (accountId.isEmpty() && m_context.accounts.size() == 1)
        accountId = m_context.accounts.first().id;
    const WorkspaceAccount *account = m_validator.findAccount(accountId);
    const QString privacy = m_context.defaultPrivacy.trimmed();
    if (!account)
        fileError(0, {}, "publish.account_required",
                  tr("Hootsuite files do not name the account: choose the account the posts are for."));
    if (privacy.isEmpty())
        fileError(0, {}, "publish.privacy_required",
                  tr("Hootsuite files do not say who can see the posts: choose a privacy level."));
    for (qsizetype r = HootsuiteCsv::hasHeader(table) ? 1 : 0; r < table.records.size(); ++r) {
        const CsvReader::Record &record = table.records.at(r);
        if (isBlank(record.fields))
            continue;
        ++report.rowsParsed;
        if (!account || privacy.isEmpty()) {
            skipRow(record.line);
            continue;
        }
        const qsizetype first = report.problems.size();
        PostCsvRow row;
        row.line = record.line;
        const QString date = record.fields.value(0).trimmed();
        const QString message = CsvWriter::restoreFormula(record.fields.value(1));
        const QString link = CsvWriter::restoreFormula(record.fields.value(2)).trimmed();
        row.cell(PostCsvColumn::Account) = account->id;
        row.cell(PostCsvColumn::TimeZone) = account->timeZone;
        row.cell(PostCsvColumn::Privacy) = privacy;
        if (const std::optional<QString> local = HootsuiteCsv::parseDate(date)) {
            row.cell(PostCsvColumn::ScheduledAt) = *local;
        } else {
            row.timeReported = true;
            report.problems.append(
                {record.line, QStringLiteral("date"), QStringLiteral("publish.bad_time"),
                 tr("%1 is not a Hootsuite date (expected dd/MM/yyyy HH:mm).").arg(quoted(date)),
                 Severity::Error});
        }
        // A web link stays in the text (the platform posts media, not links); a path is the media.
        const bool web = HootsuiteCsv::isWebLink(link);
        row.cell(PostCsvColumn::Caption) = web ? QString(message + u'\n' + link) : message;
        row.cell(PostCsvColumn::Media) = web ? QString() : link;
        validate(row, first, hootsuiteName);
    }
}

void ImportRun::readMontaj(const Records &records)
{
    // A header row naming the columns, in any order.
    const CsvReader::Record &header = records.first();
    QList<int> columnOf(header.fields.size(), -1);
    QList<bool> present(kPostCsvColumnCount, false);
    for (qsizetype i = 0; i < header.fields.size(); ++i) {
        const QString name = CsvWriter::restoreFormula(header.fields.at(i)).trimmed();
        const std::optional<PostCsvColumn> column = postCsvColumnFromHeader(name);
        if (!column) {
            if (!name.isEmpty())
                report.problems.append(
                    {header.line, name, QStringLiteral("publish.csv_unknown_column"),
                     tr("Montaj does not know the column %1; it is ignored.").arg(quoted(name)),
                     Severity::Warning});
            continue;
        }
        const int index = static_cast<int>(*column);
        if (present[index]) {
            report.problems.append(
                {header.line, name, QStringLiteral("publish.csv_duplicate_column"),
                 tr("The column %1 appears twice; the first one is used.").arg(quoted(name)),
                 Severity::Warning});
            continue;
        }
        present[index] = true;
        columnOf[i] = index;
    }
    bool usable = true;
    for (PostCsvColumn required :
         {PostCsvColumn::Account, PostCsvColumn::ScheduledAt, PostCsvColumn::Media, PostCsvColumn::Privacy}) {
        if (present[static_cast<int>(required)])
            continue;
        usable = false;
        fileError(header.line, postCsvColumnName(required), "publish.csv_missing_column",
                  tr("The column %1 is missing.").arg(quoted(postCsvColumnName(required))));
    }
    for (qsizetype r = 1; r < records.size(); ++r) {
        const CsvReader::Record &record = records.at(r);
        if (isBlank(record.fields))
            continue;
        ++report.rowsParsed;
        if (!usable) {
            skipRow(record.line);
            continue;
        }
        const qsizetype first = report.problems.size();
        PostCsvRow row;
        row.line = record.line;
        bool extra = false;
        for (qsizetype i = 0; i < record.fields.size(); ++i) {
            if (i < columnOf.size() && columnOf[i] >= 0)
                row.cells[static_cast<std::size_t>(columnOf[i])] =
                    CsvWriter::restoreFormula(record.fields.at(i));
            else if (i >= columnOf.size() && !record.fields.at(i).trimmed().isEmpty())
                extra = true;
        }
        if (extra)
            report.problems.append(
                {record.line,
                 {},
                 QStringLiteral("publish.csv_extra_cells"),
                 tr("This row has %1 cells but the header names %2 columns; the extra cells are ignored.")
                     .arg(QLocale().toString(record.fields.size()), QLocale().toString(columnOf.size())),
                 Severity::Warning});
        validate(row, first, sameName);
    }
}

} // namespace

ImportReport PostCsvImporter::dryRun(const QByteArray &csv, const QString &filePath,
                                     const ImportContext &context)
{
    ImportRun run(context, QFileInfo(filePath).absolutePath());
    Result<CsvReader::Table> table = CsvReader::parse(csv);
    if (!table) {
        run.fileError(table.error().context.value(QStringLiteral("line")).toInt(), {},
                      "publish.csv_unreadable", table.error().message);
        return run.report;
    }
    run.report.separator = table->separator;
    if (table->records.isEmpty())
        run.fileError(0, {}, "publish.csv_empty", tr("The file is empty."));
    else if (HootsuiteCsv::matches(*table))
        run.readHootsuite(*table);
    else
        run.readMontaj(table->records);
    return run.report;
}

} // namespace montaj
