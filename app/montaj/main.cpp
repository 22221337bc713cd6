// montaj: the studio. Builds the objects the window needs and runs the event loop; no logic here.

#include "core/edit/recoverystore.h"
#include "core/foundation/applicationidentity.h"
#include "core/foundation/apppaths.h"
#include "core/foundation/localization.h"
#include "core/foundation/logsink.h"
#include "core/foundation/version.h"
#include "core/platform/keychaintokenstore.h"
#include "ui/edit/editpage.h"
#include "ui/iconprovider.h"
#include "ui/mainwindow.h"
#include "ui/platform/platformconnection.h"
#include "ui/platform/sandboxhost.h"
#include "ui/recoverydialog.h"
#include "ui/theme.h"
#include "ui/uisettings.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QTimer>

#include <cstdio>

Q_LOGGING_CATEGORY(lcStudio, "montaj.studio")

int main(int argc, char *argv[])
{
    // Answered before the window system is touched, so they work on a machine without a display.
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument == "--version" || argument == "-v") {
            std::printf("Montaj %s\n", montaj::kVersion);
            return 0;
        }
        if (argument == "--help" || argument == "-h") {
            std::printf(
                "Usage: montaj [--version] [--help] [PROJECT.montaj]\n"
                "Starts the Montaj studio, on PROJECT when given. The command line tool is montajctl.\n");
            return 0;
        }
    }
    QApplication app(argc, argv);
    montaj::setApplicationIdentity();
    QApplication::setWindowIcon(montaj::ui::IconProvider::appIcon());

    const montaj::AppPaths paths = montaj::AppPaths::fromEnvironment();
    montaj::LogSink log({QDir(paths.logDir()).filePath(QStringLiteral("montaj.log"))});
    log.install();
    if (const auto created = paths.ensureExists(); !created)
        qCCritical(lcStudio) << created.error().toString();
    qCInfo(lcStudio) << "Montaj" << montaj::kVersion << "starting; data in" << paths.dataDir();

    montaj::ui::UiSettings settings(paths.settingsFile());
    montaj::Localization localization;
    if (const auto set = localization.setLanguage(settings.language()); !set)
        qCWarning(lcStudio) << set.error().toString();
    montaj::ui::ThemeController theme(&app);
    theme.setMode(settings.theme());

    // Until a real account is linked, Montaj talks to the sandbox it runs on its own thread.
    montaj::SandboxOptions sandboxOptions;
    sandboxOptions.stateDir = QDir(paths.dataDir()).filePath(QStringLiteral("sandbox"));
    montaj::ui::SandboxHost sandbox(sandboxOptions);
    montaj::ui::PlatformConnection platform(settings.store(), std::make_unique<montaj::KeychainTokenStore>());
    QObject::connect(&sandbox, &montaj::ui::SandboxHost::started, &platform,
                     &montaj::ui::PlatformConnection::useSandbox);
    QObject::connect(&sandbox, &montaj::ui::SandboxHost::failed, &app, [](const montaj::Error &error) {
        qCWarning(lcStudio) << "the sandbox did not start:" << error.toString();
    });
    sandbox.start();

    montaj::ui::MainWindow window(localization, theme, settings, paths, &platform);
    window.show();

    // `montaj FILE.montaj` (the desktop opens project files this way) starts on that project.
    const QStringList arguments = QApplication::arguments().mid(1);
    if (!arguments.isEmpty() && !arguments.first().startsWith(u'-')) {
        window.showPage(montaj::ui::PageId::Edit);
        window.editPage()->openProject(QFileInfo(arguments.first()).absoluteFilePath());
    }

    // Work a crash left behind is offered back before anything else.
    const montaj::RecoveryStore recovery(paths.recoveryDir());
    recovery.discardObsolete();
    if (!recovery.pending().isEmpty()) {
        QTimer::singleShot(0, &window, [&] {
            montaj::ui::RecoveryDialog dialog(recovery, paths.projectsDir(), &window);
            dialog.setOpenHandler([&window](std::unique_ptr<montaj::ProjectDocument> document,
                                            const montaj::RecoveryStore::Entry &entry) {
                window.showPage(montaj::ui::PageId::Edit);
                return window.editPage()->openRecovered(std::move(document), entry);
            });
            dialog.exec();
        });
    }
    return QApplication::exec();
}
