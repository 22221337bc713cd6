#pragma once

#include "core/foundation/result.h"
#include "core/publish/posttypes.h"

#include <QCoreApplication>

#include <functional>
#include <optional>

class QObject;

namespace montaj {
class WorkspaceService;
}

namespace montaj::ui {

// The changes a person makes to posts from the Publish page (save, schedule, approve, reject,
// retry, cancel, and the answers about missed posts), each one WorkspaceService::run whose state
// moves follow PostLifecycle and are recorded with the person as actor. `done` is called in
// `receiver`'s thread. Not the publisher's writes (claims, progress, results).
class PostActions
{
    Q_DECLARE_TR_FUNCTIONS(PostActions)

public:
    using Done = std::function<void(Result<Post>)>;

    // The shortest chain of allowed moves from `from` to `to` passing only through Draft and Approved;
    // empty when from == to or no chain exists.
    static QList<PostState> pathTo(PostState from, PostState to);

    // Creates the post (empty id, as a draft) or saves its content, then moves it to `target`.
    static void save(WorkspaceService &service, QObject *receiver, Post post, std::optional<PostState> target,
                     Done done);
    // Needs approval → Approved, and on to Scheduled when the post has a time.
    static void approve(WorkspaceService &service, QObject *receiver, const QString &postId, Done done);
    // Needs approval → Draft, with the reviewer's reason in the history.
    static void reject(WorkspaceService &service, QObject *receiver, const QString &postId,
                       const QString &reason, Done done);
    // Failed → Scheduled; a time already past becomes the next minute.
    static void retry(WorkspaceService &service, QObject *receiver, const QString &postId, Done done);
    static void cancel(WorkspaceService &service, QObject *receiver, const QString &postId, Done done);
    // A missed post: publish it now (its time becomes the next minute) or skip it (cancelled).
    static void publishNow(WorkspaceService &service, QObject *receiver, const QString &postId, Done done);
    static void skipMissed(WorkspaceService &service, QObject *receiver, const QString &postId, Done done);
};

} // namespace montaj::ui
