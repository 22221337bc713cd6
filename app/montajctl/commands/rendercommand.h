#pragma once

#include "app/montajctl/command.h"

namespace montaj::ctl {

// `montajctl render INPUT -o OUT.mp4 [--preset NAME] [--fit fit|fill]`: exports a project file or
// makes one media file platform-ready, printing progress as one JSON object per line on stdout.
// The studio runs this as a child process, so a codec crash never takes the editor down.
int runRenderCommand(CommandContext &context);

} // namespace montaj::ctl
