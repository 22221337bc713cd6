#pragma once

#include <QString>

namespace montaj {

// What the FFmpeg libraries Montaj runs with say about themselves, for the About dialog and
// `--version`: their version and the licence they were built under (LGPL, or GPL when built with
// GPL parts such as libx264 — Debian's are).
struct MediaLibraries
{
    static QString ffmpegVersion(); // "5.1.6-0+deb12u1"
    static QString ffmpegLicense(); // "GPL version 2 or later", "LGPL version 2.1 or later"
    static bool ffmpegIsGpl();
    static QString openCvVersion(); // "4.6.0"
};

} // namespace montaj
