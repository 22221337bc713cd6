#include "core/filters/filter.h"

#include <opencv2/core.hpp>

#include <algorithm>

namespace montaj {

Result<QVariantMap> Filter::resolveParams(const QVariantMap &given) const
{
    const QList<FilterParam> specs = parameters();
    for (auto it = given.cbegin(); it != given.cend(); ++it) {
        const bool known = std::any_of(specs.cbegin(), specs.cend(),
                                       [&](const FilterParam &p) { return p.name == it.key(); });
        if (!known) {
            QStringList names;
            for (const FilterParam &p : specs)
                names << p.name;
            return Error(QStringLiteral("filters.unknown_param"),
                         tr("The filter “%1” has no parameter “%2” (it has: %3).")
                             .arg(id(), it.key(), names.join(QStringLiteral(", "))),
                         {{QStringLiteral("filter"), id()}, {QStringLiteral("param"), it.key()}});
        }
    }
    QVariantMap resolved;
    for (const FilterParam &p : specs) {
        const auto found = given.constFind(p.name);
        if (found == given.cend()) {
            resolved.insert(p.name, p.defaultValue);
            continue;
        }
        auto value = p.coerce(found.value(), id());
        if (!value)
            return value.error();
        resolved.insert(p.name, *value);
    }
    return resolved;
}

Result<void> Filter::apply(cv::Mat &bgr, const QVariantMap &params, const FilterContext &context) const
{
    auto resolved = resolveParams(params);
    if (!resolved)
        return resolved.error();
    if (isIdentity(*resolved))
        return {};
    auto instance = create(*resolved);
    if (!instance)
        return instance.error();
    try {
        return (*instance)->apply(bgr, context);
    } catch (const cv::Exception &e) {
        return Error(
            QStringLiteral("filters.opencv_failed"), tr("The filter “%1” failed.").arg(displayName()),
            {{QStringLiteral("filter"), id()}, {QStringLiteral("detail"), QString::fromStdString(e.msg)}});
    }
}

} // namespace montaj
