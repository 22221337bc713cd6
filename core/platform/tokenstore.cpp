#include "core/platform/tokenstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace montaj {

QByteArray StoredAccount::toSecretJson() const
{
    QJsonObject object{{QStringLiteral("refresh_token"), refreshToken},
                       {QStringLiteral("scopes"), QJsonArray::fromStringList(grantedScopes)}};
    if (refreshExpiresAt.isValid())
        object.insert(QStringLiteral("refresh_expires_at"), refreshExpiresAt.toUTC().toString(Qt::ISODate));
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

std::optional<StoredAccount> StoredAccount::fromSecretJson(const QByteArray &json, const QString &profileId,
                                                           const QString &openId)
{
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    const QString refresh = object.value(QStringLiteral("refresh_token")).toString();
    if (refresh.isEmpty())
        return std::nullopt;
    StoredAccount account{profileId, openId, refresh, {}, {}};
    account.refreshExpiresAt =
        QDateTime::fromString(object.value(QStringLiteral("refresh_expires_at")).toString(), Qt::ISODate);
    for (const QJsonValue &scope : object.value(QStringLiteral("scopes")).toArray())
        account.grantedScopes << scope.toString();
    return account;
}

QString TokenStore::statusMessage() const
{
    switch (status()) {
    case Status::Unknown: return {};
    case Status::Persistent: return tr("Sign-ins are kept in the system keychain.");
    case Status::NoBackend:
        return tr("No system keychain is available, so your sign-in is kept only until Montaj closes. "
                  "You will need to sign in again next time.");
    case Status::BackendError:
        return tr("The system keychain could not be used, so your sign-in is kept only until Montaj "
                  "closes.");
    case Status::MemoryOnly: return tr("Sign-ins are kept only until Montaj closes.");
    }
    return {};
}

QString TokenStore::keyFor(const QString &profileId, const QString &openId)
{
    return profileId + QLatin1Char('/') + openId;
}

} // namespace montaj
