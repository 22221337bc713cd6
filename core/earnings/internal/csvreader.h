#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace montaj {

// Reads CSV records straight from UTF-8 bytes (RFC 4180 quoting, quoted line breaks, CRLF or LF),
// skipping a UTF-8 byte-order mark and blank lines. The delimiter is "," or ";", whichever the
// header line uses more. Fields are views into the data (or, for quoted fields with doubled
// quotes, into the reader's own buffers): valid until the next call. Internal to core/earnings.
class CsvReader
{
public:
    explicit CsvReader(QByteArrayView data);

    char delimiter() const { return m_delimiter; }
    // The next record; false at the end or on a malformed record (see malformed()).
    bool next(QList<QByteArrayView> &fields);
    qint64 line() const { return m_recordLine; } // 1-based line where the last record started
    bool malformed() const { return m_malformed; }

private:
    QByteArrayView m_data;
    qsizetype m_pos = 0;
    qint64 m_line = 1;
    qint64 m_recordLine = 0;
    char m_delimiter = ',';
    bool m_malformed = false;
    QList<QByteArray> m_scratch;
};

// RFC 4180 text for one field written by Montaj: quoted when it holds the delimiter, a quote or a
// line break; and, against formula injection in spreadsheets, a text that starts with = + - @,
// a tab or a carriage return gets a leading apostrophe — unless it is a plain number ("-12.50").
QString csvField(const QString &value, QChar delimiter = u',');

} // namespace montaj
