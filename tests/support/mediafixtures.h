#pragma once

#include <QSize>
#include <QString>
#include <QStringList>

namespace montaj::test {

// Test media, generated on first use with the ffmpeg CLI and cached in the build tree: frame-coded
// videos in several codecs, a variable-frame-rate clip, phone-rotated clips, sounds, stills, and a
// set of broken files. Each function returns the path, or an empty string (with a qWarning) when
// the file cannot be made on this machine (for example a missing encoder).
class MediaFixtures
{
public:
    static QString dir();
    static bool hasEncoder(const QString &name);

    // `frames` frame-coded pictures (see FrameCode) at `fps`, encoded with `codecArgs`.
    static QString frameCoded(const QString &fileName, const QStringList &codecArgs, int frames = 90,
                              int fps = 30, QSize size = {320, 240});
    static QString h264(); // 90 frames, 30 fps, GOP 12 with B-frames, MP4 (index at the end)
    // Variable frame rate: frames 0..89 at 30 fps with every frame n where n % 5 == 2 dropped.
    static QString variableFrameRate();
    // A 320×240 (landscape-stored) picture whose top-left quadrant is red, rest blue, tagged with a
    // display matrix saying "turn clockwise by `degrees`", like a phone's portrait recording.
    static QString rotated(int degrees);
    // A 440 Hz sine at 0.5 amplitude, mono, `seconds` long, encoded with `codecArgs`.
    static QString sine(const QString &fileName, const QStringList &codecArgs, double seconds = 2.0);
    static QString still(const QString &extension); // "jpg", "png", "webp": 64×48 test pattern

    // Broken inputs: "truncated", "zero", "garbage", "text", "huge_png", "unknown_codec",
    // "corrupt_middle".
    static QString broken(const QString &kind);

    // Runs the ffmpeg CLI with these arguments (and -y -loglevel error); true on success.
    static bool ffmpeg(const QStringList &args, const QByteArray &stdinData = {});

private:
    static QString cached(const QString &fileName);
    // Runs `ffmpeg args… <private name>` and moves the result to fileName, unless it exists.
    static QString make(const QString &fileName, const QStringList &args, const QByteArray &stdinData = {});
};

} // namespace montaj::test
