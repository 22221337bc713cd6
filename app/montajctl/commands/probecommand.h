#pragma once

#include "app/montajctl/command.h"

namespace montaj::ctl {

// `montajctl probe FILE`: what a media file holds (MediaInfo) as JSON, or a clear error.
int runProbeCommand(CommandContext &context);

} // namespace montaj::ctl
