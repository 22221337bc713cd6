#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace montaj::bench {

// What every benchmark needs: a cache folder for generated media, running the peer program and
// timing it, and order statistics of timings.
QString mediaDir();
// Runs a program to completion; returns its wall time in seconds, or a negative number on failure.
double runTimed(const QString &program, const QStringList &args);
// Makes `path` with `ffmpeg args… path` unless it exists; false when ffmpeg fails.
bool ensureMedia(const QString &path, const QStringList &ffmpegArgs);
double median(QList<double> values);
double percentile(QList<double> values, double p);

} // namespace montaj::bench
