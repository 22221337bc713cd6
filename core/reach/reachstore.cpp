#include "core/reach/reachstore.h"

#include "core/reach/growthcurve.h"
#include "core/reach/historycsv.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <cmath>

namespace montaj {

namespace {

QJsonArray arrayOf(const std::array<double, 3> &a)
{
    return {a[0], a[1], a[2]};
}

// A file-name-safe form of an account or creator name.
QString safeName(const QString &name)
{
    QString out;
    for (const QChar c : name)
        out += (c.isLetterOrNumber() || c == u'_' || c == u'-') && c.unicode() < 128 ? c : u'_';
    return out.isEmpty() ? QStringLiteral("_") : out;
}

} // namespace

TrackedPost TrackedPost::fromEstimate(const ReachEstimate &estimate, const QString &postId,
                                      const QString &videoId, const QString &account,
                                      const QDateTime &publishedAtUtc)
{
    TrackedPost t;
    t.postId = postId;
    t.videoId = videoId;
    t.profileId = estimate.profileId;
    t.account = account;
    t.publishedAtUtc = publishedAtUtc.toUTC();
    t.referenceLog10 = estimate.referenceLog10;
    t.lateSlope = estimate.lateSlope;
    return t;
}

ReachPoint TrackedPost::estimatedAt(double ageHours) const
{
    const auto q = GrowthCurve(lateSlope).at(referenceLog10, ageHours / 24.0);
    return {ageHours, std::pow(10.0, q[0]), std::pow(10.0, q[1]), std::pow(10.0, q[2])};
}

QString ReachStore::defaultPath(const AppPaths &paths)
{
    return QDir(paths.dataDir()).filePath(QStringLiteral("reach/reach.json"));
}

QString ReachStore::key(const QString &profileId, const QString &account)
{
    return profileId + u'\n' + account;
}

Result<ReachStore> ReachStore::load(const QString &path)
{
    ReachStore store(path);
    QFile file(path);
    if (!file.exists())
        return store;
    if (!file.open(QIODevice::ReadOnly))
        return Error(QStringLiteral("reach.store_unreadable"),
                     tr("Cannot read the reach data “%1”: %2").arg(path, file.errorString()),
                     {{QStringLiteral("file"), path}});
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject())
        return Error(QStringLiteral("reach.store_malformed"),
                     tr("The reach data “%1” is damaged: %2").arg(path, parseError.errorString()),
                     {{QStringLiteral("file"), path}});
    const QJsonObject root = doc.object();
    for (const QJsonValue &v : root.value(QStringLiteral("calibrations")).toArray()) {
        const ReachCalibration c = ReachCalibration::fromJson(v.toObject());
        store.m_calibrations.insert(key(c.profileId(), c.account()), c);
    }
    for (const QJsonValue &v : root.value(QStringLiteral("tracked")).toArray()) {
        const QJsonObject o = v.toObject();
        TrackedPost t;
        t.postId = o.value(QStringLiteral("post_id")).toString();
        t.videoId = o.value(QStringLiteral("video_id")).toString();
        t.profileId = o.value(QStringLiteral("profile")).toString();
        t.account = o.value(QStringLiteral("account")).toString();
        t.publishedAtUtc =
            QDateTime::fromString(o.value(QStringLiteral("published_at")).toString(), Qt::ISODate);
        const QJsonArray ref = o.value(QStringLiteral("reference_log10")).toArray();
        for (qsizetype i = 0; i < 3 && i < ref.size(); ++i)
            t.referenceLog10[size_t(i)] = ref.at(i).toDouble();
        t.lateSlope = o.value(QStringLiteral("late_slope")).toDouble(0.17);
        for (const QJsonValue &a : o.value(QStringLiteral("actuals")).toArray()) {
            const QJsonArray pair = a.toArray();
            t.actuals.append({pair.at(0).toDouble(), qint64(pair.at(1).toDouble())});
        }
        if (!t.videoId.isEmpty() && t.publishedAtUtc.isValid())
            store.m_tracked.append(t);
    }
    return store;
}

Result<QString> ReachStore::setAside(const QString &path)
{
    const QString stem = path + QStringLiteral(".damaged-")
                         + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target = stem;
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = stem + u'-' + QString::number(n);
    QFile file(path);
    if (!file.rename(target))
        return Error(QStringLiteral("reach.store_not_moved"),
                     tr("Cannot move the reach data “%1” aside: %2").arg(path, file.errorString()),
                     {{QStringLiteral("file"), path}});
    return target;
}

