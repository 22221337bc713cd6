#include "core/earnings/giftcsvimport.h"

#include "core/earnings/giftcatalog.h"
#include "core/earnings/internal/csvreader.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QHash>

#include <optional>

namespace montaj {
namespace {

enum Column {
    Session,
    TimeMs,
    Time,
    MsgId,
    UserId,
    UniqueId,
    GiftId,
    GiftName,
    GiftType,
    UnitCoins,
    RepeatCount,
    RepeatEnd,
    GroupId,
    ColumnCount
};

// Accepted header names (lower case); the first is the documented one.
const QList<QList<QByteArray>> kNames = {
    {"session_id", "sessionid", "session"},
    {"time_ms", "createtime", "create_time"},
    {"time", "datetime", "date_time"},
    {"msg_id", "msgid"},
    {"user_id", "userid"},
    {"unique_id", "uniqueid", "gifter"},
    {"gift_id", "giftid"},
    {"gift_name", "giftname", "gift"},
    {"gift_type", "gifttype"},
    {"unit_coins", "diamondcount", "diamond_count", "coins_each"},
    {"repeat_count", "repeatcount", "count"},
    {"repeat_end", "repeatend"},
    {"group_id", "groupid"},
};

std::optional<qint64> parseInteger(QByteArrayView text)
{
    if (text.isEmpty() || text.size() > 19)
        return std::nullopt;
    qsizetype i = 0;
    const bool negative = text[0] == '-';
    if (negative || text[0] == '+')
        ++i;
    if (i == text.size() || text.size() - i > 18)
        return std::nullopt;
    qint64 value = 0;
    for (; i < text.size(); ++i) {
        const char c = text[i];
        if (c < '0' || c > '9')
            return std::nullopt;
        value = value * 10 + (c - '0');
    }
    return negative ? -value : value;
}

std::optional<bool> parseBool(QByteArrayView text)
{
    const QByteArray lower = text.toByteArray().toLower();
    if (lower == "1" || lower == "true" || lower == "yes")
        return true;
    if (lower.isEmpty() || lower == "0" || lower == "false" || lower == "no")
        return false;
    return std::nullopt;
}

QString shortText(QByteArrayView text)
{
    return QString::fromUtf8(text.first(std::min<qsizetype>(40, text.size())));
}

struct SessionSpan
{
    qint64 firstMs = std::numeric_limits<qint64>::max();
    qint64 lastMs = std::numeric_limits<qint64>::min();
};

} // namespace

GiftCsvImport::GiftCsvImport(EarningsLedger &ledger)
    : m_ledger(ledger)
{}

Result<CsvImportReport> GiftCsvImport::importFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(QStringLiteral("earnings.csv_unreadable"),
                     tr("The file %1 could not be read.").arg(QDir::toNativeSeparators(path)),
                     {{QStringLiteral("file"), path}});
    const qint64 size = file.size();
    if (size == 0)
        return importData(QByteArrayView(), path);
    if (uchar *mapped = file.map(0, size)) {
        Result<CsvImportReport> report =
            importData(QByteArrayView(reinterpret_cast<const char *>(mapped), qsizetype(size)), path);
        file.unmap(mapped);
        return report;
    }
    const QByteArray data = file.readAll();
    return importData(data, path);
}

