#include "translations/catalogs.h"

namespace montaj {

QString catalogResourceDir()
{
    return QStringLiteral(":/i18n");
}

} // namespace montaj
