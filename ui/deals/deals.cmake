# The Collaborations page (ui/deals/): pipeline board, deal view with terms, deliverables,
# compliance checklist, money, files and history.
target_sources(montaj_ui PRIVATE
  deals/collaborationspage.cpp deals/collaborationspage.h
  deals/compliancepanel.cpp deals/compliancepanel.h
  deals/dealeditor.cpp deals/dealeditor.h
  deals/dealssnapshot.h
  deals/dealview.cpp deals/dealview.h
  deals/pipelineboard.cpp deals/pipelineboard.h)
target_link_libraries(montaj_ui PUBLIC montaj_deals)
