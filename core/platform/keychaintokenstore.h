#pragma once

#include "core/platform/memorytokenstore.h"

namespace montaj {

// The product's TokenStore: the OS keychain through QtKeychain (service "Montaj", one entry per
// profile/open_id holding the refresh token and non-secret metadata). When the keychain cannot be
// used — no backend on headless Linux (QtKeychain 0.13 reports a missing D-Bus session as
// OtherError, which counts as NoBackend here), or an error — it keeps accounts in memory for this
// run and reports it through status(). Insecure fallbacks (plain files) are never enabled.
class KeychainTokenStore : public TokenStore
{
    Q_OBJECT

public:
    static inline const QString kDefaultService = QStringLiteral("Montaj");

    explicit KeychainTokenStore(QObject *parent = nullptr, QString service = kDefaultService);

    void save(const StoredAccount &account, DoneCallback done) override;
    void load(const QString &profileId, const QString &openId, LoadCallback done) override;
    void remove(const QString &profileId, const QString &openId, DoneCallback done) override;
    Status status() const override { return m_status; }

    // Finds out whether the keychain works (reads an entry that does not exist) and sets status().
    void probe(DoneCallback done);
    QString service() const { return m_service; }

private:
    bool useKeychain() const { return m_status == Status::Unknown || m_status == Status::Persistent; }
    // Records the outcome of a keychain job; false when the store is now memory-only.
    bool noteOutcome(int keychainError, const QString &errorText);
    void setStatus(Status status);

    QString m_service;
    Status m_status = Status::Unknown;
    MemoryTokenStore m_memory;
};

} // namespace montaj
