#include "bench/benchsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>

#include <algorithm>
#include <cstdio>

namespace montaj::bench {

QString mediaDir()
{
    const QString dir = QStringLiteral(MONTAJ_BENCH_MEDIA_DIR);
    QDir().mkpath(dir);
    return dir;
}

double runTimed(const QString &program, const QStringList &args)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.setStandardOutputFile(QProcess::nullDevice());
    QElapsedTimer timer;
    timer.start();
    p.start(program, args);
    if (!p.waitForFinished(-1) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return -1;
    return double(timer.nsecsElapsed()) / 1e9;
}

bool ensureMedia(const QString &path, const QStringList &ffmpegArgs)
{
    if (QFileInfo::exists(path))
        return true;
    std::printf("making %s with ffmpeg…\n", qPrintable(path));
    std::fflush(stdout);
    const QString partial = path + QStringLiteral(".partial.mp4");
    const QStringList args = QStringList{QStringLiteral("-y"), QStringLiteral("-nostdin"),
                                         QStringLiteral("-loglevel"), QStringLiteral("error")}
                             + ffmpegArgs + QStringList{partial};
    return runTimed(QStringLiteral("ffmpeg"), args) >= 0 && QFile::rename(partial, path);
}

double median(QList<double> values)
{
    return percentile(std::move(values), 0.5);
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto index = qsizetype(p * double(values.size() - 1) + 0.5);
    return values.at(std::clamp<qsizetype>(index, 0, values.size() - 1));
}

} // namespace montaj::bench
