#include "app/montajctl/commands/redactcommand.h"

#include "app/montajctl/cli.h"
#include "app/montajctl/commands/commandparser.h"
#include "app/montajctl/exitcode.h"
#include "core/foundation/secretredactor.h"

#include <QCoreApplication>
#include <QFile>

namespace montaj::ctl {

int runRedactCommand(CommandContext &context)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("file"),
                                 Cli::tr("The log to clean; standard input when omitted."),
                                 QStringLiteral("[FILE]"));
    if (auto stop = parseCommandLine(parser, context,
                                     Cli::tr("Copy a log to standard output with access tokens, "
                                             "authorization codes and other secrets masked.")))
        return *stop;
    const QStringList files = parser.positionalArguments();
    if (files.size() > 1) {
        context.err << Cli::tr("montajctl redact: give at most one file.") << u'\n';
        return Usage;
    }
    QFile input;
    if (files.isEmpty()) {
        if (!input.open(stdin, QIODevice::ReadOnly)) {
            context.err << Cli::tr("montajctl redact: cannot read standard input.") << u'\n';
            return BadInput;
        }
    } else {
        input.setFileName(files.first());
        if (!input.open(QIODevice::ReadOnly)) {
            context.err
                << Cli::tr("montajctl redact: cannot open “%1”: %2").arg(files.first(), input.errorString())
                << u'\n';
            return BadInput;
        }
    }
    int masked = 0;
    while (!input.atEnd()) {
        const QString line = QString::fromUtf8(input.readLine());
        const QString clean = SecretRedactor::redact(line);
        masked += static_cast<int>(clean.count(SecretRedactor::kMask) - line.count(SecretRedactor::kMask));
        context.out << clean;
    }
    context.out.flush();
    context.err << Cli::tr("%n secret(s) masked.", nullptr, masked) << u'\n';
    return Ok;
}

} // namespace montaj::ctl
