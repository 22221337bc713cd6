#include "ui/edit/timelinepanel.h"

#include "ui/edit/timelineactions.h"
#include "ui/edit/timelinelayout.h"
#include "ui/edit/timelineview.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

namespace montaj::ui {
namespace {

constexpr int kZoomSteps = 1000;

// The slider is logarithmic: each step zooms by the same factor.
int sliderFor(double pxPerSecond)
{
    const double range = std::log(TimelineLayout::kMaxPxPerSecond / TimelineLayout::kMinPxPerSecond);
    return int(std::lround(std::log(pxPerSecond / TimelineLayout::kMinPxPerSecond) / range * kZoomSteps));
}

double pxPerSecondFor(int value)
{
    const double ratio = TimelineLayout::kMaxPxPerSecond / TimelineLayout::kMinPxPerSecond;
    return TimelineLayout::kMinPxPerSecond * std::pow(ratio, double(value) / kZoomSteps);
}

} // namespace

TimelinePanel::TimelinePanel(EditSession *session, QWidget *parent)
    : QWidget(parent)
    , m_view(new TimelineView(session, this))
    , m_actions(new TimelineActions(session, m_view, this))
    , m_status(new QLabel(this))
    , m_statusTimer(new QTimer(this))
    , m_zoom(new QSlider(Qt::Horizontal, this))
{
    setObjectName(QStringLiteral("timelinePanel"));
    connect(m_actions, &TimelineActions::errorOccurred, this, &TimelinePanel::showError);
    connect(m_view, &TimelineView::errorOccurred, this, &TimelinePanel::showError);
    connect(m_view, &TimelineView::zoomChanged, this, &TimelinePanel::syncZoomSlider);
    connect(m_zoom, &QSlider::valueChanged, this,
            [this](int value) { m_view->setPxPerSecond(pxPerSecondFor(value)); });

    buildToolbar();
    // The commands reach the view's context menu too.
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addActions(m_actions->contextMenu());
    addActions(actions());

    m_statusTimer->setSingleShot(true);
    m_statusTimer->setInterval(6000);
    connect(m_statusTimer, &QTimer::timeout, m_status, &QLabel::clear);
    syncZoomSlider(m_view->pxPerSecond());
    retranslate();
}

QList<QAction *> TimelinePanel::actions() const
{
    return m_actions->all();
}

QAction *TimelinePanel::action(const QString &objectName) const
{
    return m_actions->byName(objectName);
}

void TimelinePanel::buildToolbar()
{
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(4, 2, 4, 2);
    const auto button = [this, bar](const char *actionName, const char *name) {
        QAction *action = m_actions->byName(QLatin1String(actionName));
        auto *b = new QToolButton(this);
        b->setObjectName(QLatin1String(name));
        b->setDefaultAction(action);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        b->setAutoRaise(!action->isCheckable());
        b->setFocusPolicy(Qt::TabFocus);
        bar->addWidget(b);
        m_buttons << b;
    };
    button("timelineSplitAction", "timelineSplitButton");
    button("timelineDeleteAction", "timelineDeleteButton");
    button("timelineRippleDeleteAction", "timelineRippleDeleteButton");
    bar->addSpacing(8);
    button("timelineSnappingAction", "timelineSnappingButton");
    bar->addSpacing(8);
    m_status->setObjectName(QStringLiteral("timelineStatus"));
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    bar->addWidget(m_status, 1);
    button("timelineZoomOutAction", "timelineZoomOutButton");
    m_zoom->setObjectName(QStringLiteral("timelineZoomSlider"));
    m_zoom->setRange(0, kZoomSteps);
    m_zoom->setPageStep(kZoomSteps / 20);
    m_zoom->setMaximumWidth(160);
    m_zoom->setFocusPolicy(Qt::TabFocus);
    bar->addWidget(m_zoom);
    button("timelineZoomInAction", "timelineZoomInButton");
    button("timelineZoomFitAction", "timelineZoomFitButton");

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    setFocusProxy(m_view);
}

void TimelinePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void TimelinePanel::retranslate()
{
    m_actions->retranslate();
    for (QToolButton *b : std::as_const(m_buttons))
        b->setAccessibleName(b->defaultAction()->text());
    m_zoom->setAccessibleName(tr("Timeline zoom"));
    m_zoom->setToolTip(tr("Timeline zoom (Ctrl+wheel over the timeline)"));
    m_status->setAccessibleName(tr("Timeline messages"));
}

void TimelinePanel::syncZoomSlider(double pxPerSecond)
{
    const QSignalBlocker quiet(m_zoom);
    m_zoom->setValue(sliderFor(pxPerSecond));
}

void TimelinePanel::showError(const QString &message)
{
    m_status->setText(message);
    m_statusTimer->start();
    Q_EMIT errorOccurred(message);
}

} // namespace montaj::ui
