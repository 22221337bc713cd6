// FiltersPanel's stack list: filling it from the document, reading the user's switches and drags
// back from it, the add menu, and the problems found off the UI thread.

#include "core/filters/filterregistry.h"
#include "ui/filters/filterchecks.h"
#include "ui/filters/filterspanel.h"

#include <QAction>
#include <QFutureWatcher>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QStyle>
#include <QTimer>
#include <QtConcurrent>

namespace montaj::ui {

void FiltersPanel::refreshList(const QList<FilterSettings> &stack)
{
    m_refreshing = true;
    m_list->clear();
    for (qsizetype i = 0; i < stack.size(); ++i) {
        auto *item = new QListWidgetItem(FilterChecks::nameOf(*m_registry, stack[i].id), m_list);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable
                       | Qt::ItemIsDragEnabled);
        item->setCheckState(stack[i].enabled ? Qt::Checked : Qt::Unchecked);
        item->setData(kOriginalIndexRole, int(i));
    }
    if (m_current >= 0)
        m_list->setCurrentRow(m_current);
    m_refreshing = false;
    showProblems();
}

void FiltersPanel::itemChanged(QListWidgetItem *item)
{
    if (m_refreshing || item->checkState() == Qt::PartiallyChecked)
        return;
    // After the view is done with the item (the change rebuilds the list), and from the list as it
    // is then: a list rebuilt from the document meanwhile has nothing left to send.
    QTimer::singleShot(0, this, &FiltersPanel::applyCheckStates);
}

void FiltersPanel::applyCheckStates()
{
    const QList<FilterSettings> stack = filters();
    if (m_refreshing || m_list->count() != stack.size())
        return;
    for (int row = 0; row < m_list->count(); ++row) {
        const bool on = m_list->item(row)->checkState() == Qt::Checked;
        if (m_list->item(row)->data(kOriginalIndexRole).toInt() == row && on != stack[row].enabled) {
            (void)setFilterEnabled(row, on); // one at a time: the list is rebuilt from the document
            return;
        }
    }
}

void FiltersPanel::listReordered()
{
    if (m_refreshing)
        return;
    const QList<FilterSettings> stack = filters();
    QList<FilterSettings> reordered;
    QList<bool> used(stack.size(), false);
    int selected = -1;
    for (int row = 0; row < m_list->count(); ++row) {
        bool ok = false;
        const int from = m_list->item(row)->data(kOriginalIndexRole).toInt(&ok);
        if (!ok || from < 0 || from >= stack.size() || used[from])
            break;
        used[from] = true;
        reordered << stack[from];
        if (from == m_current)
            selected = row;
    }
    if (reordered.size() != stack.size()) { // a drag still under way, or one that lost a row
        if (m_list->count() == stack.size())
            refresh();
        return;
    }
    if (reordered == stack)
        return;
    (void)commit(reordered, tr("Reorder filters"), selected);
}

void FiltersPanel::rebuildAddMenu()
{
    m_addMenu->clear();
    for (const Filter *filter : m_registry->filters()) {
        QAction *action = m_addMenu->addAction(filter->displayName());
        action->setObjectName(QStringLiteral("filters.add.%1").arg(filter->id()));
        const QString id = filter->id();
        connect(action, &QAction::triggered, this, [this, id] { (void)addFilter(id); });
    }
}

void FiltersPanel::check(const QList<FilterSettings> &stack)
{
    m_checked = stack;
    m_checkedClip = m_clipId;
    if (m_checker->isRunning()) {
        m_checkAgain = true;
        return;
    }
    m_problems.clear();
    const FilterRegistry registry = *m_registry;
    m_checker->setFuture(
        QtConcurrent::run([registry, stack] { return FilterChecks::problems(registry, stack); }));
}

bool FiltersPanel::isChecking() const
{
    return m_checker->isRunning() || m_checkAgain;
}

void FiltersPanel::showProblems()
{
    QStringList lines;
    if (!m_actionError.isEmpty())
        lines << m_actionError;
    const bool current = m_problems.size() == m_list->count();
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        const QString problem = current ? m_problems[i] : QString();
        item->setIcon(problem.isEmpty() ? QIcon() : style()->standardIcon(QStyle::SP_MessageBoxWarning));
        item->setToolTip(problem);
        if (!problem.isEmpty())
            //: A problem of one filter in the stack: its position, its name, then the problem.
            lines << tr("%1. %2: %3").arg(locale().toString(i + 1), item->text(), problem);
    }
    m_error->setText(lines.join(QLatin1Char('\n')));
    m_error->setVisible(!lines.isEmpty());
}

QString FiltersPanel::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

bool FiltersPanel::showsRetouchedBadge() const
{
    return !m_badge->isHidden();
}

} // namespace montaj::ui
