#include "core/edit/missingmedia.h"

#include <QDir>
#include <QFileInfo>

namespace montaj {

QStringList MissingMedia::find(const ProjectDocument &doc)
{
    QStringList paths;
    for (const Clip &clip : doc.clips())
        paths << clip.mediaPath;
    if (doc.music().isSet())
        paths << doc.music().path;
    paths << doc.media();
    QStringList missing;
    for (const QString &path : paths)
        if (!missing.contains(path) && !QFileInfo(path).isFile())
            missing << path;
    return missing;
}

QHash<QString, QString> MissingMedia::searchFolder(const ProjectDocument &doc, const QString &folder)
{
    const QStringList missing = find(doc);
    QHash<QString, QString> found;
    if (missing.isEmpty())
        return found;
    // Wanted file name (lower case) → the missing paths that have it.
    QHash<QString, QStringList> wanted;
    for (const QString &path : missing)
        wanted[QFileInfo(path).fileName().toLower()] << path;

    // Breadth first, names sorted: shallow matches win and the result does not depend on the disk.
    QHash<QString, QString> caseInsensitive; // missing path → candidate whose name differs in case
    QList<QPair<QString, int>> folders{{QDir(folder).absolutePath(), 0}};
    int seen = 0;
    while (!folders.isEmpty() && seen < kMaxEntries && found.size() < missing.size()) {
        const auto [dir, depth] = folders.takeFirst();
        const QFileInfoList entries = QDir(dir).entryInfoList(
            QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Readable, QDir::Name);
        for (const QFileInfo &entry : entries) {
            if (++seen > kMaxEntries)
                break;
            if (entry.isDir()) {
                if (!entry.isSymLink() && depth < kMaxDepth)
                    folders.append({entry.absoluteFilePath(), depth + 1});
                continue;
            }
            const auto hit = wanted.constFind(entry.fileName().toLower());
            if (hit == wanted.cend())
                continue;
            for (const QString &path : *hit) {
                if (found.contains(path))
                    continue;
                if (QFileInfo(path).fileName() == entry.fileName())
                    found.insert(path, entry.absoluteFilePath());
                else if (!caseInsensitive.contains(path))
                    caseInsensitive.insert(path, entry.absoluteFilePath());
            }
        }
    }
    for (auto c = caseInsensitive.cbegin(); c != caseInsensitive.cend(); ++c)
        if (!found.contains(c.key()))
            found.insert(c.key(), c.value());
    return found;
}

} // namespace montaj
