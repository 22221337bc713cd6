// `montajctl probe` and `montajctl render` as the studio and scripts run them: the real binary,
// JSON progress lines, exit codes, and no partial files after failures or interruption.

#include "tests/support/mediafixtures.h"
#include "tests/support/montajctlrun.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using montaj::test::MediaFixtures;

namespace {
using Run = montaj::test::MontajctlRun;

Run montajctl(const QStringList &args)
{
    return montaj::test::runMontajctl(QStringLiteral(MONTAJCTL), args);
}
} // namespace

class TestMontajctlRender : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void probePrintsJson()
    {
        QProcess p;
        p.start(QStringLiteral(MONTAJCTL), {QStringLiteral("probe"), MediaFixtures::rotated(90)});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        const QJsonObject json = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        const QJsonObject video = json.value(QStringLiteral("video_streams")).toArray().first().toObject();
        QCOMPARE(video.value(QStringLiteral("rotation")).toInt(), 90);
        QCOMPARE(
            video.value(QStringLiteral("display_size")).toObject().value(QStringLiteral("width")).toInt(),
            240);
    }

    void probeRefusesBrokenFiles()
    {
        QProcess p;
        p.start(QStringLiteral(MONTAJCTL),
                {QStringLiteral("probe"), MediaFixtures::broken(QStringLiteral("garbage"))});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 3);
        QVERIFY(QString::fromUtf8(p.readAllStandardError()).contains(QStringLiteral("broken_garbage.mp4")));
    }

    void renderReportsProgressAndDone()
    {
        const QString out = m_dir.filePath(QStringLiteral("out.mp4"));
        const Run r = montajctl({QStringLiteral("render"), MediaFixtures::h264(), QStringLiteral("-o"), out,
                                 QStringLiteral("--preset"), QStringLiteral("tiktok-1080p30")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.lines.size() >= 2);
        const QJsonObject progress = r.lines.at(r.lines.size() - 2);
        QCOMPARE(progress.value(QStringLiteral("event")).toString(), QStringLiteral("progress"));
        QCOMPARE(progress.value(QStringLiteral("frame")).toInt(), 90);
        QCOMPARE(progress.value(QStringLiteral("total")).toInt(), 90);
        QVERIFY(progress.contains(QStringLiteral("fps")) && progress.contains(QStringLiteral("eta")));
        const QJsonObject done = r.lines.last();
        QCOMPARE(done.value(QStringLiteral("event")).toString(), QStringLiteral("done"));
        QCOMPARE(done.value(QStringLiteral("output")).toString(), out);
        QVERIFY(QFileInfo(out).size() > 1000);
    }

    void renderFailuresAreClear()
    {
        const QString out = m_dir.filePath(QStringLiteral("broken.mp4"));
        Run r = montajctl({QStringLiteral("render"), MediaFixtures::broken(QStringLiteral("truncated")),
                           QStringLiteral("-o"), out});
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(r.lines.last().value(QStringLiteral("event")).toString(), QStringLiteral("error"));
        QCOMPARE(r.lines.last().value(QStringLiteral("code")).toString(), QStringLiteral("media.not_media"));
        QVERIFY(r.err.contains(QStringLiteral("broken_truncated.mp4")));
        QVERIFY(!QFile::exists(out));

        r = montajctl({QStringLiteral("render"),
                       MediaFixtures::sine(QStringLiteral("sine.wav"), {"-c:a", "pcm_s16le"}),
                       QStringLiteral("-o"), out});
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(r.lines.last().value(QStringLiteral("code")).toString(), QStringLiteral("media.no_video"));

        r = montajctl({QStringLiteral("render"), MediaFixtures::h264(), QStringLiteral("-o"), out,
                       QStringLiteral("--preset"), QStringLiteral("vine")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("tiktok-1080p30")));
        r = montajctl({QStringLiteral("render"), MediaFixtures::h264()});
        QCOMPARE(r.exitCode, 2);
    }

    void interruptedRenderLeavesNothing()
    {
        // A longer source so the interruption lands mid-export.
        const QString source = MediaFixtures::frameCoded(
            QStringLiteral("framecode_long.mp4"),
            {"-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p"}, 900);
        const QString out = m_dir.filePath(QStringLiteral("interrupted.mp4"));
        QProcess p;
        p.start(QStringLiteral(MONTAJCTL), {QStringLiteral("render"), source, QStringLiteral("-o"), out,
                                            QStringLiteral("--preset"), QStringLiteral("tiktok-1080p60")});
        QVERIFY(p.waitForReadyRead(60000)); // the first progress line: encoding is under way
        QVERIFY(QFile::exists(QDir(m_dir.path()).filePath(QStringLiteral(".interrupted.partial.mp4"))));
        ::kill(pid_t(p.processId()), SIGINT);
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 130);
        QVERIFY(!QFile::exists(out));
        QVERIFY(!QFile::exists(QDir(m_dir.path()).filePath(QStringLiteral(".interrupted.partial.mp4"))));
    }
};

QTEST_GUILESS_MAIN(TestMontajctlRender)
#include "tst_montajctl_render.moc"
