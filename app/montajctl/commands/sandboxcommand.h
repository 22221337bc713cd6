#pragma once

#include "app/montajctl/command.h"

namespace montaj::ctl {

// `montajctl sandbox [--port N] [--state DIR] [--faults SPEC] [--auto-approve]`: runs the platform
// sandbox on 127.0.0.1 until SIGINT/SIGTERM, printing one JSON line {"event":"listening","url":…}
// once it accepts connections, so scripts and other processes (client tests, a second studio) can
// talk to the same TikTok-shaped API.
int runSandboxCommand(CommandContext &context);

} // namespace montaj::ctl
