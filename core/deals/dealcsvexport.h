#pragma once

#include "core/deals/dealtypes.h"
#include "core/deals/invoicetypes.h"
#include "core/foundation/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>

namespace montaj {

// Deals and invoices as CSV for spreadsheets and accountants: UTF-8 with a byte-order mark, ","
// and CRLF, fixed English column names, machine numbers (QLocale::c(): amounts "1500.00", rates
// "20.00" percent, ISO dates and times), and every text cell defused against formula injection
// (CsvWriter: a cell starting with = + - @ tab or CR gets a leading apostrophe). Not an import format.
class DealCsvExport
{
    Q_DECLARE_TR_FUNCTIONS(DealCsvExport)

public:
    static QByteArray deals(const QList<Deal> &deals, const QHash<QString, Brand> &brandsById);
    static QByteArray invoices(const QList<Invoice> &invoices);
    // Writes atomically (a temporary file renamed when complete).
    static Result<void> writeFile(const QString &path, const QByteArray &csv);
    // Basis points as a machine percentage: 1550 → "15.50".
    static QString percent(int basisPoints);
};

} // namespace montaj
