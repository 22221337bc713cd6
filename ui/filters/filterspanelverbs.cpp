// FiltersPanel's verbs: each edit of the stack is one ProjectDocument::setClipFilters call (one
// undo step), looks, and the draft a dragged slider shows in the preview.

#include "core/edit/projectdocument.h"
#include "core/filters/filterregistry.h"
#include "core/filters/lookfile.h"
#include "ui/edit/editsession.h"
#include "ui/filters/filterchecks.h"
#include "ui/filters/filterspanel.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QStandardPaths>

namespace montaj::ui {
namespace {

QString lookFileFilter()
{
    //: The file dialog filter for look files.
    return FiltersPanel::tr("Montaj looks (*.montajlook *.json)");
}

QString looksFolder()
{
    const QString pictures = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return pictures.isEmpty() ? QDir::homePath() : pictures;
}

} // namespace

Result<void> FiltersPanel::reportResult(const Result<void> &result)
{
    m_actionError = result ? QString() : FilterChecks::describe(result.error());
    showProblems();
    return result;
}

Result<void> FiltersPanel::commit(const QList<FilterSettings> &stack, const QString &verb, int selectAfter)
{
    if (m_clipId.isEmpty())
        return reportResult(
            Error(QStringLiteral("ui.filters.no_clip"), tr("Select one clip on the timeline first.")));
    endDraft();
    if (selectAfter >= 0)
        m_current = selectAfter;
    // The document announces the change; refresh() then shows it like any other edit.
    const Result<void> done = m_session->document()->setClipFilters(m_clipId, stack, verb);
    return reportResult(done);
}

QString FiltersPanel::verbName(int index) const
{
    const QList<FilterSettings> stack = filters();
    return index >= 0 && index < stack.size() ? FilterChecks::nameOf(*m_registry, stack[index].id)
                                              : QString();
}

Result<void> FiltersPanel::addFilter(const QString &id)
{
    const Filter *filter = m_registry->find(id);
    if (!filter)
        return reportResult(Error(QStringLiteral("filters.unknown_filter"),
                                  tr("Unknown filter “%1”.").arg(id), {{QStringLiteral("filter"), id}}));
    const auto defaults = filter->resolveParams({});
    if (!defaults)
        return reportResult(defaults.error());
    QList<FilterSettings> stack = filters();
    stack << FilterSettings{id, *defaults, true};
    return commit(stack, tr("Add filter “%1”").arg(filter->displayName()), int(stack.size()) - 1);
}

Result<void> FiltersPanel::removeFilter(int index)
{
    QList<FilterSettings> stack = filters();
    if (index < 0 || index >= stack.size())
        return {};
    const QString name = verbName(index);
    stack.removeAt(index);
    return commit(stack, tr("Remove filter “%1”").arg(name), std::min<int>(index, int(stack.size()) - 1));
}

Result<void> FiltersPanel::moveFilter(int from, int to)
{
    QList<FilterSettings> stack = filters();
    if (from < 0 || from >= stack.size() || to < 0 || to >= stack.size() || from == to)
        return {};
    const QString name = verbName(from);
    stack.move(from, to);
    return commit(stack, tr("Move filter “%1”").arg(name), to);
}

Result<void> FiltersPanel::setFilterEnabled(int index, bool enabled)
{
    QList<FilterSettings> stack = filters();
    if (index < 0 || index >= stack.size() || stack[index].enabled == enabled)
        return {};
    stack[index].enabled = enabled;
    const QString name = verbName(index);
    return commit(stack,
                  enabled ? tr("Switch on filter “%1”").arg(name) : tr("Switch off filter “%1”").arg(name),
                  m_current);
}

Result<void> FiltersPanel::setParameter(int index, const QString &name, const QVariant &value)
{
    QList<FilterSettings> stack = filters();
    if (index < 0 || index >= stack.size())
        return {};
    const Filter *filter = m_registry->find(stack[index].id);
    if (!filter)
        return {};
    const QList<FilterParam> params = filter->parameters();
    const auto param =
        std::find_if(params.cbegin(), params.cend(), [&](const FilterParam &p) { return p.name == name; });
    if (param == params.cend())
        return {};
    const Result<QVariant> coerced = param->coerce(value, filter->id());
    if (!coerced) {
        refresh(); // the control shows the stored value again
        return reportResult(coerced.error());
    }
    stack[index].params.insert(name, *coerced);
    //: An undo step: a filter's parameter changed ("Change Intensity of LUT").
    return commit(stack, tr("Change %1 of %2").arg(param->label, filter->displayName()), index);
}

void FiltersPanel::dragParameter(const QString &name, const QVariant &value)
{
    QList<FilterSettings> stack = filters();
    if (m_clipId.isEmpty() || m_current < 0 || m_current >= stack.size())
        return;
    stack[m_current].params.insert(name, value);
    m_drafting = true;
    Q_EMIT draftChanged(m_clipId, stack);
}

void FiltersPanel::endDraft()
{
    if (!m_drafting)
        return;
    m_drafting = false;
    Q_EMIT draftChanged(QString(), {});
}

Result<void> FiltersPanel::saveLook(const QString &path)
{
    const Look look{QFileInfo(path).completeBaseName(), filters()};
    return reportResult(LookFile::save(path, look, *m_registry));
}

Result<void> FiltersPanel::applyLook(const QString &path)
{
    const Result<Look> look = LookFile::load(path, *m_registry);
    if (!look)
        return reportResult(look.error());
    const QString name = look->name.isEmpty() ? QFileInfo(path).completeBaseName() : look->name;
    return commit(look->filters, tr("Apply look “%1”").arg(name), look->filters.isEmpty() ? -1 : 0);
}

void FiltersPanel::askSaveLook()
{
    const Clip *clip = m_session->document()->clip(m_clipId);
    if (!clip)
        return;
    const QString suggested = QDir(looksFolder()).filePath(tr("My look") + QStringLiteral(".montajlook"));
    QString path = QFileDialog::getSaveFileName(this, tr("Save Look"), suggested, lookFileFilter());
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".montajlook");
    (void)saveLook(path);
}

void FiltersPanel::askApplyLook()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Apply Look"), looksFolder(), lookFileFilter() + QStringLiteral(";;") + tr("All files (*)"));
    if (!path.isEmpty())
        (void)applyLook(path);
}

} // namespace montaj::ui
