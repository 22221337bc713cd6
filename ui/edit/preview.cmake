# The Edit page's player (ui/edit/preview*, transportbar*): the picture, its transport and the
# wiring between the session and core/preview's PlaybackEngine.
target_sources(montaj_ui PRIVATE
  edit/previewpanel.cpp edit/previewpanel.h
  edit/previewview.cpp edit/previewview.h
  edit/transportbar.cpp edit/transportbar.h)
target_link_libraries(montaj_ui PUBLIC montaj_preview)
