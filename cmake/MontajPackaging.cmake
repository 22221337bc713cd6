# Installing and packaging Montaj on Linux: the desktop entry, AppStream metainfo, the project-file
# MIME type and hicolor icons next to the two programs, and CPack DEB + TGZ.
#   cmake --preset release && cmake --build --preset release && (cd build/release && cpack)
# gives build/release/montaj_<version>_<arch>.deb and Montaj-<version>-Linux.tar.gz.
# scripts/package-test.sh builds them and installs the .deb into a clean Debian root.
# Windows and macOS recipes: packaging/windows, packaging/macos (see packaging/README.md).

include(GNUInstallDirs)

if(UNIX AND NOT APPLE)
  set(_linux "${PROJECT_SOURCE_DIR}/packaging/linux")
  install(FILES "${_linux}/io.montaj.Montaj.desktop" DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
  install(FILES "${_linux}/io.montaj.Montaj.metainfo.xml" DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")
  install(FILES "${_linux}/io.montaj.Montaj.mime.xml" DESTINATION "${CMAKE_INSTALL_DATADIR}/mime/packages"
          RENAME "io.montaj.Montaj.xml")
  install(FILES "${PROJECT_SOURCE_DIR}/resources/icons/montaj.svg"
          DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps" RENAME "io.montaj.Montaj.svg")
  foreach(_size 16 32 48 64 128 256 512)
    install(FILES "${_linux}/icons/${_size}x${_size}/io.montaj.Montaj.png"
            DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/${_size}x${_size}/apps")
  endforeach()
  install(FILES "${PROJECT_SOURCE_DIR}/packaging/COMPONENTS.md"
          DESTINATION "${CMAKE_INSTALL_DOCDIR}")
endif()

set(CPACK_PACKAGE_NAME "montaj")
set(CPACK_PACKAGE_VENDOR "The Montaj developers")
set(CPACK_PACKAGE_VERSION "${MONTAJ_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_CONTACT "The Montaj developers <dev@montaj.app>")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Montaj")
set(CPACK_STRIP_FILES ON)
set(CPACK_GENERATOR "DEB;TGZ")
set(CPACK_SOURCE_GENERATOR "")

# Debian: dependencies named by package (Debian 12 "bookworm"): the libraries montaj and montajctl
# link, the Qt plugins they load at run time (windowing, SQLite and PostgreSQL drivers, image
# formats) and the data they read (OpenCV's face cascades, PocketSphinx's English model, the Noto
# fonts captions are burned in with).
set(CPACK_DEBIAN_PACKAGE_VERSION "${MONTAJ_DEBIAN_VERSION}")
set(CPACK_DEBIAN_PACKAGE_RELEASE "1")
set(CPACK_DEBIAN_FILE_NAME "DEB-DEFAULT")
set(CPACK_DEBIAN_PACKAGE_SECTION "video")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS OFF)
string(JOIN ", " CPACK_DEBIAN_PACKAGE_DEPENDS
  "libqt6core6 (>= 6.4)" "libqt6gui6 (>= 6.4)" "libqt6widgets6 (>= 6.4)" "libqt6network6 (>= 6.4)"
  "libqt6sql6 (>= 6.4)" "libqt6sql6-sqlite" "libqt6sql6-psql" "libqt6multimedia6 (>= 6.4)"
  "libqt6charts6 (>= 6.4)" "libqt6svg6 (>= 6.4)" "libqt6websockets6 (>= 6.4)" "libqt6keychain1"
  "qt6-qpa-plugins" "qt6-image-formats-plugins"
  "libavcodec59" "libavformat59" "libavutil57" "libavdevice59" "libswscale6" "libswresample4"
  "libopencv-core406" "libopencv-imgproc406" "libopencv-imgcodecs406" "libopencv-objdetect406"
  "opencv-data" "libcurl4" "libpocketsphinx3" "libsphinxbase3" "pocketsphinx-en-us"
  "fonts-noto-core" "fonts-noto-color-emoji" "libstdc++6 (>= 12)")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gstreamer1.0-plugins-good, pulseaudio | pipewire-pulse")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "whisper.cpp")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "${PROJECT_DESCRIPTION}
 Montaj records camera, microphone and screen in takes, edits vertical video on a
 timeline, captions it in Arabic, French and English (burned in or as a subtitle
 track), applies OpenCV filters, exports platform-ready MP4 files and schedules
 uploads; it also keeps brand deals and LIVE-gift earnings.")

# Windows: an NSIS installer (and a ZIP) holding montaj.exe, montajctl.exe, the Qt DLLs and plugins
# windeployqt copies (through Qt's deploy script, below) and the FFmpeg/OpenCV/curl DLLs from the
# vcpkg tree (MONTAJ_RUNTIME_DLL_DIR); it registers the .montaj extension and a Start-menu entry.
if(WIN32)
  set(CPACK_GENERATOR "NSIS;ZIP")
  set(CPACK_PACKAGE_EXECUTABLES "montaj;Montaj")
  set(CPACK_NSIS_DISPLAY_NAME "Montaj")
  set(CPACK_NSIS_PACKAGE_NAME "Montaj ${MONTAJ_VERSION}")
  set(CPACK_NSIS_MUI_ICON "${PROJECT_SOURCE_DIR}/packaging/windows/montaj.ico")
  set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\montaj.exe")
  set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
  set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS [=[
    WriteRegStr HKCR ".montaj" "" "Montaj.Project"
    WriteRegStr HKCR "Montaj.Project" "" "Montaj project"
    WriteRegStr HKCR "Montaj.Project\DefaultIcon" "" "$INSTDIR\bin\montaj.exe,0"
    WriteRegStr HKCR "Montaj.Project\shell\open\command" "" '"$INSTDIR\bin\montaj.exe" "%1"'
  ]=])
  set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS [=[
    DeleteRegKey HKCR ".montaj"
    DeleteRegKey HKCR "Montaj.Project"
  ]=])
  if(MONTAJ_RUNTIME_DLL_DIR)
    install(DIRECTORY "${MONTAJ_RUNTIME_DLL_DIR}/" DESTINATION bin FILES_MATCHING PATTERN "*.dll")
  endif()
endif()

# macOS: Montaj.app (Info.plist from packaging/macos, the icns made by packaging/macos/make-icns.sh,
# Qt frameworks and plugins by macdeployqt through Qt's deploy script) in a drag-and-drop DMG.
if(APPLE)
  set(CPACK_GENERATOR "DragNDrop")
  set(CPACK_DMG_VOLUME_NAME "Montaj ${MONTAJ_VERSION}")
  set(CPACK_DMG_FORMAT "UDZO")
endif()

include(CPack)
