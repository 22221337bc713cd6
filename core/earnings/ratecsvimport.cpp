#include "core/earnings/ratecsvimport.h"

#include "core/earnings/internal/csvreader.h"
#include "core/earnings/microdecimal.h"
#include "core/earnings/ratebook.h"

#include <QDateTime>
#include <QDir>
#include <QFile>

namespace montaj {
namespace {

std::optional<qint64> parseValidFrom(const QString &text)
{
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (date.isValid() && text.size() == 10)
        return QDateTime(date, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (time.isValid())
        return time.toMSecsSinceEpoch();
    return std::nullopt;
}

} // namespace

RateCsvImport::RateCsvImport(EarningsLedger &ledger)
    : m_ledger(ledger)
{}

Result<int> RateCsvImport::importFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(QStringLiteral("earnings.csv_unreadable"),
                     tr("The file %1 could not be read.").arg(QDir::toNativeSeparators(path)),
                     {{QStringLiteral("file"), path}});
    const QByteArray data = file.readAll();
    return importData(data, path);
}

Result<int> RateCsvImport::importData(QByteArrayView utf8, const QString &sourceName)
{
    CsvReader reader(utf8);
    QList<QByteArrayView> fields;
    if (!reader.next(fields))
        return Error(QStringLiteral("earnings.csv_empty"), tr("The file has no header row."),
                     {{QStringLiteral("file"), sourceName}, {QStringLiteral("line"), 1}});
    const QStringList wanted{QStringLiteral("base"), QStringLiteral("quote"), QStringLiteral("rate"),
                             QStringLiteral("valid_from"), QStringLiteral("note")};
    QList<int> column(wanted.size(), -1);
    for (qsizetype i = 0; i < fields.size(); ++i) {
        const int at = int(wanted.indexOf(QString::fromUtf8(fields[i]).trimmed().toLower()));
        if (at >= 0 && column[at] < 0)
            column[at] = int(i);
    }
    for (int required = 0; required < 4; ++required)
        if (column[required] < 0)
            return Error(QStringLiteral("earnings.csv_missing_column"),
                         tr("The file has no column %1. See the documented columns for exchange rates.")
                             .arg(wanted[required]),
                         {{QStringLiteral("file"), sourceName},
                          {QStringLiteral("line"), 1},
                          {QStringLiteral("column"), wanted[required]}});
    QList<RateSetting> rates;
    while (reader.next(fields)) {
        const qint64 line = reader.line();
        const auto text = [&](int c) {
            return column[c] >= 0 && column[c] < fields.size()
                       ? QString::fromUtf8(fields[column[c]]).trimmed()
                       : QString();
        };
        const auto refuse = [&](const QString &message, int c) {
            return Error(QStringLiteral("earnings.csv_invalid_row"), tr("Line %1: %2").arg(line).arg(message),
                         {{QStringLiteral("file"), sourceName},
                          {QStringLiteral("line"), line},
                          {QStringLiteral("column"), wanted[c]}});
        };
        RateSetting rate;
        rate.kind = RateKind::ExchangeRate;
        rate.currency = text(0).toUpper();
        rate.quoteCurrency = text(1).toUpper();
        rate.note = text(4);
        const Result<qint64> micros = MicroDecimal::parse(text(2));
        if (!micros)
            return refuse(micros.error().message, 2);
        rate.micros = *micros;
        const auto from = parseValidFrom(text(3));
        if (!from)
            return refuse(tr("“%1” is not a date (2024-06-01) or a date and time.").arg(text(3)), 3);
        rate.validFromMs = *from;
        if (Result<void> ok = ConversionSettings::validate(rate); !ok)
            return refuse(ok.error().message,
                          ok.error().context.value(QStringLiteral("field")) == QLatin1String("rate") ? 2 : 0);
        rates.append(rate);
    }
    if (reader.malformed())
        return Error(
            QStringLiteral("earnings.csv_invalid_row"),
            tr("Line %1: a quoted field is not closed or is followed by other text.").arg(reader.line()),
            {{QStringLiteral("file"), sourceName}, {QStringLiteral("line"), reader.line()}});
    Result<void> saved = m_ledger.transaction([&]() -> Result<void> {
        RateBook book(m_ledger);
        for (const RateSetting &rate : std::as_const(rates))
            if (Result<qint64> id = book.add(rate); !id)
                return id.error();
        return {};
    });
    if (!saved)
        return saved.error();
    return int(rates.size());
}

} // namespace montaj
