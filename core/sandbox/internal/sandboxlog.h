#pragma once

#include <QLoggingCategory>

namespace montaj::sandbox {

// The sandbox's log category ("montaj.sandbox"): request lines, faults, processing. Never a token,
// code, verifier, secret, query string or body.
Q_DECLARE_LOGGING_CATEGORY(lcSandbox)

} // namespace montaj::sandbox
