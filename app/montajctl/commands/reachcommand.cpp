#include "app/montajctl/commands/reachcommand.h"

#include "app/montajctl/cli.h"
#include "app/montajctl/commands/commandparser.h"
#include "app/montajctl/commands/workspaceoption.h"
#include "app/montajctl/exitcode.h"
#include "core/reach/historycsv.h"
#include "core/reach/projectdraft.h"
#include "core/reach/reachbacktest.h"
#include "core/reach/reachestimator.h"
#include "core/reach/reachstore.h"
#include "core/reach/reachtext.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLocale>
#include <QSaveFile>
#include <QTimeZone>

#include <cmath>

namespace montaj::ctl {

namespace {

const QString kName = QStringLiteral("montajctl reach");

struct Options
{
    QCommandLineOption profile{QStringLiteral("profile"),
                               Cli::tr("The platform profile of a scraped history file (default: tiktok)."),
                               QStringLiteral("PROFILE"), QStringLiteral("tiktok")};
    QCommandLineOption output{
        {QStringLiteral("o"), QStringLiteral("output")},
        Cli::tr("fit, convert: the file to write; backtest: one CSV row per predicted video."),
        QStringLiteral("FILE")};
    QCommandLineOption history{QStringLiteral("history"), Cli::tr("estimate: the creator's history file."),
                               QStringLiteral("FILE")};
    QCommandLineOption creator{
        QStringLiteral("creator"),
        Cli::tr("estimate: the creator in the history file (needed when it holds several)."),
        QStringLiteral("NAME")};
    QCommandLineOption account{
        QStringLiteral("account"),
        Cli::tr("estimate: a workspace account; its history as the studio last fetched it."),
        QStringLiteral("USERNAME")};
    QCommandLineOption model{QStringLiteral("model"),
                             Cli::tr("estimate: a model written by “reach fit” (default: the built-in one)."),
                             QStringLiteral("FILE")};
    QCommandLineOption at{QStringLiteral("at"),
                          Cli::tr("estimate: when the post goes out (ISO 8601, default: now)."),
                          QStringLiteral("TIME")};
    QCommandLineOption zone{
        QStringLiteral("timezone"),
        Cli::tr("estimate: the audience's time zone (IANA, default: the account's or UTC)."),
        QStringLiteral("ZONE")};
    QCommandLineOption duration{QStringLiteral("duration"),
                                Cli::tr("estimate: the video's length (seconds or mm:ss)."),
                                QStringLiteral("LENGTH")};
    QCommandLineOption project{
        QStringLiteral("project"),
        Cli::tr("estimate: a Montaj project (.montaj); its length and captions, unless given as options."),
        QStringLiteral("FILE")};
    QCommandLineOption photo{QStringLiteral("photo"), Cli::tr("estimate: a photo post, not a video.")};
    QCommandLineOption caption{QStringLiteral("caption"), Cli::tr("estimate: the caption."),
                               QStringLiteral("TEXT")};
    QCommandLineOption hashtags{
        QStringLiteral("hashtags"),
        Cli::tr("estimate: hashtags, comma-separated (default: the caption's #tags)."),
        QStringLiteral("TAGS")};
    QCommandLineOption captions{QStringLiteral("captions"),
                                Cli::tr("estimate: whether the video has captions (yes or no)."),
                                QStringLiteral("YES|NO")};
    QCommandLineOption disclosed{QStringLiteral("disclosed"),
                                 Cli::tr("estimate: whether it is disclosed commercial content (yes or no)."),
                                 QStringLiteral("YES|NO")};
    QCommandLineOption splits{
        QStringLiteral("splits"),
        Cli::tr("backtest: also run on N − 1 other splits of the creators into two folds and report the "
                "mean and spread of the scores (default: 1, the protocol's split only)."),
        QStringLiteral("N"), QStringLiteral("1")};
    QCommandLineOption scrapeOffset{
        QStringLiteral("scrape-offset"),
        Cli::tr("Scraped files: the UTC offset of vid_scrapeTime in hours (default: 7)."),
        QStringLiteral("HOURS"), QStringLiteral("7")};
};

Result<HistoryImport> readHistory(const QString &path, const QCommandLineParser &parser, const Options &o,
                                  CommandContext &context)
{
    HistoryCsv::Options options;
    options.profileId = parser.value(o.profile);
    bool ok = false;
    const double hours = QLocale::c().toDouble(parser.value(o.scrapeOffset), &ok);
    if (!ok || hours < -14 || hours > 14)
        return Error(QStringLiteral("ctl.bad_offset"),
                     Cli::tr("--scrape-offset is a number of hours from -14 to 14."));
    options.scrapeUtcOffsetSec = int(hours * 3600.0);
    auto imported = HistoryCsv::readFile(path, options);
    if (imported) {
        for (const Error &p : imported->problems)
            context.err << kName << QStringLiteral(": ") << p.toString() << u'\n';
        if (imported->brokenRows > imported->problems.size())
            context.err << Cli::tr("%1: … and %2 more broken rows.")
                               .arg(kName)
                               .arg(imported->brokenRows - imported->problems.size())
                        << u'\n';
    }
    return imported;
}

void writeRows(const QString &path, const BacktestResult &r)
{
    const QLocale c = QLocale::c();
    QString text = QStringLiteral("profile,creator,video_id,fold,history,actual,p10,p50,p90,baseline\n");
    for (const BacktestRow &row : r.rows)
        text += QStringList{row.profileId,
                            row.creator,
                            row.videoId,
                            c.toString(row.fold),
                            c.toString(row.historyCount),
                            c.toString(row.actual, 'f', 4),
                            c.toString(row.p10, 'f', 4),
                            c.toString(row.p50, 'f', 4),
                            c.toString(row.p90, 'f', 4),
                            c.toString(row.baseline, 'f', 4)}
                    .join(u',')
                + u'\n';
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(text.toUtf8());
        file.commit();
    }
}

// One "SPLIT salt=… mdae=… coverage=… width=… rho_within=…" line per split, then
// "SPLITS n=… mdae_mean=… mdae_sd=… coverage_mean=… width_mean=… rho_within_mean=… rho_within_sd=…"
// over the protocol's split (salt 0) and splits − 1 others.
Result<QString> splitSpread(const QList<ReachHistory> &histories, const BacktestResult &first, int splits)
{
    QList<BacktestResult> results{first};
    for (int salt = 1; salt < splits; ++salt) {
        BacktestOptions options;
        options.foldSalt = quint32(salt);
        auto r = ReachBacktest(options).run(histories);
        if (!r)
            return r.error();
        results.append(std::move(r).value());
    }
    const auto meanSd = [&results](double BacktestResult::*field) {
        double sum = 0.0;
        for (const BacktestResult &r : results)
            sum += r.*field;
        const double mean = sum / double(results.size());
        double squares = 0.0;
        for (const BacktestResult &r : results)
            squares += (r.*field - mean) * (r.*field - mean);
        return std::pair{mean, std::sqrt(squares / double(results.size()))};
    };
    const QLocale c = QLocale::c();
    const auto f = [&c](double v) { return c.toString(v, 'f', 4); };
    QString each;
    for (qsizetype salt = 0; salt < results.size(); ++salt) {
        const BacktestResult &r = results[salt];
        each += QStringLiteral("SPLIT salt=%1 mdae=%2 coverage=%3 width=%4 rho_within=%5\n")
                    .arg(c.toString(salt), f(r.mdae), f(r.coverage), f(r.width), f(r.rhoWithin));
    }
    const auto [mdae, mdaeSd] = meanSd(&BacktestResult::mdae);
    const auto [rho, rhoSd] = meanSd(&BacktestResult::rhoWithin);
    each += QStringLiteral("SPLITS n=%1 mdae_mean=%2 mdae_sd=%3 coverage_mean=%4 width_mean=%5 "
                           "rho_within_mean=%6 rho_within_sd=%7")
                .arg(c.toString(splits), f(mdae), f(mdaeSd), f(meanSd(&BacktestResult::coverage).first),
                     f(meanSd(&BacktestResult::width).first), f(rho), f(rhoSd));
    return each;
}

int backtest(const QString &path, const QCommandLineParser &parser, const Options &o, CommandContext &context)
{
    bool splitsOk = false;
    const int splits = parser.value(o.splits).toInt(&splitsOk);
    if (!splitsOk || splits < 1 || splits > 100) {
        context.err << kName << QStringLiteral(": ") << Cli::tr("--splits is a whole number from 1 to 100.")
                    << u'\n';
        return BadInput;
    }
    const auto imported = readHistory(path, parser, o, context);
    if (!imported) {
        context.err << kName << QStringLiteral(": ") << imported.error().toString() << u'\n';
        return BadInput;
    }
    const auto result = ReachBacktest().run(imported->histories);
    if (!result) {
        context.err << kName << QStringLiteral(": ") << result.error().toString() << u'\n';
        return BadInput;
    }
    if (parser.isSet(o.output))
        writeRows(parser.value(o.output), *result);
    const QLocale c = QLocale::c();
    context.out << Cli::tr("Rows read: %1 · broken: %2 · repeated ids: %3 · creators: %4")
                       .arg(imported->rows)
                       .arg(imported->brokenRows)
                       .arg(imported->duplicateRows)
                       .arg(imported->histories.size())
                << u'\n'
                << Cli::tr("Creators with 10 or more usable videos and targets: %1 · predicted videos: %2")
                       .arg(result->creators)
                       .arg(result->n)
                << u'\n'
                << Cli::tr("Baseline (median of the last 5, age-adjusted): median error %1, within-creator "
                           "Spearman %2")
                       .arg(c.toString(result->baselineMdae, 'f', 3),
                            c.toString(result->baselineRhoWithin, 'f', 3))
                << u'\n';
    if (splits > 1) {
        const auto spread = splitSpread(imported->histories, *result, splits);
        if (!spread) {
            context.err << kName << QStringLiteral(": ") << spread.error().toString() << u'\n';
            return BadInput;
        }
        context.out << *spread << u'\n';
    }
    context.out << result->summaryLine() << u'\n';
    return Ok;
}

int fit(const QString &path, const QCommandLineParser &parser, const Options &o, CommandContext &context)
{
    if (!parser.isSet(o.output)) {
        context.err << Cli::tr("%1: fit needs --output FILE.").arg(kName) << u'\n';
        return Usage;
    }
    const auto imported = readHistory(path, parser, o, context);
    if (!imported) {
        context.err << kName << QStringLiteral(": ") << imported.error().toString() << u'\n';
        return BadInput;
    }
    const ReachBacktest protocol;
    QList<ReachModel::TrainingRow> rows;
    for (const ReachHistory &h : imported->histories)
        for (const ReachBacktest::Target &t : protocol.targets(h))
            rows.append({t.features, t.actual, h.profileId + u'/' + h.creator});
    const auto model = ReachModel::fit(rows, QFileInfo(path).fileName());
    if (!model) {
        context.err << kName << QStringLiteral(": ") << model.error().toString() << u'\n';
        return BadInput;
    }
    QSaveFile file(parser.value(o.output));
    // Compact: a model holds some 200 small trees.
    const QByteArray bytes = QJsonDocument(model->toJson()).toJson(QJsonDocument::Compact);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        context.err
            << Cli::tr("%1: cannot write “%2”: %3").arg(kName, parser.value(o.output), file.errorString())
            << u'\n';
        return Failed;
    }
    context.out << Cli::tr("Model fitted on %1 videos: %2").arg(rows.size()).arg(parser.value(o.output))
                << u'\n';
    return Ok;
}

