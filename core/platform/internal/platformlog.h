#pragma once

#include <QLoggingCategory>

// Logging categories of core/platform. What may be logged: methods, URL paths (never queries),
// statuses, durations, byte counts, publish ids. Never tokens, codes, verifiers, client secrets,
// headers or bodies.
Q_DECLARE_LOGGING_CATEGORY(lcPlatformHttp)
Q_DECLARE_LOGGING_CATEGORY(lcPlatformAuth)
Q_DECLARE_LOGGING_CATEGORY(lcPlatformApi)
Q_DECLARE_LOGGING_CATEGORY(lcPlatformUpload)
Q_DECLARE_LOGGING_CATEGORY(lcPlatformTokens)
