#pragma once

#include <QCoreApplication>
#include <QList>
#include <QRectF>
#include <QString>

namespace montaj {

// Where TikTok's own interface covers a full-screen vertical (9:16) video, as rectangles
// normalized to the video (0..1, origin top-left; they do not mirror in right-to-left languages —
// the app's layout does not either). The one place these numbers live. They are working margins
// from TikTok's creative guidance and common 1080×1920 safe-zone templates (top ≈ 130 px of
// tabs, bottom ≈ 420 px of caption, sound and navigation, right ≈ 150 px of action buttons); the
// real UI varies by device, region and experiment, so treat them as "keep clear", not exact.
// The preview draws them; burned-in captions stay inside tiktokSafeRect(). Not for other aspect
// ratios' letterboxing.
class SafeZones
{
    Q_DECLARE_TR_FUNCTIONS(SafeZones)

public:
    enum class Kind { TopTabs, Caption, ActionButtons };
    struct Zone
    {
        Kind kind;
        QRectF rect; // normalized
    };

    static QList<Zone> tiktok();
    static QString label(Kind kind); // translated, for the overlay
    // The part of the video no zone covers: a rectangle inside all margins.
    static QRectF tiktokSafeRect();
};

} // namespace montaj
