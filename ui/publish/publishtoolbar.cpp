#include "ui/publish/publishtoolbar.h"

#include "ui/publish/accountcolours.h"
#include "ui/publish/publishtext.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPainter>
#include <QStyle>
#include <QToolButton>

namespace montaj::ui {
namespace {
QToolButton *button(QWidget *parent, const char *name, bool checkable = false)
{
    auto *b = new QToolButton(parent);
    b->setObjectName(QLatin1String(name));
    b->setCheckable(checkable);
    b->setAutoRaise(!checkable);
    b->setToolButtonStyle(Qt::ToolButtonTextOnly);
    b->setFocusPolicy(Qt::StrongFocus);
    return b;
}

QIcon dot(const QColor &colour)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(colour);
    painter.setPen(Qt::NoPen);
    painter.drawEllipse(QRectF(0.5, 0.5, 11, 11));
    return QIcon(pixmap);
}
} // namespace

PublishToolbar::PublishToolbar(QWidget *parent)
    : QWidget(parent)
    , m_new(button(this, "newPostButton"))
    , m_previous(button(this, "previousPeriodButton"))
    , m_today(button(this, "todayButton"))
    , m_next(button(this, "nextPeriodButton"))
    , m_period(new QLabel(this))
    , m_views(new QButtonGroup(this))
    , m_month(button(this, "monthViewButton", true))
    , m_week(button(this, "weekViewButton", true))
    , m_list(button(this, "listViewButton", true))
    , m_accounts(new QComboBox(this))
    , m_manageAccounts(button(this, "accountsButton"))
    , m_import(button(this, "importButton"))
    , m_export(button(this, "exportButton"))
{
    m_period->setObjectName(QStringLiteral("periodLabel"));
    m_accounts->setObjectName(QStringLiteral("accountFilter"));
    m_new->setAutoRaise(false);
    m_new->setToolButtonStyle(Qt::ToolButtonTextOnly);
    QFont bold = m_period->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_period->setFont(bold);
    m_period->setMinimumWidth(
        m_period->fontMetrics().horizontalAdvance(QStringLiteral("00 September 0000 – 00")));
    m_previous->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_next->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_views->setExclusive(true);
    m_views->addButton(m_month, Month);
    m_views->addButton(m_week, Week);
    m_views->addButton(m_list, List);
    m_month->setChecked(true);
    m_accounts->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *menu = new QMenu(this);
    m_exportCsv = menu->addAction(QString(), this, &PublishToolbar::exportCsvRequested);
    m_exportIcs = menu->addAction(QString(), this, &PublishToolbar::exportIcsRequested);
    m_export->setMenu(menu);
    m_export->setPopupMode(QToolButton::InstantPopup);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_new);
    layout->addSpacing(12);
    layout->addWidget(m_previous);
    layout->addWidget(m_today);
    layout->addWidget(m_next);
    layout->addWidget(m_period);
    layout->addStretch(1);
    layout->addWidget(m_month);
    layout->addWidget(m_week);
    layout->addWidget(m_list);
    layout->addSpacing(12);
    layout->addWidget(m_accounts);
    layout->addWidget(m_manageAccounts);
    layout->addWidget(m_import);
    layout->addWidget(m_export);

    connect(m_new, &QToolButton::clicked, this, &PublishToolbar::newPostRequested);
    connect(m_previous, &QToolButton::clicked, this, &PublishToolbar::previousRequested);
    connect(m_next, &QToolButton::clicked, this, &PublishToolbar::nextRequested);
    connect(m_today, &QToolButton::clicked, this, &PublishToolbar::todayRequested);
    connect(m_import, &QToolButton::clicked, this, &PublishToolbar::importRequested);
    connect(m_manageAccounts, &QToolButton::clicked, this, &PublishToolbar::accountsRequested);
    connect(m_views, &QButtonGroup::idClicked, this,
            [this](int id) { Q_EMIT viewChosen(static_cast<View>(id)); });
    connect(m_accounts, &QComboBox::activated, this,
            [this](int index) { Q_EMIT accountFilterChanged(m_accounts->itemData(index).toString()); });
    m_accounts->addItem(QString(), QString());
    retranslate();
    refreshIcons();
}

void PublishToolbar::setView(View view)
{
    if (QAbstractButton *b = m_views->button(view))
        b->setChecked(true);
}

PublishToolbar::View PublishToolbar::view() const
{
    return static_cast<View>(m_views->checkedId());
}

void PublishToolbar::setPeriodText(const QString &text)
{
    m_period->setText(text);
}

void PublishToolbar::setAccounts(const QList<WorkspaceAccount> &accounts)
{
    const QString chosen = accountFilter();
    const QSignalBlocker quiet(m_accounts);
    while (m_accounts->count() > 1)
        m_accounts->removeItem(1);
    for (const WorkspaceAccount &account : accounts)
        m_accounts->addItem(dot(AccountColours::of(account)), PublishText::handle(account), account.id);
    m_accounts->setCurrentIndex(std::max(0, m_accounts->findData(chosen)));
}

QString PublishToolbar::accountFilter() const
{
    return m_accounts->currentData().toString();
}

void PublishToolbar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::LayoutDirectionChange || event->type() == QEvent::StyleChange)
        refreshIcons();
    QWidget::changeEvent(event);
}

void PublishToolbar::refreshIcons()
{
    // "Previous" points toward the start of the reading direction.
    const bool rtl = layoutDirection() == Qt::RightToLeft;
    m_previous->setIcon(style()->standardIcon(rtl ? QStyle::SP_ArrowRight : QStyle::SP_ArrowLeft));
    m_next->setIcon(style()->standardIcon(rtl ? QStyle::SP_ArrowLeft : QStyle::SP_ArrowRight));
}

void PublishToolbar::retranslate()
{
    m_new->setText(tr("New post"));
    m_new->setToolTip(tr("Write a new post (Ctrl+N)"));
    m_previous->setToolTip(tr("Previous"));
    m_previous->setAccessibleName(tr("Previous"));
    m_next->setToolTip(tr("Next"));
    m_next->setAccessibleName(tr("Next"));
    m_today->setText(tr("Today"));
    m_month->setText(tr("Month"));
    m_week->setText(tr("Week"));
    m_list->setText(tr("List"));
    m_accounts->setItemText(0, tr("All accounts"));
    m_accounts->setAccessibleName(tr("Accounts shown"));
    m_manageAccounts->setText(tr("Accounts…"));
    m_manageAccounts->setToolTip(tr("Colours, time zones and posting times of the workspace's accounts"));
    m_import->setText(tr("Import CSV…"));
    m_export->setText(tr("Export"));
    m_exportCsv->setText(tr("Schedule as CSV…"));
    m_exportIcs->setText(tr("Calendar file (ICS)…"));
}

} // namespace montaj::ui
