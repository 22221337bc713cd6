#include "core/publish/postlifecycle.h"

namespace montaj {

bool PostLifecycle::canMove(PostState from, PostState to)
{
    using S = PostState;
    switch (from) {
    case S::Draft:
        return to == S::NeedsApproval || to == S::Approved || to == S::Scheduled || to == S::Cancelled;
    case S::NeedsApproval:
        return to == S::Approved || to == S::Draft || to == S::Cancelled; // reject → back to draft
    case S::Approved: return to == S::Scheduled || to == S::Draft || to == S::Cancelled;
    case S::Scheduled:
        return to == S::Publishing || to == S::Draft || to == S::NeedsApproval || to == S::Failed
               || to == S::Cancelled;
    case S::Publishing: return to == S::Published || to == S::Failed || to == S::Scheduled;
    case S::Failed: return to == S::Scheduled || to == S::Draft || to == S::Cancelled;
    case S::Cancelled: return to == S::Draft;
    case S::Published: return false;
    }
    return false;
}

Result<void> PostLifecycle::check(PostState from, PostState to)
{
    if (canMove(from, to))
        return {};
    return Error(QStringLiteral("publish.bad_transition"),
                 tr("A post that is “%1” cannot become “%2”.").arg(displayName(from), displayName(to)),
                 {{QStringLiteral("from"), toString(from)}, {QStringLiteral("to"), toString(to)}});
}

bool PostLifecycle::isEditable(PostState state)
{
    return state == PostState::Draft || state == PostState::NeedsApproval || state == PostState::Approved
           || state == PostState::Scheduled || state == PostState::Failed;
}

QString PostLifecycle::displayName(PostState state)
{
    switch (state) {
    case PostState::Draft: return tr("Draft");
    case PostState::NeedsApproval: return tr("Needs approval");
    case PostState::Approved: return tr("Approved");
    case PostState::Scheduled: return tr("Scheduled");
    case PostState::Publishing: return tr("Publishing");
    case PostState::Published: return tr("Published");
    case PostState::Failed: return tr("Failed");
    case PostState::Cancelled: return tr("Cancelled");
    }
    return {};
}

} // namespace montaj
