#include "core/foundation/error.h"

#include <QStringList>

namespace montaj {

Error::Error(QString errorCode, QString errorMessage, QVariantMap where)
    : code(std::move(errorCode))
    , message(std::move(errorMessage))
    , context(std::move(where))
{}

Error &Error::with(const QString &key, const QVariant &value)
{
    context.insert(key, value);
    return *this;
}

QString Error::toString() const
{
    if (context.isEmpty())
        return message;
    QStringList parts;
    for (auto it = context.cbegin(); it != context.cend(); ++it)
        parts << it.key() + QStringLiteral(": ") + it.value().toString();
    return message + QStringLiteral(" (") + parts.join(QStringLiteral(", ")) + QLatin1Char(')');
}

} // namespace montaj
