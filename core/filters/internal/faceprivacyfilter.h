#pragma once

#include "core/filters/filter.h"

namespace montaj {

// Hides faces: pixelates or blurs every tracked face (FaceTracker: detected on a reduced copy,
// tracked between detections, boxed at once and kept through missed detections so nothing
// flickers back into view). Never an identity. Private to core/filters.
class FacePrivacyFilter final : public Filter
{
    Q_DECLARE_TR_FUNCTIONS(FacePrivacyFilter)

public:
    explicit FacePrivacyFilter(QString cascadePath)
        : m_cascadePath(std::move(cascadePath))
    {}
    QString id() const override { return QStringLiteral("face_privacy"); }
    QString displayName() const override { return tr("Face privacy"); }
    QList<FilterParam> parameters() const override;
    bool isIdentity(const QVariantMap &) const override { return false; }
    Result<std::unique_ptr<FilterInstance>> create(const QVariantMap &params) const override;

private:
    QString m_cascadePath;
};

} // namespace montaj
