#pragma once

#include "app/montajctl/command.h"

namespace montaj::ctl {

// `montajctl publish run`: the agency publisher worker. Claims due posts from a workspace (several
// workers on several machines share a PostgreSQL one), publishes each exactly once, and reports
// what happens as JSON lines until interrupted (or, with --until-idle, until nothing is left to do).
int runPublishCommand(CommandContext &context);

} // namespace montaj::ctl