int convert(const QString &path, const QCommandLineParser &parser, const Options &o, CommandContext &context)
{
    if (!parser.isSet(o.output)) {
        context.err << Cli::tr("%1: convert needs --output FILE.").arg(kName) << u'\n';
        return Usage;
    }
    const auto imported = readHistory(path, parser, o, context);
    if (!imported) {
        context.err << kName << QStringLiteral(": ") << imported.error().toString() << u'\n';
        return BadInput;
    }
    QSaveFile file(parser.value(o.output));
    const QByteArray bytes = HistoryCsv::write(imported->histories);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        context.err
            << Cli::tr("%1: cannot write “%2”: %3").arg(kName, parser.value(o.output), file.errorString())
            << u'\n';
        return Failed;
    }
    return Ok;
}

std::optional<bool> yesNo(const QString &text, bool &ok)
{
    const QString t = text.trimmed().toLower();
    ok = true;
    if (t == QLatin1String("yes") || t == QLatin1String("true") || t == QLatin1String("1"))
        return true;
    if (t == QLatin1String("no") || t == QLatin1String("false") || t == QLatin1String("0"))
        return false;
    ok = false;
    return std::nullopt;
}

// The draft from the options; a project's facts (when given) first, so options override them.
Result<ReachDraft> draftFrom(const QCommandLineParser &parser, const Options &o,
                             const std::optional<ProjectReachFacts> &project)
{
    ReachDraft draft;
    if (project)
        draft = project->appliedTo(draft);
    draft.postAtUtc = QDateTime::currentDateTimeUtc();
    if (parser.isSet(o.at)) {
        draft.postAtUtc = ReachText::parseTime(parser.value(o.at));
        if (!draft.postAtUtc.isValid())
            return Error(QStringLiteral("ctl.bad_time"), Cli::tr("--at is a date and time (ISO 8601)."));
    }
    if (parser.isSet(o.duration)) {
        const auto d = ReachText::parseDuration(parser.value(o.duration));
        if (!d || *d <= 0)
            return Error(QStringLiteral("ctl.bad_duration"), Cli::tr("--duration is seconds or mm:ss."));
        draft.durationSec = *d;
    }
    if (parser.isSet(o.photo)) {
        if (project)
            return Error(QStringLiteral("ctl.photo_project"),
                         Cli::tr("--photo and --project do not go together."));
        draft.isPhoto = true;
    }
    draft.caption = parser.value(o.caption);
    draft.hashtags = ReachText::parseHashtags(parser.value(o.hashtags));
    for (const auto &[option, target] :
         {std::pair{&o.captions, &draft.hasCaptions}, std::pair{&o.disclosed, &draft.disclosed}}) {
        if (!parser.isSet(*option))
            continue;
        bool ok = false;
        *target = yesNo(parser.value(*option), ok);
        if (!ok)
            return Error(QStringLiteral("ctl.bad_flag"),
                         Cli::tr("--%1 is yes or no.").arg(option->names().first()));
    }
    if (parser.isSet(o.zone)) {
        draft.audienceZone = QTimeZone(parser.value(o.zone).toUtf8());
        if (!draft.audienceZone.isValid())
            return Error(QStringLiteral("ctl.bad_zone"),
                         Cli::tr("Unknown time zone “%1”.").arg(parser.value(o.zone)));
    }
    return draft;
}

