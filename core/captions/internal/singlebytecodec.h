#pragma once

#include <QByteArray>
#include <QString>

namespace montaj {

// The two Windows code pages captions still arrive in, as tables of their upper 128 bytes, so that
// decoding does not depend on whether Qt was built with ICU. ISO-8859-1 needs no table (every byte
// is its own code point). Bytes a code page leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D in
// windows-1252) decode to the C1 control with the same value, as ICU and WHATWG do.
class SingleByteCodec
{
public:
    enum class Page { Windows1256, Windows1252, Latin1 };

    static char16_t toUnicode(Page page, unsigned char byte);
    static QString decode(Page page, const QByteArray &bytes);
};

} // namespace montaj
