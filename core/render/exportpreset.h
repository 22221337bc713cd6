#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSize>
#include <QString>

namespace montaj {

// What a platform accepts, from its published limits (shared/PLATFORM_API.md for TikTok).
struct MediaRules
{
    int minFps = 23;
    int maxFps = 60;
    int minSide = 360;
    int maxSide = 4096;
    qint64 maxDurationUs = 10LL * 60 * 1'000'000;
    qint64 maxBytes = 4LL * 1024 * 1024 * 1024;
    QString codec = QStringLiteral("h264");
    QString profile = QStringLiteral("High");
    QString pixelFormat = QStringLiteral("yuv420p");
};

// One way to export: the canvas and frame rate it produces, the encoder settings, and the rules of
// the platform it is for. "keep-source" takes size and rate from the first clip. Presets are data;
// the export pipeline does not special-case any of them.
struct ExportPreset
{
    QString id;        // "tiktok-1080p30", … (stable, used on the command line)
    const char *label; // QT_TRANSLATE_NOOP("ExportPreset", …)
    QSize size;        // empty: keep the source's size
    int fpsNum = 30;   // 0: keep the source's rate
    int fpsDen = 1;
    int crf = 20;
    QString x264Preset = QStringLiteral("medium");
    int audioBitRate = 192000;
    MediaRules rules;

    QString displayName() const { return QCoreApplication::translate("ExportPreset", label); }
    bool keepsSourceSize() const { return size.isEmpty(); }
    bool keepsSourceRate() const { return fpsNum == 0; }

    static const QList<ExportPreset> &all();
    static const ExportPreset *find(const QString &id);
    static QStringList ids();
};

} // namespace montaj
