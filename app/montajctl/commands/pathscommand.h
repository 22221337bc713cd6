#pragma once

#include "app/montajctl/command.h"

namespace montaj::ctl {

// `montajctl paths`: prints where Montaj keeps settings, data, logs and projects, as JSON.
int runPathsCommand(CommandContext &context);

} // namespace montaj::ctl
