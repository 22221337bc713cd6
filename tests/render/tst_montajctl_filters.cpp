// `montajctl render` with filters, as the studio's export dialog and scripts run it: --filter
// specs and --look files on a single media file, a project's own filter stacks, and clear errors
// with non-zero exits for bad specs. The decoded output is measured, not just produced.

#include "core/edit/projectdocument.h"
#include "core/edit/projectfile.h"
#include "core/media/mediaprobe.h"
#include "tests/support/mediafixtures.h"
#include "tests/support/montajctlrun.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using montaj::test::MediaFixtures;

namespace {

using Run = montaj::test::MontajctlRun;

Run montajctl(const QStringList &args)
{
    return montaj::test::runMontajctl(QStringLiteral(MONTAJCTL), args);
}

// Frame 15 of a video, decoded by the ffmpeg CLI.
QImage frameOf(const QString &video, const QString &png)
{
    if (!MediaFixtures::ffmpeg({"-i", video, "-vf", "select=eq(n\\,15)", "-frames:v", "1", png}))
        return {};
    return QImage(png).convertToFormat(QImage::Format_RGB32);
}

double meanLevel(const QImage &image)
{
    double sum = 0;
    for (int y = 0; y < image.height(); ++y) {
        const auto *row = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x)
            sum += qRed(row[x]) + qGreen(row[x]) + qBlue(row[x]);
    }
    return image.isNull() ? 0 : sum / (3.0 * image.width() * image.height());
}

} // namespace

