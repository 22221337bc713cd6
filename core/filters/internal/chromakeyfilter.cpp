#include "core/filters/internal/chromakeyfilter.h"

#include "core/filters/internal/pixelops.h"
#include "core/media/videodecoder.h"

#include <QFileInfo>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <cmath>

namespace montaj {

namespace {

// Cb, Cr (BT.601, 8-bit, ×16 fixed point) of a B, G, R pixel.
inline int cbQ4(int b, int g, int r)
{
    return (-r * 2765 - g * 5428 + b * 8192 + 512) >> 10; // 16 · (−0.1687 R − 0.3313 G + 0.5 B)
}
inline int crQ4(int b, int g, int r)
{
    return (r * 8192 - g * 6860 - b * 1332 + 512) >> 10; // 16 · (0.5 R − 0.4187 G − 0.0813 B)
}

class ChromaKeyInstance final : public FilterInstance
{
public:
    ChromaKeyInstance(std::array<int, 3> key, double similarity, double smoothness, double spill,
                      cv::Mat background, std::unique_ptr<VideoDecoder> backgroundClip,
                      std::array<int, 3> backgroundColor)
        : m_keyCb(cbQ4(key[0], key[1], key[2]))
        , m_keyCr(crQ4(key[0], key[1], key[2]))
        , m_spill(spill)
        , m_image(std::move(background))
        , m_clip(std::move(backgroundClip))
        , m_color(backgroundColor)
    {
        m_dominant = key[1] >= key[0] && key[1] >= key[2] ? 1 : (key[0] >= key[2] ? 0 : 2);
        // Alpha (0..256) by squared CbCr distance (Q4² units, table step 1024).
        const double full =
            16.0 * 255.0 * std::sqrt(2.0); // distances in units of 255·√2, like FFmpeg's chromakey
        const double lo = similarity * full, hi = lo + std::max(16.0, smoothness * full);
        for (size_t i = 0; i < m_alpha.size(); ++i) {
            const double d = std::sqrt(double(i) * 1024.0);
            m_alpha[i] = int(std::lround(256 * std::clamp((d - lo) / (hi - lo), 0.0, 1.0)));
        }
    }

    Result<void> apply(cv::Mat &bgr, const FilterContext &context) override
    {
        if (m_clip) {
            auto frame = clipFrameFor(bgr.size(), context.timeUs);
            if (!frame)
                return Error(frame.error()).with(QStringLiteral("filter"), QStringLiteral("chroma_key"));
        }
        const cv::Mat &background = m_clip ? m_clipFrame : backgroundFor(bgr.size());
        const int cols = bgr.cols;
        const int spill = int(std::lround(m_spill * 256));
        PixelOps::forRows(bgr.rows, [&](int first, int end) {
            for (int y = first; y < end; ++y) {
                uint8_t *p = bgr.ptr<uint8_t>(y);
                const uint8_t *q = background.empty() ? nullptr : background.ptr<uint8_t>(y);
                for (int x = 0; x < cols; ++x, p += 3) {
                    const int b = p[0], g = p[1], r = p[2];
                    const int db = cbQ4(b, g, r) - m_keyCb, dr = crQ4(b, g, r) - m_keyCr;
                    const auto index = std::min<size_t>(size_t(db * db + dr * dr) >> 10, m_alpha.size() - 1);
                    const int a = m_alpha[index];
                    int c[3] = {b, g, r};
                    // Spill: pull the key's dominant channel towards the larger of the other two.
                    const int others = std::max(c[(m_dominant + 1) % 3], c[(m_dominant + 2) % 3]);
                    if (c[m_dominant] > others)
                        c[m_dominant] -= ((c[m_dominant] - others) * spill + 128) >> 8;
                    for (int k = 0; k < 3; ++k) {
                        const int bg = q ? q[x * 3 + k] : m_color[size_t(k)];
                        p[k] = uint8_t((c[k] * a + bg * (256 - a) + 128) >> 8);
                    }
                }
            }
        });
        return {};
    }

private:
    // The background clip's frame at the same time in the clip (looping when the background is
    // shorter), scaled to cover the frame and cropped in the centre. Frame-accurate, so the same
    // frame of the clip always gets the same background.
    Result<void> clipFrameFor(cv::Size size, qint64 timeUs)
    {
        const qint64 length = std::max<qint64>(1, m_clip->durationUs());
        const qint64 at = std::max<qint64>(0, timeUs) % length;
        const QSize source = m_clip->displaySize();
        const double k = std::max(double(size.width) / std::max(1, source.width()),
                                  double(size.height) / std::max(1, source.height()));
        const QSize cover(std::max(size.width, int(std::ceil(source.width() * k))),
                          std::max(size.height, int(std::ceil(source.height() * k))));
        auto mat = m_clip->matAt(at, cover, Qt::IgnoreAspectRatio);
        if (!mat)
            return mat.error();
        m_clipFrame = (*mat)(cv::Rect((mat->cols - size.width) / 2, (mat->rows - size.height) / 2, size.width,
                                      size.height))
                          .clone();
        return {};
    }

