# The Record page (ui/record/): source chooser, live preview with the vertical framing guide,
# countdown, length presets, level meter, takes. Included by ui/CMakeLists.txt.
target_sources(montaj_ui PRIVATE
  record/levelmeterbar.cpp record/levelmeterbar.h
  record/recordformat.cpp record/recordformat.h
  record/recordoptions.cpp record/recordoptions.h
  record/recordpage.cpp record/recordpage.h record/recordpagesession.cpp
  record/recordpreview.cpp record/recordpreview.h
  record/recordsources.cpp record/recordsources.h
  record/recordtransport.cpp record/recordtransport.h
  record/sourcechooser.cpp record/sourcechooser.h record/sourcechooserlists.cpp
  record/takerecoverybar.cpp record/takerecoverybar.h
  record/takespanel.cpp record/takespanel.h)
target_link_libraries(montaj_ui PUBLIC montaj_capture)
