#include "core/speech/internal/whisperoutput.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace montaj {
namespace {

bool isSpeech(const QString &text)
{
    if (text.isEmpty())
        return false;
    const QChar open = text.front(), close = text.back();
    return !((open == u'[' && close == u']') || (open == u'(' && close == u')')
             || (open == u'*' && close == u'*'));
}

// Segments that are one word each; a segment with several words shares its time evenly.
void append(QList<CaptionWord> &words, qint64 startUs, qint64 endUs, const QString &segment)
{
    const QString text = segment.simplified();
    if (!isSpeech(text) || endUs < startUs)
        return;
    const QStringList parts = text.split(u' ');
    const qint64 step = (endUs - startUs) / parts.size();
    for (qsizetype i = 0; i < parts.size(); ++i)
        words << CaptionWord{startUs + i * step, i + 1 == parts.size() ? endUs : startUs + (i + 1) * step,
                             parts[i]};
}

} // namespace

QList<CaptionWord> WhisperOutput::fromJson(const QByteArray &json, bool *ok)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    const QJsonValue segments = doc.object().value(QLatin1String("transcription"));
    if (ok)
        *ok = error.error == QJsonParseError::NoError && segments.isArray();
    QList<CaptionWord> words;
    for (const QJsonValue &segment : segments.toArray()) {
        const QJsonObject offsets = segment.toObject().value(QLatin1String("offsets")).toObject();
        append(words, qint64(offsets.value(QLatin1String("from")).toDouble()) * 1000,
               qint64(offsets.value(QLatin1String("to")).toDouble()) * 1000,
               segment.toObject().value(QLatin1String("text")).toString());
    }
    return words;
}

QList<CaptionWord> WhisperOutput::fromSrt(const QByteArray &srt)
{
    static const QRegularExpression timing(QStringLiteral(
        "(\\d+):(\\d\\d):(\\d\\d)[,.](\\d\\d\\d)\\s*-->\\s*(\\d+):(\\d\\d):(\\d\\d)[,.](\\d\\d\\d)"));
    const auto us = [](const QRegularExpressionMatch &m, int first) {
        return ((m.captured(first).toLongLong() * 60 + m.captured(first + 1).toLongLong()) * 60
                + m.captured(first + 2).toLongLong())
                   * 1'000'000
               + m.captured(first + 3).toLongLong() * 1000;
    };
    QList<CaptionWord> words;
    const QStringList lines =
        QString::fromUtf8(srt).split(QRegularExpression(QStringLiteral("\\r\\n|\\n|\\r")));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QRegularExpressionMatch m = timing.match(lines[i]);
        if (!m.hasMatch())
            continue;
        QStringList text;
        while (i + 1 < lines.size() && !lines[i + 1].trimmed().isEmpty())
            text << lines[++i];
        append(words, us(m, 1), us(m, 5), text.join(u' '));
    }
    return words;
}

int WhisperOutput::progressIn(const QByteArray &line)
{
    static const QRegularExpression percent(QStringLiteral("progress\\s*=\\s*(\\d+)\\s*%"));
    const QRegularExpressionMatch m = percent.match(QString::fromUtf8(line));
    return m.hasMatch() ? std::clamp(m.captured(1).toInt(), 0, 100) : -1;
}

} // namespace montaj
