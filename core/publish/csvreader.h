#pragma once

#include "core/foundation/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace montaj {

// Reads CSV text as RFC 4180 describes it and spreadsheets write it: UTF-8 with or without a BOM,
// ',' ';' or tab separators (detected from the header line), fields in double quotes with doubled
// quotes and line breaks inside, CRLF or LF line ends. Each record keeps the line of the file it
// starts on, so problems can be reported where a person finds them in an editor. Line breaks inside
// quoted fields come out as "\n". Empty lines are skipped. Not a schema: columns mean nothing here.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    struct Record
    {
        QStringList fields;
        int line = 0; // 1-based line of the file the record starts on
    };

    struct Table
    {
        QChar separator;
        bool hadBom = false;
        QList<Record> records; // the header, when there is one, is records.first()
    };

    // `separator` null = detect. Errors: "csv.not_utf8", "csv.unterminated_quote" (context: line).
    static Result<Table> parse(const QByteArray &bytes, QChar separator = QChar());
    // The separator among ',', ';' and tab that occurs most often (outside quotes) in the first
    // line of `text`; ',' when none does.
    static QChar detectSeparator(QStringView text);
};

} // namespace montaj
