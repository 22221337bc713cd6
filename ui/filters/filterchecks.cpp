#include "ui/filters/filterchecks.h"

#include "core/filters/filterstack.h"

#include <QFileInfo>

namespace montaj::ui {

QStringList FilterChecks::problems(const FilterRegistry &registry, const QList<FilterSettings> &stack)
{
    QStringList problems;
    for (const FilterSettings &settings : stack) {
        if (!settings.enabled) {
            problems << QString();
            continue;
        }
        const Result<FilterStack> one = FilterStack::create(registry, {settings});
        problems << (one ? QString() : describe(one.error()));
    }
    return problems;
}

QString FilterChecks::describe(const Error &error)
{
    QString where = error.context.value(QStringLiteral("location")).toString();
    if (where.isEmpty()) {
        const QString file = error.context.value(QStringLiteral("file")).toString();
        if (!file.isEmpty())
            where = QFileInfo(file).fileName();
    }
    if (where.isEmpty())
        return error.message;
    //: An error about a filter, then where it is: a file and its line ("warm.cube:12").
    return tr("%1 (%2)").arg(error.message, where);
}

QString FilterChecks::nameOf(const FilterRegistry &registry, const QString &id)
{
    if (const Filter *filter = registry.find(id))
        return filter->displayName();
    //: A filter this version of Montaj does not know (from a newer version), by its id.
    return tr("Unknown filter “%1”").arg(id);
}

} // namespace montaj::ui
