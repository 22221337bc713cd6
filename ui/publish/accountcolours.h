#pragma once

#include "core/publish/posttypes.h"

#include <QColor>
#include <QList>

namespace montaj::ui {

// The colour each account has in the calendar: the one saved with the account ("#rrggbb"), or a
// stable pick from a palette of distinct colours when none is saved, plus a readable text colour
// on it. Not the theme's palette.
class AccountColours
{
public:
    static QColor of(const WorkspaceAccount &account);
    static QColor textOn(const QColor &background);
    // The colour a new account gets: the first palette entry none of `existing` uses.
    static QColor suggestFor(const QList<WorkspaceAccount> &existing);
    static const QList<QColor> &palette();
};

} // namespace montaj::ui
