#include "ui/publish/postactions.h"

#include "core/publish/postlifecycle.h"
#include "core/publish/scheduletime.h"
#include "core/publish/store/workspaceservice.h"
#include "ui/publish/publishtext.h"

#include <QJsonObject>
#include <QTimeZone>

namespace montaj::ui {
namespace {
using Work = std::function<Result<Post>(WorkspaceStore &)>;

Result<Post> moveAlong(WorkspaceStore &store, Post post, PostState target, const QString &actor,
                       const QString &note = {}, const QJsonObject &detail = {})
{
    for (PostState step : PostActions::pathTo(post.state, target)) {
        Result<Post> moved =
            store.transition(post.id, step, actor, step == target ? note : QString(), detail);
        if (!moved)
            return moved;
        post = *moved;
    }
    return post;
}

// The post's time, moved to the next whole minute when it has passed (or has none).
void notInThePast(Post &post)
{
    const QDateTime soon = QDateTime::currentDateTimeUtc().addSecs(60);
    if (post.scheduled.utc.isValid() && post.scheduled.utc > soon)
        return;
    if (post.scheduled.timeZone.isEmpty())
        post.scheduled.timeZone = QString::fromUtf8(QTimeZone::systemTimeZoneId());
    QString local = ScheduleTime::toLocalText(soon, post.scheduled.timeZone);
    post.scheduled.localDateTime = local.left(16); // whole minutes
    if (const auto resolved = ScheduleTime::complete(post.scheduled); !resolved)
        post.scheduled.utc = soon;
}
} // namespace

QList<PostState> PostActions::pathTo(PostState from, PostState to)
{
    if (from == to)
        return {};
    if (PostLifecycle::canMove(from, to))
        return {to};
    for (PostState via : {PostState::Draft, PostState::Approved})
        if (via != from && PostLifecycle::canMove(from, via) && PostLifecycle::canMove(via, to))
            return {via, to};
    if (PostLifecycle::canMove(from, PostState::Draft)
        && PostLifecycle::canMove(PostState::Draft, PostState::Approved)
        && PostLifecycle::canMove(PostState::Approved, to))
        return {PostState::Draft, PostState::Approved, to};
    return {};
}

void PostActions::save(WorkspaceService &service, QObject *receiver, Post post,
                       std::optional<PostState> target, Done done)
{
    const QString actor = PublishText::currentActor();
    service.run<Post>(
        receiver,
        [post, target, actor](WorkspaceStore &store) -> Result<Post> {
            Post edited = post;
            Result<Post> saved = edited;
            if (edited.id.isEmpty()) {
                edited.state = PostState::Draft;
                saved = store.createPost(edited, actor);
            } else {
                Result<Post> current = store.post(edited.id);
                if (!current)
                    return current;
                if (!PostLifecycle::isEditable(current->state)) { // a cancelled post comes back as a draft
                    Result<Post> reopened =
                        moveAlong(store, *current, PostState::Draft, actor, QStringLiteral("reopened"));
                    if (!reopened)
                        return reopened;
                    edited.version = reopened->version;
                }
                saved = store.updatePost(edited, actor);
            }
            if (!saved || !target)
                return saved;
            return moveAlong(store, *saved, *target, actor);
        },
        std::move(done));
}

void PostActions::approve(WorkspaceService &service, QObject *receiver, const QString &postId, Done done)
{
    const QString actor = PublishText::currentActor();
    service.run<Post>(
        receiver,
        [postId, actor](WorkspaceStore &store) -> Result<Post> {
            Result<Post> approved =
                store.transition(postId, PostState::Approved, actor, QStringLiteral("approved"));
            if (!approved || !approved->scheduled.utc.isValid())
                return approved;
            return store.transition(postId, PostState::Scheduled, actor);
        },
        std::move(done));
}

void PostActions::reject(WorkspaceService &service, QObject *receiver, const QString &postId,
                         const QString &reason, Done done)
{
    const QString actor = PublishText::currentActor();
    service.run<Post>(
        receiver,
        [postId, reason, actor](WorkspaceStore &store) {
            return store.transition(postId, PostState::Draft, actor, QStringLiteral("rejected"),
                                    reason.isEmpty() ? QJsonObject()
                                                     : QJsonObject{{QStringLiteral("reason"), reason}});
        },
        std::move(done));
}

void PostActions::retry(WorkspaceService &service, QObject *receiver, const QString &postId, Done done)
{
    const QString actor = PublishText::currentActor();
    service.run<Post>(
        receiver,
        [postId, actor](WorkspaceStore &store) -> Result<Post> {
            Result<Post> current = store.post(postId);
            if (!current)
                return current;
            Post post = *current;
            const QDateTime before = post.scheduled.utc;
            notInThePast(post);
            if (post.scheduled.utc != before) {
                Result<Post> saved = store.updatePost(post, actor);
                if (!saved)
                    return saved;
                post = *saved;
            }
            return moveAlong(store, post, PostState::Scheduled, actor, QStringLiteral("retry"));
        },
        std::move(done));
}

void PostActions::cancel(WorkspaceService &service, QObject *receiver, const QString &postId, Done done)
{
    const QString actor = PublishText::currentActor();
    service.run<Post>(
        receiver,
        [postId, actor](WorkspaceStore &store) {
            return store.transition(postId, PostState::Cancelled, actor, QStringLiteral("cancelled"));
        },
        std::move(done));
}

void PostActions::publishNow(WorkspaceService &service, QObject *receiver, const QString &postId, Done done)
{
    const QString actor = PublishText::currentActor();
    service.run<Post>(
        receiver,
        [postId, actor](WorkspaceStore &store) -> Result<Post> {
            Result<Post> current = store.post(postId);
            if (!current)
                return current;
            Post post = *current;
            post.scheduled.utc = {};
            notInThePast(post);
            Result<Post> saved = store.updatePost(post, actor);
            if (!saved)
                return saved;
            return moveAlong(store, *saved, PostState::Scheduled, actor,
                             QStringLiteral("missed_publish_now"));
        },
        std::move(done));
}

void PostActions::skipMissed(WorkspaceService &service, QObject *receiver, const QString &postId, Done done)
{
    const QString actor = PublishText::currentActor();
    service.run<Post>(
        receiver,
        [postId, actor](WorkspaceStore &store) {
            return store.transition(postId, PostState::Cancelled, actor, QStringLiteral("missed_skipped"));
        },
        std::move(done));
}

} // namespace montaj::ui
