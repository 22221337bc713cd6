#include "core/render/safezones.h"

namespace montaj {

QList<SafeZones::Zone> SafeZones::tiktok()
{
    // Measured on a 1080×1920 frame:
    //  - "Following | For You" tabs and the LIVE/search icons: the top 130 px, full width;
    //  - user name, caption, sound name, and the navigation bar under them: the bottom 420 px,
    //    from the left edge up to the action column;
    //  - profile picture, like, comment, save, share and the spinning sound disc: a column 150 px
    //    wide on the right, from y = 720 down to the caption area.
    return {
        {Kind::TopTabs, QRectF(0.0, 0.0, 1.0, 130.0 / 1920.0)},
        {Kind::Caption, QRectF(0.0, 1500.0 / 1920.0, 1.0, 420.0 / 1920.0)},
        {Kind::ActionButtons, QRectF(930.0 / 1080.0, 720.0 / 1920.0, 150.0 / 1080.0, 780.0 / 1920.0)},
    };
}

QRectF SafeZones::tiktokSafeRect()
{
    // 60 px of side margin on the left for symmetry with the text wrapping TikTok applies.
    return QRectF(60.0 / 1080.0, 130.0 / 1920.0, (930.0 - 60.0) / 1080.0, (1500.0 - 130.0) / 1920.0);
}

QString SafeZones::label(Kind kind)
{
    switch (kind) {
    case Kind::TopTabs: return tr("Tabs");
    case Kind::Caption: return tr("Caption and sound");
    case Kind::ActionButtons: return tr("Buttons");
    }
    return {};
}

} // namespace montaj
