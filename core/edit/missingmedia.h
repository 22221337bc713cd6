#pragma once

#include "core/edit/projectdocument.h"

#include <QHash>
#include <QStringList>

namespace montaj {

// Finds the media a document uses that is no longer on disk, and looks for replacements by file
// name in a folder the user picks. Relinking itself is ProjectDocument::relinkMedia (undoable).
// Not for probing media or checking that a candidate has the same content.
class MissingMedia
{
public:
    static constexpr int kMaxDepth = 8;        // folder levels searchFolder() descends
    static constexpr int kMaxEntries = 100000; // files and folders it looks at, at most

    // Distinct missing paths, clips in timeline order first, then the music, then the media bin.
    static QStringList find(const ProjectDocument &doc);
    // Missing path → the first file under folder (recursive, bounded) with the same name; an exact
    // name match wins over a case-insensitive one. Paths with no candidate are absent.
    static QHash<QString, QString> searchFolder(const ProjectDocument &doc, const QString &folder);
};

} // namespace montaj
