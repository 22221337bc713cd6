#pragma once

#include <QString>
#include <QStringList>

#include <opencv2/core/mat.hpp>

#include <functional>

// Shared by the filter tests: deterministic pictures (a "natural" scene with gradients, shapes and
// texture; a drawn face the Haar cascade finds), .cube writers, PSNR and running the ffmpeg CLI on
// raw frames.
namespace filtertest {

// A deterministic scene: smooth gradients, soft shapes, fine texture; BGR, w×h.
cv::Mat scene(int width, int height, int seed = 1);
// Draws a schematic frontal face (hair, skin oval, eyes with brows, nose, mouth) centred at
// `centre`, `width` pixels wide; haarcascade_frontalface_default finds it.
void drawFace(cv::Mat &bgr, cv::Point2f centre, float width);
double psnr(const cv::Mat &a, const cv::Mat &b);

// Writes a .cube of `size` points per axis; f maps (r, g, b) in 0..1 to an output in 0..1.
void writeCube(const QString &path, int size, const std::function<cv::Vec3d(double, double, double)> &f,
               const QString &title = QStringLiteral("test"));

// Runs ffmpeg with `args`; empty string on success, else what went wrong (stderr).
QString runFfmpeg(const QStringList &args);
bool haveFfmpeg();
// Raw BGR frames ↔ files of raw rgb24 / yuv444p for ffmpeg.
void writeRgb24(const QString &path, const cv::Mat &bgr);
cv::Mat readRgb24(const QString &path, int width, int height);

} // namespace filtertest