    // The background image scaled to cover the frame (centre crop), kept per frame size.
    const cv::Mat &backgroundFor(cv::Size size)
    {
        if (m_image.empty() || m_scaled.size() == size)
            return m_scaled;
        const double k = std::max(double(size.width) / m_image.cols, double(size.height) / m_image.rows);
        cv::Mat resized;
        cv::resize(m_image, resized,
                   cv::Size(std::max(size.width, int(std::ceil(m_image.cols * k))),
                            std::max(size.height, int(std::ceil(m_image.rows * k)))),
                   0, 0, k < 1 ? cv::INTER_AREA : cv::INTER_LINEAR);
        m_scaled = resized(cv::Rect((resized.cols - size.width) / 2, (resized.rows - size.height) / 2,
                                    size.width, size.height))
                       .clone();
        return m_scaled;
    }

    int m_keyCb, m_keyCr;
    int m_dominant = 1;
    double m_spill;
    std::array<int, 32768> m_alpha{};
    cv::Mat m_image, m_scaled;
    std::unique_ptr<VideoDecoder> m_clip;
    cv::Mat m_clipFrame;
    std::array<int, 3> m_color;
};

} // namespace

QList<FilterParam> ChromaKeyFilter::parameters() const
{
    return {FilterParam::color(QStringLiteral("key"), tr("Key colour"), QStringLiteral("#00ff00")),
            FilterParam::number(QStringLiteral("similarity"), tr("Similarity"), 0, 1, 0.25, 0.01),
            FilterParam::number(QStringLiteral("smoothness"), tr("Edge softness"), 0, 1, 0.1, 0.01),
            FilterParam::number(QStringLiteral("spill"), tr("Spill suppression"), 0, 1, 0.5, 0.01),
            FilterParam::file(QStringLiteral("background"), tr("Background image or clip"),
                              QStringLiteral("*.png *.jpg *.jpeg *.bmp *.webp *.mp4 *.mov *.mkv *.webm")),
            FilterParam::color(QStringLiteral("background_color"), tr("Background colour"),
                               QStringLiteral("#000000"))};
}

Result<std::unique_ptr<FilterInstance>> ChromaKeyFilter::create(const QVariantMap &params) const
{
    const QString path = params.value(QStringLiteral("background")).toString();
    cv::Mat image;
    std::unique_ptr<VideoDecoder> clip;
    if (!path.isEmpty()) {
        if (!QFileInfo(path).isFile())
            return PixelOps::fileError(QStringLiteral("filters.background_missing"),
                                       tr("The chroma key's background does not exist."), path)
                .with(QStringLiteral("filter"), id());
        static const QStringList stills{QStringLiteral("png"), QStringLiteral("jpg"), QStringLiteral("jpeg"),
                                        QStringLiteral("bmp"), QStringLiteral("webp")};
        if (stills.contains(QFileInfo(path).suffix().toLower())) {
            image = cv::imread(path.toStdString(), cv::IMREAD_COLOR);
            if (image.empty())
                return PixelOps::fileError(QStringLiteral("filters.background_unreadable"),
                                           tr("The chroma key's background image cannot be read."), path)
                    .with(QStringLiteral("filter"), id());
        } else {
            auto opened = VideoDecoder::open(path);
            if (!opened)
                return Error(opened.error()).with(QStringLiteral("filter"), id());
            clip = std::move(opened).value();
        }
    }
    return std::unique_ptr<FilterInstance>(std::make_unique<ChromaKeyInstance>(
        PixelOps::bgrOf(params.value(QStringLiteral("key")).toString()),
        params.value(QStringLiteral("similarity")).toDouble(),
        params.value(QStringLiteral("smoothness")).toDouble(),
        params.value(QStringLiteral("spill")).toDouble(), image, std::move(clip),
        PixelOps::bgrOf(params.value(QStringLiteral("background_color")).toString())));
}

} // namespace montaj
