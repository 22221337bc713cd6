#include "ui/filters/filterspanel.h"

#include "core/edit/projectdocument.h"
#include "core/filters/filterregistry.h"
#include "ui/edit/editsession.h"
#include "ui/edit/panelformat.h"
#include "ui/edit/previewpanel.h"
#include "ui/filters/filterchecks.h"
#include "ui/filters/filterparamseditor.h"

#include <QAction>
#include <QEvent>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace montaj::ui {
namespace {

QToolButton *toolButton(const char *name, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(QLatin1String(name));
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    return button;
}

} // namespace

FiltersPanel::FiltersPanel(EditSession *session, const FilterRegistry *registry, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_registry(registry)
    , m_checker(new QFutureWatcher<QStringList>(this))
{
    Q_ASSERT(registry);
    setObjectName(QStringLiteral("filtersPanel"));
    buildLayout();
    connect(m_checker, &QFutureWatcher<QStringList>::finished, this, [this] {
        if (m_checkAgain) { // the stack changed while it was being checked
            m_checkAgain = false;
            check(filters());
            return;
        }
        m_problems = m_checker->result();
        showProblems();
    });
    connect(session, &EditSession::selectionChanged, this, [this] {
        m_actionError.clear();
        refresh();
    });
    connect(session, &EditSession::documentChanged, this, [this](ProjectDocument *document) {
        watch(document);
        m_actionError.clear();
        refresh();
    });
    watch(session->document());
    retranslate();
    refresh();
}

FiltersPanel::~FiltersPanel()
{
    endDraft();
    m_checker->disconnect(this);
}

void FiltersPanel::buildLayout()
{
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("filters.title"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    m_badge = new QLabel(this);
    m_badge->setObjectName(QStringLiteral("filters.retouched"));
    m_badge->setStyleSheet(QStringLiteral("QLabel { color: white; background: #b3261e; border-radius: 4px; "
                                          "padding: 1px 6px; font-weight: bold; }"));
    m_badge->hide();
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("filters.hint"));
    m_hint->setWordWrap(true);

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("filters.stack"));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setDragDropMode(QAbstractItemView::InternalMove);
    m_list->setDefaultDropAction(Qt::MoveAction);
    m_list->setMinimumHeight(110);
    m_list->setMaximumHeight(200);
    m_list->setIconSize(QSize(16, 16));
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (m_refreshing || row < 0)
            return;
        m_current = row;
        refreshParams(filters());
        refreshButtons();
    });
    connect(m_list, &QListWidget::itemChanged, this, &FiltersPanel::itemChanged);
    // A drag inside the list moves rows (or inserts and removes them): read the new order once
    // the view is done.
    const auto reordered = [this] {
        if (!m_refreshing)
            QTimer::singleShot(0, this, &FiltersPanel::listReordered);
    };
    connect(m_list->model(), &QAbstractItemModel::rowsMoved, this, reordered);
    connect(m_list->model(), &QAbstractItemModel::rowsRemoved, this, reordered);

    m_add = toolButton("filters.add", this);
    m_add->setPopupMode(QToolButton::InstantPopup);
    m_addMenu = new QMenu(m_add);
    m_addMenu->setObjectName(QStringLiteral("filters.addMenu"));
    m_add->setMenu(m_addMenu);
    m_add->setIcon(style()->standardIcon(QStyle::SP_FileDialogNewFolder));
    connect(m_addMenu, &QMenu::aboutToShow, this, &FiltersPanel::rebuildAddMenu);
    m_remove = toolButton("filters.remove", this);
    m_remove->setIcon(style()->standardIcon(QStyle::SP_TrashIcon));
    m_up = toolButton("filters.up", this);
    m_up->setIcon(style()->standardIcon(QStyle::SP_ArrowUp));
    m_up->setToolButtonStyle(Qt::ToolButtonIconOnly); // the tooltip says it: the panel stays narrow
    m_down = toolButton("filters.down", this);
    m_down->setIcon(style()->standardIcon(QStyle::SP_ArrowDown));
    m_down->setToolButtonStyle(Qt::ToolButtonIconOnly);
    connect(m_remove, &QToolButton::clicked, this, [this] { (void)removeFilter(m_current); });
    connect(m_up, &QToolButton::clicked, this, [this] { (void)moveFilter(m_current, m_current - 1); });
    connect(m_down, &QToolButton::clicked, this, [this] { (void)moveFilter(m_current, m_current + 1); });

    m_paramsTitle = new QLabel(this);
    m_paramsTitle->setObjectName(QStringLiteral("filters.paramsTitle"));
    m_paramsTitle->setFont(bold);
    m_params = new FilterParamsEditor(this);
    connect(
        m_params, &FilterParamsEditor::parameterEdited, this,
        [this](const QString &name, const QVariant &value) { (void)setParameter(m_current, name, value); });
    connect(m_params, &FilterParamsEditor::parameterDragged, this, &FiltersPanel::dragParameter);
    connect(m_params, &FilterParamsEditor::gestureEnded, this, &FiltersPanel::endDraft);

    m_saveLook = new QPushButton(this);
    m_saveLook->setObjectName(QStringLiteral("filters.saveLook"));
    m_applyLook = new QPushButton(this);
    m_applyLook->setObjectName(QStringLiteral("filters.applyLook"));
    connect(m_saveLook, &QPushButton::clicked, this, &FiltersPanel::askSaveLook);
    connect(m_applyLook, &QPushButton::clicked, this, &FiltersPanel::askApplyLook);
    m_beforeAfter = toolButton("filters.beforeAfter", this);
    m_beforeAfter->hide(); // until a preview is linked

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("filters.error"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    PanelFormat::markAlert(m_error);
    m_error->hide();

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    auto *head = new QHBoxLayout;
    head->addWidget(m_title, 1);
    head->addWidget(m_badge, 0, Qt::AlignTop);
    layout->addLayout(head);
    layout->addWidget(m_hint);
    layout->addWidget(m_list);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    buttons->addWidget(m_up);
    buttons->addWidget(m_down);
    layout->addLayout(buttons);
    layout->addWidget(m_error);
    layout->addWidget(m_paramsTitle);
    layout->addWidget(m_params);
    layout->addStretch(1);
    auto *looks = new QHBoxLayout;
    looks->addWidget(m_saveLook);
    looks->addWidget(m_applyLook);
    looks->addStretch(1);
    looks->addWidget(m_beforeAfter);
    layout->addLayout(looks);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
}

