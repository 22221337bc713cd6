#pragma once

#include "app/montajctl/command.h"

namespace montaj::ctl {

// `montajctl captions ACTION …`: caption files from the command line. `convert IN -o OUT
// [--encoding NAME] [--bom] [--crlf]` reads SRT, WebVTT or ASS/SSA (encoding detected unless
// named) and writes the format OUT's extension names; warnings go to stderr as "FILE:LINE: warning:
// …", a file that cannot be read exits with BadInput and "FILE:LINE: error: …". Each action is
// one function in the table in captionscommand.cpp.
int runCaptionsCommand(CommandContext &context);

} // namespace montaj::ctl
