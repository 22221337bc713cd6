#pragma once

#include "core/sandbox/internal/sandboxcontext.h"

namespace montaj::sandbox {

// Seeds the campaigns extension once per state (with seedDemoWorld): two brands invite the demo
// creator. "Lumen Coffee" sent its invitation 6 days before the state was made (it lapses a day
// after; 1,500.00 EUR, asks for changes to the first draft once, 30 days of ad authorization);
// "Northwind Outdoor" sent its own 1 hour before (6 days 23 hours left; 120,000 JPY, approves the
// first draft, 60 days). Ids derive from the seed. Not a fixture for tests to edit.
class CampaignSeed
{
public:
    static bool ensure(SandboxContext &context);
};

} // namespace montaj::sandbox
