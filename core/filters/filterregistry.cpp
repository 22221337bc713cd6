#include "core/filters/filterregistry.h"

#include "core/filters/facetracker.h"
#include "core/filters/internal/chromakeyfilter.h"
#include "core/filters/internal/colorfilters.h"
#include "core/filters/internal/detailfilters.h"
#include "core/filters/internal/faceprivacyfilter.h"
#include "core/filters/internal/lutfilter.h"
#include "core/filters/internal/reframefilter.h"
#include "core/filters/internal/skinsmoothfilter.h"

namespace montaj {

FilterRegistry FilterRegistry::withBuiltins(const QString &faceCascadePath)
{
    FilterRegistry r;
    r.add(std::make_shared<ExposureFilter>());
    r.add(std::make_shared<ContrastFilter>());
    r.add(std::make_shared<SaturationFilter>());
    r.add(std::make_shared<VibranceFilter>());
    r.add(std::make_shared<TemperatureFilter>());
    r.add(std::make_shared<ToneFilter>());
    r.add(std::make_shared<LutFilter>());
    r.add(std::make_shared<SharpenFilter>());
    r.add(std::make_shared<BlurFilter>());
    r.add(std::make_shared<VignetteFilter>());
    r.add(std::make_shared<GrainFilter>());
    r.add(std::make_shared<SkinSmoothFilter>(faceCascadePath));
    r.add(std::make_shared<FacePrivacyFilter>(faceCascadePath));
    r.add(std::make_shared<ReframeFilter>(faceCascadePath));
    r.add(std::make_shared<ChromaKeyFilter>());
    return r;
}

QString FilterRegistry::defaultFaceCascadePath()
{
    return FaceTracker::defaultCascadePath();
}

void FilterRegistry::add(std::shared_ptr<const Filter> filter)
{
    for (auto &existing : m_filters)
        if (existing->id() == filter->id()) {
            existing = std::move(filter);
            return;
        }
    m_filters << std::move(filter);
}

const Filter *FilterRegistry::find(const QString &id) const
{
    for (const auto &f : m_filters)
        if (f->id() == id)
            return f.get();
    return nullptr;
}

QStringList FilterRegistry::ids() const
{
    QStringList ids;
    for (const auto &f : m_filters)
        ids << f->id();
    return ids;
}

QList<const Filter *> FilterRegistry::filters() const
{
    QList<const Filter *> list;
    for (const auto &f : m_filters)
        list << f.get();
    return list;
}

bool FilterRegistry::isRetouched(const QList<FilterSettings> &stack) const
{
    for (const FilterSettings &s : stack) {
        const Filter *f = find(s.id);
        if (!s.enabled || !f || !f->isRetouching())
            continue;
        const auto params = f->resolveParams(s.params);
        // Parameters that do not resolve cannot render; count the filter as used all the same.
        if (!params || !f->isIdentity(*params))
            return true;
    }
    return false;
}

bool FilterRegistry::isRetouched(const ProjectState &project) const
{
    return std::any_of(project.clips.cbegin(), project.clips.cend(),
                       [this](const Clip &c) { return isRetouched(c.filters); });
}

} // namespace montaj
