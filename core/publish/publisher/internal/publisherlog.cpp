#include "core/publish/publisher/internal/publisherlog.h"

namespace montaj {

Q_LOGGING_CATEGORY(lcPublisher, "montaj.publisher")

} // namespace montaj
