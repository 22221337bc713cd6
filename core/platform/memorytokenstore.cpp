#include "core/platform/memorytokenstore.h"

namespace montaj {

MemoryTokenStore::MemoryTokenStore(QObject *parent)
    : TokenStore(parent)
{}

void MemoryTokenStore::save(const StoredAccount &account, DoneCallback done)
{
    put(account);
    if (done)
        done({});
}

void MemoryTokenStore::load(const QString &profileId, const QString &openId, LoadCallback done)
{
    if (done)
        done(get(profileId, openId));
}

void MemoryTokenStore::remove(const QString &profileId, const QString &openId, DoneCallback done)
{
    erase(profileId, openId);
    if (done)
        done({});
}

void MemoryTokenStore::put(const StoredAccount &account)
{
    m_accounts.insert(keyFor(account.profileId, account.openId), account);
}

std::optional<StoredAccount> MemoryTokenStore::get(const QString &profileId, const QString &openId) const
{
    const auto it = m_accounts.constFind(keyFor(profileId, openId));
    if (it == m_accounts.constEnd())
        return std::nullopt;
    return *it;
}

void MemoryTokenStore::erase(const QString &profileId, const QString &openId)
{
    m_accounts.remove(keyFor(profileId, openId));
}

} // namespace montaj
