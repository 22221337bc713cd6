#pragma once

#include "core/sandbox/internal/sandboxcontext.h"
#include "core/sandbox/internal/sandboxrecords.h"
#include "core/sandbox/internal/seededrandom.h"

namespace montaj::sandbox {

// Fills a new sandbox state: two accounts (a public demo creator allowed 600 s videos, and a
// private one with comments and duets off and a 180 s limit), and with seedDemoWorld about 60
// past videos over the last 120 days for the demo creator and a few for the other, all derived from
// the options' seed. Runs once per state dir; the privateTesterAccounts (tester_1 …, private, no
// videos) and publicCreatorAccounts (creator_1 …, public, no videos) are added whenever missing.
// Not a fixture for tests to edit.
class DemoWorld
{
public:
    static constexpr int kCreatorVideos = 60;

    // Seeds when the state is new; true when the world is there afterwards.
    static bool ensure(SandboxContext &context);
    // Growth parameters for a video whose views settle around `medianViews` (log-normal).
    static VideoGrowth randomGrowth(SeededRandom &random, double medianViews, double minTauDays,
                                    double maxTauDays);
    static QString creatorUsername() { return QStringLiteral("montaj_demo"); }
    static QString privateUsername() { return QStringLiteral("quiet_maker"); }

private:
    static QString numericId(SeededRandom &random);
    static bool ensureTesters(SandboxContext &context);
};

} // namespace montaj::sandbox
