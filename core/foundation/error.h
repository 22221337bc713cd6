#pragma once

#include <QString>
#include <QVariantMap>

namespace montaj {

// A recoverable failure: a stable machine code, a message already translated for the user, and
// context saying where it happened (file, line, field, url…). Not for programming errors (assert
// those) and never carries secrets.
struct Error
{
    QString code;        // stable, snake_case, for programs and tests: "money.currency_mismatch"
    QString message;     // translated, for people
    QVariantMap context; // where: {"file": …, "line": …, "field": …}

    Error() = default;
    Error(QString errorCode, QString errorMessage, QVariantMap where = {});

    Error &with(const QString &key, const QVariant &value);

    // One line for a person: the message followed by its context ("… (file: a.srt, line: 12)").
    QString toString() const;
};

} // namespace montaj
