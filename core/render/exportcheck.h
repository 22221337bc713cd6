#pragma once

#include "core/edit/projecttypes.h"
#include "core/foundation/result.h"
#include "core/media/mediainfo.h"
#include "core/render/exportpreset.h"

#include <QCoreApplication>
#include <QList>

namespace montaj {

// The output an export will produce, resolved from the project and the preset (keep-source takes
// the first video clip's size and rate).
struct ExportTarget
{
    QSize size;
    int fpsNum = 30, fpsDen = 1;
    qint64 durationUs = 0;
    qint64 frameCount = 0;
};

// Checks a project against a preset's platform rules before anything is encoded, and a finished
// file against them afterwards, explaining each violation in plain words (translated) with the
// field it concerns. Not a fixer: it says what to change.
class ExportCheck
{
    Q_DECLARE_TR_FUNCTIONS(ExportCheck)

public:
    // creatorMaxDurationUs: the creator's own limit from the platform (0 when unknown).
    static Result<ExportTarget> resolve(const ProjectState &project, const ExportPreset &preset,
                                        qint64 creatorMaxDurationUs = 0);
    // Every rule the produced file breaks; empty when it meets the preset.
    static QList<Error> checkFile(const MediaInfo &file, const ExportPreset &preset);

private:
    static QList<Error> checkTarget(const ExportTarget &target, const MediaRules &rules,
                                    qint64 creatorMaxDurationUs);
};

} // namespace montaj
