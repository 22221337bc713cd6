#include "tests/filters/filtertestsupport.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTextStream>

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <cmath>

namespace filtertest {

cv::Mat scene(int width, int height, int seed)
{
    // Drawn at a fixed 1080×1920 design size, then resized: every size shows the same scene.
    cv::Mat img(1920, 1080, CV_8UC3);
    for (int y = 0; y < img.rows; ++y)
        for (int x = 0; x < img.cols; ++x) {
            const double u = x / 1080.0, v = y / 1920.0;
            img.at<cv::Vec3b>(y, x) = cv::Vec3b(cv::saturate_cast<uchar>(40 + 150 * v),
                                                cv::saturate_cast<uchar>(60 + 120 * u * (1 - v) + 30 * v),
                                                cv::saturate_cast<uchar>(200 - 120 * u * v));
        }
    cv::RNG rng{uint64(seed)};
    for (int i = 0; i < 40; ++i) {
        const cv::Point c(rng.uniform(0, img.cols), rng.uniform(0, img.rows));
        const cv::Scalar colour(rng.uniform(20, 235), rng.uniform(20, 235), rng.uniform(20, 235));
        if (i % 2)
            cv::circle(img, c, rng.uniform(20, 160), colour, cv::FILLED, cv::LINE_AA);
        else
            cv::rectangle(img, cv::Rect(c.x, c.y, rng.uniform(30, 250), rng.uniform(30, 250)), colour,
                          cv::FILLED, cv::LINE_AA);
    }
    cv::GaussianBlur(img, img, cv::Size(), 2.5);
    // Fine texture (skin, fabric): smoothed noise of a few levels.
    cv::Mat signedTexture(img.size(), CV_16SC3);
    rng.fill(signedTexture, cv::RNG::NORMAL, 0, 5);
    cv::GaussianBlur(signedTexture, signedTexture, cv::Size(), 1.2);
    cv::Mat img16;
    img.convertTo(img16, CV_16SC3);
    img16 += signedTexture;
    img16.convertTo(img, CV_8UC3);
    if (width == img.cols && height == img.rows)
        return img;
    cv::Mat out;
    cv::resize(img, out, cv::Size(width, height), 0, 0, cv::INTER_AREA);
    return out;
}

void drawFace(cv::Mat &img, cv::Point2f c, float w)
{
    const float h = w * 1.3f;
    const cv::Scalar skin(150, 175, 215), dark(40, 45, 60), hair(30, 35, 45);
    const auto pt = [](double x, double y) { return cv::Point(int(std::lround(x)), int(std::lround(y))); };
    const auto sz = [](double a, double b) { return cv::Size(int(std::lround(a)), int(std::lround(b))); };
    cv::ellipse(img, pt(c.x, c.y - h * 0.35), sz(w * 0.55, h * 0.4), 0, 180, 360, hair, cv::FILLED,
                cv::LINE_AA);
    cv::ellipse(img, c, sz(w / 2, h / 2), 0, 0, 360, skin, cv::FILLED, cv::LINE_AA);
    const double ey = c.y - h * 0.08, ex = w * 0.2;
    for (int s : {-1, 1}) {
        cv::ellipse(img, pt(c.x + s * ex, ey), sz(w * 0.11, w * 0.055), 0, 0, 360, cv::Scalar(235, 235, 235),
                    cv::FILLED, cv::LINE_AA);
        cv::circle(img, pt(c.x + s * ex, ey), int(std::lround(w * 0.045)), dark, cv::FILLED, cv::LINE_AA);
        cv::ellipse(img, pt(c.x + s * ex, ey - w * 0.11), sz(w * 0.13, w * 0.03), 0, 180, 360, hair,
                    cv::FILLED, cv::LINE_AA);
    }
    cv::line(img, pt(c.x - w * 0.04, ey + w * 0.05), pt(c.x - w * 0.06, c.y + h * 0.12),
             cv::Scalar(110, 130, 170), int(w * 0.03f) + 1, cv::LINE_AA);
    cv::ellipse(img, pt(c.x, c.y + h * 0.13), sz(w * 0.09, w * 0.04), 0, 0, 180, cv::Scalar(100, 120, 160),
                int(w * 0.02f) + 1, cv::LINE_AA);
    cv::ellipse(img, pt(c.x, c.y + h * 0.26), sz(w * 0.17, w * 0.06), 0, 0, 180, cv::Scalar(70, 70, 150),
                int(w * 0.04f) + 1, cv::LINE_AA);
}

double psnr(const cv::Mat &a, const cv::Mat &b)
{
    return cv::PSNR(a, b);
}

void writeCube(const QString &path, int size, const std::function<cv::Vec3d(double, double, double)> &f,
               const QString &title)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    QTextStream out(&file);
    out << "# written by the filter tests\nTITLE \"" << title << "\"\nLUT_3D_SIZE " << size << "\n\n";
    for (int b = 0; b < size; ++b)
        for (int g = 0; g < size; ++g)
            for (int r = 0; r < size; ++r) {
                const cv::Vec3d v = f(r / double(size - 1), g / double(size - 1), b / double(size - 1));
                out << QString::number(v[0], 'f', 6) << ' ' << QString::number(v[1], 'f', 6) << ' '
                    << QString::number(v[2], 'f', 6) << '\n';
            }
}

QString runFfmpeg(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral("ffmpeg"), QStringList{"-nostdin", "-y", "-v", "error"} + args);
    if (!p.waitForFinished(120000))
        return QStringLiteral("ffmpeg did not finish");
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return QString::fromUtf8(p.readAllStandardError()) + QStringLiteral(" (exit ")
               + QString::number(p.exitCode()) + QLatin1Char(')');
    return {};
}

bool haveFfmpeg()
{
    return !QStandardPaths::findExecutable(QStringLiteral("ffmpeg")).isEmpty();
}

void writeRgb24(const QString &path, const cv::Mat &bgr)
{
    cv::Mat rgb;
    cv::cvtColor(bgr, rgb, cv::COLOR_BGR2RGB);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    for (int y = 0; y < rgb.rows; ++y)
        file.write(reinterpret_cast<const char *>(rgb.ptr(y)), qint64(rgb.cols) * 3);
}

cv::Mat readRgb24(const QString &path, int width, int height)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray data = file.readAll();
    if (data.size() != qsizetype(width) * height * 3)
        return {};
    cv::Mat rgb(height, width, CV_8UC3, const_cast<char *>(data.constData()));
    cv::Mat bgr;
    cv::cvtColor(rgb, bgr, cv::COLOR_RGB2BGR);
    return bgr;
}

} // namespace filtertest
