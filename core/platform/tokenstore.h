#pragma once

#include "core/foundation/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QObject>
#include <QStringList>

#include <functional>
#include <optional>

namespace montaj {

// What survives a restart for one linked account: the refresh token (secret) and non-secret
// metadata. The access token is never stored; it lives in memory only.
struct StoredAccount
{
    QString profileId; // PlatformProfile::id(): accounts never mix across profiles
    QString openId;
    QString refreshToken; // secret
    QDateTime refreshExpiresAt;
    QStringList grantedScopes;

    QByteArray toSecretJson() const; // what goes into the keychain (secret!)
    static std::optional<StoredAccount> fromSecretJson(const QByteArray &json, const QString &profileId,
                                                       const QString &openId);
};

// Where refresh tokens are kept between runs. The OS keychain in the product (KeychainTokenStore),
// memory in tests (MemoryTokenStore). Callbacks may come later, from the event loop. When nothing
// can be stored persistently the store keeps accounts in memory and says so through status():
// there is no plain-file fallback, ever. Not a place for access tokens or client secrets.
class TokenStore : public QObject
{
    Q_OBJECT

public:
    enum class Status {
        Unknown,      // nothing tried yet
        Persistent,   // the OS keychain works
        NoBackend,    // no keychain on this system (e.g. headless Linux): memory only
        BackendError, // the keychain refused or failed: memory only
        MemoryOnly,   // memory by design (tests, private sessions)
    };
    Q_ENUM(Status)
    using DoneCallback = std::function<void(Result<void>)>;
    using LoadCallback = std::function<void(Result<std::optional<StoredAccount>>)>;

    using QObject::QObject;

    virtual void save(const StoredAccount &account, DoneCallback done) = 0;
    virtual void load(const QString &profileId, const QString &openId, LoadCallback done) = 0;
    virtual void remove(const QString &profileId, const QString &openId, DoneCallback done) = 0;
    virtual Status status() const = 0;

    bool isPersistent() const { return status() == Status::Persistent; }
    // A translated sentence for the UI about where sign-ins are kept (empty while Unknown).
    QString statusMessage() const;
    static QString keyFor(const QString &profileId, const QString &openId); // "profile/open_id"

Q_SIGNALS:
    void statusChanged(montaj::TokenStore::Status status);
};

} // namespace montaj
