#include "core/sandbox/internal/sandboxlog.h"

namespace montaj::sandbox {

Q_LOGGING_CATEGORY(lcSandbox, "montaj.sandbox", QtInfoMsg)

} // namespace montaj::sandbox
