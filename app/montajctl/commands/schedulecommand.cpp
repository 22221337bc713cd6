#include "app/montajctl/commands/schedulecommand.h"

#include "app/montajctl/cli.h"
#include "app/montajctl/commands/commandparser.h"
#include "app/montajctl/commands/jsonevents.h"
#include "app/montajctl/commands/workspaceoption.h"
#include "app/montajctl/exitcode.h"
#include "core/publish/icswriter.h"
#include "core/publish/postcsvexporter.h"
#include "core/publish/postcsvimporter.h"
#include "core/publish/postlifecycle.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QSaveFile>
#include <QTimeZone>

namespace montaj::ctl {

namespace {

const QString kName = QStringLiteral("montajctl schedule");

struct Options
{
    QCommandLineOption importValid{QStringLiteral("import-valid"),
                                   Cli::tr("import: store the rows without errors (default: only report).")};
    QCommandLineOption account{
        QStringLiteral("account"),
        Cli::tr("The account (username) for files that name none (Hootsuite); list/export: "
                "only this account."),
        QStringLiteral("USERNAME")};
    QCommandLineOption privacy{
        QStringLiteral("privacy"),
        Cli::tr("import: the privacy for files that name none (e.g. PUBLIC_TO_EVERYONE)."),
        QStringLiteral("LEVEL")};
    QCommandLineOption output{{QStringLiteral("o"), QStringLiteral("output")},
                              Cli::tr("export: the file to write (.csv or .ics)."),
                              QStringLiteral("FILE")};
    QCommandLineOption from{QStringLiteral("from"), Cli::tr("list/export: from this date (yyyy-mm-dd, UTC)."),
                            QStringLiteral("DATE")};
    QCommandLineOption to{QStringLiteral("to"), Cli::tr("list/export: before this date (yyyy-mm-dd, UTC)."),
                          QStringLiteral("DATE")};
    QCommandLineOption separator{QStringLiteral("separator"),
                                 Cli::tr("export: the CSV separator, “,” or “;”."), QStringLiteral("CHAR"),
                                 QStringLiteral(",")};
    QCommandLineOption json{QStringLiteral("json"), Cli::tr("Print JSON lines instead of text.")};
};

const WorkspaceAccount *findAccount(const QList<WorkspaceAccount> &accounts, QString name)
{
    if (name.startsWith(u'@'))
        name.remove(0, 1);
    for (const WorkspaceAccount &a : accounts)
        if (a.username.compare(name, Qt::CaseInsensitive) == 0 || a.id == name)
            return &a;
    return nullptr;
}

QString severityName(ImportProblem::Severity s)
{
    return s == ImportProblem::Severity::Error ? QStringLiteral("error") : QStringLiteral("warning");
}

int importFile(WorkspaceStore &store, const QCommandLineParser &parser, const Options &o, const QString &path,
               CommandContext &context)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        context.err << Cli::tr("%1: cannot read “%2”: %3").arg(kName, path, file.errorString()) << u'\n';
        return BadInput;
    }
    const auto accounts = store.accounts();
    if (!accounts) {
        context.err << kName << QStringLiteral(": ") << accounts.error().toString() << u'\n';
        return Failed;
    }
    ImportContext importContext;
    importContext.accounts = *accounts;
    importContext.nowUtc = QDateTime::currentDateTimeUtc();
    if (parser.isSet(o.account)) {
        const WorkspaceAccount *a = findAccount(*accounts, parser.value(o.account));
        if (!a) {
            context.err
                << Cli::tr("%1: no account “%2” in this workspace.").arg(kName, parser.value(o.account))
                << u'\n';
            return BadInput;
        }
        importContext.defaultAccountId = a->id;
    }
    importContext.defaultPrivacy = parser.value(o.privacy);
    const ImportReport report =
        PostCsvImporter::dryRun(file.readAll(), QFileInfo(path).absoluteFilePath(), importContext);
    const bool json = parser.isSet(o.json);
    for (const ImportProblem &p : report.problems) {
        if (json) {
            emitJsonEvent(context.out, {{QStringLiteral("event"), QStringLiteral("problem")},
                                        {QStringLiteral("severity"), severityName(p.severity)},
                                        {QStringLiteral("line"), p.row},
                                        {QStringLiteral("column"), p.column},
                                        {QStringLiteral("code"), p.code},
                                        {QStringLiteral("message"), p.message}});
        } else {
            const QString where = p.column.isEmpty() ? Cli::tr("line %1").arg(p.row)
                                                     : Cli::tr("line %1, column %2").arg(p.row).arg(p.column);
            context.out << QStringLiteral("%1:%2: %3: %4\n")
                               .arg(QFileInfo(path).fileName(), where,
                                    p.severity == ImportProblem::Severity::Error ? Cli::tr("error")
                                                                                 : Cli::tr("warning"),
                                    p.message);
        }
    }
    const qsizetype valid = report.validPosts.size();
    const int invalid = int(report.rowsParsed - valid);
    int stored = 0;
    if (parser.isSet(o.importValid) && valid > 0) {
        const auto created =
            store.createPosts(report.validPosts, QStringLiteral("import:") + QFileInfo(path).fileName());
        if (!created) {
            context.err << kName << QStringLiteral(": ") << created.error().toString() << u'\n';
            return Failed;
        }
        stored = int(created->size());
    }
    if (json) {
        emitJsonEvent(context.out, {{QStringLiteral("event"), QStringLiteral("summary")},
                                    {QStringLiteral("rows"), report.rowsParsed},
                                    {QStringLiteral("valid"), int(valid)},
                                    {QStringLiteral("invalid"), invalid},
                                    {QStringLiteral("errors"), report.errorCount()},
                                    {QStringLiteral("warnings"), report.warningCount()},
                                    {QStringLiteral("imported"), stored}});
    } else {
        context.out << Cli::tr("Rows: %1 · valid: %2 · with errors: %3 · errors: %4 · warnings: %5")
                           .arg(report.rowsParsed)
                           .arg(valid)
                           .arg(invalid)
                           .arg(report.errorCount())
                           .arg(report.warningCount())
                    << u'\n';
        if (parser.isSet(o.importValid))
            context.out << Cli::tr("Imported %n post(s).", nullptr, stored) << u'\n';
        else if (valid > 0)
            context.out << Cli::tr(
                "Nothing was imported (dry run). Add --import-valid to import the valid rows.")
                        << u'\n';
    }
    if (report.hasFileError() || valid == 0)
        return BadInput;
    return parser.isSet(o.importValid) || report.errorCount() == 0 ? Ok : BadInput;
}

