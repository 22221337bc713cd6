#pragma once

#include "core/filters/filter.h"

namespace montaj {

// Chroma key: pixels near the key colour (distance in the CbCr plane) become the background — an
// image, or a video clip played along with the keyed clip (looping), scaled to cover the frame, or
// a colour — with a soft edge and spill suppression on the key's dominant channel. Never an identity. Private
// to core/filters.
class ChromaKeyFilter final : public Filter
{
    Q_DECLARE_TR_FUNCTIONS(ChromaKeyFilter)

public:
    QString id() const override { return QStringLiteral("chroma_key"); }
    QString displayName() const override { return tr("Chroma key"); }
    QList<FilterParam> parameters() const override;
    bool isIdentity(const QVariantMap &) const override { return false; }
    Result<std::unique_ptr<FilterInstance>> create(const QVariantMap &params) const override;
};

} // namespace montaj
