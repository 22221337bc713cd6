#pragma once

#include <QByteArrayView>
#include <QList>
#include <QString>

namespace montaj {

// Reads CSV records from UTF-8 bytes (RFC 4180 quoting, quoted line breaks, CRLF or LF, a
// byte-order mark, "," or ";" chosen by the header line) with the line where each record starts.
// Internal to core/reach.
class CsvRecords
{
public:
    explicit CsvRecords(QByteArrayView data);

    // The next record; false at the end of the data. A record with an unterminated quote is
    // returned with malformed() true and reading stops after it.
    bool next(QList<QString> &fields);
    qint64 line() const { return m_recordLine; }
    bool malformed() const { return m_malformed; }
    char delimiter() const { return m_delimiter; }

private:
    QByteArrayView m_data;
    qsizetype m_pos = 0;
    qint64 m_line = 1;
    qint64 m_recordLine = 0;
    char m_delimiter = ',';
    bool m_malformed = false;
};

// A field for a CSV file Montaj writes: quoted when needed, and a text starting with = + - @ (a
// spreadsheet formula) gets a leading apostrophe unless it is a plain number.
QString csvQuoted(const QString &value);

} // namespace montaj
