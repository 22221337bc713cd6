# Montaj's version from git tags: `git describe --tags --match "v[0-9]*" --dirty` in a checkout
# with a release tag (v0.2.0 → 0.2.0; five commits later 0.2.0-5-gabc1234; local changes add
# -dirty), else project(VERSION) — a source tarball or a checkout without tags.
#   MONTAJ_VERSION         what `--version`, the About dialog and the packages say
#   MONTAJ_DEBIAN_VERSION  the same in Debian's syntax (0.2.0+5.gabc1234): '-' is reserved there
# CMake runs again when HEAD moves, so a new commit or tag shows without a manual reconfigure.
set(MONTAJ_VERSION "${PROJECT_VERSION}")
find_package(Git QUIET)
if(GIT_FOUND AND EXISTS "${PROJECT_SOURCE_DIR}/.git")
  execute_process(
    COMMAND "${GIT_EXECUTABLE}" describe --tags --match "v[0-9]*" --dirty
    WORKING_DIRECTORY "${PROJECT_SOURCE_DIR}"
    OUTPUT_VARIABLE _montaj_describe
    RESULT_VARIABLE _montaj_describe_rc
    ERROR_QUIET OUTPUT_STRIP_TRAILING_WHITESPACE)
  if(_montaj_describe_rc EQUAL 0 AND _montaj_describe MATCHES "^v([0-9]+\\.[0-9]+\\.[0-9]+)(.*)$")
    set(MONTAJ_VERSION "${CMAKE_MATCH_1}${CMAKE_MATCH_2}")
    if(NOT CMAKE_MATCH_1 VERSION_EQUAL PROJECT_VERSION)
      message(WARNING "The newest tag says ${CMAKE_MATCH_1}, project() says ${PROJECT_VERSION}")
    endif()
  endif()
  foreach(_montaj_git_file HEAD packed-refs)
    if(EXISTS "${PROJECT_SOURCE_DIR}/.git/${_montaj_git_file}")
      set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${PROJECT_SOURCE_DIR}/.git/${_montaj_git_file}")
    endif()
  endforeach()
endif()
string(REGEX REPLACE "^([0-9.]+)-([0-9]+)-g" "\\1+\\2.g" MONTAJ_DEBIAN_VERSION "${MONTAJ_VERSION}")
string(REPLACE "-dirty" "+dirty" MONTAJ_DEBIAN_VERSION "${MONTAJ_DEBIAN_VERSION}")
message(STATUS "Montaj version ${MONTAJ_VERSION}")