class TestMontajctlFilters : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_source;
    double m_plainLevel = 0;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    // Renders `extra` on the 1 s source at its own size; the decoded frame 15.
    QImage render(const QString &name, const QStringList &extra, Run *run = nullptr)
    {
        const QString out = path(name + ".mp4");
        const Run r =
            montajctl(QStringList{"render", m_source, "-o", out, "--preset", "keep-source"} + extra);
        if (run)
            *run = r;
        if (r.exitCode != 0) {
            qWarning("%s", qPrintable(r.err));
            return {};
        }
        return frameOf(out, path(name + ".png"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // 1 s of mid-grey detail: brighter and darker both have room.
        m_source = path("grey.mp4");
        QVERIFY(MediaFixtures::ffmpeg({"-f", "lavfi", "-i", "testsrc2=size=640x360:rate=30:duration=1", "-vf",
                                       "lutrgb=r=40+val/2:g=40+val/2:b=40+val/2", "-c:v", "libx264",
                                       "-preset", "ultrafast", "-pix_fmt", "yuv420p", m_source}));
        const QImage plain = render("plain", {});
        QVERIFY(!plain.isNull());
        m_plainLevel = meanLevel(plain);
        QVERIFY2(m_plainLevel > 60 && m_plainLevel < 170, qPrintable(QString::number(m_plainLevel)));
    }

    void filterSpecBrightens()
    {
        Run run;
        const QImage brighter = render("ev1", {"--filter", "exposure:ev=1"}, &run);
        QVERIFY(!brighter.isNull());
        QCOMPARE(run.lines.last().value("event").toString(), QString("done"));
        QCOMPARE(run.lines.last().value("frames").toInt(), 30);
        const double level = meanLevel(brighter);
        QVERIFY2(level > m_plainLevel + 25, qPrintable(QString("%1 vs %2").arg(level).arg(m_plainLevel)));

        // Specs repeat and apply in order: darkening back by one stop lands near the original.
        const QImage back = render("ev1m1", {"--filter", "exposure:ev=1", "--filter", "exposure:ev=-1"});
        QVERIFY(!back.isNull());
        QVERIFY2(std::abs(meanLevel(back) - m_plainLevel) < 8, qPrintable(QString::number(meanLevel(back))));
    }

    void lookFileApplies()
    {
        const QString look = path("darker.montajlook");
        QFile file(look);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"format\": \"montaj.look\", \"version\": 1, \"name\": \"Darker\", \"filters\": ["
                   "{\"id\": \"exposure\", \"enabled\": true, \"params\": {\"ev\": -1}},"
                   "{\"id\": \"saturation\", \"enabled\": true, \"params\": {\"amount\": 0}}]}");
        file.close();
        const QImage darker = render("look", {"--look", look});
        QVERIFY(!darker.isNull());
        QVERIFY2(meanLevel(darker) < m_plainLevel - 20, qPrintable(QString::number(meanLevel(darker))));
        // Saturation 0: grey.
        const QRgb p = darker.pixel(darker.width() / 3, darker.height() / 3);
        QVERIFY2(std::abs(qRed(p) - qBlue(p)) <= 6 && std::abs(qRed(p) - qGreen(p)) <= 6,
                 qPrintable(QColor(p).name()));

        // A look's filters come first, then the --filter specs.
        const QImage both = render("lookthen", {"--look", look, "--filter", "exposure:ev=2"});
        QVERIFY(!both.isNull());
        QVERIFY(meanLevel(both) > meanLevel(darker) + 20);
    }

    void badSpecsFailClearly()
    {
        const QString out = path("bad.mp4");
        Run r = montajctl({"render", m_source, "-o", out, "--filter", "exposure:stops=1"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("“stops”") && r.err.contains("ev"), qPrintable(r.err));
        QCOMPARE(r.lines.last().value("code").toString(), QString("filters.unknown_param"));

        r = montajctl({"render", m_source, "-o", out, "--filter", "glow"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("Unknown filter “glow”"), qPrintable(r.err));

        r = montajctl({"render", m_source, "-o", out, "--filter", "exposure:ev=9"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("exposure"), qPrintable(r.err));

        // A LUT with an error names its line; nothing is written.
        const QString cube = path("broken.cube");
        QFile file(cube);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("LUT_3D_SIZE 2\n0 0 0\n1 0 zero\n");
        file.close();
        r = montajctl({"render", m_source, "-o", out, "--filter", "lut:file=" + cube});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("broken.cube:3"), qPrintable(r.err));

        r = montajctl({"render", m_source, "-o", out, "--look", path("missing.montajlook")});
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.err.contains("missing.montajlook"));
        QVERIFY(!QFile::exists(out));
    }

    void projectExportsItsFilters()
    {
        const auto info = montaj::MediaProbe::probe(m_source);
        QVERIFY(info.ok());
        montaj::ProjectState state;
        state.canvas.size = QSize(640, 360);
        montaj::Clip clip;
        clip.id = "clip";
        clip.mediaPath = info->path;
        clip.inUs = 0;
        clip.outUs = 1'000'000;
        clip.sourceDurationUs = info->durationUs;
        clip.sourceSize = info->videoStreams.first().displaySize;
        clip.sourceHasAudio = false;
        clip.filters = {{"exposure", {{"ev", 1.0}}, true}};
        state.clips << clip;
        auto doc = montaj::ProjectDocument::fromState(state);
        QVERIFY2(doc.ok(), doc.ok() ? "" : qPrintable(doc.error().toString()));
        const QString project = path("filtered.montaj");
        QVERIFY(montaj::ProjectFile::save(**doc, project).ok());

        const QString out = path("project.mp4");
        Run r = montajctl({"render", project, "-o", out, "--preset", "keep-source"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QImage filtered = frameOf(out, path("project.png"));
        QVERIFY(!filtered.isNull());
        QVERIFY2(meanLevel(filtered) > m_plainLevel + 25, qPrintable(QString::number(meanLevel(filtered))));

        // A switched-off stack exports the clip as it is.
        state.clips.first().filters.first().enabled = false;
        auto off = montaj::ProjectDocument::fromState(state);
        QVERIFY(off.ok());
        QVERIFY(montaj::ProjectFile::save(**off, project).ok());
        r = montajctl({"render", project, "-o", out, "--preset", "keep-source"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(std::abs(meanLevel(frameOf(out, path("project_off.png"))) - m_plainLevel) < 4);

        // --filter is for single media files: a project carries its own stacks.
        r = montajctl({"render", project, "-o", out, "--filter", "exposure:ev=1"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("--filter"));
    }
};

QTEST_GUILESS_MAIN(TestMontajctlFilters)
#include "tst_montajctl_filters.moc"
