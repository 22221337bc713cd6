#pragma once

#include "core/captions/captiondocument.h"
#include "core/foundation/result.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

class QWidget;

namespace montaj::ui {

class EditSession;

// The Captions tab's file verbs: import a caption file into the project (one undo step, asking
// before replacing captions already there; an ASS file's style comes with it) and export the
// project's captions as SRT, WebVTT or ASS. Reports what was read — encoding, warnings with their
// line numbers — or the line-numbered error. Not for editing cues.
class CaptionFileActions
{
    Q_DECLARE_TR_FUNCTIONS(CaptionFileActions)

public:
    struct Imported
    {
        QString summary;  // one line for the panel: format, encoding, cue and warning counts
        QString warnings; // one warning per line, "line 12: …"; empty when none
    };

    // Reads `path` (encoding: empty = detect) into the session's project. `confirmReplace` is
    // asked when the project already has captions; returning false cancels (an empty summary).
    static Result<Imported> import(EditSession *session, const QString &path, const QString &encoding,
                                   const std::function<bool(qsizetype existing)> &confirmReplace);
    static Result<void> exportTo(const EditSession *session, const QString &path);

    // The file dialogs' filters, translated.
    static QString openFilter();
    static QString saveFilter();
};

} // namespace montaj::ui
