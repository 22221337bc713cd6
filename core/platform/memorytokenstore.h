#pragma once

#include "core/platform/tokenstore.h"

#include <QHash>

namespace montaj {

// A TokenStore in memory: for tests, and the fallback KeychainTokenStore uses when no keychain
// works. Callbacks run before the call returns. Never writes anything anywhere.
class MemoryTokenStore : public TokenStore
{
    Q_OBJECT

public:
    explicit MemoryTokenStore(QObject *parent = nullptr);

    void save(const StoredAccount &account, DoneCallback done) override;
    void load(const QString &profileId, const QString &openId, LoadCallback done) override;
    void remove(const QString &profileId, const QString &openId, DoneCallback done) override;
    Status status() const override { return Status::MemoryOnly; }

    // Synchronous helpers (tests, the keychain fallback).
    void put(const StoredAccount &account);
    std::optional<StoredAccount> get(const QString &profileId, const QString &openId) const;
    void erase(const QString &profileId, const QString &openId);
    int size() const { return int(m_accounts.size()); }

private:
    QHash<QString, StoredAccount> m_accounts;
};

} // namespace montaj
