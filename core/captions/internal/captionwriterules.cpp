#include "core/captions/internal/captionwriterules.h"

namespace montaj {

QString CaptionWriteRules::languageTag(const QString &language)
{
    if (language.isEmpty() || language.size() > 35)
        return {};
    for (QChar c : language)
        if (!((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'-'))
            return {};
    return language;
}

QString CaptionWriteRules::withoutTimingArrows(QString text)
{
    return text.replace(QStringLiteral("-->"), QStringLiteral("→"));
}

} // namespace montaj
