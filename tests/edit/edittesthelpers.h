#pragma once

// Small builders shared by the core/edit tests.

#include "core/edit/projectdocument.h"
#include "core/edit/projectfile.h"

#include <QTest>

// Checks that a Result failed with the given stable code.
#define EXPECT_ERROR(expr, expectedCode)                                                                     \
    do {                                                                                                     \
        const auto result_ = (expr);                                                                         \
        QVERIFY2(!result_, "expected the error " expectedCode);                                              \
        QCOMPARE(result_.error().code, QStringLiteral(expectedCode));                                        \
        QVERIFY(!result_.error().message.isEmpty());                                                         \
    } while (false)

#define EXPECT_OK(expr)                                                                                      \
    do {                                                                                                     \
        const auto result_ = (expr);                                                                         \
        QVERIFY2(bool(result_), result_ ? "" : qPrintable(result_.error().toString()));                      \
    } while (false)

constexpr qint64 kSecondUs = 1000000;

// A video clip using the whole of a source of the given length.
inline montaj::Clip videoClip(const QString &mediaPath, qint64 sourceUs = 10 * kSecondUs)
{
    montaj::Clip clip;
    clip.mediaPath = mediaPath;
    clip.inUs = 0;
    clip.outUs = sourceUs;
    clip.sourceDurationUs = sourceUs;
    clip.sourceSize = QSize(1920, 1080);
    return clip;
}

inline montaj::TextOverlay textOverlay(const QString &text, qint64 startUs, qint64 endUs)
{
    montaj::TextOverlay overlay;
    overlay.text = text;
    overlay.startUs = startUs;
    overlay.endUs = endUs;
    return overlay;
}

inline montaj::MusicTrack musicTrack(const QString &path, qint64 sourceUs = 30 * kSecondUs)
{
    montaj::MusicTrack music;
    music.path = path;
    music.sourceDurationUs = sourceUs;
    return music;
}

// The document as JSON with absolute paths: equal bytes mean equal documents.
inline QByteArray snapshot(const montaj::ProjectDocument &doc)
{
    return montaj::ProjectFile::toJson(doc, QString());
}
