#include "ui/pages/aboutdialog.h"

#include "core/foundation/version.h"
#include "core/media/medialibraries.h"

#include <QDialogButtonBox>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace montaj::ui {
namespace {

QString row(const QString &name, const QString &version, const QString &licence)
{
    return QStringLiteral("<tr><td><b>%1</b></td><td>%2</td><td>%3</td></tr>")
        .arg(name.toHtmlEscaped(), version.toHtmlEscaped(), licence.toHtmlEscaped());
}

} // namespace

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
    , m_body(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Montaj"));
    m_body->setOpenExternalLinks(true);
    const bool gpl = MediaLibraries::ffmpegIsGpl();
    QString html = QStringLiteral("<h2>Montaj %1</h2><p>%2</p>")
                       .arg(QString::fromLatin1(kVersion).toHtmlEscaped(),
                            tr("A creator studio for short-form video.").toHtmlEscaped());
    html += QStringLiteral("<table cellpadding=\"4\"><tr><th>%1</th><th>%2</th><th>%3</th></tr>")
                .arg(tr("Component"), tr("Version"), tr("Licence"));
    html += row(QStringLiteral("Qt"), QString::fromLatin1(qVersion()), tr("LGPL 3.0"));
    html += row(QStringLiteral("FFmpeg"), MediaLibraries::ffmpegVersion(), MediaLibraries::ffmpegLicense());
    html += row(QStringLiteral("x264"), tr("with FFmpeg"), tr("GPL 2.0 or later"));
    html += row(QStringLiteral("OpenCV"), MediaLibraries::openCvVersion(), tr("Apache 2.0"));
    html += row(QStringLiteral("libcurl"), tr("system"), tr("curl licence (MIT-like)"));
    html += row(QStringLiteral("QtKeychain"), tr("system"), tr("BSD 3-clause"));
    html += row(QStringLiteral("SQLite"), tr("system"), tr("public domain"));
    html += row(QStringLiteral("PocketSphinx"), tr("system"), tr("BSD 2-clause"));
    html += row(QStringLiteral("Noto Sans, Noto Sans Arabic, Noto Color Emoji"), tr("system"),
                tr("SIL Open Font License 1.1"));
    html += QStringLiteral("</table>");
    html += QStringLiteral("<p>%1</p>")
                .arg((gpl ? tr("This FFmpeg was built with GPL parts (libx264 among them), so Montaj as "
                               "distributed with it is covered by the GNU GPL: you may use it for any "
                               "purpose, and whoever gives you a copy must also offer you its source code "
                               "under the same terms.")
                          : tr("This FFmpeg is LGPL: Montaj uses it as shared libraries, which you may "
                               "replace with your own build."))
                         .toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("Qt is used under the LGPL as shared libraries, which you may replace with your own "
                        "build.")
                         .toHtmlEscaped());
    m_body->setHtml(html);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_body, 1);
    layout->addWidget(buttons);
    resize(620, 520);
}

QString AboutDialog::text() const
{
    return m_body->toPlainText();
}

} // namespace montaj::ui
