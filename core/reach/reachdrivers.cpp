#include "core/reach/reachdrivers.h"

#include <QHash>
#include <QLocale>
#include <QTime>

#include <algorithm>
#include <cmath>

namespace montaj {

namespace {

ReachDriver driver(const QString &key, double effect)
{
    ReachDriver d;
    d.key = key;
    d.effectLog10 = effect;
    d.percent = (std::pow(10.0, effect) - 1.0) * 100.0;
    return d;
}

QString clockText(int hour, int minute = 0)
{
    return QLocale().toString(QTime(hour, minute), QStringLiteral("HH:mm"));
}

} // namespace

QString ReachDrivers::percentText(double percent)
{
    const QLocale locale;
    const long rounded = std::lround(percent);
    const QString number = locale.toString(std::abs(rounded));
    const QString signedNumber = rounded > 0   ? locale.positiveSign() + number
                                 : rounded < 0 ? QString(QChar(0x2212)) + number
                                               : number;
    //: A change in expected views: %1 is a signed number ("+18", "−6")
    return tr("%1 %").arg(signedNumber);
}

QList<ReachDriver> ReachDrivers::explain(const ReachModel &model, const ReachFeatureBuilder &builder,
                                         const QList<ReachVideo> &videos, qsizetype upto,
                                         const ReachDraft &draft, const ReachFeatures &f)
{
    QList<ReachDriver> out;
    if (f.historyCount == 0)
        return out;
    const double own = model.coefficient(ReachFeatures::OwnHistory);

    // Time of day against the creator's best (or, when the draft is at the best, usual) time.
    if (draft.postAtUtc.isValid()) {
        const int blocks = 24 / std::max(1, builder.settings().hourBlockHours);
        QHash<int, int> used;
        for (qsizetype i = 0; i < upto; ++i)
            ++used[builder.hourBlock(videos[i].postedAtUtc, draft.audienceZone)];
        int best = -1;
        int worst = -1;
        int usual = -1;
        QList<double> effects(blocks, 0.0);
        for (int b = 0; b < blocks; ++b) {
            if (!used.contains(b))
                continue;
            effects[b] = builder.hourBlockEffect(videos, upto, b, draft.audienceZone);
            if (best < 0 || effects[b] > effects[best])
                best = b;
            if (worst < 0 || effects[b] < effects[worst])
                worst = b;
            if (usual < 0 || used[b] > used[usual])
                usual = b;
        }
        const int mine = f.draftHourBlock;
        int other = mine != best ? best : (usual != mine ? usual : worst);
        if (other >= 0 && other != mine) {
            ReachDriver d = driver(QStringLiteral("time"), own * (f.hourEffect - effects[other]));
            const QTime local = draft.postAtUtc.toTimeZone(draft.audienceZone).time();
            d.text = tr("Posting at %1 rather than %2: %3 expected views for your audience")
                         .arg(clockText(local.hour(), local.minute()),
                              clockText(other * builder.settings().hourBlockHours), percentText(d.percent));
            out.append(d);
        }
    }
    if (std::abs(f.hashtagEffect) > 0.0) {
        ReachDriver d = driver(QStringLiteral("hashtags"), own * f.hashtagEffect);
        QStringList tags;
        for (const QString &t : draft.effectiveHashtags().mid(0, 3))
            tags.append(u'#' + t);
        d.text = d.percent >= 0 ? tr("Hashtags %1 did better than your other videos: %2")
                                      .arg(tags.join(QStringLiteral(", ")), percentText(d.percent))
                                : tr("Hashtags %1 did worse than your other videos: %2")
                                      .arg(tags.join(QStringLiteral(", ")), percentText(d.percent));
        out.append(d);
    }
    if (f.x[ReachFeatures::Duration] != 0.0 && f.typicalDurationSec > 0) {
        ReachDriver d = driver(QStringLiteral("duration"),
                               model.coefficient(ReachFeatures::Duration) * f.x[ReachFeatures::Duration]);
        d.text = tr("A %1 s video rather than your usual %2 s: %3")
                     .arg(QLocale().toString(draft.durationSec),
                          QLocale().toString(std::lround(f.typicalDurationSec)), percentText(d.percent));
        out.append(d);
    }
    if (f.x[ReachFeatures::Photo] != 0.0) {
        ReachDriver d = driver(QStringLiteral("photo"),
                               model.coefficient(ReachFeatures::Photo) * f.x[ReachFeatures::Photo]);
        d.text = draft.isPhoto ? tr("A photo post rather than a video: %1").arg(percentText(d.percent))
                               : tr("A video rather than a photo post: %1").arg(percentText(d.percent));
        out.append(d);
    }
    if (f.x[ReachFeatures::CaptionLength] != 0.0) {
        ReachDriver d =
            driver(QStringLiteral("caption_length"),
                   model.coefficient(ReachFeatures::CaptionLength) * f.x[ReachFeatures::CaptionLength]);
        d.text = tr("A caption of %n character(s) rather than your usual %1: %2", nullptr,
                    int(draft.caption.size()))
                     .arg(QLocale().toString(f.typicalCaptionLength), percentText(d.percent));
        out.append(d);
    }
    if (draft.hasCaptions && f.captionsEffect != 0.0) {
        ReachDriver d = driver(QStringLiteral("captions"), own * f.captionsEffect);
        d.text =
            *draft.hasCaptions
                ? tr("With captions, judged by your videos that had them: %1").arg(percentText(d.percent))
                : tr("Without captions, judged by your videos that had none: %1").arg(percentText(d.percent));
        out.append(d);
    }
    if (draft.disclosed && f.disclosureEffect != 0.0) {
        ReachDriver d = driver(QStringLiteral("disclosure"), own * f.disclosureEffect);
        d.text =
            *draft.disclosed
                ? tr("Disclosed as commercial content, judged by your disclosed videos: %1")
                      .arg(percentText(d.percent))
                : tr("Not commercial content, judged by your other videos: %1").arg(percentText(d.percent));
        out.append(d);
    }
    // The recent videos' straight-line effects, and what the trees add because of them (the rest of
    // the trees' part, like the level, is the creator's history, not a driver).
    double form = model.recentFormCorrection(f);
    for (const auto i : {ReachFeatures::Lag1, ReachFeatures::Lag2, ReachFeatures::Lag3, ReachFeatures::Lag4,
                         ReachFeatures::Lag5})
        form += model.coefficient(i) * f.x[i];
    if (form != 0.0) {
        ReachDriver d = driver(QStringLiteral("recent_form"), form);
        d.text = d.percent >= 0
                     ? tr("Your latest videos did better than your usual: %1").arg(percentText(d.percent))
                     : tr("Your latest videos did worse than your usual: %1").arg(percentText(d.percent));
        out.append(d);
    }
    out.removeIf([](const ReachDriver &d) { return std::abs(d.percent) < 1.0; });
    std::stable_sort(out.begin(), out.end(), [](const ReachDriver &a, const ReachDriver &b) {
        return std::abs(a.percent) > std::abs(b.percent);
    });
    return out;
}

} // namespace montaj
