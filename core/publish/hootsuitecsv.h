#pragma once

#include "core/publish/csvreader.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace montaj {

// Hootsuite's bulk-composer CSV, which agencies already keep: three columns in this order — date
// ("dd/MM/yyyy HH:mm", in the Hootsuite user's time zone), message, link (optional) — with or without
// a header row. Recognises the layout and reads its cells; the importer maps them to posts. Not
// Hootsuite's other exports, and no writer (Montaj exports its own layout).
class HootsuiteCsv
{
public:
    // A header "date, message[, link]" (any case), or a first record whose first cell is a
    // Hootsuite date.
    static bool matches(const CsvReader::Table &table);
    static bool hasHeader(const CsvReader::Table &table);
    // "dd/MM/yyyy HH:mm" (one-digit day, month and hour accepted) → local "yyyy-MM-ddTHH:mm".
    static std::optional<QString> parseDate(QStringView text);
    // A web address (http://, https://, www.), kept in the caption; anything else names a local media file.
    static bool isWebLink(QStringView link);
};

} // namespace montaj
