#pragma once

#include <QLoggingCategory>

namespace montaj {

// "montaj.publisher": claims, steps and outcomes of publishing. Never tokens or upload URLs.
Q_DECLARE_LOGGING_CATEGORY(lcPublisher)

} // namespace montaj
