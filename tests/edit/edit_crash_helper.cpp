// A process that edits a document under an Autosaver, says READY once the autosave is on disk and
// then waits to be killed; tst_recovery kills it with SIGKILL and recovers the autosave.
//
//   edit_crash_helper RECOVERY_DIR MEDIA_DIR PROJECT_PATH|"" EXPECTED_JSON_OUT [--clean-exit]
//
// PROJECT_PATH: saved after the first edits (empty: the document is never saved). EXPECTED_JSON_OUT
// receives the document's JSON (absolute paths) after all edits. --clean-exit: quit normally after
// READY instead of waiting.

#include "knownedits.h"

#include "core/edit/autosaver.h"
#include "core/edit/projectfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QTimer>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 5) {
        std::fputs(
            "usage: edit_crash_helper RECOVERY_DIR MEDIA_DIR PROJECT_PATH EXPECTED_JSON [--clean-exit]\n",
            stderr);
        return 2;
    }
    const QString recoveryDir = args.at(1);
    const QString mediaDir = args.at(2);
    const QString projectPath = args.at(3);
    const bool cleanExit = args.contains(QStringLiteral("--clean-exit"));

    montaj::ProjectDocument doc;
    applyFirstEdits(doc, mediaDir);
    if (!projectPath.isEmpty()) {
        if (const auto saved = montaj::ProjectFile::save(doc, projectPath); !saved) {
            std::fprintf(stderr, "save failed: %s\n", qPrintable(saved.error().toString()));
            return 3;
        }
    }
    montaj::Autosaver autosaver(doc, recoveryDir, 200);
    applyLaterEdits(doc, mediaDir);

    QFile expected(args.at(4));
    if (!expected.open(QIODevice::WriteOnly)
        || expected.write(montaj::ProjectFile::toJson(doc, QString())) < 0)
        return 4;
    expected.close();

    QObject::connect(&autosaver, &montaj::Autosaver::autosaved, &app, [&](const QString &path) {
        std::printf("READY %s\n", qPrintable(path));
        std::fflush(stdout);
        if (cleanExit)
            QTimer::singleShot(0, &app, &QCoreApplication::quit);
    });
    QObject::connect(&autosaver, &montaj::Autosaver::autosaveFailed, &app, [](const QString &message) {
        std::fprintf(stderr, "autosave failed: %s\n", qPrintable(message));
        std::exit(5);
    });
    return app.exec(); // without --clean-exit: until killed
}
