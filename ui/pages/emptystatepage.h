#pragma once

#include "ui/pagecatalog.h"

#include <QWidget>

class QLabel;

namespace montaj::ui {

// A page of the studio that is not built yet: its title and an honest empty state saying what it
// will hold. Replaced page by page as the product grows; not a place for real features.
class EmptyStatePage : public QWidget
{
    Q_OBJECT

public:
    explicit EmptyStatePage(const PageInfo &page, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void repaintIcon();

    const PageInfo &m_page;
    QLabel *m_title;
    QLabel *m_icon;
    QLabel *m_headline;
    QLabel *m_details;
};

} // namespace montaj::ui
