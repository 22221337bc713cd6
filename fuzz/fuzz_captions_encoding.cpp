// libFuzzer target: encoding detection and decoding on any bytes, then the whole read path of
// CaptionFile (format sniffing and the parser it picks). No crash, no hang; decoding with the
// detected name must give the same text as detecting.

#include "core/captions/captionfile.h"
#include "fuzz/fuzzinput.h"

using namespace montaj;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = FuzzInput::bytes(data, size);
    const QString detected = CaptionText::detectEncoding(bytes);
    const auto decoded = CaptionText::decode(bytes);
    if (!decoded.ok() || decoded->encoding != detected)
        std::abort();
    const auto named = CaptionText::decode(bytes, detected);
    if (!named.ok() || named->text != decoded->text)
        std::abort();
    (void)CaptionText::decode(bytes, QStringLiteral("UTF-16"));
    const auto doc = CaptionFile::parse(bytes, QStringLiteral("fuzz.srt"));
    if (doc.ok()) {
        FuzzInput::writeAndReadBack(doc->track);
        FuzzInput::exercise(doc->track);
    }
    return 0;
}
