#pragma once

#include "core/platform/retrypolicy.h"

#include <QString>

#include <chrono>

namespace montaj {

// What every PublishJob of one Publisher shares: who it is, where it works and how patient it is
// (from PublisherOptions). Plain values.
struct JobSettings
{
    QString workerId;
    QString workDir;
    QString renderPreset;
    RetryPolicy retry; // maxAttempts: claims of one post; delays: back-off between them
    std::chrono::milliseconds firstPollDelay{1000};
    std::chrono::milliseconds pollInterval{2000};
    std::chrono::milliseconds unsureRecheckAfter{5 * 60 * 1000};
    int maxNetworkResumes = 5; // transport errors within one claim before backing off
    int maxReinits = 2;        // new inits within one claim (expired upload URL, retryable FAILED)
};

} // namespace montaj
