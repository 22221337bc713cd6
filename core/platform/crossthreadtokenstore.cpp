#include "core/platform/crossthreadtokenstore.h"

#include <QMetaObject>

namespace montaj {

CrossThreadTokenStore::CrossThreadTokenStore(TokenStore *target, QObject *parent)
    : TokenStore(parent)
    , m_target(target)
    , m_status(target ? target->status() : Status::MemoryOnly)
{}

Error CrossThreadTokenStore::goneError() const
{
    return Error(QStringLiteral("platform.token_store_gone"),
                 tr("The sign-in store is no longer available."));
}

bool CrossThreadTokenStore::forward(std::function<void(TokenStore &)> call)
{
    TokenStore *target = m_target.data();
    if (!target)
        return false;
    QPointer<TokenStore> guard(target);
    return QMetaObject::invokeMethod(
        target,
        [guard, call = std::move(call)] {
            if (guard)
                call(*guard);
        },
        Qt::QueuedConnection);
}

// Answers go back to this object's thread; dropped if this object is gone by then (the owner
// destroys it in its own thread, after the work it started has been answered or abandoned).
template<typename Callback, typename Value>
static void answerIn(const QPointer<QObject> &alive, Callback done, Value value)
{
    QObject *self = alive.data();
    if (!self)
        return;
    QMetaObject::invokeMethod(
        self,
        [alive, done = std::move(done), value = std::move(value)]() mutable {
            if (alive)
                done(std::move(value));
        },
        Qt::QueuedConnection);
}

void CrossThreadTokenStore::save(const StoredAccount &account, DoneCallback done)
{
    QPointer<QObject> alive(this);
    if (!forward([alive, account, done](TokenStore &store) {
            store.save(account, [alive, done](Result<void> r) { answerIn(alive, done, std::move(r)); });
        }))
        done(goneError());
}

void CrossThreadTokenStore::load(const QString &profileId, const QString &openId, LoadCallback done)
{
    QPointer<QObject> alive(this);
    if (!forward([alive, profileId, openId, done](TokenStore &store) {
            store.load(profileId, openId, [alive, done](Result<std::optional<StoredAccount>> r) {
                answerIn(alive, done, std::move(r));
            });
        }))
        done(goneError());
}

void CrossThreadTokenStore::remove(const QString &profileId, const QString &openId, DoneCallback done)
{
    QPointer<QObject> alive(this);
    if (!forward([alive, profileId, openId, done](TokenStore &store) {
            store.remove(profileId, openId,
                         [alive, done](Result<void> r) { answerIn(alive, done, std::move(r)); });
        }))
        done(goneError());
}

} // namespace montaj
