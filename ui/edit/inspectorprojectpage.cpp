#include "ui/edit/inspectorprojectpage.h"

#include "ui/edit/editsession.h"
#include "ui/edit/inspectorcolorbutton.h"
#include "ui/edit/panelformat.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace montaj::ui {
namespace {

constexpr CanvasPreset kShapes[] = {CanvasPreset::Vertical9x16, CanvasPreset::Square1x1,
                                    CanvasPreset::Portrait4x5, CanvasPreset::Landscape16x9};
struct Rate
{
    int num, den;
};
constexpr Rate kRates[] = {{24000, 1001}, {24, 1}, {25, 1}, {30000, 1001}, {30, 1}, {50, 1}, {60, 1}};

} // namespace

InspectorProjectPage::InspectorProjectPage(EditSession *session, QWidget *parent)
    : InspectorPage(session, parent)
    , m_shape(new QComboBox(this))
    , m_rate(new QComboBox(this))
    , m_background(new InspectorColorButton(this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("inspectorProjectPage"));
    m_shape->setObjectName(QStringLiteral("canvasShape"));
    m_rate->setObjectName(QStringLiteral("canvasRate"));
    m_background->setObjectName(QStringLiteral("canvasBackground"));
    m_summary->setObjectName(QStringLiteral("projectSummary"));
    m_summary->setWordWrap(true);
    m_summary->setForegroundRole(QPalette::PlaceholderText);

    auto *form = new QFormLayout;
    for (QWidget *field : std::initializer_list<QWidget *>{m_shape, m_rate, m_background}) {
        auto *label = new QLabel(this);
        label->setBuddy(field);
        m_labels << label;
        form->addRow(label, field);
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(errorLabel());
    layout->addStretch(1);

    connect(m_shape, &QComboBox::activated, this, [this](int index) {
        const QVariant preset = m_shape->itemData(index);
        if (!preset.isValid())
            return; // the project's own size, as it is
        Canvas canvas = document()->canvas();
        canvas.size = ProjectDocument::canvasFor(CanvasPreset(preset.toInt())).size;
        apply(canvas);
    });
    connect(m_rate, &QComboBox::activated, this, [this](int index) {
        const QSize rate = m_rate->itemData(index).toSize();
        Canvas canvas = document()->canvas();
        canvas.fpsNum = rate.width();
        canvas.fpsDen = rate.height();
        apply(canvas);
    });
    connect(m_background, &InspectorColorButton::colorEdited, this, [this](const QColor &color) {
        Canvas canvas = document()->canvas();
        canvas.background = color;
        apply(canvas);
    });
    retranslate();
}

void InspectorProjectPage::apply(const Canvas &canvas)
{
    if (m_refreshing)
        return;
    if (!report(document()->setCanvas(canvas)))
        refresh();
}

void InspectorProjectPage::refresh()
{
    m_refreshing = true;
    const Canvas &canvas = document()->canvas();
    const QStringList shapes{tr("Vertical 9:16 (TikTok, Reels, Shorts)"), tr("Square 1:1"),
                             tr("Portrait 4:5"), tr("Landscape 16:9")};
    m_shape->clear();
    int current = -1;
    for (int i = 0; i < 4; ++i) {
        const QSize size = ProjectDocument::canvasFor(kShapes[i]).size;
        m_shape->addItem(tr("%1 — %2").arg(shapes[i], PanelFormat::resolution(size)), int(kShapes[i]));
        if (size == canvas.size)
            current = i;
    }
    if (current < 0) { // a size from elsewhere (an imported project) stays offered as it is
        m_shape->addItem(tr("Custom — %1").arg(PanelFormat::resolution(canvas.size)));
        current = m_shape->count() - 1;
    }
    m_shape->setCurrentIndex(current);

    m_rate->clear();
    current = -1;
    for (const Rate &r : kRates) {
        m_rate->addItem(PanelFormat::frameRate(r.num, r.den), QSize(r.num, r.den));
        if (qint64(r.num) * canvas.fpsDen == qint64(canvas.fpsNum) * r.den)
            current = m_rate->count() - 1;
    }
    if (current < 0) {
        m_rate->addItem(PanelFormat::frameRate(canvas.fpsNum, canvas.fpsDen),
                        QSize(canvas.fpsNum, canvas.fpsDen));
        current = m_rate->count() - 1;
    }
    m_rate->setCurrentIndex(current);
    m_background->setColor(canvas.background);

    const ProjectDocument *doc = document();
    m_summary->setText(tr("%n clip(s), %1 long", nullptr, int(doc->clips().size()))
                           .arg(PanelFormat::timecode(doc->durationUs(), canvas)));
    m_refreshing = false;
}

void InspectorProjectPage::retranslate()
{
    const QStringList rows{tr("Canvas"), tr("Frame rate"), tr("Background")};
    for (int i = 0; i < m_labels.size(); ++i)
        m_labels[i]->setText(rows[i]);
    m_shape->setAccessibleName(tr("Canvas shape"));
    m_shape->setToolTip(tr("The shape and size of the video you make"));
    m_rate->setAccessibleName(tr("Frame rate"));
    m_rate->setToolTip(tr("Frames per second of the project"));
    m_background->setAccessibleName(tr("Background colour"));
    m_background->setToolTip(tr("The colour around a clip that does not fill the canvas"));
    if (!m_refreshing)
        refresh();
}

} // namespace montaj::ui
