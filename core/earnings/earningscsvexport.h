#pragma once

#include "core/earnings/earningsreport.h"
#include "core/earnings/payoutbook.h"

#include <QByteArray>

namespace montaj {

// Writes earnings as CSV for spreadsheets and accountants: UTF-8 with a byte-order mark, "," and
// CRLF (RFC 4180), machine numbers (QLocale::c(), amounts as "1234.50") and fixed English column
// names. Text from outside (gifter names, gift names, session titles, notes) is escaped against
// formula injection: a cell starting with = + - @ (or a tab or carriage return) is prefixed with
// an apostrophe. Not an import format (GiftCsvImport reads docs/earnings-csv.md).
class EarningsCsvExport
{
    Q_DECLARE_TR_FUNCTIONS(EarningsCsvExport)

public:
    static QByteArray breakdown(const Breakdown &breakdown);
    static QByteArray withdrawals(const QList<Withdrawal> &withdrawals);
    // Writes atomically (a temporary file renamed when complete).
    static Result<void> writeFile(const QString &path, const QByteArray &csv);
    // One escaped cell (see csvField in the module).
    static QString cell(const QString &text);
};

} // namespace montaj
