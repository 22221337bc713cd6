#include "ui/reach/besttimeheatmap.h"

#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace montaj::ui {

namespace {

constexpr int kDays = 7;
constexpr int kHours = 24;
constexpr double kLabelWidth = 48.0;
constexpr double kHeaderHeight = 18.0;

} // namespace

BestTimeHeatmap::BestTimeHeatmap(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("reachHeatmap"));
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

QSize BestTimeHeatmap::sizeHint() const
{
    return {560, 180};
}

QSize BestTimeHeatmap::minimumSizeHint() const
{
    return {300, 130};
}

void BestTimeHeatmap::setValues(const QList<double> &values, const QDateTime &start, const QTimeZone &zone)
{
    m_values = values;
    m_start = start;
    m_zone = zone;
    m_best = -1;
    for (qsizetype i = 0; i < m_values.size(); ++i)
        if (m_values[i] > 0 && (m_best < 0 || m_values[i] > m_values[m_best]))
            m_best = int(i);
    update();
}

void BestTimeHeatmap::clear()
{
    m_values.clear();
    m_best = -1;
    update();
}

QDateTime BestTimeHeatmap::cellTime(int index) const
{
    return m_start.addSecs(qint64(index) * 3600).toUTC();
}

QDateTime BestTimeHeatmap::bestTime() const
{
    return m_best < 0 ? QDateTime() : cellTime(m_best);
}

QRectF BestTimeHeatmap::cellRect(int day, int hour) const
{
    const double w = (width() - kLabelWidth - 2.0) / kHours;
    const double h = (height() - kHeaderHeight - 2.0) / kDays;
    const int column = isRightToLeft() ? kHours - 1 - hour : hour;
    const double left = isRightToLeft() ? 1.0 : kLabelWidth;
    return {left + column * w, kHeaderHeight + day * h, w, h};
}

int BestTimeHeatmap::cellAt(const QPointF &pos) const
{
    for (int d = 0; d < kDays; ++d)
        for (int h = 0; h < kHours; ++h)
            if (cellRect(d, h).contains(pos))
                return d * kHours + h;
    return -1;
}

void BestTimeHeatmap::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    if (m_values.size() != kDays * kHours) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(rect(), int(Qt::AlignCenter) | int(Qt::TextWordWrap),
                   tr("The best times appear once the account has a history."));
        return;
    }
    double low = 1e300;
    double high = 0.0;
    for (const double v : m_values)
        if (v > 0) {
            low = std::min(low, std::log10(v));
            high = std::max(high, std::log10(v));
        }
    const QColor cold = pal.color(QPalette::Base);
    const QColor hot = pal.color(QPalette::Highlight);
    const QLocale locale;
    p.setPen(pal.color(QPalette::Text));
    QFont small = font();
    small.setPointSizeF(std::max(6.0, small.pointSizeF() * 0.8));
    p.setFont(small);
    for (int h = 0; h < kHours; h += 3) {
        const QRectF r = cellRect(0, h);
        p.drawText(QRectF(r.left() - 10, 0, r.width() + 20, kHeaderHeight), Qt::AlignCenter,
                   locale.toString(h));
    }
    for (int d = 0; d < kDays; ++d) {
        const QDate date = m_start.toTimeZone(m_zone).date().addDays(d);
        const QRectF first = cellRect(d, isRightToLeft() ? kHours - 1 : 0);
        const QRectF label =
            isRightToLeft() ? QRectF(width() - kLabelWidth + 2, first.top(), kLabelWidth - 4, first.height())
                            : QRectF(0, first.top(), kLabelWidth - 4, first.height());
        p.setPen(pal.color(QPalette::Text));
        const Qt::Alignment align = Qt::AlignVCenter | (isRightToLeft() ? Qt::AlignLeft : Qt::AlignRight);
        p.drawText(label, int(align.toInt()), locale.dayName(date.dayOfWeek(), QLocale::ShortFormat));
        for (int h = 0; h < kHours; ++h) {
            const double v = m_values[d * kHours + h];
            const double t = v > 0 && high > low ? (std::log10(v) - low) / (high - low) : 0.0;
            QColor c;
            c.setRgbF(float(cold.redF() + (hot.redF() - cold.redF()) * t),
                      float(cold.greenF() + (hot.greenF() - cold.greenF()) * t),
                      float(cold.blueF() + (hot.blueF() - cold.blueF()) * t));
            p.fillRect(cellRect(d, h).adjusted(0.5, 0.5, -0.5, -0.5), c);
        }
    }
    if (m_best >= 0) {
        QPen pen(pal.color(QPalette::Text), 2.0);
        p.setPen(pen);
        p.setBrush(Qt::NoBrush);
        p.drawRect(cellRect(m_best / kHours, m_best % kHours).adjusted(1, 1, -1, -1));
    }
}

void BestTimeHeatmap::mousePressEvent(QMouseEvent *event)
{
    const int index = cellAt(event->position());
    if (index >= 0 && m_values.size() == kDays * kHours)
        Q_EMIT timeChosen(cellTime(index));
    QWidget::mousePressEvent(event);
}

bool BestTimeHeatmap::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip && m_values.size() == kDays * kHours) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const int index = cellAt(help->pos());
        if (index >= 0) {
            const QLocale locale;
            QToolTip::showText(
                help->globalPos(),
                tr("%1: about %2 views in 7 days")
                    .arg(locale.toString(cellTime(index).toTimeZone(m_zone), QLocale::ShortFormat),
                         locale.toString(std::round(m_values[index]), 'f', 0)),
                this);
            return true;
        }
    }
    return QWidget::event(event);
}

} // namespace montaj::ui
