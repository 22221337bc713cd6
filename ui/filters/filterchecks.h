#pragma once

#include "core/edit/projecttypes.h"
#include "core/filters/filterregistry.h"

#include <QCoreApplication>
#include <QStringList>

namespace montaj::ui {

// Finds what keeps each filter of a stack from running — an unknown filter, a bad value, a LUT
// file with an error on a given line, a missing face detector cascade — by preparing each filter
// the way FilterStack does, and words it for the Filters panel. Prepares files and detectors, so
// the panel runs it off the UI thread. Not for applying filters.
class FilterChecks
{
    Q_DECLARE_TR_FUNCTIONS(FilterChecks)

public:
    // One entry per filter of `stack`: empty when it can run (or is switched off), else the problem.
    static QStringList problems(const FilterRegistry &registry, const QList<FilterSettings> &stack);
    // A filter's error for people, with where it happened ("look.cube:12") when the error says.
    static QString describe(const Error &error);
    // The name to show for a filter id: the registry's translated name, or the id when unknown.
    static QString nameOf(const FilterRegistry &registry, const QString &id);
};

} // namespace montaj::ui
