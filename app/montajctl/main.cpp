// montajctl: Montaj from the command line. Sets up the application and hands over to Cli.

#include "app/montajctl/cli.h"
#include "core/foundation/applicationidentity.h"
#include "core/foundation/apppaths.h"
#include "core/foundation/language.h"
#include "core/foundation/localization.h"
#include "core/foundation/logsink.h"

#include <QGuiApplication>
#include <QSettings>

#include <cstdio>

int main(int argc, char *argv[])
{
    // Rendering draws text, which needs Qt Gui's fonts; a command line never shows a window.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    montaj::setApplicationIdentity();

    montaj::LogSink log({}); // stderr only: a command's output stays clean on stdout
    log.install();

    const montaj::AppPaths paths = montaj::AppPaths::fromEnvironment();
    // Speak the language the studio was set to (MONTAJ_LANG overrides, e.g. in scripts).
    const QSettings settings(paths.settingsFile(), QSettings::IniFormat);
    QString code = qEnvironmentVariable("MONTAJ_LANG");
    if (code.isEmpty())
        code = settings.value(montaj::Languages::kSettingKey).toString();
    montaj::Localization localization;
    const auto language = montaj::Languages::fromCode(code).value_or(montaj::Language::System);
    if (const auto set = localization.setLanguage(language); !set)
        qWarning("%s", qPrintable(set.error().toString()));

    QTextStream out(stdout);
    QTextStream err(stderr);
    const int exitCode = montaj::ctl::Cli(montaj::ctl::Cli::builtinCommands())
                             .run(QCoreApplication::arguments(), out, err, paths);
    out.flush();
    err.flush();
    return exitCode;
}
