#include "core/sandbox/internal/formdata.h"

#include <QUrl>

namespace montaj::sandbox {
namespace {

QString decodeComponent(QByteArrayView raw)
{
    QByteArray bytes = raw.toByteArray();
    bytes.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(bytes));
}

} // namespace

FormData FormData::parse(QByteArrayView encoded)
{
    FormData form;
    qsizetype start = 0;
    while (start <= encoded.size()) {
        qsizetype end = encoded.indexOf('&', start);
        if (end < 0)
            end = encoded.size();
        const QByteArrayView part = encoded.sliced(start, end - start);
        if (!part.isEmpty()) {
            const qsizetype equals = part.indexOf('=');
            if (equals < 0)
                form.m_items.append({decodeComponent(part), QString()});
            else
                form.m_items.append(
                    {decodeComponent(part.first(equals)), decodeComponent(part.sliced(equals + 1))});
        }
        start = end + 1;
    }
    return form;
}

QByteArray FormData::encode(const Pairs &pairs)
{
    QByteArray out;
    for (const auto &[key, value] : pairs) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    return out;
}

bool FormData::contains(const QString &key) const
{
    for (const auto &item : m_items)
        if (item.first == key)
            return true;
    return false;
}

QString FormData::value(const QString &key) const
{
    for (const auto &item : m_items)
        if (item.first == key)
            return item.second;
    return {};
}

QStringList FormData::values(const QString &key) const
{
    QStringList found;
    for (const auto &item : m_items)
        if (item.first == key)
            found.append(item.second);
    return found;
}

} // namespace montaj::sandbox
