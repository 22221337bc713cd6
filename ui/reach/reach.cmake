# The Reach page (ui/reach/): draft, distribution and growth charts, drivers, best-time heatmap,
# follow-up of published posts. Included by ui/CMakeLists.txt.
target_sources(montaj_ui PRIVATE
  reach/besttimeheatmap.cpp reach/besttimeheatmap.h
  reach/logscaleaxis.cpp reach/logscaleaxis.h
  reach/postdraft.cpp reach/postdraft.h
  reach/reachdistributionchart.cpp reach/reachdistributionchart.h
  reach/reachdraftpanel.cpp reach/reachdraftpanel.h
  reach/reachdraftsourcebox.cpp reach/reachdraftsourcebox.h
  reach/reachfollowup.cpp reach/reachfollowup.h
  reach/reachfollowuppanel.cpp reach/reachfollowuppanel.h
  reach/reachgrowthchart.cpp reach/reachgrowthchart.h
  reach/reachpage.cpp reach/reachpage.h)
target_link_libraries(montaj_ui PUBLIC montaj_reach)
