#include "core/publish/csvwriter.h"

namespace montaj {

namespace {

bool isFormulaStart(QChar c)
{
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

} // namespace

CsvWriter::CsvWriter(QChar separator, bool withBom)
    : m_separator(separator)
    , m_withBom(withBom)
{}

QString CsvWriter::defuseFormula(const QString &cell)
{
    if (!cell.isEmpty() && isFormulaStart(cell.front()))
        return QString(u'\'' + cell);
    return cell;
}

QString CsvWriter::restoreFormula(const QString &cell)
{
    if (cell.size() >= 2 && cell.front() == u'\'' && isFormulaStart(cell.at(1)))
        return cell.mid(1);
    return cell;
}

QString CsvWriter::encodeCell(const QString &cell, QChar separator)
{
    QString text = defuseFormula(cell);
    if (text.contains(separator) || text.contains(u'"') || text.contains(u'\n') || text.contains(u'\r')) {
        text.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        return QString(u'"' + text + u'"');
    }
    return text;
}

void CsvWriter::addRow(const QStringList &cells)
{
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            m_text += m_separator;
        m_text += encodeCell(cells.at(i), m_separator);
    }
    m_text += QStringLiteral("\r\n");
}

QByteArray CsvWriter::data() const
{
    QByteArray bytes;
    if (m_withBom)
        bytes = QByteArrayLiteral("\xEF\xBB\xBF");
    bytes += m_text.toUtf8();
    return bytes;
}

} // namespace montaj
