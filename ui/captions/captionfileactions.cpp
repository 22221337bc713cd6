#include "ui/captions/captionfileactions.h"

#include "core/captions/captionfile.h"
#include "core/edit/projectdocument.h"
#include "ui/edit/editsession.h"

#include <QFileInfo>
#include <QLocale>

#include <functional>

namespace montaj::ui {

Result<CaptionFileActions::Imported>
CaptionFileActions::import(EditSession *session, const QString &path, const QString &encoding,
                           const std::function<bool(qsizetype existing)> &confirmReplace)
{
    auto read = CaptionFile::read(path, encoding.isEmpty() ? std::nullopt : std::optional<QString>(encoding));
    if (!read)
        return read.error();
    const CaptionDocument &doc = *read;
    ProjectDocument *project = session->document();
    const qsizetype existing = project->captions().cues.size();
    if (existing > 0 && confirmReplace && !confirmReplace(existing))
        return Imported{};
    CaptionTrack track = doc.track;
    if (doc.format != CaptionFormat::Ass) // only ASS files carry a style; keep the project's
        track.style = project->captions().style;
    if (track.language.isEmpty())
        track.language = project->captions().language;
    if (auto r = project->setCaptionTrack(track, tr("Import captions")); !r)
        return r.error();
    Imported out;
    const QLocale locale;
    out.summary = tr("%1 (%2, %3): %n caption(s) imported", nullptr, int(doc.track.cues.size()))
                      .arg(QFileInfo(path).fileName(), CaptionFile::formatName(doc.format),
                           doc.encoding.isEmpty() ? tr("text") : doc.encoding);
    if (!doc.warnings.isEmpty())
        out.summary += u' ' + tr("%n warning(s)", nullptr, int(doc.warnings.size()));
    QStringList lines;
    for (const CaptionWarning &w : doc.warnings)
        lines << (w.line > 0 ? tr("line %1: %2").arg(locale.toString(w.line), w.message) : w.message);
    out.warnings = lines.join(u'\n');
    return out;
}

Result<void> CaptionFileActions::exportTo(const EditSession *session, const QString &path)
{
    const CaptionTrack &track = session->document()->captions();
    if (track.isEmpty())
        return Error(QStringLiteral("captions.nothing_to_export"),
                     tr("The project has no captions to export."));
    return CaptionFile::write(track, path);
}

QString CaptionFileActions::openFilter()
{
    return tr("Caption files (*.srt *.vtt *.ass *.ssa);;All files (*)");
}

QString CaptionFileActions::saveFilter()
{
    return tr("SubRip (*.srt);;WebVTT (*.vtt);;Advanced SubStation Alpha (*.ass)");
}

} // namespace montaj::ui
