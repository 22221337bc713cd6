#pragma once

namespace montaj::ctl {

// montajctl's exit codes; documented in `montajctl --help` and docs/montajctl.md. Scripts and the
// studio (which runs `montajctl render` as a child) rely on them: never renumber.
enum ExitCode : int {
    Ok = 0,          // the command did what it was asked
    Failed = 1,      // the command ran and failed (the message says why)
    Usage = 2,       // unknown command or option, missing or malformed argument
    BadInput = 3,    // an input file or value is unreadable or invalid (the message says where)
    Unavailable = 4, // a service, device or network peer could not be reached
    Cancelled = 130, // interrupted (Ctrl+C, SIGTERM); partial output removed
};

} // namespace montaj::ctl
