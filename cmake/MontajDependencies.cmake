# Finds every external dependency in one place. Debian 12 package names live in
# scripts/deps/debian-packages.txt; macOS/Windows equivalents are listed in README.md.

set(MONTAJ_QT_CORE_COMPONENTS Core Gui Network Sql Concurrent Test LinguistTools HttpServer WebSockets Svg)
set(MONTAJ_QT_UI_COMPONENTS Widgets Multimedia MultimediaWidgets Charts SvgWidgets)
if(MONTAJ_BUILD_UI)
  find_package(Qt6 6.4 REQUIRED COMPONENTS ${MONTAJ_QT_CORE_COMPONENTS} ${MONTAJ_QT_UI_COMPONENTS})
else()
  find_package(Qt6 6.4 REQUIRED COMPONENTS ${MONTAJ_QT_CORE_COMPONENTS} Multimedia)
endif()
qt_standard_project_setup()

find_package(PkgConfig REQUIRED)
pkg_check_modules(FFMPEG REQUIRED IMPORTED_TARGET
  libavformat libavcodec libavfilter libavdevice libswscale libswresample libavutil)
find_package(OpenCV 4 REQUIRED COMPONENTS core imgproc imgcodecs objdetect dnn video)
find_package(CURL REQUIRED)
find_package(Qt6Keychain REQUIRED)
