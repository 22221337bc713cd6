#pragma once

#include "app/montajctl/command.h"

namespace montaj::ctl {

// `montajctl redact [FILE]`: copies a log (or standard input) to standard output with tokens,
// codes and secrets masked, so a user can attach it to a bug report safely.
int runRedactCommand(CommandContext &context);

} // namespace montaj::ctl
