#include "core/publish/csvreader.h"

#include <QStringDecoder>

namespace montaj {

namespace {

constexpr char16_t kQuote = u'"';

bool isLineEnd(QChar c)
{
    return c == u'\n' || c == u'\r';
}

// Steps over one line end (CRLF, LF or a lone CR) at `i`.
qsizetype skipLineEnd(const QChar *p, qsizetype i, qsizetype n)
{
    if (p[i] == u'\r' && i + 1 < n && p[i + 1] == u'\n')
        return i + 2;
    return i + 1;
}

} // namespace

QChar CsvReader::detectSeparator(QStringView text)
{
    int commas = 0;
    int semicolons = 0;
    int tabs = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == kQuote)
            quoted = !quoted;
        else if (!quoted && isLineEnd(c))
            break;
        else if (!quoted && c == u',')
            ++commas;
        else if (!quoted && c == u';')
            ++semicolons;
        else if (!quoted && c == u'\t')
            ++tabs;
    }
    if (semicolons > commas && semicolons >= tabs)
        return u';';
    if (tabs > commas && tabs > semicolons)
        return u'\t';
    return u',';
}

Result<CsvReader::Table> CsvReader::parse(const QByteArray &bytes, QChar separator)
{
    Table table;
    QByteArrayView data(bytes);
    if (data.startsWith("\xEF\xBB\xBF")) {
        table.hadBom = true;
        data = data.sliced(3);
    }
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(data);
    if (decoder.hasError())
        return Error(QStringLiteral("csv.not_utf8"),
                     tr("The file is not UTF-8 text. Save it from the spreadsheet as “CSV UTF-8”."));
    table.separator = separator.isNull() ? detectSeparator(text) : separator;
    const QChar sep = table.separator;

    const QChar *p = text.constData();
    const qsizetype n = text.size();
    qsizetype i = 0;
    int line = 1;
    while (i < n) {
        if (isLineEnd(p[i])) { // an empty line
            i = skipLineEnd(p, i, n);
            ++line;
            continue;
        }
        Record record;
        record.line = line;
        for (;;) {
            QString field;
            if (i < n && p[i] == kQuote) {
                ++i;
                bool closed = false;
                while (i < n) {
                    const qsizetype start = i;
                    while (i < n && p[i] != kQuote && !isLineEnd(p[i]))
                        ++i;
                    field.append(p + start, i - start);
                    if (i >= n)
                        break;
                    if (isLineEnd(p[i])) {
                        field.append(u'\n');
                        i = skipLineEnd(p, i, n);
                        ++line;
                    } else if (i + 1 < n && p[i + 1] == kQuote) {
                        field.append(u'"');
                        i += 2;
                    } else {
                        ++i;
                        closed = true;
                        break;
                    }
                }
                if (!closed)
                    return Error(QStringLiteral("csv.unterminated_quote"),
                                 tr("A quoted cell that starts on line %1 is never closed.").arg(record.line),
                                 {{QStringLiteral("line"), record.line}});
                // Lenient: text after the closing quote belongs to the cell (`"a"b` → `ab`).
                const qsizetype start = i;
                while (i < n && p[i] != sep && !isLineEnd(p[i]))
                    ++i;
                field.append(p + start, i - start);
            } else {
                const qsizetype start = i;
                while (i < n && p[i] != sep && !isLineEnd(p[i]))
                    ++i;
                field = QString(p + start, i - start);
            }
            record.fields.append(field);
            if (i < n && p[i] == sep) {
                ++i;
                continue;
            }
            if (i < n)
                i = skipLineEnd(p, i, n);
            ++line;
            break;
        }
        table.records.append(std::move(record));
    }
    return table;
}

} // namespace montaj
