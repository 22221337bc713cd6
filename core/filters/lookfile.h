#pragma once

#include "core/edit/projecttypes.h"
#include "core/foundation/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace montaj {

class FilterRegistry;

// A look: a named filter stack to save, share and apply to clips (montajctl render --look FILE).
struct Look
{
    QString name;
    QList<FilterSettings> filters;

    bool operator==(const Look &) const = default;
};

// Reads and writes looks as JSON: {"format": "montaj.look", "version": 1, "name": …, "filters":
// [{"id": …, "enabled": …, "params": {…}}]}. Files a look refers to (a LUT) are stored relative to
// the look when they sit in its folder, so a folder of looks can be shared. Every filter is checked
// against the registry on load; a look from a newer version is refused with a clear Error. Not
// for project files (ProjectFile) or single CLI specs (FilterSpec).
class LookFile
{
    Q_DECLARE_TR_FUNCTIONS(LookFile)

public:
    static constexpr int kVersion = 1;

    static Result<Look> load(const QString &path, const FilterRegistry &registry);
    // Written atomically (QSaveFile).
    static Result<void> save(const QString &path, const Look &look, const FilterRegistry &registry);

    // `baseDir` resolves relative file parameters (load) or shortens paths inside it (save).
    static Result<Look> fromJson(const QByteArray &json, const FilterRegistry &registry,
                                 const QString &baseDir, const QString &sourceName = {});
    static QByteArray toJson(const Look &look, const FilterRegistry &registry, const QString &baseDir);
};

} // namespace montaj