void FiltersPanel::linkPreview(PreviewPanel *preview)
{
    if (m_preview) {
        disconnect(this, &FiltersPanel::draftChanged, m_preview, nullptr);
        m_beforeAfter->setDefaultAction(nullptr);
    }
    m_preview = preview;
    m_beforeAfter->setVisible(preview != nullptr);
    if (!preview)
        return;
    connect(this, &FiltersPanel::draftChanged, preview, &PreviewPanel::setFilterDraft);
    m_beforeAfter->setDefaultAction(preview->beforeAfterAction());
    m_beforeAfter->setIcon(style()->standardIcon(QStyle::SP_TitleBarNormalButton));
}

void FiltersPanel::watch(ProjectDocument *document)
{
    if (m_watched)
        disconnect(m_watched, nullptr, this, nullptr);
    m_watched = document;
    // Undo, redo and edits from elsewhere: show the document's stack again (no edit is sent).
    if (document)
        connect(document, &ProjectDocument::changed, this, &FiltersPanel::refresh);
}

QList<FilterSettings> FiltersPanel::filters() const
{
    const Clip *clip = m_clipId.isEmpty() ? nullptr : m_session->document()->clip(m_clipId);
    return clip ? clip->filters : QList<FilterSettings>();
}

void FiltersPanel::setCurrentIndex(int index)
{
    const qsizetype count = filters().size();
    if (index < 0 || index >= count)
        return;
    m_list->setCurrentRow(index); // refreshes the parameters
    m_current = index;
    refreshParams(filters());
    refreshButtons();
}

void FiltersPanel::refresh()
{
    const ProjectDocument *doc = m_session->document();
    QString shown;
    for (const QString &id : m_session->selection()) {
        if (!doc->clip(id))
            continue;
        if (!shown.isEmpty()) { // several clips: one stack cannot stand for them all
            shown.clear();
            break;
        }
        shown = id;
    }
    if (shown != m_clipId) {
        endDraft();
        m_clipId = shown;
        m_current = 0;
        m_actionError.clear();
    }
    const QList<FilterSettings> stack = filters();
    m_current = stack.isEmpty() ? -1 : std::clamp<int>(m_current, 0, int(stack.size()) - 1);
    refreshList(stack);
    refreshParams(stack);
    refreshButtons();
    m_badge->setVisible(!m_clipId.isEmpty() && m_registry->isRetouched(stack));
    retranslate();
    if (stack != m_checked || m_clipId != m_checkedClip)
        check(stack);
}

