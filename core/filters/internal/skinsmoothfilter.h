#pragma once

#include "core/filters/filter.h"

namespace montaj {

// Smooths skin on and around detected faces: an edge-preserving (bilateral) filter on each face
// region at a fixed working size, blended through a skin-colour mask feathered to the face's
// ellipse. Without faces the frame is unchanged unless `faces_only` is off (skin anywhere). A
// retouching filter: a project that uses it is "retouched". Private to core/filters.
class SkinSmoothFilter final : public Filter
{
    Q_DECLARE_TR_FUNCTIONS(SkinSmoothFilter)

public:
    explicit SkinSmoothFilter(QString cascadePath)
        : m_cascadePath(std::move(cascadePath))
    {}
    QString id() const override { return QStringLiteral("skin_smooth"); }
    QString displayName() const override { return tr("Skin smoothing"); }
    QList<FilterParam> parameters() const override;
    bool isRetouching() const override { return true; }
    bool isIdentity(const QVariantMap &params) const override;
    Result<std::unique_ptr<FilterInstance>> create(const QVariantMap &params) const override;

private:
    QString m_cascadePath;
};

} // namespace montaj
