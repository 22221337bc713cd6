#pragma once

#include "core/edit/projecttypes.h"
#include "core/foundation/result.h"

#include <QCoreApplication>
#include <QStringList>

namespace montaj {

class FilterRegistry;

// Reads the command line's filter specs, `NAME[:key=value,...]` (montajctl render --filter, which
// repeats): "exposure:ev=0.5", "lut:file=looks/warm.cube,intensity=0.8". A value may be quoted
// ("…") to hold commas; a backslash escapes the next character. Checked against the registry:
// unknown filters, unknown keys and bad values are Errors naming them. Not for look files (LookFile).
class FilterSpec
{
    Q_DECLARE_TR_FUNCTIONS(FilterSpec)

public:
    // Relative file parameters are resolved against `baseDir` (the current directory if empty).
    // The result holds the given parameters only, as canonical values (numbers, booleans, text).
    static Result<FilterSettings> parse(const QString &spec, const FilterRegistry &registry,
                                        const QString &baseDir = {});
    static Result<QList<FilterSettings>> parseAll(const QStringList &specs, const FilterRegistry &registry,
                                                  const QString &baseDir = {});
};

} // namespace montaj
