#include "core/foundation/version.h"
#include "core/media/medialibraries.h"
#include "ui/pages/aboutdialog.h"

#include <QTest>

using namespace montaj;
using namespace montaj::ui;

// The About dialog names every shipped component with the version and licence its library reports,
// and says what the FFmpeg build's licence means.
class TestAboutDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsComponentsAndLicences()
    {
        AboutDialog dialog;
        const QString text = dialog.text();
        QVERIFY2(text.contains(QString::fromLatin1(kVersion)), qPrintable(text));
        QVERIFY(text.contains(QString::fromLatin1(qVersion())));
        QVERIFY(!MediaLibraries::ffmpegVersion().isEmpty());
        QVERIFY(text.contains(MediaLibraries::ffmpegVersion()));
        QVERIFY(text.contains(MediaLibraries::ffmpegLicense()));
        QVERIFY(text.contains(MediaLibraries::openCvVersion()));
        for (const char *name : {"Qt", "FFmpeg", "x264", "OpenCV", "libcurl", "QtKeychain", "SQLite",
                                 "PocketSphinx", "Noto Sans"})
            QVERIFY2(text.contains(QLatin1String(name)), name);
        // Debian's FFmpeg is built with --enable-gpl: the dialog must say the GPL covers Montaj.
        QCOMPARE(text.contains(QLatin1String("GNU GPL")), MediaLibraries::ffmpegIsGpl());
    }
};

QTEST_MAIN(TestAboutDialog)
#include "tst_aboutdialog.moc"
