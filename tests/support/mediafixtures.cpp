#include "tests/support/mediafixtures.h"

#include "tests/support/framecode.h"

extern "C" {
#include <libavformat/avformat.h>
#include <libavutil/display.h>
}

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QtEndian>

#include <cstdio>

namespace montaj::test {
namespace {

QString ffmpegProgram()
{
    return QStringLiteral("ffmpeg");
}

// Copies `in` to `out` (stream copy) adding a display matrix that turns the picture clockwise.
bool remuxWithRotation(const QString &in, const QString &out, int clockwiseDegrees)
{
    AVFormatContext *input = nullptr;
    if (avformat_open_input(&input, QFile::encodeName(in).constData(), nullptr, nullptr) < 0)
        return false;
    avformat_find_stream_info(input, nullptr);
    AVFormatContext *output = nullptr;
    avformat_alloc_output_context2(&output, nullptr, "mp4", QFile::encodeName(out).constData());
    for (unsigned i = 0; i < input->nb_streams; ++i) {
        AVStream *s = avformat_new_stream(output, nullptr);
        avcodec_parameters_copy(s->codecpar, input->streams[i]->codecpar);
        s->codecpar->codec_tag = 0;
        s->time_base = input->streams[i]->time_base;
        if (input->streams[i]->codecpar->codec_type == AVMEDIA_TYPE_VIDEO) {
            auto *matrix =
                reinterpret_cast<int32_t *>(av_stream_new_side_data(s, AV_PKT_DATA_DISPLAYMATRIX, 9 * 4));
            // av_display_rotation_set() takes the clockwise angle; av_display_rotation_get()
            // reports it counter-clockwise (FFmpeg 5.1), so a phone's portrait clip reads -90.
            av_display_rotation_set(matrix, double(clockwiseDegrees));
        }
    }
    bool ok = avio_open(&output->pb, QFile::encodeName(out).constData(), AVIO_FLAG_WRITE) >= 0
              && avformat_write_header(output, nullptr) >= 0;
    AVPacket *packet = av_packet_alloc();
    while (ok && av_read_frame(input, packet) >= 0) {
        av_packet_rescale_ts(packet, input->streams[packet->stream_index]->time_base,
                             output->streams[packet->stream_index]->time_base);
        ok = av_interleaved_write_frame(output, packet) >= 0;
        av_packet_unref(packet);
    }
    ok = ok && av_write_trailer(output) >= 0;
    av_packet_free(&packet);
    avio_closep(&output->pb);
    avformat_free_context(output);
    avformat_close_input(&input);
    return ok;
}

QByteArray pngChunk(const char *type, const QByteArray &data)
{
    QByteArray chunk(4, 0);
    qToBigEndian<quint32>(quint32(data.size()), chunk.data());
    const QByteArray body = QByteArray(type) + data;
    chunk += body;
    // CRC-32 over type and data, as PNG requires.
    quint32 crc = 0xffffffffu;
    for (char c : body) {
        crc ^= quint8(c);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
    }
    QByteArray crcBytes(4, 0);
    qToBigEndian<quint32>(crc ^ 0xffffffffu, crcBytes.data());
    return chunk + crcBytes;
}

// A private name next to `path` to build it under: test processes run in parallel and may make the
// same fixture at once; each builds its own copy and renames it into place atomically.
QString partialFor(const QString &path)
{
    const QFileInfo info(path);
    return info.dir().filePath(QStringLiteral(".%1.%2.partial.%3")
                                   .arg(info.completeBaseName())
                                   .arg(QCoreApplication::applicationPid())
                                   .arg(info.suffix()));
}

bool publish(const QString &partial, const QString &path)
{
    if (std::rename(QFile::encodeName(partial).constData(), QFile::encodeName(path).constData()) == 0)
        return true;
    QFile::remove(partial);
    return false;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    const QString partial = partialFor(path);
    QFile f(partial);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        return false;
    f.close();
    return publish(partial, path);
}

} // namespace

QString MediaFixtures::dir()
{
    const QString d = QStringLiteral(MONTAJ_TEST_MEDIA_DIR);
    QDir().mkpath(d);
    return d;
}

QString MediaFixtures::cached(const QString &fileName)
{
    const QString path = QDir(dir()).filePath(fileName);
    return QFileInfo::exists(path) ? path : QString();
}

bool MediaFixtures::ffmpeg(const QStringList &args, const QByteArray &stdinData)
{
    QProcess p;
    p.start(ffmpegProgram(), QStringList{QStringLiteral("-y"), QStringLiteral("-nostdin"),
                                         QStringLiteral("-loglevel"), QStringLiteral("error")}
                                 + args);
    if (!stdinData.isEmpty()) {
        // -nostdin only stops ffmpeg reading keys; "-i -" still reads the data.
        p.write(stdinData);
    }
    p.closeWriteChannel();
    if (!p.waitForFinished(300000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        qWarning("ffmpeg %s failed: %s", qPrintable(args.join(u' ')), p.readAllStandardError().constData());
        return false;
    }
    return true;
}

bool MediaFixtures::hasEncoder(const QString &name)
{
    QProcess p;
    p.start(ffmpegProgram(), {QStringLiteral("-hide_banner"), QStringLiteral("-encoders")});
    p.waitForFinished(30000);
    return QString::fromUtf8(p.readAllStandardOutput()).contains(u' ' + name + u' ');
}

QString MediaFixtures::make(const QString &fileName, const QStringList &args, const QByteArray &stdinData)
{
    const QString path = QDir(dir()).filePath(fileName);
    if (QFileInfo::exists(path))
        return path;
    const QString partial = partialFor(path);
    if (!ffmpeg(args + QStringList{partial}, stdinData) || !publish(partial, path))
        return {};
    return path;
}

QString MediaFixtures::frameCoded(const QString &fileName, const QStringList &codecArgs, int frames, int fps,
                                  QSize size)
{
    if (QString path = cached(fileName); !path.isEmpty())
        return path;
    QByteArray raw;
    for (int n = 0; n < frames; ++n)
        raw += FrameCode::grayFrame(n, size);
    const QStringList input{
        QStringLiteral("-f"),       QStringLiteral("rawvideo"),
        QStringLiteral("-pix_fmt"), QStringLiteral("gray"),
        QStringLiteral("-s"),       QStringLiteral("%1x%2").arg(size.width()).arg(size.height()),
        QStringLiteral("-r"),       QString::number(fps),
        QStringLiteral("-i"),       QStringLiteral("-")};
    return make(fileName, input + codecArgs, raw);
}

QString MediaFixtures::h264()
{
    return frameCoded(QStringLiteral("framecode_h264.mp4"),
                      {QStringLiteral("-c:v"), QStringLiteral("libx264"), QStringLiteral("-preset"),
                       QStringLiteral("veryfast"), QStringLiteral("-g"), QStringLiteral("12"),
                       QStringLiteral("-bf"), QStringLiteral("2"), QStringLiteral("-pix_fmt"),
                       QStringLiteral("yuv420p")});
}

QString MediaFixtures::variableFrameRate()
{
    return frameCoded(QStringLiteral("framecode_vfr.mkv"),
                      {QStringLiteral("-vf"), QStringLiteral("select='not(eq(mod(n\\,5)\\,2))'"),
                       QStringLiteral("-vsync"), QStringLiteral("vfr"), QStringLiteral("-c:v"),
                       QStringLiteral("libx264"), QStringLiteral("-preset"), QStringLiteral("veryfast"),
                       QStringLiteral("-g"), QStringLiteral("10"), QStringLiteral("-pix_fmt"),
                       QStringLiteral("yuv420p")});
}

QString MediaFixtures::rotated(int degrees)
{
    const QString name = QStringLiteral("rotated_%1.mp4").arg(degrees);
    if (QString path = cached(name); !path.isEmpty())
        return path;
    // Top-left quadrant red, the rest blue: orientation is visible after any rotation.
    const QString plain =
        make(QStringLiteral("quadrant_plain.mp4"),
             {QStringLiteral("-filter_complex"),
              QStringLiteral(
                  "color=c=blue:s=320x240:d=1:r=30[bg];color=c=red:s=160x120:d=1:r=30[q];[bg][q]overlay=0:0"),
              QStringLiteral("-c:v"), QStringLiteral("libx264"), QStringLiteral("-pix_fmt"),
              QStringLiteral("yuv420p")});
    if (plain.isEmpty())
        return {};
    const QString path = QDir(dir()).filePath(name);
    const QString partial = partialFor(path);
    if (!remuxWithRotation(plain, partial, degrees) || !publish(partial, path)) {
        QFile::remove(partial);
        return {};
    }
    return path;
}

QString MediaFixtures::sine(const QString &fileName, const QStringList &codecArgs, double seconds)
{
    const QString source =
        QStringLiteral("sine=frequency=440:sample_rate=48000:duration=%1,volume=4").arg(seconds);
    return make(fileName,
                QStringList{QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"), source}
                    + codecArgs);
}

QString MediaFixtures::still(const QString &extension)
{
    return make(QStringLiteral("still.") + extension,
                {QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                 QStringLiteral("testsrc2=s=64x48:d=1"), QStringLiteral("-frames:v"), QStringLiteral("1")});
}

QString MediaFixtures::broken(const QString &kind)
{
    const QString names[][2] = {
        {QStringLiteral("truncated"), QStringLiteral("broken_truncated.mp4")},
        {QStringLiteral("zero"), QStringLiteral("broken_zero.mp4")},
        {QStringLiteral("garbage"), QStringLiteral("broken_garbage.mp4")},
        {QStringLiteral("text"), QStringLiteral("broken_text.mov")},
        {QStringLiteral("huge_png"), QStringLiteral("broken_huge.png")},
        {QStringLiteral("unknown_codec"), QStringLiteral("broken_unknown_codec.wav")},
        {QStringLiteral("corrupt_middle"), QStringLiteral("broken_corrupt_middle.mp4")}};
    QString name;
    for (const auto &n : names)
        if (n[0] == kind)
            name = n[1];
    if (name.isEmpty())
        return {};
    const QString path = QDir(dir()).filePath(name);
    if (QFileInfo::exists(path))
        return path;
    if (kind == QLatin1String("zero"))
        return writeFile(path, {}) ? path : QString();
    if (kind == QLatin1String("garbage")) {
        QByteArray bytes(64 * 1024, 0);
        quint32 x = 2463534242u;
        for (char &c : bytes) {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            c = char(x & 0xff);
        }
        return writeFile(path, bytes) ? path : QString();
    }
    if (kind == QLatin1String("text"))
        return writeFile(path,
                         QByteArray("This is a shopping list, not a movie.\nMilk\nBread\n").repeated(50))
                   ? path
                   : QString();
    if (kind == QLatin1String("truncated") || kind == QLatin1String("corrupt_middle")) {
        QFile source(h264());
        if (!source.open(QIODevice::ReadOnly))
            return {};
        QByteArray bytes = source.readAll();
        if (kind == QLatin1String("truncated"))
            bytes.truncate(bytes.size() / 2); // the index (moov) is at the end: gone
        else { // scribble over the middle of the picture data, keep the index intact
            const qsizetype mdat = bytes.indexOf("mdat");
            const qsizetype size = qFromBigEndian<quint32>(bytes.constData() + mdat - 4);
            for (qsizetype i = mdat + size / 2; i < mdat + size / 2 + size / 8; ++i)
                bytes[i] = char(i * 7919);
        }
        return writeFile(path, bytes) ? path : QString();
    }
    if (kind == QLatin1String("huge_png")) {
        QByteArray header(13, 0);
        qToBigEndian<quint32>(100000, header.data());
        qToBigEndian<quint32>(100000, header.data() + 4);
        header[8] = 8; // bit depth
        header[9] = 2; // RGB
        const QByteArray png = QByteArray("\x89PNG\r\n\x1a\n", 8) + pngChunk("IHDR", header)
                               + pngChunk("IDAT", QByteArray(32, 'x')) + pngChunk("IEND", {});
        return writeFile(path, png) ? path : QString();
    }
    if (kind == QLatin1String("unknown_codec")) {
        // A WAV whose format tag (0x3412) no decoder knows.
        QByteArray fmt(16, 0);
        qToLittleEndian<quint16>(0x3412, fmt.data());
        qToLittleEndian<quint16>(1, fmt.data() + 2);
        qToLittleEndian<quint32>(8000, fmt.data() + 4);
        qToLittleEndian<quint32>(8000, fmt.data() + 8);
        qToLittleEndian<quint16>(1, fmt.data() + 12);
        qToLittleEndian<quint16>(8, fmt.data() + 14);
        const QByteArray data(8000, char(0x55));
        QByteArray body = QByteArray("WAVE") + QByteArray("fmt ", 4);
        QByteArray len(4, 0);
        qToLittleEndian<quint32>(16, len.data());
        body += len + fmt + QByteArray("data", 4);
        qToLittleEndian<quint32>(quint32(data.size()), len.data());
        body += len + data;
        qToLittleEndian<quint32>(quint32(body.size()), len.data());
        return writeFile(path, QByteArray("RIFF", 4) + len + body) ? path : QString();
    }
    return {};
}

} // namespace montaj::test
