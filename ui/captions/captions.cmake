# The Edit page's Captions tab (issue 7): cue list synced to the playhead, file import/export, checks.
target_sources(montaj_ui PRIVATE
  captions/captioncuemodel.cpp captions/captioncuemodel.h
  captions/captionfileactions.cpp captions/captionfileactions.h
  captions/captionlimitsdialog.cpp captions/captionlimitsdialog.h
  captions/captionplacementbar.cpp captions/captionplacementbar.h
  captions/captionspanel.cpp captions/captionspanel.h
  captions/captionspanelverbs.cpp
  captions/captiontimeformat.cpp captions/captiontimeformat.h
  captions/speechcaptioner.cpp captions/speechcaptioner.h)
target_link_libraries(montaj_ui PUBLIC montaj_captions montaj_speech)
