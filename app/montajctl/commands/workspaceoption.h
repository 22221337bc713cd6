#pragma once

#include "app/montajctl/command.h"
#include "core/foundation/result.h"
#include "core/publish/store/workspacelocation.h"
#include "core/publish/store/workspacestore.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

#include <memory>

namespace montaj::ctl {

// The --workspace option the schedule, workspace and publish commands share: a SQLite file or a
// postgresql:// URL; MONTAJ_WORKSPACE when not given; the studio's own workspace.sqlite otherwise.
QCommandLineOption workspaceOption();
Result<WorkspaceLocation> workspaceLocation(const QCommandLineParser &parser, const CommandContext &context);
// Opens it (migrating when needed); on failure reports on stderr and returns the exit code in `exitCode`.
std::unique_ptr<WorkspaceStore> openWorkspace(const QCommandLineParser &parser, CommandContext &context,
                                              const QString &command, int &exitCode);

} // namespace montaj::ctl
