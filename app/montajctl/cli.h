#pragma once

#include "app/montajctl/command.h"

#include <QCoreApplication>
#include <QList>

namespace montaj::ctl {

// montajctl's front door: global options (--help, --version), subcommand dispatch and clear
// errors for unknown commands. The commands themselves live in commands/.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(montaj::ctl::Cli)

public:
    explicit Cli(QList<Command> commands);
    static QList<Command> builtinCommands();

    // Runs `montajctl ARGS…` (arguments[0] is the program name) and returns the exit code.
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err, const AppPaths &paths);

private:
    QString usage() const;
    const Command *find(const QString &name) const;

    QList<Command> m_commands;
};

} // namespace montaj::ctl
