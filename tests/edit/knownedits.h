#pragma once

// The edits edit_crash_helper makes before it is killed, and that tst_recovery expects to get back.

#include "edittesthelpers.h"

#include "core/edit/projectdocument.h"

// Before the first save: two clips with fixed ids.
inline void applyFirstEdits(montaj::ProjectDocument &doc, const QString &mediaDir)
{
    montaj::Clip a = videoClip(mediaDir + QStringLiteral("/a.mp4"), 10 * kSecondUs);
    a.id = QStringLiteral("clip-a");
    montaj::Clip b = videoClip(mediaDir + QStringLiteral("/b.mp4"), 8 * kSecondUs);
    b.id = QStringLiteral("clip-b");
    (void)doc.addClip(a);
    (void)doc.addClip(b);
}

// After it: trim, mute, split, move, volume, text, music and canvas. The result, in order:
// b's right half (3–8 s, muted), clip-a (1–6 s, volume 0.5), clip-b (0–3 s, muted).
inline void applyLaterEdits(montaj::ProjectDocument &doc, const QString &mediaDir)
{
    const QString a = QStringLiteral("clip-a");
    const QString b = QStringLiteral("clip-b");
    (void)doc.trimClip(a, 1 * kSecondUs, 6 * kSecondUs);
    (void)doc.setClipMuted(b, true);
    const auto right = doc.splitClip(b, 5 * kSecondUs + 3 * kSecondUs);
    if (right)
        (void)doc.moveClip(*right, 0);
    (void)doc.setClipVolume(a, 0.5);
    montaj::TextOverlay title = textOverlay(QStringLiteral("Hello, crash"), 0, 2 * kSecondUs);
    title.id = QStringLiteral("title");
    (void)doc.addOverlay(title);
    montaj::MusicTrack music = musicTrack(mediaDir + QStringLiteral("/song.mp3"), 60 * kSecondUs);
    music.volume = 0.4;
    music.fadeOutUs = 2 * kSecondUs;
    (void)doc.setMusic(music);
    (void)doc.setCanvas(montaj::ProjectDocument::canvasFor(montaj::CanvasPreset::Square1x1));
}
