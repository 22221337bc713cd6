#include "core/reach/internal/csvrecords.h"

#include <QLocale>

namespace montaj {

CsvRecords::CsvRecords(QByteArrayView data)
    : m_data(data)
{
    if (m_data.startsWith("\xEF\xBB\xBF"))
        m_pos = 3;
    qsizetype commas = 0;
    qsizetype semicolons = 0;
    bool quoted = false;
    for (qsizetype i = m_pos; i < m_data.size(); ++i) {
        const char c = m_data.at(i);
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

bool CsvRecords::next(QList<QString> &fields)
{
    fields.clear();
    if (m_malformed)
        return false;
    // Skip blank lines.
    while (m_pos < m_data.size() && (m_data.at(m_pos) == '\n' || m_data.at(m_pos) == '\r')) {
        if (m_data.at(m_pos) == '\n')
            ++m_line;
        ++m_pos;
    }
    if (m_pos >= m_data.size())
        return false;
    m_recordLine = m_line;
    QByteArray field;
    bool quoted = false;
    bool wasQuoted = false;
    while (m_pos < m_data.size()) {
        const char c = m_data.at(m_pos);
        if (quoted) {
            if (c == '"') {
                if (m_pos + 1 < m_data.size() && m_data.at(m_pos + 1) == '"') {
                    field += '"';
                    m_pos += 2;
                    continue;
                }
                quoted = false;
            } else {
                if (c == '\n')
                    ++m_line;
                field += c;
            }
            ++m_pos;
            continue;
        }
        if (c == '"' && field.isEmpty() && !wasQuoted) {
            quoted = true;
            wasQuoted = true;
            ++m_pos;
            continue;
        }
        if (c == m_delimiter) {
            fields.append(QString::fromUtf8(field));
            field.clear();
            wasQuoted = false;
            ++m_pos;
            continue;
        }
        if (c == '\r' || c == '\n') {
            if (c == '\r' && m_pos + 1 < m_data.size() && m_data.at(m_pos + 1) == '\n')
                ++m_pos;
            ++m_pos;
            ++m_line;
            fields.append(QString::fromUtf8(field));
            return true;
        }
        field += c;
        ++m_pos;
    }
    if (quoted)
        m_malformed = true;
    fields.append(QString::fromUtf8(field));
    return true;
}

QString csvQuoted(const QString &value)
{
    QString v = value;
    if (!v.isEmpty() && (v.front() == u'=' || v.front() == u'+' || v.front() == u'-' || v.front() == u'@')) {
        bool number = false;
        QLocale::c().toDouble(v, &number);
        if (!number)
            v.prepend(u'\'');
    }
    if (v.contains(u',') || v.contains(u'"') || v.contains(u'\n') || v.contains(u'\r') || v.contains(u';'))
        return u'"' + QString(v).replace(QStringLiteral("\""), QStringLiteral("\"\"")) + u'"';
    return v;
}

} // namespace montaj
