#include "ui/deals/deallinkbox.h"

#include "core/deals/dealservice.h"
#include "core/edit/projectfile.h"
#include "ui/deals/dealchecks.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace montaj {

DealLinkBox::DealLinkBox(QWidget *parent)
    : QGroupBox(parent)
    , m_chooserLabel(new QLabel(this))
    , m_chooser(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_verdict(new QLabel(this))
    , m_overlaysConfirmed(new QCheckBox(this))
    , m_conflictText(new QLabel(this))
    , m_exclusivityConfirmed(new QCheckBox(this))
{
    setObjectName(QStringLiteral("dealLinkBox"));
    m_chooser->setObjectName(QStringLiteral("deliverableCombo"));
    m_chooser->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_chooser->setMinimumContentsLength(24);
    m_summary->setObjectName(QStringLiteral("dealSummary"));
    m_verdict->setObjectName(QStringLiteral("dealVerdict"));
    m_overlaysConfirmed->setObjectName(QStringLiteral("dealOverlaysConfirmed"));
    m_conflictText->setObjectName(QStringLiteral("dealConflicts"));
    m_exclusivityConfirmed->setObjectName(QStringLiteral("dealExclusivityConfirmed"));
    for (QLabel *label : {m_summary, m_verdict, m_conflictText})
        label->setWordWrap(true);
    m_conflictText->setForegroundRole(QPalette::Link);
    m_chooserLabel->setBuddy(m_chooser);
    if (auto rules = ComplianceRules::builtIn())
        m_rules = *rules;
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_chooserLabel, m_chooser);
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(4);
    layout->addLayout(form);
    for (QWidget *w : std::initializer_list<QWidget *>{m_summary, m_verdict, m_overlaysConfirmed,
                                                       m_conflictText, m_exclusivityConfirmed})
        layout->addWidget(w);
    connect(m_chooser, &QComboBox::currentIndexChanged, this, [this] {
        m_exclusivityConfirmed->setChecked(false); // confirmed for one deal, not for another
        Q_EMIT changed();
    });
    for (QCheckBox *box : {m_overlaysConfirmed, m_exclusivityConfirmed})
        connect(box, &QCheckBox::toggled, this, &DealLinkBox::changed);
    connect(&m_projectWatcher, &QFutureWatcher<ProjectRead>::finished, this, [this] {
        ProjectRead read = m_projectWatcher.result();
        if (read.path != m_mediaPath)
            return; // another file was chosen meanwhile
        m_project = std::move(read.state);
        Q_EMIT changed();
    });
    retranslate();
    setVisible(false);
}

DealLinkBox::~DealLinkBox()
{
    m_projectWatcher.disconnect(this);
    m_projectWatcher.waitForFinished();
}

void DealLinkBox::setDeals(DealService *deals)
{
    if (m_deals)
        disconnect(m_deals, nullptr, this, nullptr);
    m_deals = deals;
    m_loaded = false;
    m_snapshot = {};
    if (deals) {
        connect(deals, &DealService::opened, this, &DealLinkBox::reload);
        connect(deals, &DealService::changed, this, &DealLinkBox::reload);
        reload();
    }
    fill();
}

void DealLinkBox::setPostId(const QString &postId)
{
    m_postId = postId;
    m_linked.clear();
    if (const DealDeliverable *v = m_snapshot.deliverableForPost(postId))
        m_linked = v->id;
    fill();
    selectDeliverable(m_linked);
}

void DealLinkBox::reload()
{
    if (!m_deals || !m_deals->isOpen())
        return; // opened() reads them
    m_deals->run<DealsSnapshot>(
        this, [](DealStore &store) { return DealsSnapshot::read(store); },
        [this](Result<DealsSnapshot> read) {
            if (!read)
                return;
            const bool first = !m_loaded;
            m_snapshot = std::move(read).value();
            m_loaded = true;
            if (first)
                if (const DealDeliverable *v = m_snapshot.deliverableForPost(m_postId))
                    m_linked = v->id;
            const QString keep = first ? m_linked : deliverableId();
            fill();
            selectDeliverable(keep);
            Q_EMIT loaded();
            Q_EMIT changed();
        });
}

void DealLinkBox::fill()
{
    const QString current = deliverableId();
    const QSignalBlocker quiet(m_chooser);
    m_chooser->clear();
    m_chooser->addItem(tr("None: not part of a brand deal"), QString());
    for (const DealDeliverable &v :
         DealChecks::openDeliverables(m_snapshot, m_postId, QDateTime::currentDateTimeUtc())) {
        m_chooser->addItem(DealChecks::describe(m_snapshot, v), v.id);
        m_chooser->setItemData(m_chooser->count() - 1, DealChecks::describe(m_snapshot, v), Qt::ToolTipRole);
    }
    m_chooser->setCurrentIndex(std::max(0, m_chooser->findData(current)));
    setVisible(m_deals && m_chooser->count() > 1);
}

