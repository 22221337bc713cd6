# The Collaborations page (ui/deals/): pipeline board, deal view with terms, deliverables,
# compliance checklist, money, contacts, files and history; and the deal widgets the Publish page
# (composer's deliverable link, posting-window bands) and the Edit page (disclosure labels) use.
target_sources(montaj_ui PRIVATE
  deals/collaborationsedits.cpp
  deals/collaborationspage.cpp deals/collaborationspage.h
  deals/compliancepanel.cpp deals/compliancepanel.h
  deals/contactdialog.cpp deals/contactdialog.h
  deals/contactspanel.cpp deals/contactspanel.h
  deals/dealchecks.cpp deals/dealchecks.h
  deals/dealeditor.cpp deals/dealeditor.h
  deals/deallinkbox.cpp deals/deallinkbox.h
  deals/dealssnapshot.cpp deals/dealssnapshot.h
  deals/dealview.cpp deals/dealview.h
  deals/dealwidgets.cpp deals/dealwidgets.h
  deals/deliverabledialog.cpp deals/deliverabledialog.h
  deals/deliverablespanel.cpp deals/deliverablespanel.h
  deals/disclosurelabeldialog.cpp deals/disclosurelabeldialog.h
  deals/filespanel.cpp deals/filespanel.h
  deals/pipelineboard.cpp deals/pipelineboard.h
  deals/postingwindowband.cpp deals/postingwindowband.h)
target_link_libraries(montaj_ui PUBLIC montaj_deals)