Result<CsvImportReport> GiftCsvImport::importData(QByteArrayView utf8, const QString &sourceName)
{
    m_errors.clear();
    qint64 errorCount = 0;
    const auto addError = [&](qint64 line, const QString &column, const QString &message) {
        ++errorCount;
        if (m_errors.size() < kMaxErrors)
            m_errors.append(Error(QStringLiteral("earnings.csv_invalid_row"), message,
                                  {{QStringLiteral("file"), sourceName},
                                   {QStringLiteral("line"), line},
                                   {QStringLiteral("column"), column}}));
    };

    CsvReader reader(utf8);
    QList<QByteArrayView> fields;
    if (!reader.next(fields))
        return Error(QStringLiteral("earnings.csv_empty"), tr("The file has no header row."),
                     {{QStringLiteral("file"), sourceName}, {QStringLiteral("line"), 1}});
    int column[ColumnCount];
    std::fill(std::begin(column), std::end(column), -1);
    const qsizetype headerCount = fields.size();
    for (qsizetype i = 0; i < fields.size(); ++i) {
        const QByteArray name = fields[i].trimmed().toByteArray().toLower();
        for (int c = 0; c < ColumnCount; ++c)
            if (column[c] < 0 && kNames[c].contains(name))
                column[c] = int(i);
    }
    const auto name = [](int c) { return QString::fromLatin1(kNames[c].front()); };
    QStringList missing;
    if (column[Session] < 0 && m_defaultSession.isEmpty())
        missing << name(Session);
    if (column[TimeMs] < 0 && column[Time] < 0)
        missing << name(TimeMs);
    for (int required : {UserId, GiftId})
        if (column[required] < 0)
            missing << name(required);
    if (!missing.isEmpty())
        return Error(QStringLiteral("earnings.csv_missing_column"),
                     tr("The file has no column %1. See the documented columns for earnings imports.")
                         .arg(missing.join(QStringLiteral(", "))),
                     {{QStringLiteral("file"), sourceName},
                      {QStringLiteral("line"), 1},
                      {QStringLiteral("column"), missing.join(u',')}});

    QHash<qint64, GiftPrice> catalog;
    if (Result<QList<GiftPrice>> known = GiftCatalog(m_ledger).list(); known)
        for (const GiftPrice &gift : *known)
            catalog.insert(gift.giftId, gift);
    else
        return known.error();
    QHash<qint64, GiftPrice> observed;
    QHash<QString, SessionSpan> spans;

    auto appender = m_ledger.beginAppend(EntrySource::Csv);
    if (!appender)
        return appender.error();
    CsvImportReport report;
    QByteArray lastSessionBytes;
    QString lastSession = m_defaultSession;
    const auto field = [&fields, &column](int c) {
        return column[c] >= 0 && column[c] < fields.size() ? fields[column[c]].trimmed() : QByteArrayView();
    };
    while (reader.next(fields)) {
        const qint64 line = reader.line();
        ++report.rows;
        if (fields.size() != headerCount) {
            addError(line, QString(),
                     tr("Line %1 has %2 fields where the header has %3.")
                         .arg(line)
                         .arg(fields.size())
                         .arg(headerCount));
            continue;
        }
        const auto integer = [&](int c, bool required, qint64 fallback) -> std::optional<qint64> {
            const QByteArrayView text = field(c);
            if (text.isEmpty()) {
                if (required)
                    addError(line, name(c),
                             tr("Line %1, column “%2”: a value is required.").arg(line).arg(name(c)));
                return required ? std::nullopt : std::optional<qint64>(fallback);
            }
            const auto value = parseInteger(text);
            if (!value)
                addError(line, name(c),
                         tr("Line %1, column “%2”: “%3” is not a whole number.")
                             .arg(line)
                             .arg(name(c), shortText(text)));
            return value;
        };
        const qint64 errorsBefore = errorCount;
        std::optional<qint64> timeMs;
        if (column[TimeMs] >= 0 && !field(TimeMs).isEmpty()) {
            timeMs = integer(TimeMs, true, 0);
        } else if (column[Time] >= 0) {
            const QString text = QString::fromUtf8(field(Time));
            const QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
            if (parsed.isValid())
                timeMs = parsed.toMSecsSinceEpoch();
            else
                addError(line, name(Time),
                         tr("Line %1, column “%2”: “%3” is not a date and time (2024-06-01T20:15:00Z).")
                             .arg(line)
                             .arg(name(Time), text.left(40)));
        } else {
            integer(TimeMs, true, 0);
        }
        const auto giftId = integer(GiftId, true, 0);
        const auto giftType = integer(GiftType, false, 0);
        const auto repeat = integer(RepeatCount, false, 1);
        auto unitCoins = integer(UnitCoins, false, -1);
        const QByteArrayView userId = field(UserId);
        if (userId.isEmpty())
            addError(line, name(UserId),
                     tr("Line %1, column “%2”: a value is required.").arg(line).arg(name(UserId)));
        const auto repeatEnd = parseBool(field(RepeatEnd));
        if (!repeatEnd)
            addError(line, name(RepeatEnd),
                     tr("Line %1, column “%2”: “%3” is not yes or no (1/0, true/false).")
                         .arg(line)
                         .arg(name(RepeatEnd), shortText(field(RepeatEnd))));
        if (repeat && *repeat < 1)
            addError(
                line, name(RepeatCount),
                tr("Line %1, column “%2”: the count must be at least 1.").arg(line).arg(name(RepeatCount)));
        if (giftId && unitCoins && *unitCoins < 0) {
            const auto known = catalog.constFind(*giftId);
            if (known != catalog.constEnd())
                unitCoins = known->coins;
            else
                addError(line, name(UnitCoins),
                         tr("Line %1: gift %2 has no price. Add a unit_coins column or set the gift's price "
                            "in the "
                            "catalog.")
                             .arg(line)
                             .arg(*giftId));
        }
        if (column[Session] >= 0 && field(Session).isEmpty() && m_defaultSession.isEmpty())
            addError(line, name(Session),
                     tr("Line %1, column “%2”: a value is required.").arg(line).arg(name(Session)));
        if (errorCount != errorsBefore || errorCount > 0)
            continue; // keep checking the rest of the file, write nothing more
        if (*giftType == 1 && !*repeatEnd) {
            ++report.streakSteps;
            continue;
        }
        const QByteArrayView sessionBytes = field(Session);
        if (!sessionBytes.isEmpty() && sessionBytes != QByteArrayView(lastSessionBytes)) {
            lastSessionBytes = sessionBytes.toByteArray();
            lastSession = QString::fromUtf8(sessionBytes);
        } else if (sessionBytes.isEmpty()) {
            lastSessionBytes.clear();
            lastSession = m_defaultSession;
        }
        GiftRecord record;
        record.sessionId = lastSession;
        record.timeMs = *timeMs;
        record.userId = QString::fromUtf8(userId);
        const QByteArrayView uniqueId = field(UniqueId);
        record.uniqueId = uniqueId.isEmpty() ? record.userId : QString::fromUtf8(uniqueId);
        record.giftId = *giftId;
        const QByteArrayView giftName = field(GiftName);
        if (!giftName.isEmpty())
            record.giftName = QString::fromUtf8(giftName);
        else if (const auto known = catalog.constFind(*giftId); known != catalog.constEnd())
            record.giftName = known->name;
        record.repeatCount = *repeat;
        record.unitCoins = *unitCoins;
        const QByteArrayView msgId = field(MsgId);
        const QByteArrayView groupId = field(GroupId);
        if (*giftType == 1 && !groupId.isEmpty())
            record.eventKey = QString(QStringLiteral("s:") + record.userId + u':' + QString::number(*giftId)
                                      + u':' + QString::fromUtf8(groupId));
        else if (!msgId.isEmpty())
            record.eventKey = QString(QStringLiteral("m:") + QString::fromUtf8(msgId));
        else
            record.eventKey =
                QStringLiteral("c:%1:%2:%3:%4").arg(*timeMs).arg(record.userId).arg(*giftId).arg(*repeat);
        Result<bool> added = appender.value()->add(record);
        if (!added)
            return added.error();
        SessionSpan &span = spans[record.sessionId];
        span.firstMs = std::min(span.firstMs, record.timeMs);
        span.lastMs = std::max(span.lastMs, record.timeMs);
        if (!giftName.isEmpty() && !observed.contains(*giftId) && !catalog.contains(*giftId))
            observed.insert(*giftId,
                            GiftPrice{*giftId, record.giftName, int(*giftType), *unitCoins, false, 0});
    }
    if (reader.malformed()) {
        const qint64 line = reader.line() > 0 ? reader.line() : 1;
        addError(line, QString(),
                 tr("Line %1: a quoted field is not closed or is followed by other text.").arg(line));
    }
    if (errorCount > 0) {
        const QVariant firstLine = m_errors.front().context.value(QStringLiteral("line"));
        QStringList details;
        for (const Error &error : std::as_const(m_errors))
            details << error.message;
        return Error(QStringLiteral("earnings.csv_invalid"),
                     tr("%Ln problem(s) in %1; nothing was imported. %2", nullptr,
                        int(std::min<qint64>(errorCount, 1000000)))
                         .arg(QDir::toNativeSeparators(sourceName), m_errors.front().message),
                     {{QStringLiteral("file"), sourceName},
                      {QStringLiteral("line"), firstLine},
                      {QStringLiteral("errors"), details}});
    }
    Result<AppendStats> stats = appender.value()->commit();
    if (!stats)
        return stats.error();
    report.inserted = stats->inserted;
    report.duplicates = stats->duplicates;
    report.sessions = spans.size();

    Result<QList<EarningsSession>> known = m_ledger.sessions();
    if (!known)
        return known.error();
    QSet<QString> knownIds;
    for (const EarningsSession &session : *known)
        knownIds.insert(session.id);
    for (auto it = spans.cbegin(); it != spans.cend(); ++it)
        if (!knownIds.contains(it.key()))
            if (Result<void> ok = m_ledger.saveSession(
                    {it.key(), QString(), false, it->firstMs, it->lastMs, -1, -1, QStringLiteral("csv")});
                !ok)
                return ok.error();
    if (Result<void> ok = GiftCatalog(m_ledger).observe(observed.values()); !ok)
        return ok.error();
    return report;
}

} // namespace montaj
