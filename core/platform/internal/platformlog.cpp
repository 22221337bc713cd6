#include "core/platform/internal/platformlog.h"

Q_LOGGING_CATEGORY(lcPlatformHttp, "montaj.platform.http")
Q_LOGGING_CATEGORY(lcPlatformAuth, "montaj.platform.auth")
Q_LOGGING_CATEGORY(lcPlatformApi, "montaj.platform.api")
Q_LOGGING_CATEGORY(lcPlatformUpload, "montaj.platform.upload")
Q_LOGGING_CATEGORY(lcPlatformTokens, "montaj.platform.tokens")