int estimate(const QCommandLineParser &parser, const Options &o, CommandContext &context)
{
    std::optional<ProjectReachFacts> project;
    if (parser.isSet(o.project)) {
        auto read = ProjectReachFacts::read(parser.value(o.project));
        if (!read) {
            context.err << kName << QStringLiteral(": ") << read.error().toString() << u'\n';
            return BadInput;
        }
        project = *read;
    }
    auto parsed = draftFrom(parser, o, project);
    if (!parsed) {
        context.err << kName << QStringLiteral(": ") << parsed.error().message << u'\n';
        return Usage;
    }
    ReachDraft draft = std::move(parsed).value();
    ReachModel model = ReachModel::builtIn();
    if (parser.isSet(o.model)) {
        QFile file(parser.value(o.model));
        const auto loaded =
            file.open(QIODevice::ReadOnly)
                ? ReachModel::fromJson(QJsonDocument::fromJson(file.readAll()).object())
                : Result<ReachModel>(Error(QStringLiteral("reach.bad_model"), file.errorString()));
        if (!loaded) {
            context.err << kName << QStringLiteral(": ") << loaded.error().toString() << u'\n';
            return BadInput;
        }
        model = *loaded;
    }
    auto store = ReachStore::load(ReachStore::defaultPath(context.paths));
    if (!store) {
        context.err << kName << QStringLiteral(": ") << store.error().toString() << u'\n';
        return Failed;
    }
    ReachHistory history;
    if (parser.isSet(o.history)) {
        const auto imported = readHistory(parser.value(o.history), parser, o, context);
        if (!imported) {
            context.err << kName << QStringLiteral(": ") << imported.error().toString() << u'\n';
            return BadInput;
        }
        const QString wanted = parser.value(o.creator);
        const auto found = std::find_if(
            imported->histories.begin(), imported->histories.end(),
            [&wanted](const ReachHistory &h) { return wanted.isEmpty() || h.creator == wanted; });
        if (found == imported->histories.end() || (wanted.isEmpty() && imported->histories.size() > 1)) {
            context.err << Cli::tr("%1: name the creator with --creator (the file holds %2).")
                               .arg(kName)
                               .arg(imported->histories.size())
                        << u'\n';
            return Usage;
        }
        history = *found;
    } else if (parser.isSet(o.account)) {
        int code = Ok;
        const auto workspace = openWorkspace(parser, context, kName, code);
        if (!workspace)
            return code;
        const auto accounts = workspace->accounts();
        QString name = parser.value(o.account);
        if (name.startsWith(u'@'))
            name.remove(0, 1);
        const WorkspaceAccount *account = nullptr;
        for (const WorkspaceAccount &a : accounts.valueOr(QList<WorkspaceAccount>()))
            if (a.username.compare(name, Qt::CaseInsensitive) == 0 || a.id == name)
                account = &a;
        if (!account) {
            context.err << Cli::tr("%1: no account “%2” in this workspace.").arg(kName, name) << u'\n';
            return BadInput;
        }
        const auto saved = store->history(account->profileId, account->username);
        if (!saved) {
            context.err << kName << QStringLiteral(": ") << saved.error().toString() << u'\n';
            return BadInput;
        }
        history = *saved;
        draft.profileId = account->profileId;
        if (!parser.isSet(o.zone) && !account->timeZone.isEmpty())
            draft.audienceZone = QTimeZone(account->timeZone.toUtf8());
    } else {
        context.err << Cli::tr("%1: estimate needs --history FILE or --account USERNAME.").arg(kName)
                    << u'\n';
        return Usage;
    }
    ReachEstimator estimator(model);
    estimator.setCalibration(store->calibration(history.profileId, history.creator));
    const auto e = estimator.estimate(history, draft);
    if (!e) {
        context.err << kName << QStringLiteral(": ") << e.error().toString() << u'\n';
        return BadInput;
    }
    context.out << QString::fromUtf8(QJsonDocument(e->toJson()).toJson(QJsonDocument::Indented));
    return Ok;
}

} // namespace

