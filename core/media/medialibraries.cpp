#include "core/media/medialibraries.h"

#include "core/media/ffmpeg.h"

#include <opencv2/core/utility.hpp>

namespace montaj {

QString MediaLibraries::ffmpegVersion()
{
    return QString::fromUtf8(av_version_info());
}

QString MediaLibraries::ffmpegLicense()
{
    return QString::fromUtf8(avcodec_license());
}

bool MediaLibraries::ffmpegIsGpl()
{
    return ffmpegLicense().startsWith(QLatin1String("GPL"));
}

QString MediaLibraries::openCvVersion()
{
    return QString::fromStdString(cv::getVersionString());
}

} // namespace montaj
