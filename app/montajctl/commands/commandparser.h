#pragma once

#include "app/montajctl/command.h"

#include <QCommandLineParser>

#include <optional>

namespace montaj::ctl {

// Parses a subcommand's arguments with its own --help. Returns an exit code when the command must
// stop here (help printed, or a usage error reported on stderr), nullopt to go on.
std::optional<int> parseCommandLine(QCommandLineParser &parser, CommandContext &context,
                                    const QString &description);

} // namespace montaj::ctl
