#include "core/reach/historycsv.h"

#include "core/reach/internal/csvrecords.h"
#include "core/reach/reachtext.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLocale>

namespace montaj {

namespace {

const char *const kMontajColumns[] = {"profile",     "creator", "followers",    "video_id", "posted_at",
                                      "observed_at", "kind",    "duration_sec", "views",    "likes",
                                      "comments",    "shares",  "saves",        "captions", "disclosed",
                                      "hashtags",    "caption"};

// Column positions by lower-case name.
struct Header
{
    QHash<QString, qsizetype> columns;
    QHash<QString, QString> spelled; // lower-case name → as the file writes it
    qsizetype width = 0;
    qsizetype at(const char *name) const { return columns.value(QLatin1String(name), -1); }
    bool has(const char *name) const { return columns.contains(QLatin1String(name)); }
};

// One row being read: values by column name, and the first problem found.
class RowReader
{
public:
    RowReader(const Header &header, const QList<QString> &fields, const QString &file, qint64 line)
        : m_header(header)
        , m_fields(fields)
        , m_file(file)
        , m_line(line)
    {}

    QString text(const char *column) const
    {
        const qsizetype i = m_header.at(column);
        return i >= 0 && i < m_fields.size() ? m_fields.at(i) : QString();
    }
    // -1 when empty or absent; a problem when malformed.
    qint64 count(const char *column)
    {
        const QString t = text(column);
        if (t.trimmed().isEmpty())
            return -1;
        const auto value = ReachText::parseCount(t);
        if (!value)
            fail(QStringLiteral("reach.bad_count"), column,
                 HistoryCsv::tr("“%1” is not a count (e.g. 987, 213.1K, 1.6M).").arg(t));
        return value.value_or(-1);
    }
    QDateTime time(const char *column, int offsetSec)
    {
        const QString t = text(column);
        if (t.trimmed().isEmpty())
            return {};
        const QDateTime value = ReachText::parseTime(t, offsetSec);
        if (!value.isValid())
            fail(QStringLiteral("reach.bad_time"), column,
                 HistoryCsv::tr("“%1” is not a date and time (yyyy-mm-dd hh:mm:ss).").arg(t));
        return value;
    }
    int duration(const char *column)
    {
        const QString t = text(column);
        if (t.trimmed().isEmpty())
            return -1;
        const auto value = ReachText::parseDuration(t);
        if (!value)
            fail(QStringLiteral("reach.bad_duration"), column,
                 HistoryCsv::tr("“%1” is not a duration (mm:ss or seconds).").arg(t));
        return value.value_or(-1);
    }
    std::optional<bool> flag(const char *column)
    {
        const QString t = text(column).trimmed().toLower();
        if (t.isEmpty())
            return std::nullopt;
        if (t == QLatin1String("yes") || t == QLatin1String("true") || t == QLatin1String("1"))
            return true;
        if (t == QLatin1String("no") || t == QLatin1String("false") || t == QLatin1String("0"))
            return false;
        fail(QStringLiteral("reach.bad_flag"), column, HistoryCsv::tr("“%1” is not yes or no.").arg(t));
        return std::nullopt;
    }
    void fail(const QString &code, const char *column, const QString &message)
    {
        if (m_problem)
            return;
        const QString name = QString::fromLatin1(column);
        m_problem = Error(code, message,
                          {{QStringLiteral("file"), m_file},
                           {QStringLiteral("line"), m_line},
                           {QStringLiteral("column"), m_header.spelled.value(name.toLower(), name)}});
    }
    const std::optional<Error> &problem() const { return m_problem; }

private:
    const Header &m_header;
    const QList<QString> &m_fields;
    QString m_file;
    qint64 m_line;
    std::optional<Error> m_problem;
};

void readScraped(RowReader &row, const HistoryCsv::Options &options, QString &creator, qint64 &followers,
                 ReachVideo &v)
{
    creator = row.text("user_name").trimmed();
    if (creator.startsWith(u'@'))
        creator.remove(0, 1);
    followers = row.count("user_nfollower");
    v.id = row.text("vid_id").trimmed();
    if (v.id.isEmpty() || v.id.front() == u'-')
        row.fail(QStringLiteral("reach.missing_field"), "vid_id", HistoryCsv::tr("The video id is missing."));
    v.postedAtUtc = row.time("vid_posttime", 0);
    if (!v.postedAtUtc.isValid() && row.text("vid_posttime").trimmed().isEmpty())
        v.postedAtUtc = ReachText::timeFromVideoId(v.id); // the id's top 32 bits
    v.observedAtUtc = row.time("vid_scrapetime", options.scrapeUtcOffsetSec);
    v.durationSec = row.duration("vid_duration");
    v.isPhoto = row.text("vid_url").contains(QLatin1String("/photo/"));
    v.views = row.count("vid_nview");
    v.likes = row.count("vid_nlike");
    v.comments = row.count("vid_ncomment");
    v.shares = row.count("vid_nshare");
    v.saves = row.count("vid_nsave");
    v.caption = row.text("vid_caption");
    v.hashtags = ReachText::parseHashtags(row.text("vid_hashtags"));
    if (v.hashtags.isEmpty())
        v.hashtags = ReachText::hashtagsInCaption(v.caption);
}

void readMontaj(RowReader &row, QString &profile, QString &creator, qint64 &followers, ReachVideo &v)
{
    profile = row.text("profile").trimmed();
    creator = row.text("creator").trimmed();
    followers = row.count("followers");
    v.id = row.text("video_id").trimmed();
    if (v.id.isEmpty())
        row.fail(QStringLiteral("reach.missing_field"), "video_id",
                 HistoryCsv::tr("The video id is missing."));
    v.postedAtUtc = row.time("posted_at", 0);
    v.observedAtUtc = row.time("observed_at", 0);
    v.isPhoto = row.text("kind").trimmed().compare(QLatin1String("photo"), Qt::CaseInsensitive) == 0;
    v.durationSec = row.duration("duration_sec");
    v.views = row.count("views");
    v.likes = row.count("likes");
    v.comments = row.count("comments");
    v.shares = row.count("shares");
    v.saves = row.count("saves");
    v.hasCaptions = row.flag("captions");
    v.disclosed = row.flag("disclosed");
    v.caption = row.text("caption");
    v.hashtags = ReachText::parseHashtags(row.text("hashtags"));
}

} // namespace

QStringList HistoryCsv::montajColumns()
{
    QStringList out;
    for (const char *c : kMontajColumns)
        out.append(QString::fromLatin1(c));
    return out;
}

Result<HistoryImport> HistoryCsv::read(QByteArrayView utf8, const QString &sourceName, const Options &options)
{
    CsvRecords records(utf8);
    QList<QString> fields;
    const QVariantMap where{{QStringLiteral("file"), sourceName}, {QStringLiteral("line"), 1}};
    if (!records.next(fields))
        return Error(QStringLiteral("reach.empty_file"), tr("The history file is empty."), where);
    Header header;
    header.width = fields.size();
    for (qsizetype i = 0; i < fields.size(); ++i) {
        header.columns.insert(fields.at(i).trimmed().toLower(), i);
        header.spelled.insert(fields.at(i).trimmed().toLower(), fields.at(i).trimmed());
    }
    HistoryImport out;
    if (header.has("user_name") && header.has("vid_id") && header.has("vid_nview")
        && header.has("vid_scrapetime")) {
        out.layout = HistoryImport::Layout::Scraped;
    } else if (header.has("profile") && header.has("creator") && header.has("video_id") && header.has("views")
               && header.has("posted_at") && header.has("observed_at")) {
        out.layout = HistoryImport::Layout::Montaj;
    } else {
        return Error(QStringLiteral("reach.unknown_layout"),
                     tr("This is not a history file Montaj knows: the header names neither Montaj’s "
                        "columns (profile, creator, video_id, posted_at, observed_at, views…) nor "
                        "the scraped layout’s (user_name, vid_id, vid_postTime, vid_scrapeTime, "
                        "vid_nview…)."),
                     where);
    }
    QHash<QString, qsizetype> byCreator; // "profile\ncreator" → index in out.histories
    QSet<QString> seen;
    while (records.next(fields)) {
        ++out.rows;
        RowReader row(header, fields, sourceName, records.line());
        if (records.malformed())
            row.fail(QStringLiteral("reach.malformed_csv"), "",
                     tr("A quoted field is not closed before the end of the file."));
        else if (fields.size() != header.width)
            row.fail(QStringLiteral("reach.column_count"), "",
                     tr("The row has %1 fields; the header has %2.").arg(fields.size()).arg(header.width));
        QString profile = options.profileId;
        QString creator;
        qint64 followers = -1;
        ReachVideo video;
        if (!row.problem()) {
            if (out.layout == HistoryImport::Layout::Scraped)
                readScraped(row, options, creator, followers, video);
            else
                readMontaj(row, profile, creator, followers, video);
        }
        if (!row.problem() && creator.isEmpty())
            row.fail(QStringLiteral("reach.missing_field"),
                     out.layout == HistoryImport::Layout::Scraped ? "user_name" : "creator",
                     tr("The creator is missing."));
        if (!row.problem() && profile.isEmpty())
            row.fail(QStringLiteral("reach.missing_field"), "profile",
                     tr("The platform profile is missing."));
        if (!row.problem() && !video.postedAtUtc.isValid())
            row.fail(QStringLiteral("reach.missing_field"),
                     out.layout == HistoryImport::Layout::Scraped ? "vid_postTime" : "posted_at",
                     tr("The post time is missing."));
        if (!row.problem() && !video.observedAtUtc.isValid())
            row.fail(QStringLiteral("reach.missing_field"),
                     out.layout == HistoryImport::Layout::Scraped ? "vid_scrapeTime" : "observed_at",
                     tr("The time the counters were read is missing."));
        if (row.problem()) {
            ++out.brokenRows;
            if (out.problems.size() < kMaxProblems)
                out.problems.append(*row.problem());
            if (records.malformed())
                break;
            continue;
        }
        const QString key = profile + u'\n' + creator;
        if (seen.contains(key + u'\n' + video.id))
            ++out.duplicateRows;
        seen.insert(key + u'\n' + video.id);
        auto found = byCreator.constFind(key);
        if (found == byCreator.constEnd()) {
            ReachHistory h;
            h.profileId = profile;
            h.creator = creator;
            found = byCreator.insert(key, out.histories.size());
            out.histories.append(h);
        }
        ReachHistory &history = out.histories[*found];
        if (followers >= 0)
            history.followers = followers;
        history.videos.append(video);
    }
    for (ReachHistory &h : out.histories)
        h = h.normalized();
    out.histories.removeIf([](const ReachHistory &h) { return h.videos.isEmpty(); });
    if (out.histories.isEmpty()) {
        Error error(QStringLiteral("reach.no_videos"),
                    tr("No usable video in the history file (a usable row has views, a post time and "
                       "the time its counters were read)."),
                    {{QStringLiteral("file"), sourceName}});
        if (!out.problems.isEmpty())
            error.context.insert(QStringLiteral("first_problem"), out.problems.first().toString());
        return error;
    }
    return out;
}

Result<HistoryImport> HistoryCsv::readFile(const QString &path, const Options &options)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(QStringLiteral("reach.unreadable_file"),
                     tr("Cannot read “%1”: %2").arg(QFileInfo(path).fileName(), file.errorString()),
                     {{QStringLiteral("file"), path}});
    const QByteArray data = file.readAll();
    return read(data, QFileInfo(path).fileName(), options);
}

