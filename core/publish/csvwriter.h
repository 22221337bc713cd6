#pragma once

#include <QByteArray>
#include <QChar>
#include <QString>
#include <QStringList>

namespace montaj {

// Writes CSV that spreadsheets open safely: UTF-8 (optionally with a BOM, which Excel needs to
// recognise UTF-8), a chosen separator, CRLF line ends, quotes where needed, and cells that a
// spreadsheet would run as a formula (starting with = + - @ tab or CR) defused with a leading
// apostrophe, as OWASP recommends against CSV injection. Not a reader (CsvReader).
class CsvWriter
{
public:
    explicit CsvWriter(QChar separator = u',', bool withBom = false);

    void addRow(const QStringList &cells);
    QByteArray data() const;

    // The cell with a leading apostrophe when a spreadsheet would take it for a formula.
    static QString defuseFormula(const QString &cell);
    // The reverse, for reading back what defuseFormula wrote: drops the apostrophe before a
    // formula character (a cell written as "'=…" by a person loses its apostrophe too).
    static QString restoreFormula(const QString &cell);
    // The cell as it goes in the file: defused, then quoted when it holds the separator, a quote
    // or a line break.
    static QString encodeCell(const QString &cell, QChar separator);

private:
    QString m_text;
    QChar m_separator;
    bool m_withBom = false;
};

} // namespace montaj