Result<PostFilter> filterFrom(const QCommandLineParser &parser, const Options &o,
                              const QList<WorkspaceAccount> &accounts)
{
    PostFilter filter;
    const auto day = [](const QString &text) {
        return QDateTime(QDate::fromString(text, Qt::ISODate), QTime(0, 0), QTimeZone::utc());
    };
    if (parser.isSet(o.from)) {
        filter.fromUtc = day(parser.value(o.from));
        filter.includeUnscheduled = false;
    }
    if (parser.isSet(o.to)) {
        filter.toUtc = day(parser.value(o.to));
        filter.includeUnscheduled = false;
    }
    if ((parser.isSet(o.from) && !filter.fromUtc.isValid())
        || (parser.isSet(o.to) && !filter.toUtc.isValid()))
        return Error(QStringLiteral("ctl.bad_date"), Cli::tr("Dates are written yyyy-mm-dd."));
    if (parser.isSet(o.account)) {
        const WorkspaceAccount *a = findAccount(accounts, parser.value(o.account));
        if (!a)
            return Error(QStringLiteral("ctl.unknown_account"),
                         Cli::tr("No account “%1” in this workspace.").arg(parser.value(o.account)));
        filter.accountIds = {a->id};
    }
    return filter;
}

int exportFile(const QList<Post> &posts, const QList<WorkspaceAccount> &accounts,
               const QCommandLineParser &parser, const Options &o, CommandContext &context)
{
    const QString path = parser.value(o.output);
    QByteArray bytes;
    if (path.endsWith(QLatin1String(".ics"), Qt::CaseInsensitive)) {
        bytes = IcsWriter::write(posts, accounts);
    } else {
        const QString sep = parser.value(o.separator);
        if (sep != QLatin1String(",") && sep != QLatin1String(";")) {
            context.err << Cli::tr("%1: --separator is “,” or “;”.").arg(kName) << u'\n';
            return Usage;
        }
        PostCsvExporter::Options options;
        options.separator = sep.at(0);
        bytes = PostCsvExporter::write(posts, accounts, options);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        context.err << Cli::tr("%1: cannot write “%2”: %3").arg(kName, path, file.errorString()) << u'\n';
        return Failed;
    }
    context.out << Cli::tr("Wrote %n post(s) to %1.", nullptr, int(posts.size())).arg(path) << u'\n';
    return Ok;
}

