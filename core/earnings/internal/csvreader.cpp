#include "core/earnings/internal/csvreader.h"

#include <QRegularExpression>
#include <QString>

#include <cstring>

namespace montaj {

CsvReader::CsvReader(QByteArrayView data)
    : m_data(data)
{
    if (m_data.startsWith(QByteArrayView("\xEF\xBB\xBF")))
        m_pos = 3;
    // The header decides the delimiter: count both outside quotes on the first line.
    qsizetype commas = 0, semicolons = 0;
    bool quoted = false;
    for (qsizetype i = m_pos; i < m_data.size(); ++i) {
        const char c = m_data[i];
        if (c == '"')
            quoted = !quoted;
        else if (!quoted && (c == '\n' || c == '\r'))
            break;
        else if (!quoted && c == ',')
            ++commas;
        else if (!quoted && c == ';')
            ++semicolons;
    }
    m_delimiter = semicolons > commas ? ';' : ',';
}

bool CsvReader::next(QList<QByteArrayView> &fields)
{
    fields.clear();
    const char *data = m_data.data();
    const qsizetype size = m_data.size();
    // Skip blank lines.
    while (m_pos < size && (data[m_pos] == '\n' || data[m_pos] == '\r')) {
        if (data[m_pos] == '\n' || (m_pos + 1 >= size || data[m_pos + 1] != '\n'))
            ++m_line;
        ++m_pos;
    }
    if (m_pos >= size || m_malformed)
        return false;
    m_recordLine = m_line;
    qsizetype scratchUsed = 0;
    while (true) {
        if (m_pos < size && data[m_pos] == '"') {
            // Quoted field: up to the closing quote; "" is a quote.
            qsizetype start = ++m_pos;
            QByteArray *buffer = nullptr;
            while (true) {
                const void *found = std::memchr(data + m_pos, '"', size_t(size - m_pos));
                if (!found) {
                    m_malformed = true;
                    return false;
                }
                const qsizetype quote = static_cast<const char *>(found) - data;
                for (qsizetype i = m_pos; i < quote; ++i)
                    m_line += data[i] == '\n' ? 1 : 0;
                if (quote + 1 < size && data[quote + 1] == '"') {
                    if (!buffer) {
                        if (scratchUsed == m_scratch.size())
                            m_scratch.append(QByteArray());
                        buffer = &m_scratch[scratchUsed++];
                        buffer->clear();
                    }
                    buffer->append(data + start, quote + 1 - start); // keeps one quote
                    m_pos = start = quote + 2;
                    continue;
                }
                if (buffer) {
                    buffer->append(data + start, quote - start);
                    fields.append(QByteArrayView(*buffer));
                } else {
                    fields.append(QByteArrayView(data + start, quote - start));
                }
                m_pos = quote + 1;
                break;
            }
            if (m_pos < size && data[m_pos] != m_delimiter && data[m_pos] != '\n' && data[m_pos] != '\r') {
                m_malformed = true;
                return false;
            }
        } else {
            const qsizetype start = m_pos;
            while (m_pos < size) {
                const char c = data[m_pos];
                if (c == m_delimiter || c == '\n' || c == '\r')
                    break;
                ++m_pos;
            }
            fields.append(QByteArrayView(data + start, m_pos - start));
        }
        if (m_pos >= size)
            return true;
        const char c = data[m_pos++];
        if (c == m_delimiter)
            continue;
        if (c == '\r' && m_pos < size && data[m_pos] == '\n')
            ++m_pos;
        ++m_line;
        return true;
    }
}

QString csvField(const QString &value, QChar delimiter)
{
    static const QRegularExpression kNumber(QStringLiteral("^-?[0-9]+(\\.[0-9]+)?$"));
    QString text = value;
    if (!text.isEmpty()) {
        const QChar first = text.front();
        const bool risky =
            first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t'
            || first == u'\r' || first == QChar(0xFF1D)                           /* fullwidth = */
            || first == QChar(0xFF0B) /* fullwidth + */ || first == QChar(0xFF0D) /* fullwidth - */
            || first == QChar(0xFF20) /* fullwidth @ */;
        if (risky && !kNumber.match(text).hasMatch())
            text.prepend(u'\'');
    }
    if (text.contains(delimiter) || text.contains(u'"') || text.contains(u'\n') || text.contains(u'\r'))
        return QString(u'"' + QString(text).replace(u'"', QStringLiteral("\"\"")) + u'"');
    return text;
}

} // namespace montaj
