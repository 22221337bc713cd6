#pragma once

#include "core/foundation/result.h"
#include "core/publish/posttypes.h"

#include <QCoreApplication>

namespace montaj {

// The lifecycle rules of a scheduled post: which state may follow which, and who may make the move
// (workers only publish; people approve, schedule and cancel). The store calls check() inside the
// transaction that changes a row. Not persistence.
class PostLifecycle
{
    Q_DECLARE_TR_FUNCTIONS(PostLifecycle)

public:
    static bool canMove(PostState from, PostState to);
    // "publish.bad_transition" naming both states in words when the move is not allowed.
    static Result<void> check(PostState from, PostState to);
    // States a person may edit the content of.
    static bool isEditable(PostState state);
    // Translated name of a state for the UI ("Needs approval").
    static QString displayName(PostState state);
};

} // namespace montaj