int list(const QList<Post> &posts, const QList<WorkspaceAccount> &accounts, bool json,
         CommandContext &context)
{
    QHash<QString, QString> names;
    for (const WorkspaceAccount &a : accounts)
        names.insert(a.id, a.username);
    for (const Post &p : posts) {
        const QString when = p.scheduled.utc.isValid()
                                 ? p.scheduled.localDateTime + u' ' + p.scheduled.timeZone
                                 : Cli::tr("not scheduled");
        if (json) {
            emitJsonEvent(context.out,
                          {{QStringLiteral("id"), p.id},
                           {QStringLiteral("account"), names.value(p.accountId)},
                           {QStringLiteral("scheduled_utc"), p.scheduled.utc.toString(Qt::ISODate)},
                           {QStringLiteral("local"), p.scheduled.localDateTime},
                           {QStringLiteral("time_zone"), p.scheduled.timeZone},
                           {QStringLiteral("state"), toString(p.state)},
                           {QStringLiteral("caption"), p.caption},
                           {QStringLiteral("publish_id"), p.publishId},
                           {QStringLiteral("post_id"), p.platformPostId},
                           {QStringLiteral("fail_code"), p.failCode}});
        } else {
            QString caption = p.caption.section(u'\n', 0, 0);
            if (caption.size() > 50)
                caption = caption.left(49) + u'…';
            context.out << QStringLiteral("%1  @%2  %3  %4\n")
                               .arg(when, names.value(p.accountId), PostLifecycle::displayName(p.state),
                                    caption);
        }
    }
    return Ok;
}

} // namespace

int runScheduleCommand(CommandContext &context)
{
    QCommandLineParser parser;
    const Options o;
    parser.addOptions({workspaceOption(), o.importValid, o.account, o.privacy, o.output, o.from, o.to,
                       o.separator, o.json});
    parser.addPositionalArgument(QStringLiteral("action"),
                                 Cli::tr("import FILE.csv, export -o FILE, or list"));
    if (auto stop = parseCommandLine(parser, context,
                                     Cli::tr("Import, export and list scheduled posts (CSV, iCalendar).")))
        return *stop;
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    const bool known = (action == QLatin1String("import") && args.size() == 2)
                       || (action == QLatin1String("export") && args.size() == 1 && parser.isSet(o.output))
                       || (action == QLatin1String("list") && args.size() == 1);
    if (!known) {
        context.err << Cli::tr("%1: say import FILE.csv, export -o FILE, or list.").arg(kName) << u'\n';
        return Usage;
    }
    int code = Ok;
    const auto store = openWorkspace(parser, context, kName, code);
    if (!store)
        return code;
    if (action == QLatin1String("import"))
        return importFile(*store, parser, o, args.at(1), context);

    const auto accounts = store->accounts();
    if (!accounts) {
        context.err << kName << QStringLiteral(": ") << accounts.error().toString() << u'\n';
        return Failed;
    }
    const auto filter = filterFrom(parser, o, *accounts);
    if (!filter) {
        context.err << kName << QStringLiteral(": ") << filter.error().toString() << u'\n';
        return Usage;
    }
    const auto posts = store->posts(*filter);
    if (!posts) {
        context.err << kName << QStringLiteral(": ") << posts.error().toString() << u'\n';
        return Failed;
    }
    if (action == QLatin1String("export"))
        return exportFile(*posts, *accounts, parser, o, context);
    return list(*posts, *accounts, parser.isSet(o.json), context);
}

} // namespace montaj::ctl
