# The Edit page's Filters tab (issue 8): a clip's filter stack, parameter editors generated from
# the filters' parameters, looks, and the preview's filter pass with its before/after split.
target_sources(montaj_ui PRIVATE
  filters/filterchecks.cpp filters/filterchecks.h
  filters/filterfileeditor.cpp filters/filterfileeditor.h
  filters/filternumbereditor.cpp filters/filternumbereditor.h
  filters/filterparamseditor.cpp filters/filterparamseditor.h
  filters/filterspanel.cpp filters/filterspanel.h
  filters/filterspanelstack.cpp
  filters/filterspanelverbs.cpp
  filters/previewfilters.cpp filters/previewfilters.h)
target_link_libraries(montaj_ui PUBLIC montaj_filters)
