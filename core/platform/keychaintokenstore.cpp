#include "core/platform/keychaintokenstore.h"

#include "core/platform/internal/platformlog.h"

#include <qt6keychain/keychain.h>

namespace montaj {
namespace {

bool sessionBusMissing()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    return qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS");
#else
    return false;
#endif
}

const QString kProbeKey = QStringLiteral("montaj-keychain-probe");

} // namespace

KeychainTokenStore::KeychainTokenStore(QObject *parent, QString service)
    : TokenStore(parent)
    , m_service(std::move(service))
{}

bool KeychainTokenStore::noteOutcome(int keychainError, const QString &errorText)
{
    switch (QKeychain::Error(keychainError)) {
    case QKeychain::NoError:
    case QKeychain::EntryNotFound: setStatus(Status::Persistent); return true;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented: setStatus(Status::NoBackend); break;
    case QKeychain::OtherError:
        setStatus(sessionBusMissing() ? Status::NoBackend : Status::BackendError);
        break;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied: setStatus(Status::BackendError); break;
    case QKeychain::CouldNotDeleteEntry: return false; // the keychain works; this entry did not go
    }
    // The keychain's error text names the backend's problem, never the stored value.
    qCWarning(lcPlatformTokens).noquote()
        << QStringLiteral("keychain unavailable (%1); sign-ins stay in memory").arg(errorText);
    return false;
}

void KeychainTokenStore::setStatus(Status status)
{
    if (m_status == status)
        return;
    m_status = status;
    Q_EMIT statusChanged(status);
}

void KeychainTokenStore::probe(DoneCallback done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setKey(kProbeKey);
    connect(job, &QKeychain::Job::finished, this, [this, done](QKeychain::Job *finished) {
        noteOutcome(finished->error(), finished->errorString());
        if (done)
            done({});
    });
    job->start();
}

void KeychainTokenStore::save(const StoredAccount &account, DoneCallback done)
{
    m_memory.put(account); // this run always has it, whatever the keychain says
    if (!useKeychain()) {
        if (done)
            done({});
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setKey(keyFor(account.profileId, account.openId));
    job->setBinaryData(account.toSecretJson());
    connect(job, &QKeychain::Job::finished, this, [this, done](QKeychain::Job *finished) {
        noteOutcome(finished->error(), finished->errorString());
        if (done)
            done({}); // kept in memory at least; status() says whether it will survive a restart
    });
    job->start();
}

void KeychainTokenStore::load(const QString &profileId, const QString &openId, LoadCallback done)
{
    if (auto inMemory = m_memory.get(profileId, openId); inMemory || !useKeychain()) {
        if (done)
            done(inMemory);
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setKey(keyFor(profileId, openId));
    connect(job, &QKeychain::Job::finished, this, [this, done, profileId, openId](QKeychain::Job *finished) {
        const auto *read = static_cast<QKeychain::ReadPasswordJob *>(finished);
        std::optional<StoredAccount> account;
        if (read->error() == QKeychain::NoError)
            account = StoredAccount::fromSecretJson(read->binaryData(), profileId, openId);
        noteOutcome(read->error(), read->errorString());
        if (account)
            m_memory.put(*account);
        if (done)
            done(account);
    });
    job->start();
}

void KeychainTokenStore::remove(const QString &profileId, const QString &openId, DoneCallback done)
{
    m_memory.erase(profileId, openId);
    if (!useKeychain()) {
        if (done)
            done({});
        return;
    }
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setKey(keyFor(profileId, openId));
    connect(job, &QKeychain::Job::finished, this, [this, done](QKeychain::Job *finished) {
        const bool notDeleted = finished->error() == QKeychain::CouldNotDeleteEntry;
        noteOutcome(finished->error(), finished->errorString());
        if (!done)
            return;
        if (!notDeleted)
            done({});
        else
            done(Error(QStringLiteral("platform.keychain_delete_failed"),
                       tr("The sign-in could not be removed from the system keychain.")));
    });
    job->start();
}

} // namespace montaj
