#pragma once

#include "app/montajctl/command.h"

namespace montaj::ctl {

// `montajctl reach backtest|estimate|fit|convert`: the reach estimate from the command line.
// backtest runs the walk-forward protocol of docs/reach.md on a history CSV and ends with the
// BACKTEST line; estimate prints one draft's estimate as JSON (from a history file or a workspace
// account's saved history); fit writes a pooled model fitted on a history file; convert rewrites a
// history file in Montaj's layout.
int runReachCommand(CommandContext &context);

} // namespace montaj::ctl
