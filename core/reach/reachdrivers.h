#pragma once

#include "core/reach/reachestimate.h"
#include "core/reach/reachfeatures.h"
#include "core/reach/reachmodel.h"

#include <QCoreApplication>

namespace montaj {

// Explains an estimate: for each choice the draft makes (time of day, hashtags, duration, photo or
// video, caption length, captions, disclosure) and for the creator's recent form, the change in
// expected views the model attributes to it against the creator's usual or best alternative, in
// plain translated words ("Posting at 21:00 rather than 09:00: +18 % expected views for your
// audience"), largest first; effects under 1 % are left out. Not the estimate itself.
class ReachDrivers
{
    Q_DECLARE_TR_FUNCTIONS(ReachDrivers)

public:
    static QList<ReachDriver> explain(const ReachModel &model, const ReachFeatureBuilder &builder,
                                      const QList<ReachVideo> &videos, qsizetype upto,
                                      const ReachDraft &draft, const ReachFeatures &features);
    // "+18 %", "−6 %" in the current locale.
    static QString percentText(double percent);
};

} // namespace montaj
