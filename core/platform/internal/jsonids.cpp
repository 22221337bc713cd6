#include "core/platform/internal/jsonids.h"

#include <QLocale>

namespace montaj {

QByteArray quoteLongIntegers(const QByteArray &json)
{
    constexpr qsizetype kMaxExactDigits = 15;
    QByteArray out;
    out.reserve(json.size() + 64);
    bool inString = false;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json[i];
        if (inString) {
            out += c;
            if (c == '\\' && i + 1 < json.size())
                out += json[++i];
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
            out += c;
            continue;
        }
        if (c == '-' || (c >= '0' && c <= '9')) {
            qsizetype end = i;
            while (end < json.size() && QByteArrayView("+-.eE0123456789").contains(json[end]))
                ++end;
            const QByteArray token = json.mid(i, end - i);
            const qsizetype digits = token.startsWith('-') ? token.size() - 1 : token.size();
            bool integer = digits > 0;
            for (qsizetype k = token.startsWith('-') ? 1 : 0; k < token.size(); ++k)
                integer = integer && token[k] >= '0' && token[k] <= '9';
            if (integer && digits > kMaxExactDigits)
                out += '"' + token + '"';
            else
                out += token;
            i = end - 1;
            continue;
        }
        out += c;
    }
    return out;
}

QString idString(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble()) // short ids only: long ones were quoted before parsing
        return QLocale::c().toString(value.toInteger());
    return {};
}

} // namespace montaj