QByteArray HistoryCsv::write(const QList<ReachHistory> &histories)
{
    const QLocale c = QLocale::c();
    const auto count = [&c](qint64 v) { return v < 0 ? QString() : c.toString(v); };
    const auto flag = [](const std::optional<bool> &v) {
        return !v ? QString() : (*v ? QStringLiteral("yes") : QStringLiteral("no"));
    };
    QString out = montajColumns().join(u',') + u'\n';
    for (const ReachHistory &h : histories) {
        for (const ReachVideo &v : h.videos) {
            const QStringList row{
                csvQuoted(h.profileId),
                csvQuoted(h.creator),
                count(h.followers),
                csvQuoted(v.id),
                v.postedAtUtc.toUTC().toString(Qt::ISODate),
                v.observedAtUtc.toUTC().toString(Qt::ISODate),
                v.isPhoto ? QStringLiteral("photo") : QStringLiteral("video"),
                v.durationSec < 0 ? QString() : c.toString(v.durationSec),
                count(v.views),
                count(v.likes),
                count(v.comments),
                count(v.shares),
                count(v.saves),
                flag(v.hasCaptions),
                flag(v.disclosed),
                csvQuoted(v.hashtags.join(u',')),
                csvQuoted(v.caption),
            };
            out += row.join(u',') + u'\n';
        }
    }
    return out.toUtf8();
}

} // namespace montaj
