#pragma once

#include "core/edit/projecttypes.h"
#include "core/filters/filter.h"

#include <QList>
#include <QString>

#include <memory>

namespace montaj {

// The filters the app knows, by id, in the order a panel lists them. A value the app owns and
// passes around (copies share the immutable filters); there is no global instance. Not for the
// per-clip stacks (FilterStack) or their parameters (FilterSettings).
class FilterRegistry
{
public:
    // Every built-in filter; the face-aware ones load their Haar cascade from `faceCascadePath`
    // (Debian's opencv-data) when a stack that uses them is built.
    static FilterRegistry withBuiltins(const QString &faceCascadePath = defaultFaceCascadePath());
    static QString defaultFaceCascadePath();

    // Adds or replaces the filter with that id.
    void add(std::shared_ptr<const Filter> filter);
    const Filter *find(const QString &id) const;
    QStringList ids() const;
    QList<const Filter *> filters() const;

    // Whether an enabled filter of the stack retouches (skin smoothing with an amount above zero):
    // such a project is "retouched" (France's « Image retouchée » rule, core/deals).
    bool isRetouched(const QList<FilterSettings> &stack) const;
    bool isRetouched(const ProjectState &project) const;

private:
    QList<std::shared_ptr<const Filter>> m_filters;
};

} // namespace montaj
