#pragma once

#include "core/earnings/earningsledger.h"

#include <QList>

namespace montaj {

// What an import did.
struct CsvImportReport
{
    qint64 rows = 0;        // data rows read
    qint64 inserted = 0;    // gifts added to the ledger
    qint64 duplicates = 0;  // gifts the ledger already held (or repeated in the file)
    qint64 streakSteps = 0; // giftType 1 rows before their streak's end: not gifts
    qint64 sessions = 0;    // sessions the file mentions
};

// Imports older LIVE-gift history from a CSV file (columns in docs/earnings-csv.md): UTF-8 with or
// without a byte-order mark, "," or ";" between fields, a header row naming the columns in any
// order (snake_case or the contract's camelCase names). The streak rule and de-duplication apply
// as for the live stream, so recorded raw events and one-row-per-gift exports both work, and
// importing the same file twice adds nothing. All or nothing: any bad row (reported with its line
// number, up to kMaxErrors) means nothing is imported. Fast: one transaction, one prepared
// statement, the file parsed in place. Not an export (EarningsCsvExport).
class GiftCsvImport
{
    Q_DECLARE_TR_FUNCTIONS(GiftCsvImport)

public:
    static constexpr int kMaxErrors = 20;

    explicit GiftCsvImport(EarningsLedger &ledger);

    // Rows without a session_id column go to `defaultSessionId` (required then).
    void setDefaultSession(const QString &sessionId) { m_defaultSession = sessionId; }

    Result<CsvImportReport> importFile(const QString &path);
    Result<CsvImportReport> importData(QByteArrayView utf8, const QString &sourceName);

    // Every problem found by the last import, each with its line in context ("line").
    const QList<Error> &lineErrors() const { return m_errors; }

private:
    EarningsLedger &m_ledger;
    QString m_defaultSession;
    QList<Error> m_errors;
};

} // namespace montaj
