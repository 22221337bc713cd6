#include "core/earnings/earningscsvexport.h"

#include "core/earnings/internal/csvreader.h"

#include <QDateTime>
#include <QDir>
#include <QSaveFile>

namespace montaj {
namespace {

QString decimal(qint64 minor, const QString &currency)
{
    const Result<Money> money = Money::fromMinor(minor, currency);
    return money ? money->toDecimalString() : QString::number(minor);
}

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QByteArray lines(const QList<QStringList> &rows)
{
    QByteArray out("\xEF\xBB\xBF");
    for (const QStringList &row : rows) {
        QStringList cells;
        cells.reserve(row.size());
        for (const QString &value : row)
            cells << csvField(value);
        out += cells.join(u',').toUtf8() + "\r\n";
    }
    return out;
}

QString groupingName(Grouping grouping)
{
    switch (grouping) {
    case Grouping::Session: return QStringLiteral("session");
    case Grouping::Day: return QStringLiteral("day");
    case Grouping::Month: return QStringLiteral("month");
    case Grouping::Gifter: return QStringLiteral("gifter");
    case Grouping::Gift: return QStringLiteral("gift");
    }
    return {};
}

} // namespace

QString EarningsCsvExport::cell(const QString &text)
{
    return csvField(text);
}

QByteArray EarningsCsvExport::breakdown(const Breakdown &b)
{
    QList<QStringList> rows;
    rows.append({groupingName(b.grouping), QStringLiteral("label"), QStringLiteral("first_time"),
                 QStringLiteral("last_time"), QStringLiteral("gifts"), QStringLiteral("coins"),
                 QStringLiteral("diamonds"), QStringLiteral("amount"), QStringLiteral("currency")});
    const bool valued = !b.valueError.has_value();
    for (const BreakdownRow &row : b.rows)
        rows.append({row.key, row.label, isoTime(row.firstMs), isoTime(row.lastMs),
                     QString::number(row.gifts), QString::number(row.coins),
                     valued ? QString::number(row.diamonds) : QString(),
                     valued ? decimal(row.minorUnits, b.currency) : QString(), b.currency});
    rows.append({QStringLiteral("total"), QString(), QString(), QString(), QString::number(b.total.gifts),
                 QString::number(b.total.coins), valued ? QString::number(b.total.diamonds) : QString(),
                 valued ? decimal(b.total.minorUnits, b.currency) : QString(), b.currency});
    return lines(rows);
}

QByteArray EarningsCsvExport::withdrawals(const QList<Withdrawal> &list)
{
    QList<QStringList> rows;
    rows.append({QStringLiteral("id"), QStringLiteral("time"), QStringLiteral("amount"),
                 QStringLiteral("currency"), QStringLiteral("reverses"), QStringLiteral("note")});
    for (const Withdrawal &w : list)
        rows.append({QString::number(w.id), isoTime(w.timeMs), decimal(w.amountMinor, w.currency), w.currency,
                     w.reverses ? QString::number(w.reverses) : QString(), w.note});
    return lines(rows);
}

Result<void> EarningsCsvExport::writeFile(const QString &path, const QByteArray &csv)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit())
        return Error(QStringLiteral("earnings.export_failed"),
                     tr("The file %1 could not be written.").arg(QDir::toNativeSeparators(path)),
                     {{QStringLiteral("file"), path}});
    return {};
}

} // namespace montaj