void DealLinkBox::setMedia(const QString &path)
{
    if (path == m_mediaPath)
        return;
    m_mediaPath = path;
    m_project.reset();
    if (!path.endsWith(QLatin1String(".montaj")) || !QFileInfo::exists(path)) {
        Q_EMIT changed();
        return;
    }
    m_projectWatcher.setFuture(QtConcurrent::run([path]() {
        ProjectRead read{path, std::nullopt};
        auto bytes = ProjectFile::readFile(path);
        if (!bytes)
            return read;
        auto root = ProjectFile::parseObject(*bytes, QFileInfo(path).fileName());
        if (!root)
            return read;
        auto state = ProjectFile::stateFromJsonObject(*root, QFileInfo(path).absolutePath(),
                                                      QFileInfo(path).fileName());
        if (state)
            read.state = std::move(state).value();
        return read;
    }));
    Q_EMIT changed();
}

QStringList DealLinkBox::deliverableIds() const
{
    QStringList ids;
    for (int i = 1; i < m_chooser->count(); ++i)
        ids << m_chooser->itemData(i).toString();
    return ids;
}

void DealLinkBox::selectDeliverable(const QString &deliverableId)
{
    m_chooser->setCurrentIndex(std::max(0, m_chooser->findData(deliverableId)));
}

QString DealLinkBox::deliverableId() const
{
    return m_chooser->currentData().toString();
}

QString DealLinkBox::dealId() const
{
    const DealDeliverable *v = m_snapshot.deliverable(deliverableId());
    return v ? v->dealId : QString();
}

void DealLinkBox::check(const Post &post)
{
    m_post = post;
    m_problems.clear();
    m_conflicts.clear();
    const DealDeliverable *v = m_snapshot.deliverable(deliverableId());
    const Deal *deal = v ? m_snapshot.deal(v->dealId) : nullptr;
    for (QWidget *w : std::initializer_list<QWidget *>{m_summary, m_verdict, m_overlaysConfirmed,
                                                       m_conflictText, m_exclusivityConfirmed})
        w->setVisible(deal != nullptr);
    if (!deal)
        return;

    QStringList audiences;
    for (const QString &code : deal->jurisdictions)
        audiences << ComplianceRules::jurisdictionName(code);
    m_summary->setText(
        tr("Audiences: %1. Disclosure is checked for each of them before the post is scheduled.")
            .arg(audiences.join(tr(", "))));

    const bool project = m_mediaPath.endsWith(QLatin1String(".montaj"));
    const ComplianceInput input =
        DealChecks::complianceInput(m_snapshot, *v, post, m_project, m_overlaysConfirmed->isChecked());
    bool inVideo = false;
    if (m_rules) {
        const ComplianceReport report = ComplianceCheck::check(*m_rules, input);
        m_problems = report.problems();
        for (const ComplianceItem &i : report.items)
            inVideo = inVideo || (i.blocking && !i.overlayText.isEmpty());
    } else {
        m_problems << tr("The compliance rules could not be loaded, so this deliverable cannot be checked.");
    }
    // A plain video file cannot be read for its labels: the creator confirms them.
    m_overlaysConfirmed->setVisible(inVideo && (!project || (!m_project && !m_projectWatcher.isRunning())));
    if (project && !m_project && m_projectWatcher.isRunning())
        m_problems << tr("Reading the project's labels…");
    m_verdict->setText(m_problems.isEmpty()
                           ? tr("The disclosure is complete for this deliverable.")
                           : tr("%n disclosure item(s) missing: see “Before scheduling” below.", nullptr,
                                int(m_problems.size())));
    m_verdict->setForegroundRole(m_problems.isEmpty() ? QPalette::WindowText : QPalette::Link);

    QStringList brands;
    for (const ExclusivityConflict &c : DealChecks::conflictsForPost(m_snapshot, *v, post.scheduled.utc)) {
        m_conflicts << tr("%1 Deal: %2.").arg(c.message, DealChecks::dealName(m_snapshot, c.dealId));
        if (!brands.contains(c.brandName))
            brands << c.brandName;
    }
    m_conflictText->setText(
        m_conflicts.isEmpty() ? QString() : tr("Exclusivity conflict: %1").arg(m_conflicts.join(u' ')));
    m_conflictText->setVisible(!m_conflicts.isEmpty());
    m_exclusivityConfirmed->setVisible(!m_conflicts.isEmpty());
    if (!m_conflicts.isEmpty() && !m_exclusivityConfirmed->isChecked())
        m_problems << tr("This post falls in the exclusivity of %1: confirm that you schedule it anyway.")
                          .arg(brands.join(tr(", ")));
}

void DealLinkBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        fill();
    }
    QGroupBox::changeEvent(event);
}

void DealLinkBox::retranslate()
{
    setTitle(tr("Brand deal"));
    m_chooserLabel->setText(tr("Deliverable:"));
    m_overlaysConfirmed->setText(tr("The video shows the required labels from start to end"));
    m_exclusivityConfirmed->setText(
        tr("Schedule it anyway: I have checked this exclusivity with the brands"));
    if (!m_post.accountId.isEmpty() || !m_post.caption.isEmpty())
        check(m_post);
}

} // namespace montaj
