#pragma once

#include "core/publish/posttypes.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace montaj::ui {

// Words the Publish page shows in several places: privacy levels by name, a post's time in the
// user's locale with its zone, an account's "@handle", who is acting (for the audit history).
// Not layout and not the lifecycle rules (PostLifecycle).
class PublishText
{
    Q_DECLARE_TR_FUNCTIONS(PublishText)

public:
    // Every privacy level the platform knows, in the order the composer offers them.
    static QStringList allPrivacyLevels();
    // "Everyone", "Friends", "Followers", "Only me" (or the raw id for an unknown one).
    static QString privacyName(const QString &level);
    // "@handle" (or the display name when there is no handle), kept left-to-right in RTL text.
    static QString handle(const WorkspaceAccount &account);
    // The post's local time in its zone, in the UI locale ("Mar 3, 2026 18:00 (Europe/Paris)"), or
    // "Not scheduled".
    static QString when(const Post &post, const QLocale &locale = QLocale());
    // A video length for people, "m:ss" (or "h:mm:ss") in the locale's digits.
    static QString duration(qint64 ms, const QLocale &locale = QLocale());
    // The actor written to the audit history for the person using this studio ("user:alice").
    static QString currentActor();
    // Parses "yyyy-MM-ddTHH:mm[:ss]" (QLocale::c()).
    static QDateTime parseLocal(const QString &text);
    static QString formatLocal(const QDateTime &local);
};

} // namespace montaj::ui
