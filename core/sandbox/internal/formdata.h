#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace montaj::sandbox {

// The key/value pairs of a URL query or of an application/x-www-form-urlencoded body, in order and
// with repeated keys kept ('+' is a space, %XX is decoded as UTF-8). Also encodes pairs for a
// redirect URL. Not a URL parser.
class FormData
{
public:
    using Pairs = QList<QPair<QString, QString>>;

    static FormData parse(QByteArrayView encoded);
    // key=value&… with everything but RFC 3986 unreserved characters percent-encoded.
    static QByteArray encode(const Pairs &pairs);

    bool contains(const QString &key) const;
    QString value(const QString &key) const; // the first value; empty when absent
    QStringList values(const QString &key) const;
    const Pairs &items() const { return m_items; }

private:
    Pairs m_items;
};

} // namespace montaj::sandbox
