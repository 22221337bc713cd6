#pragma once

#include "core/foundation/apppaths.h"

#include <QStringList>
#include <QTextStream>

namespace montaj::ctl {

// What a montajctl subcommand gets to work with: its arguments and where to write.
struct CommandContext
{
    QStringList arguments; // after the subcommand's name; arguments[0] is "montajctl NAME"
    QTextStream &out;
    QTextStream &err;
    AppPaths paths;
};

// One montajctl subcommand: a name, a one-line summary for --help and the function that runs it
// (returns an ExitCode). Each lives in commands/, one file each.
struct Command
{
    const char *name;
    const char *summary; // QT_TRANSLATE_NOOP("montaj::ctl::Cli", …)
    int (*run)(CommandContext &context);
};

} // namespace montaj::ctl
