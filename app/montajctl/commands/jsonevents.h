#pragma once

#include "app/montajctl/command.h"
#include "core/foundation/error.h"

#include <QJsonObject>

namespace montaj::ctl {

// The JSON-lines protocol of long-running commands (render, sandbox): one compact object per line
// on stdout, flushed at once, so the studio and scripts can follow along.
void emitJsonEvent(QTextStream &out, const QJsonObject &object);
// Reports a failure as {"event":"error",…} on stdout and as a sentence on stderr; returns exitCode.
int failWithEvent(CommandContext &context, const QString &command, const Error &error, int exitCode);

// While alive, SIGINT and SIGTERM only raise a flag the command polls (so it can clean up and exit
// with 130); the default handlers come back when it goes.
class InterruptGuard
{
public:
    InterruptGuard();
    ~InterruptGuard();
    InterruptGuard(const InterruptGuard &) = delete;
    InterruptGuard &operator=(const InterruptGuard &) = delete;
    static bool requested();
};

} // namespace montaj::ctl
