# The Edit page's timeline (issue 6): the panel and its commands, the hand-painted view with its
# layout, painters, ruler, mouse gestures, drops and the thumbnail/waveform cache.
target_sources(montaj_ui PRIVATE
  edit/timelineactions.cpp edit/timelineactions.h
  edit/timelinedrag.cpp edit/timelinedrag.h
  edit/timelinedrop.cpp edit/timelinedrop.h
  edit/timelinegestures.cpp edit/timelinegestures.h
  edit/timelineguidepainter.cpp edit/timelineguidepainter.h
  edit/timelinelayout.cpp edit/timelinelayout.h
  edit/timelinemediacache.cpp edit/timelinemediacache.h
  edit/timelinepainter.cpp edit/timelinepainter.h
  edit/timelinepanel.cpp edit/timelinepanel.h
  edit/timelineruler.cpp edit/timelineruler.h
  edit/timelinetext.cpp edit/timelinetext.h
  edit/timelineview.cpp edit/timelineview.h)
