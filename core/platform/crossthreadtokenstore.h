#pragma once

#include "core/platform/tokenstore.h"

#include <QPointer>

namespace montaj {

// A TokenStore for a worker thread that forwards every call to the store the rest of the app uses
// (which lives in another thread, e.g. the studio's keychain or in-memory store) and answers in the
// worker's thread. Lets the in-studio publisher restore the sessions the user linked without a
// second copy of any secret. Create it in the thread that will use it. Not a store of its own.
class CrossThreadTokenStore : public TokenStore
{
    Q_OBJECT

public:
    // `target` must outlive this object or be destroyed only after the worker thread stopped; a
    // call made after it is gone answers "platform.token_store_gone".
    explicit CrossThreadTokenStore(TokenStore *target, QObject *parent = nullptr);

    void save(const StoredAccount &account, DoneCallback done) override;
    void load(const QString &profileId, const QString &openId, LoadCallback done) override;
    void remove(const QString &profileId, const QString &openId, DoneCallback done) override;
    Status status() const override { return m_status; }

private:
    // Runs `call` in the target's thread; `call` gets the target.
    bool forward(std::function<void(TokenStore &)> call);
    Error goneError() const;

    QPointer<TokenStore> m_target;
    Status m_status;
};

} // namespace montaj
