#include "core/render/audiomixer.h"
#include "tests/preview/previewtestsupport.h"
#include "tests/support/mediafixtures.h"

#include <QTest>

#include <vector>

using namespace montaj;
using montaj::test::clipOf;
using montaj::test::MediaFixtures;

namespace {

// Clip sound, a silent stretch, more clip sound and music with fades across all of it.
ProjectState project(const QString &tone)
{
    ProjectState p;
    Clip a = clipOf(tone, 0, 700'000);
    Clip gap = clipOf(MediaFixtures::h264(), 0, 300'000); // a picture without sound
    Clip b = clipOf(tone, 250'000, 1'250'000);
    b.volume = 0.5;
    p.clips << a << gap << b;
    p.music = MusicTrack{tone, 400'000, 100'000, 0.6, 300'000, 400'000, 2'000'000};
    return p;
}

std::vector<float> mixAll(AudioMixer &mixer)
{
    std::vector<float> all(size_t(mixer.totalFrames() * mixer.channels()));
    qint64 done = 0;
    while (done < mixer.totalFrames()) { // odd chunk sizes, like a player's
        const auto got = mixer.mix(all.data() + done * mixer.channels(), 777);
        if (!got || *got == 0)
            break;
        done += *got;
    }
    all.resize(size_t(done * mixer.channels()));
    return all;
}

float maxDifference(const std::vector<float> &all, qint64 fromFrame, const std::vector<float> &part,
                    int channels)
{
    float worst = 0;
    for (size_t i = 0; i < part.size(); ++i)
        worst = std::max(worst, std::abs(all[size_t(fromFrame * channels) + i] - part[i]));
    return worst;
}

} // namespace

class TestAudioMixerSeek : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void seekGivesTheSameSamplesAsMixingFromTheStart_data()
    {
        QTest::addColumn<QString>("tone");
        QTest::addColumn<float>("tolerance");
        // PCM decodes identically wherever it starts: the samples must be bit-identical.
        QTest::newRow("pcm") << MediaFixtures::sine(QStringLiteral("sine.wav"), {"-c:a", "pcm_s16le"})
                             << 0.0f;
        // AAC too: AudioDecoder decodes from an earlier packet (pre-roll) and drops up to the target.
        QTest::newRow("aac") << MediaFixtures::sine(QStringLiteral("sine_preview.m4a"),
                                                    {"-c:a", "aac", "-b:a", "192k"}, 3.0)
                             << 0.0f;
    }

    void seekGivesTheSameSamplesAsMixingFromTheStart()
    {
        QFETCH(QString, tone);
        QFETCH(float, tolerance);
        QVERIFY(!tone.isEmpty());
        AudioMixer reference(project(tone));
        const std::vector<float> all = mixAll(reference);
        QCOMPARE(qint64(all.size()), reference.totalFrames() * 2);
        QCOMPARE(reference.totalFrames(), 96'000); // 2 s at 48 kHz

        AudioMixer mixer(project(tone));
        // Inside clip a, at the gap, inside the gap, inside clip b during the music's fade out,
        // an odd sample, backwards, the very start.
        for (qint64 frame : {qint64(12'345), qint64(33'600), qint64(40'000), qint64(91'001), qint64(47'999),
                             qint64(1), qint64(0), qint64(60'017)}) {
            mixer.seekToFrame(frame);
            QCOMPARE(mixer.position(), frame);
            std::vector<float> part(size_t(4'000 * 2));
            const auto got = mixer.mix(part.data(), 4'000);
            QVERIFY(got.ok());
            const qint64 expected = std::min<qint64>(4'000, 96'000 - frame);
            QCOMPARE(*got, expected);
            part.resize(size_t(*got * 2));
            const float worst = maxDifference(all, frame, part, 2);
            QVERIFY2(worst <= tolerance, qPrintable(QStringLiteral("at %1: %2").arg(frame).arg(worst)));
        }
        // Off by one sample is caught: the tone changes by far more than the tolerance.
        mixer.seekToFrame(12'346);
        std::vector<float> shifted(size_t(1'000 * 2));
        QVERIFY(mixer.mix(shifted.data(), 1'000).ok());
        QVERIFY(maxDifference(all, 12'345, shifted, 2) > 0.01f);
    }

    void seekByTimeRoundsToTheNearestSample()
    {
        AudioMixer mixer(project(MediaFixtures::sine(QStringLiteral("sine.wav"), {"-c:a", "pcm_s16le"})));
        mixer.seek(1'000'000);
        QCOMPARE(mixer.position(), 48'000);
        mixer.seek(20); // 0.96 of a sample
        QCOMPARE(mixer.position(), 1);
        mixer.seek(-5);
        QCOMPARE(mixer.position(), 0);
        mixer.seek(90'000'000);
        QCOMPARE(mixer.position(), mixer.totalFrames());
        std::vector<float> none(64);
        QCOMPARE(*mixer.mix(none.data(), 32), 0);
    }
};

QTEST_GUILESS_MAIN(TestAudioMixerSeek)
#include "tst_audiomixerseek.moc"