int runReachCommand(CommandContext &context)
{
    QCommandLineParser parser;
    Options o;
    parser.addPositionalArgument(QStringLiteral("action"), Cli::tr("backtest, estimate, fit or convert."),
                                 QStringLiteral("ACTION"));
    parser.addPositionalArgument(QStringLiteral("file"), Cli::tr("backtest, fit, convert: the history CSV."),
                                 QStringLiteral("[FILE]"));
    parser.addOptions({o.profile, o.output, o.history, o.creator, o.account, o.model, o.at, o.zone,
                       o.duration, o.project, o.photo, o.caption, o.hashtags, o.captions, o.disclosed,
                       o.scrapeOffset, o.splits, workspaceOption()});
    if (auto stop = parseCommandLine(
            parser, context,
            Cli::tr("Estimate a post's views before posting, and prove the estimator on real history "
                    "(walk-forward backtest, docs/reach.md).")))
        return *stop;
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    if (action == QLatin1String("estimate"))
        return estimate(parser, o, context);
    if (args.size() != 2
        || (action != QLatin1String("backtest") && action != QLatin1String("fit")
            && action != QLatin1String("convert"))) {
        context.err << Cli::tr("%1: use “backtest FILE”, “fit FILE -o MODEL”, “convert FILE -o OUT” or "
                               "“estimate …”.")
                           .arg(kName)
                    << u'\n';
        return Usage;
    }
    if (action == QLatin1String("backtest"))
        return backtest(args.at(1), parser, o, context);
    if (action == QLatin1String("fit"))
        return fit(args.at(1), parser, o, context);
    return convert(args.at(1), parser, o, context);
}

} // namespace montaj::ctl
