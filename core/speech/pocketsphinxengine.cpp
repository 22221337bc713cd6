#include "core/speech/pocketsphinxengine.h"

#include "core/speech/internal/speechsegmenter.h"

#include <QDir>
#include <QFileInfo>

#include <memory>
#include <mutex>

#if MONTAJ_HAVE_POCKETSPHINX
#include <pocketsphinx.h>
#include <sphinxbase/err.h>
#endif

namespace montaj {
namespace {

#if MONTAJ_HAVE_POCKETSPHINX

constexpr int kFramesPerSecond = 100;                     // PocketSphinx's default -frate
constexpr size_t kChunk = SpeechEngine::kSampleRate / 10; // fed a tenth of a second at a time

struct DecoderFree
{
    void operator()(ps_decoder_t *decoder) const { ps_free(decoder); }
};
struct ConfigFree
{
    void operator()(cmd_ln_t *config) const { cmd_ln_free_r(config); }
};

// The library logs to stderr by default; its messages are of no use to people.
void quietLibrary()
{
    static std::once_flag once;
    std::call_once(once, [] { err_set_logfp(nullptr); });
}

// A recognized token as a word, or empty for silence, sentence marks and fillers ("<sil>",
// "[NOISE]", "++UH++"); pronunciation variants lose their suffix: "read(2)" → "read".
QString wordOf(const char *token)
{
    QString word = QString::fromUtf8(token);
    if (word.startsWith(u'<') || word.startsWith(u'[') || word.startsWith(QLatin1String("++")))
        return {};
    if (const qsizetype variant = word.indexOf(u'('); variant > 0)
        word.truncate(variant);
    return word;
}

// The words of the utterance just ended, placed at offsetUs. Depending on how the sound was fed,
// 5prealpha numbers an utterance's frames from its start or goes on counting from the previous
// utterances; either way its last segment ends on its last frame, which gives the first one.
CaptionCue wordsOf(ps_decoder_t *decoder, qint64 offsetUs)
{
    struct Raw
    {
        int first, last;
        QString text;
    };
    QList<Raw> raw;
    int lastFrame = -1;
    for (ps_seg_t *seg = ps_seg_iter(decoder); seg; seg = ps_seg_next(seg)) { // frees itself at the end
        int first = 0, last = 0;
        ps_seg_frames(seg, &first, &last);
        lastFrame = std::max(lastFrame, last);
        if (const QString text = wordOf(ps_seg_word(seg)); !text.isEmpty())
            raw << Raw{first, last, text};
    }
    const int base = std::max(0, lastFrame + 1 - ps_get_n_frames(decoder));
    const auto us = [&](int frame) {
        return offsetUs + qint64(std::max(0, frame - base)) * 1'000'000 / kFramesPerSecond;
    };
    CaptionCue cue;
    QStringList texts;
    for (const Raw &r : raw) {
        cue.words << CaptionWord{us(r.first), us(r.last + 1), r.text};
        texts << r.text;
    }
    if (!cue.words.isEmpty()) {
        cue.startUs = cue.words.first().startUs;
        cue.endUs = cue.words.last().endUs;
        cue.text = texts.join(u' ');
    }
    return cue;
}

#endif

} // namespace

PocketSphinxModel PocketSphinxModel::debianUsEnglish()
{
    const QDir root(QStringLiteral("/usr/share/pocketsphinx/model/en-us"));
    return {QStringLiteral("en-US"), root.filePath(QStringLiteral("en-us")),
            root.filePath(QStringLiteral("en-us.lm.bin")),
            root.filePath(QStringLiteral("cmudict-en-us.dict"))};
}

PocketSphinxEngine::PocketSphinxEngine(PocketSphinxModel model)
    : m_model(std::move(model))
{}

bool PocketSphinxEngine::builtIn()
{
    return MONTAJ_HAVE_POCKETSPHINX != 0;
}

QString PocketSphinxEngine::name() const
{
    return tr("PocketSphinx (offline)");
}

Result<void> PocketSphinxEngine::availability() const
{
    if (!builtIn())
        return unavailableError(id(), tr("This copy of Montaj was built without PocketSphinx."));
    if (!QFileInfo(m_model.acousticModel).isDir() || !QFileInfo::exists(m_model.languageModel)
        || !QFileInfo::exists(m_model.dictionary))
        return unavailableError(id(),
                                tr("The PocketSphinx model for %1 is not installed (on Debian: the package "
                                   "pocketsphinx-en-us).")
                                    .arg(m_model.language))
            .with(QStringLiteral("file"), m_model.acousticModel);
    return {};
}

Result<CaptionTrack> PocketSphinxEngine::transcribe(const SpeechInput &input, const SpeechProgress &progress,
                                                    const std::atomic<bool> &cancel) const
{
    if (auto ok = availability(); !ok)
        return ok.error();
    if (auto ok = checkLanguage(input.language); !ok)
        return ok.error();
    // Decoding a file takes the first fifth of the progress, recognition the rest.
    const double decodeShare = input.samples.empty() ? 0.2 : 0;
    std::vector<float> storage;
    auto samples = samplesOf(
        input, storage,
        [&](double f) {
            if (progress)
                progress(f * decodeShare);
        },
        cancel);
    if (!samples)
        return samples.error();
    if (cancel.load())
        return cancelledError();
#if MONTAJ_HAVE_POCKETSPHINX
    quietLibrary();
    const QByteArray hmm = QFile::encodeName(m_model.acousticModel);
    const QByteArray lm = QFile::encodeName(m_model.languageModel);
    const QByteArray dict = QFile::encodeName(m_model.dictionary);
    const Error broken(QStringLiteral("speech.recognizer_failed"),
                       tr("PocketSphinx could not load its model."),
                       {{QStringLiteral("engine"), id()}, {QStringLiteral("file"), m_model.acousticModel}});
    // Every frame is kept (-remove_silence no): with the library's voice detector the frame numbers
    // it reports drift from the sound's; the pauses are found here instead.
    std::unique_ptr<cmd_ln_t, ConfigFree> config(cmd_ln_init(nullptr, ps_args(), 1, "-hmm", hmm.constData(),
                                                             "-lm", lm.constData(), "-dict", dict.constData(),
                                                             "-remove_silence", "no", nullptr));
    if (!config)
        return broken;
    std::unique_ptr<ps_decoder_t, DecoderFree> decoder(ps_init(config.get()));
    if (!decoder)
        return broken;

    // One utterance per stretch of speech between pauses: recognition is much better on
    // sentence-sized pieces than on one long stream (WER 0.13 against 0.56 on the test speech).
    const std::vector<float> &pcm = **samples;
    const auto pieces = SpeechSegmenter::split(pcm, kSampleRate);
    CaptionTrack track;
    track.language = m_model.language;
    std::vector<int16> chunk(kChunk);
    for (const SpeechSegmenter::Piece &piece : pieces) {
        if (ps_start_utt(decoder.get()) < 0)
            return broken;
        for (size_t at = piece.begin; at < piece.end; at += kChunk) {
            if (cancel.load()) {
                ps_end_utt(decoder.get());
                return cancelledError();
            }
            const size_t n = std::min(kChunk, piece.end - at);
            for (size_t i = 0; i < n; ++i)
                chunk[i] = int16(std::lround(std::clamp(pcm[at + i], -1.0f, 1.0f) * 32767.0f));
            if (ps_process_raw(decoder.get(), chunk.data(), n, 0, 0) < 0) {
                ps_end_utt(decoder.get());
                return Error(QStringLiteral("speech.recognizer_failed"),
                             tr("PocketSphinx stopped while listening."), {{QStringLiteral("engine"), id()}});
            }
            if (progress)
                progress(decodeShare + (1 - decodeShare) * double(at + n) / double(pcm.size()));
        }
        if (ps_end_utt(decoder.get()) < 0)
            return broken;
        if (CaptionCue cue = wordsOf(decoder.get(), qint64(piece.begin) * 1'000'000 / kSampleRate);
            !cue.words.isEmpty())
            track.cues << cue;
    }
    if (progress)
        progress(1.0);
    return track;
#else
    return unavailableError(id(), tr("This copy of Montaj was built without PocketSphinx."));
#endif
}

} // namespace montaj
