// `montajctl captions convert` as scripts run it: the real binary, warnings with line numbers on
// stderr, the line-numbered error and exit code on failure, --encoding.

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run montajctl(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(MONTAJCTL), args);
    p.waitForFinished(30000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

} // namespace

class TestMontajctlCaptions : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void convertsArabic1256ToVtt()
    {
        const QString out = m_dir.filePath("ar.vtt");
        const Run r = montajctl({"captions", "convert", CAPTIONS_DATA_DIR "/arabic-1256.srt", "-o", out});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(!r.err.contains("warning:") && !r.err.contains("error:"), qPrintable(r.err));
        QVERIFY2(r.out.contains("2 cue") && r.out.contains("windows-1256"), qPrintable(r.out));
        const QString vtt = QString::fromUtf8(readAll(out));
        QVERIFY(vtt.startsWith("WEBVTT\n\n00:00:01.000 --> 00:00:03.500\nمرحبا بالعالم\n"));
    }

    void warningsCarryLineNumbers()
    {
        const QString out = m_dir.filePath("damaged.ass");
        const Run r = montajctl({"captions", "convert", CAPTIONS_DATA_DIR "/damaged.srt", "--output", out});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains("damaged.srt:4: warning: No blank line before this cue."), qPrintable(r.err));
        QVERIFY2(r.err.contains("damaged.srt:8: warning: "), qPrintable(r.err));
        QCOMPARE(r.err.count(": warning: "), 7);
        QVERIFY(readAll(out).contains("Dialogue: 0,0:00:09.50,0:00:10.00,Default,,0,0,0,,Short digits\n"));
    }

    void errorsAndUsage()
    {
        const QString broken = m_dir.filePath("broken.vtt");
        writeFile(broken, "WEBVTT\n\n1\n00:00:01.000 --> 00:00:02.000\nok\n\n2\n00:00:03.000 --> 4\nbad\n");
        Run r = montajctl({"captions", "convert", broken, "-o", m_dir.filePath("x.srt")});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("broken.vtt:8: error: Cannot read the timing line"), qPrintable(r.err));
        QVERIFY(!QFile::exists(m_dir.filePath("x.srt")));

        r = montajctl({"captions", "convert", broken, "-o", m_dir.filePath("x.txt")});
        QCOMPARE(r.exitCode, 2);
        r = montajctl({"captions", "convert", broken});
        QCOMPARE(r.exitCode, 2);
        r = montajctl(
            {"captions", "convert", broken, "-o", m_dir.filePath("y.srt"), "--encoding", "klingon"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("klingon"));
        r = montajctl({"captions", "frobnicate"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("convert"));
        r = montajctl({"captions", "convert", "--help"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("--encoding"));
    }

    // Automatic captions from the command line: espeak-ng says a sentence, PocketSphinx hears it.
    void transcribesSpeech()
    {
        if (QStandardPaths::findExecutable(u"espeak-ng"_qs).isEmpty())
            QSKIP("espeak-ng is not installed (scripts/install-deps.sh installs it)");
        const QString wav = m_dir.filePath(u"speech.wav"_qs);
        QProcess speak;
        speak.start(u"espeak-ng"_qs,
                    {u"-v"_qs, u"en-us+f2"_qs, u"-s"_qs, u"150"_qs, u"-w"_qs, wav,
                     u"The weather today is sunny and warm. We will go to the park after lunch."_qs});
        QVERIFY(speak.waitForFinished(30000));
        const QString srt = m_dir.filePath(u"speech.srt"_qs);
        const Run r = montajctl({u"captions"_qs, u"transcribe"_qs, wav, u"-o"_qs, srt});
        if (r.exitCode != 0 && r.err.contains(u"PocketSphinx"_qs) && r.err.contains(u"built without"_qs))
            QSKIP("this build has no PocketSphinx");
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString text = QString::fromUtf8(readAll(srt)).toLower();
        QVERIFY2(text.contains(u"-->"_qs), qPrintable(text));
        int heard = 0;
        for (const QString &word : {u"weather"_qs, u"today"_qs, u"sunny"_qs, u"park"_qs, u"lunch"_qs})
            heard += text.contains(word) ? 1 : 0;
        QVERIFY2(heard >= 3, qPrintable(text));
        // No output name: a usage error.
        QCOMPARE(montajctl({u"captions"_qs, u"transcribe"_qs, wav}).exitCode, 2);
    }

    void namedEncodingIsUsed()
    {
        const QString in = m_dir.filePath("fr.srt");
        writeFile(in, "1\n00:00:01,000 --> 00:00:02,000\n\xC9t\xE9\n");
        const QString out = m_dir.filePath("fr-out.srt");
        Run r = montajctl({"captions", "convert", in, "-o", out, "--encoding", "cp1252", "--bom", "--crlf"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("windows-1252"));
        QCOMPARE(readAll(out), QByteArray("\xEF\xBB\xBF"
                                          "1\r\n00:00:01,000 --> 00:00:02,000\r\n\xC3\x89t\xC3\xA9\r\n\r\n"));
    }
};

QTEST_GUILESS_MAIN(TestMontajctlCaptions)
#include "tst_montajctl_captions.moc"
