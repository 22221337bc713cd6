// Helper for tst_capturecrash: records the synthetic pattern and tone into a take in the folder
// given as the first argument and never stops by itself; prints "recording <path>" once the take
// has started. The test kills it with SIGKILL.

#include "core/capture/recorder.h"
#include "core/capture/syntheticsource.h"

#include <QCoreApplication>
#include <QDir>
#include <QTimer>

#include <cstdio>

using namespace montaj;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: capture_child FOLDER [WIDTH HEIGHT] [mkv]\n");
        return 2;
    }
    const QStringList args = app.arguments();
    SyntheticSource::Settings pattern;
    pattern.size = args.size() > 3 ? QSize(args.at(2).toInt(), args.at(3).toInt()) : QSize(360, 640);
    auto source = std::make_shared<SyntheticSource>(pattern);
    Recorder recorder;
    Recorder::Settings settings;
    settings.folder = args.at(1);
    settings.outputSize = pattern.size;
    if (args.size() > 4 && args.at(4) == QLatin1String("mkv"))
        settings.container = MediaContainer::Matroska;
    if (!recorder.setSettings(settings).ok() || !recorder.setVideoSource(source).ok()
        || !recorder.setAudioSource(source).ok())
        return 1;
    if (auto begun = recorder.beginSession(); !begun) {
        std::fprintf(stderr, "%s\n", qPrintable(begun.error().toString()));
        return 1;
    }
    QObject::connect(&recorder, &Recorder::errorOccurred, [](const Error &e) {
        std::fprintf(stderr, "%s\n", qPrintable(e.toString()));
        QCoreApplication::exit(1);
    });
    if (!recorder.startTake().ok())
        return 1;
    std::printf("recording %s\n",
                qPrintable(QDir(settings.folder)
                               .filePath(QStringLiteral("take-001.%1")
                                             .arg(settings.container == MediaContainer::Matroska
                                                      ? QStringLiteral("mkv")
                                                      : QStringLiteral("mp4")))));
    std::fflush(stdout);
    return app.exec();
}