Result<void> ReachStore::save() const
{
    QJsonArray calibrations;
    for (const ReachCalibration &c : m_calibrations)
        calibrations.append(c.toJson());
    QJsonArray tracked;
    for (const TrackedPost &t : m_tracked) {
        QJsonArray actuals;
        for (const auto &a : t.actuals)
            actuals.append(QJsonArray{a.first, double(a.second)});
        tracked.append(QJsonObject{{QStringLiteral("post_id"), t.postId},
                                   {QStringLiteral("video_id"), t.videoId},
                                   {QStringLiteral("profile"), t.profileId},
                                   {QStringLiteral("account"), t.account},
                                   {QStringLiteral("published_at"), t.publishedAtUtc.toString(Qt::ISODate)},
                                   {QStringLiteral("reference_log10"), arrayOf(t.referenceLog10)},
                                   {QStringLiteral("late_slope"), t.lateSlope},
                                   {QStringLiteral("actuals"), actuals}});
    }
    const QJsonObject root{{QStringLiteral("format"), QStringLiteral("montaj-reach")},
                           {QStringLiteral("version"), 1},
                           {QStringLiteral("calibrations"), calibrations},
                           {QStringLiteral("tracked"), tracked}};
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile file(m_path);
    const QByteArray bytes = QJsonDocument(root).toJson(QJsonDocument::Indented);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error(QStringLiteral("reach.store_unwritable"),
                     tr("Cannot save the reach data “%1”: %2").arg(m_path, file.errorString()),
                     {{QStringLiteral("file"), m_path}});
    return {};
}

ReachCalibration ReachStore::calibration(const QString &profileId, const QString &account) const
{
    return m_calibrations.value(key(profileId, account), ReachCalibration(profileId, account));
}

void ReachStore::setCalibration(const ReachCalibration &calibration)
{
    m_calibrations.insert(key(calibration.profileId(), calibration.account()), calibration);
}

void ReachStore::track(const TrackedPost &post)
{
    m_tracked.removeIf([&post](const TrackedPost &t) { return t.videoId == post.videoId; });
    m_tracked.append(post);
}

QList<TrackedPost> ReachStore::tracked(const QString &profileId, const QString &account) const
{
    QList<TrackedPost> out;
    for (const TrackedPost &t : m_tracked)
        if ((profileId.isEmpty() || t.profileId == profileId) && (account.isEmpty() || t.account == account))
            out.append(t);
    return out;
}

std::optional<ReachComparison> ReachStore::observe(const QString &videoId, qint64 views,
                                                   const QDateTime &observedAtUtc)
{
    for (TrackedPost &t : m_tracked) {
        if (t.videoId != videoId)
            continue;
        const double hours = double(t.publishedAtUtc.msecsTo(observedAtUtc)) / 3600000.0;
        if (hours <= 0.0 || views < 0)
            return std::nullopt;
        t.actuals.append({hours, views});
        ReachComparison c;
        c.videoId = videoId;
        c.ageHours = hours;
        c.estimated = t.estimatedAt(hours);
        c.actual = views;
        c.position = double(views) < c.estimated.p10 ? -1 : (double(views) > c.estimated.p90 ? 1 : 0);
        if (views > 0) {
            ReachCalibration cal = calibration(t.profileId, t.account);
            cal.add({videoId, hours / 24.0, std::log10(c.estimated.p10), std::log10(c.estimated.p50),
                     std::log10(c.estimated.p90), std::log10(double(views)), observedAtUtc.toUTC()});
            setCalibration(cal);
        }
        return c;
    }
    return std::nullopt;
}

QString ReachStore::historyPath(const QString &profileId, const QString &creator) const
{
    return QDir(QFileInfo(m_path).absolutePath())
        .filePath(QStringLiteral("history/%1/%2.csv").arg(safeName(profileId), safeName(creator)));
}

Result<void> ReachStore::saveHistory(const ReachHistory &history) const
{
    const QString path = historyPath(history.profileId, history.creator);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    const QByteArray bytes = HistoryCsv::write({history});
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error(QStringLiteral("reach.store_unwritable"),
                     tr("Cannot save the history “%1”: %2").arg(path, file.errorString()),
                     {{QStringLiteral("file"), path}});
    return {};
}

Result<ReachHistory> ReachStore::history(const QString &profileId, const QString &creator) const
{
    const QString path = historyPath(profileId, creator);
    if (!QFileInfo::exists(path))
        return Error(QStringLiteral("reach.no_history"),
                     tr("No history saved for %1 on “%2” yet: fetch it from the platform first.")
                         .arg(creator, profileId),
                     {{QStringLiteral("file"), path}});
    HistoryCsv::Options options;
    options.profileId = profileId;
    const auto imported = HistoryCsv::readFile(path, options);
    if (!imported)
        return imported.error();
    for (const ReachHistory &h : imported->histories)
        if (h.profileId == profileId && h.creator == creator)
            return h;
    return Error(QStringLiteral("reach.no_history"),
                 tr("The saved history holds no video of %1.").arg(creator),
                 {{QStringLiteral("file"), path}});
}

} // namespace montaj
