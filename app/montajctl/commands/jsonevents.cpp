#include "app/montajctl/commands/jsonevents.h"

#include <QJsonDocument>

#include <atomic>
#include <csignal>

namespace montaj::ctl {
namespace {

std::atomic<bool> g_interrupted{false}; // set from the signal handler; signals need a global

extern "C" void onInterrupt(int)
{
    g_interrupted.store(true);
}

} // namespace

void emitJsonEvent(QTextStream &out, const QJsonObject &object)
{
    out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) << u'\n';
    out.flush();
}

int failWithEvent(CommandContext &context, const QString &command, const Error &error, int exitCode)
{
    QJsonObject where;
    for (auto it = error.context.cbegin(); it != error.context.cend(); ++it)
        where.insert(it.key(), QJsonValue::fromVariant(it.value()));
    emitJsonEvent(context.out, {{QStringLiteral("event"), QStringLiteral("error")},
                                {QStringLiteral("code"), error.code},
                                {QStringLiteral("message"), error.message},
                                {QStringLiteral("context"), where}});
    context.err << QStringLiteral("montajctl ") << command << QStringLiteral(": ") << error.toString()
                << u'\n';
    return exitCode;
}

InterruptGuard::InterruptGuard()
{
    g_interrupted.store(false);
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
}

InterruptGuard::~InterruptGuard()
{
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
}

bool InterruptGuard::requested()
{
    return g_interrupted.load();
}

} // namespace montaj::ctl
