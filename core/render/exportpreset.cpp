#include "core/render/exportpreset.h"

namespace montaj {

const QList<ExportPreset> &ExportPreset::all()
{
    static const QList<ExportPreset> kPresets = [] {
        MediaRules tiktok; // TikTok Content Posting API: 23–60 fps, 360–4096 px, ≤ 10 min via API, ≤ 4 GB
        MediaRules reels = tiktok;
        reels.maxDurationUs = 3LL * 60 * 1'000'000; // Instagram Reels: up to 3 minutes
        MediaRules shorts = tiktok;
        shorts.maxDurationUs = 3LL * 60 * 1'000'000; // YouTube Shorts: up to 3 minutes
        MediaRules source = tiktok;                  // keep source: the general TikTok rules still apply
        QList<ExportPreset> presets;
        presets.append({QStringLiteral("tiktok-1080p30"),
                        QT_TRANSLATE_NOOP("ExportPreset", "TikTok 1080×1920, 30 fps"), QSize(1080, 1920), 30,
                        1, 20, QStringLiteral("medium"), 192000, tiktok});
        presets.append({QStringLiteral("tiktok-1080p60"),
                        QT_TRANSLATE_NOOP("ExportPreset", "TikTok 1080×1920, 60 fps"), QSize(1080, 1920), 60,
                        1, 20, QStringLiteral("medium"), 192000, tiktok});
        presets.append({QStringLiteral("instagram-reels"),
                        QT_TRANSLATE_NOOP("ExportPreset", "Instagram Reels 1080×1920, 30 fps"),
                        QSize(1080, 1920), 30, 1, 20, QStringLiteral("medium"), 192000, reels});
        presets.append({QStringLiteral("youtube-shorts"),
                        QT_TRANSLATE_NOOP("ExportPreset", "YouTube Shorts 1080×1920, 30 fps"),
                        QSize(1080, 1920), 30, 1, 20, QStringLiteral("medium"), 192000, shorts});
        presets.append({QStringLiteral("keep-source"),
                        QT_TRANSLATE_NOOP("ExportPreset", "Keep the source's size and frame rate"), QSize(),
                        0, 1, 20, QStringLiteral("medium"), 192000, source});
        return presets;
    }();
    return kPresets;
}

const ExportPreset *ExportPreset::find(const QString &id)
{
    for (const ExportPreset &p : all())
        if (p.id == id)
            return &p;
    return nullptr;
}

QStringList ExportPreset::ids()
{
    QStringList ids;
    for (const ExportPreset &p : all())
        ids << p.id;
    return ids;
}

} // namespace montaj
