// libFuzzer target: AssFormat::parse on any text. No crash, no hang, no unbounded memory; what the
// writers write from a parsed track (in every format) must parse again.

#include "core/captions/assformat.h"
#include "fuzz/fuzzinput.h"

using namespace montaj;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto doc = AssFormat::parse(FuzzInput::text(data, size), QStringLiteral("fuzz.ass"));
    if (!doc.ok())
        return 0;
    FuzzInput::writeAndReadBack(doc->track);
    FuzzInput::exercise(doc->track);
    return 0;
}
