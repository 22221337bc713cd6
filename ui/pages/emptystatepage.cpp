#include "ui/pages/emptystatepage.h"

#include "ui/iconprovider.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace montaj::ui {

EmptyStatePage::EmptyStatePage(const PageInfo &page, QWidget *parent)
    : QWidget(parent)
    , m_page(page)
    , m_title(new QLabel(this))
    , m_icon(new QLabel(this))
    , m_headline(new QLabel(this))
    , m_details(new QLabel(this))
{
    setObjectName(QLatin1String(page.key) + QStringLiteral("Page"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setObjectName(QStringLiteral("pageTitle"));

    QFont headlineFont = m_headline->font();
    headlineFont.setPointSizeF(headlineFont.pointSizeF() * 1.3);
    headlineFont.setBold(true);
    m_headline->setFont(headlineFont);
    m_headline->setAlignment(Qt::AlignHCenter);
    m_icon->setAlignment(Qt::AlignHCenter);
    m_details->setAlignment(Qt::AlignHCenter);
    m_details->setWordWrap(true);
    m_details->setFixedWidth(520); // a fixed width lets the layout ask for the wrapped height
    m_details->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 24, 32, 24);
    layout->addWidget(m_title);
    layout->addStretch(2);
    layout->addWidget(m_icon);
    layout->addSpacing(12);
    layout->addWidget(m_headline);
    layout->addSpacing(6);
    auto *detailsRow = new QHBoxLayout;
    detailsRow->addStretch(1);
    detailsRow->addWidget(m_details);
    detailsRow->addStretch(1);
    layout->addLayout(detailsRow);
    layout->addStretch(3);

    retranslate();
    repaintIcon();
}

void EmptyStatePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange)
        repaintIcon();
    QWidget::changeEvent(event);
}

void EmptyStatePage::retranslate()
{
    m_title->setText(PageCatalog::title(m_page));
    m_headline->setText(PageCatalog::headline(m_page));
    m_details->setText(PageCatalog::details(m_page));
}

void EmptyStatePage::repaintIcon()
{
    const QColor color = palette().color(QPalette::PlaceholderText);
    m_icon->setPixmap(IconProvider::icon(QLatin1String(m_page.icon), color).pixmap(64, 64));
}

} // namespace montaj::ui
