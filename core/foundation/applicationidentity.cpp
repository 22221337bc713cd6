#include "core/foundation/applicationidentity.h"

#include "core/foundation/version.h"

#include <QCoreApplication>

namespace montaj {

void setApplicationIdentity()
{
    QCoreApplication::setApplicationName(QString::fromLatin1(kApplicationName));
    QCoreApplication::setOrganizationName(QString::fromLatin1(kOrganizationName));
    QCoreApplication::setOrganizationDomain(QString::fromLatin1(kOrganizationDomain));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(kVersion));
}

} // namespace montaj
