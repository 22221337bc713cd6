#include "core/filters/filterspec.h"

#include "core/filters/filterregistry.h"

#include <QDir>

namespace montaj {

namespace {

// Splits "a=1,b=\"x,y\"" at top-level commas, removing quotes and escapes.
bool splitItems(const QString &text, QStringList &items)
{
    QString current;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == QLatin1Char('\\') && i + 1 < text.size()) {
            current += text[++i];
        } else if (c == QLatin1Char('"')) {
            quoted = !quoted;
        } else if (c == QLatin1Char(',') && !quoted) {
            items << current;
            current.clear();
        } else {
            current += c;
        }
    }
    items << current;
    return !quoted;
}

} // namespace

Result<FilterSettings> FilterSpec::parse(const QString &spec, const FilterRegistry &registry,
                                         const QString &baseDir)
{
    const QVariantMap where{{QStringLiteral("spec"), spec}};
    const qsizetype colon = spec.indexOf(QLatin1Char(':'));
    FilterSettings settings;
    settings.id = (colon < 0 ? spec : spec.left(colon)).trimmed();
    if (settings.id.isEmpty())
        return Error(QStringLiteral("filters.spec_empty"),
                     tr("A filter spec needs a filter name, as in exposure:ev=0.5."), where);
    const Filter *filter = registry.find(settings.id);
    if (!filter)
        return Error(QStringLiteral("filters.unknown_filter"),
                     tr("Unknown filter “%1”. Known filters: %2.")
                         .arg(settings.id, registry.ids().join(QStringLiteral(", "))),
                     {{QStringLiteral("spec"), spec}, {QStringLiteral("filter"), settings.id}});
    QVariantMap given;
    if (colon >= 0 && !spec.mid(colon + 1).trimmed().isEmpty()) {
        QStringList items;
        if (!splitItems(spec.mid(colon + 1), items))
            return Error(QStringLiteral("filters.spec_syntax"),
                         tr("A quote in the filter spec is not closed."), where);
        for (const QString &item : items) {
            const qsizetype eq = item.indexOf(QLatin1Char('='));
            const QString key = item.left(eq).trimmed();
            if (eq <= 0 || key.isEmpty())
                return Error(QStringLiteral("filters.spec_syntax"),
                             tr("“%1” is not key=value in the filter spec.").arg(item), where);
            if (given.contains(key))
                return Error(QStringLiteral("filters.spec_syntax"),
                             tr("“%1” is given twice in the filter spec.").arg(key), where);
            given.insert(key, item.mid(eq + 1).trimmed());
        }
    }
    auto resolved = filter->resolveParams(given);
    if (!resolved)
        return Error(resolved.error()).with(QStringLiteral("spec"), spec);
    const QDir base(baseDir.isEmpty() ? QDir::currentPath() : baseDir);
    for (const FilterParam &p : filter->parameters()) {
        if (!given.contains(p.name))
            continue;
        QVariant value = resolved->value(p.name);
        if (p.type == FilterParam::Type::File && !value.toString().isEmpty())
            value = QDir::cleanPath(base.absoluteFilePath(value.toString()));
        settings.params.insert(p.name, value);
    }
    return settings;
}

Result<QList<FilterSettings>> FilterSpec::parseAll(const QStringList &specs, const FilterRegistry &registry,
                                                   const QString &baseDir)
{
    QList<FilterSettings> list;
    for (const QString &spec : specs) {
        auto parsed = parse(spec, registry, baseDir);
        if (!parsed)
            return parsed.error();
        list << *parsed;
    }
    return list;
}

} // namespace montaj
