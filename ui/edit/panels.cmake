# The Edit page's side panels and dialogs (issue 6): inspector, media bin, relink, export.
target_sources(montaj_ui PRIVATE
  edit/exportdialog.cpp edit/exportdialog.h
  edit/exportdialogrunner.cpp edit/exportdialogrunner.h
  edit/inspectorclippage.cpp edit/inspectorclippage.h
  edit/inspectorcolorbutton.cpp edit/inspectorcolorbutton.h
  edit/inspectormultipage.cpp edit/inspectormultipage.h
  edit/inspectorpage.cpp edit/inspectorpage.h
  edit/inspectorpanel.cpp edit/inspectorpanel.h
  edit/inspectorprojectpage.cpp edit/inspectorprojectpage.h
  edit/inspectortextpage.cpp edit/inspectortextpage.h
  edit/inspectortimecodeedit.cpp edit/inspectortimecodeedit.h
  edit/inspectorvolumecontrol.cpp edit/inspectorvolumecontrol.h
  edit/mediabinactions.cpp edit/mediabinactions.h
  edit/mediabindelegate.cpp edit/mediabindelegate.h
  edit/mediabinmodel.cpp edit/mediabinmodel.h
  edit/mediabinpanel.cpp edit/mediabinpanel.h
  edit/panelformat.cpp edit/panelformat.h
  edit/relinkdialog.cpp edit/relinkdialog.h)
# ExportCheck and the presets (the export dialog's pre-flight) live in montaj_render.
target_link_libraries(montaj_ui PUBLIC montaj_render)