void FiltersPanel::refreshParams(const QList<FilterSettings> &stack)
{
    const FilterSettings *settings = m_current >= 0 && m_current < stack.size() ? &stack[m_current] : nullptr;
    const Filter *filter = settings ? m_registry->find(settings->id) : nullptr;
    QVariantMap values;
    if (filter) {
        const auto resolved = filter->resolveParams(settings->params);
        values = resolved ? *resolved : settings->params;
    }
    if (filter != m_params->filter())
        m_params->setFilter(filter, values);
    else
        m_params->setValues(values);
    m_params->setEnabled(settings && settings->enabled);
    m_paramsTitle->setVisible(settings != nullptr);
    m_paramsTitle->setText(settings ? FilterChecks::nameOf(*m_registry, settings->id) : QString());
}

void FiltersPanel::refreshButtons()
{
    const bool clip = !m_clipId.isEmpty();
    const int count = m_list->count();
    m_list->setEnabled(clip);
    m_add->setEnabled(clip);
    m_remove->setEnabled(clip && m_current >= 0);
    m_up->setEnabled(clip && m_current > 0);
    m_down->setEnabled(clip && m_current >= 0 && m_current < count - 1);
    m_saveLook->setEnabled(clip && count > 0);
    m_applyLook->setEnabled(clip);
}

void FiltersPanel::retranslate()
{
    const Clip *clip = m_clipId.isEmpty() ? nullptr : m_session->document()->clip(m_clipId);
    m_title->setText(clip ? tr("Filters of “%1”").arg(QFileInfo(clip->mediaPath).fileName()) : tr("Filters"));
    if (!clip)
        m_hint->setText(tr("Select one clip on the timeline to see and change its filters."));
    else if (clip->filters.isEmpty())
        m_hint->setText(tr("No filters yet. Add one, or apply a look."));
    m_hint->setVisible(!clip || clip->filters.isEmpty());
    m_badge->setText(tr("Retouched"));
    m_badge->setToolTip(tr("A filter of this clip changes how a person looks (skin smoothing). Some "
                           "countries require a “retouched image” notice on such a video."));
    m_list->setAccessibleName(tr("Filters of the clip, applied from top to bottom"));
    m_list->setToolTip(tr("Applied from top to bottom. Drag to reorder; untick to switch a filter off."));
    m_add->setText(tr("Add filter"));
    m_add->setToolTip(tr("Add a filter at the end of the stack"));
    m_remove->setText(tr("Remove"));
    m_remove->setToolTip(tr("Remove the selected filter"));
    m_up->setText(tr("Up"));
    m_up->setToolTip(tr("Apply the selected filter earlier"));
    m_up->setAccessibleName(m_up->text());
    m_down->setText(tr("Down"));
    m_down->setToolTip(tr("Apply the selected filter later"));
    m_down->setAccessibleName(m_down->text());
    m_saveLook->setText(tr("Save look…"));
    m_saveLook->setToolTip(tr("Save these filters as a look file to reuse or share"));
    m_applyLook->setText(tr("Apply look…"));
    m_applyLook->setToolTip(tr("Replace this clip's filters with those of a look file"));
    const QList<FilterSettings> stack = filters();
    for (int i = 0; i < m_list->count() && i < stack.size(); ++i)
        m_list->item(i)->setText(FilterChecks::nameOf(*m_registry, stack[i].id));
    if (m_current >= 0 && m_current < m_list->count())
        m_paramsTitle->setText(m_list->item(m_current)->text());
    setAccessibleName(tr("Filters"));
}

void FiltersPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_checked.clear(); // the problems are worded again
        m_checkedClip = QStringLiteral("-");
        check(filters());
    } else if (event->type() == QEvent::PaletteChange) {
        PanelFormat::markAlert(m_error);
    }
    QWidget::changeEvent(event);
}

} // namespace montaj::ui
