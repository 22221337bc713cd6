# Compiler settings shared by every Montaj target: warnings, sanitizers, ccache.

find_program(MONTAJ_CCACHE ccache)
if(MONTAJ_CCACHE AND NOT CMAKE_CXX_COMPILER_LAUNCHER)
  set(CMAKE_CXX_COMPILER_LAUNCHER "${MONTAJ_CCACHE}")
  message(STATUS "Montaj: using ccache (${MONTAJ_CCACHE})")
endif()

add_library(montaj_warnings INTERFACE)
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
  target_compile_options(montaj_warnings INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
    -Woverloaded-virtual -Wconversion -Wsign-conversion -Wnull-dereference -Wformat=2
    -Wimplicit-fallthrough)
  if(MONTAJ_WERROR)
    target_compile_options(montaj_warnings INTERFACE -Werror)
  endif()
elseif(MSVC)
  target_compile_options(montaj_warnings INTERFACE /W4 /permissive- /utf-8)
  if(MONTAJ_WERROR)
    target_compile_options(montaj_warnings INTERFACE /WX)
  endif()
endif()

if(MONTAJ_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
endif()

# Qt: no implicit casts from const char* or to QString, no foreach keyword.
add_compile_definitions(
  QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_CAST_FROM_BYTEARRAY QT_NO_URL_CAST_FROM_STRING
  QT_NO_KEYWORDS QT_USE_QSTRINGBUILDER QT_STRICT_ITERATORS
  QT_DISABLE_DEPRECATED_BEFORE=0x060400)
