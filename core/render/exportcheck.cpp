#include "core/render/exportcheck.h"

#include <QFileInfo>
#include <QLocale>

#include <cmath>

namespace montaj {
namespace {

QString seconds(qint64 us)
{
    return QLocale().toString(double(us) / 1e6, 'f', 1);
}

Error problem(const QString &code, const QString &message, const QString &field)
{
    return Error(code, message, {{QStringLiteral("field"), field}});
}

Error combine(const QList<Error> &problems)
{
    QStringList lines;
    for (const Error &e : problems)
        lines << e.message;
    Error all(problems.size() == 1 ? problems.first().code : QStringLiteral("render.rules_violated"),
              lines.join(u'\n'), problems.first().context);
    return all;
}

} // namespace

QList<Error> ExportCheck::checkTarget(const ExportTarget &t, const MediaRules &rules,
                                      qint64 creatorMaxDurationUs)
{
    QList<Error> problems;
    const double fps = double(t.fpsNum) / t.fpsDen;
    if (fps < rules.minFps - 1e-6 || fps > rules.maxFps + 1e-6)
        problems << problem(QStringLiteral("render.frame_rate"),
                            tr("The frame rate is %1 fps; the platform accepts %2 to %3 fps.")
                                .arg(QLocale().toString(fps, 'f', 2))
                                .arg(rules.minFps)
                                .arg(rules.maxFps),
                            QStringLiteral("fps"));
    const int shortSide = std::min(t.size.width(), t.size.height());
    const int longSide = std::max(t.size.width(), t.size.height());
    if (shortSide < rules.minSide || longSide > rules.maxSide)
        problems << problem(QStringLiteral("render.picture_size"),
                            tr("The picture is %1×%2 pixels; each side must be between %3 and %4 pixels.")
                                .arg(t.size.width())
                                .arg(t.size.height())
                                .arg(rules.minSide)
                                .arg(rules.maxSide),
                            QStringLiteral("size"));
    if (t.durationUs > rules.maxDurationUs)
        problems << problem(QStringLiteral("render.too_long"),
                            tr("The video lasts %1 s; the platform accepts at most %2 s. Trim %3 s.")
                                .arg(seconds(t.durationUs), seconds(rules.maxDurationUs),
                                     seconds(t.durationUs - rules.maxDurationUs)),
                            QStringLiteral("duration"));
    if (creatorMaxDurationUs > 0 && t.durationUs > creatorMaxDurationUs)
        problems << problem(QStringLiteral("render.too_long_for_creator"),
                            tr("The video lasts %1 s; this account may post at most %2 s. Trim %3 s.")
                                .arg(seconds(t.durationUs), seconds(creatorMaxDurationUs),
                                     seconds(t.durationUs - creatorMaxDurationUs)),
                            QStringLiteral("duration"));
    return problems;
}

Result<ExportTarget> ExportCheck::resolve(const ProjectState &project, const ExportPreset &preset,
                                          qint64 creatorMaxDurationUs)
{
    ExportTarget t;
    for (const Clip &c : project.clips)
        t.durationUs += c.durationUs();
    if (project.clips.isEmpty() || t.durationUs <= 0)
        return problem(QStringLiteral("render.empty_project"),
                       tr("The project has no clips: add at least one before exporting."),
                       QStringLiteral("clips"));
    t.size = preset.keepsSourceSize() ? project.canvas.size : preset.size;
    t.fpsNum = preset.keepsSourceRate() ? project.canvas.fpsNum : preset.fpsNum;
    t.fpsDen = preset.keepsSourceRate() ? project.canvas.fpsDen : preset.fpsDen;
    if (t.size.width() % 2 || t.size.height() % 2) // 4:2:0 needs even sides
        t.size = QSize(t.size.width() & ~1, t.size.height() & ~1);
    t.frameCount =
        std::max<qint64>(1, qint64(std::ceil(double(t.durationUs) * t.fpsNum / t.fpsDen / 1e6 - 1e-6)));
    for (const Clip &c : project.clips)
        if (!QFileInfo::exists(c.mediaPath))
            return Error(QStringLiteral("render.missing_media"),
                         tr("The media file %1 is missing: relink it before exporting.")
                             .arg(QFileInfo(c.mediaPath).fileName()),
                         {{QStringLiteral("file"), c.mediaPath}, {QStringLiteral("clip"), c.id}});
    const QList<Error> problems = checkTarget(t, preset.rules, creatorMaxDurationUs);
    if (!problems.isEmpty())
        return combine(problems);
    return t;
}

QList<Error> ExportCheck::checkFile(const MediaInfo &file, const ExportPreset &preset)
{
    QList<Error> problems;
    const VideoStreamInfo *v = file.video();
    if (!v)
        return {problem(QStringLiteral("render.no_video"), tr("The file has no video."),
                        QStringLiteral("video"))};
    ExportTarget t{v->displaySize, v->fpsNum, v->fpsDen ? v->fpsDen : 1, file.durationUs, v->frameCount};
    problems << checkTarget(t, preset.rules, 0);
    if (v->codec != preset.rules.codec)
        problems << problem(
            QStringLiteral("render.codec"),
            tr("The video codec is %1; the platform wants %2.").arg(v->codec, preset.rules.codec),
            QStringLiteral("codec"));
    if (v->profile != preset.rules.profile)
        problems << problem(
            QStringLiteral("render.profile"),
            tr("The H.264 profile is %1; the preset wants %2.").arg(v->profile, preset.rules.profile),
            QStringLiteral("profile"));
    if (v->pixelFormat != preset.rules.pixelFormat)
        problems << problem(QStringLiteral("render.pixel_format"),
                            tr("The pixel format is %1; the platform wants %2.")
                                .arg(v->pixelFormat, preset.rules.pixelFormat),
                            QStringLiteral("pixel_format"));
    if (file.fileSize > preset.rules.maxBytes)
        problems << problem(QStringLiteral("render.too_big"),
                            tr("The file is %1; the platform accepts at most %2.")
                                .arg(QLocale().formattedDataSize(file.fileSize),
                                     QLocale().formattedDataSize(preset.rules.maxBytes)),
                            QStringLiteral("size_bytes"));
    if (!preset.keepsSourceSize() && v->displaySize != preset.size)
        problems << problem(QStringLiteral("render.preset_size"),
                            tr("The picture is %1×%2; the preset makes %3×%4.")
                                .arg(v->displaySize.width())
                                .arg(v->displaySize.height())
                                .arg(preset.size.width())
                                .arg(preset.size.height()),
                            QStringLiteral("size"));
    return problems;
}

} // namespace montaj
