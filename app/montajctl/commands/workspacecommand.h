#pragma once

#include "app/montajctl/command.h"

namespace montaj::ctl {

// `montajctl workspace info|accounts|add-account|set`: what a workspace holds, the accounts posts
// are scheduled for, and workspace settings (e.g. publish.missed_policy).
int runWorkspaceCommand(CommandContext &context);

} // namespace montaj::ctl
