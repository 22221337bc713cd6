#include "ui/edit/inspectortextpage.h"

#include "ui/edit/editsession.h"
#include "ui/edit/inspectorcolorbutton.h"
#include "ui/edit/inspectortimecodeedit.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFontComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>
#include <QTextDocument>
#include <QTextEdit>
#include <QTextOption>
#include <QVBoxLayout>

#include <cmath>

namespace montaj::ui {

InspectorTextPage::InspectorTextPage(EditSession *session, QWidget *parent)
    : InspectorPage(session, parent)
    , m_text(new QTextEdit(this))
    , m_font(new QFontComboBox(this))
    , m_size(new QDoubleSpinBox(this))
    , m_bold(new QCheckBox(this))
    , m_color(new InspectorColorButton(this))
    , m_outlineColor(new InspectorColorButton(this))
    , m_outlineWidth(new QSpinBox(this))
    , m_box(new QCheckBox(this))
    , m_boxColor(new InspectorColorButton(this))
    , m_x(new QDoubleSpinBox(this))
    , m_y(new QDoubleSpinBox(this))
    , m_start(new InspectorTimecodeEdit(this))
    , m_end(new InspectorTimecodeEdit(this))
{
    setObjectName(QStringLiteral("inspectorTextPage"));
    m_text->setObjectName(QStringLiteral("overlayText"));
    m_font->setObjectName(QStringLiteral("overlayFont"));
    m_size->setObjectName(QStringLiteral("overlaySize"));
    m_bold->setObjectName(QStringLiteral("overlayBold"));
    m_color->setObjectName(QStringLiteral("overlayColor"));
    m_outlineColor->setObjectName(QStringLiteral("overlayOutlineColor"));
    m_outlineWidth->setObjectName(QStringLiteral("overlayOutlineWidth"));
    m_box->setObjectName(QStringLiteral("overlayBox"));
    m_boxColor->setObjectName(QStringLiteral("overlayBoxColor"));
    m_x->setObjectName(QStringLiteral("overlayX"));
    m_y->setObjectName(QStringLiteral("overlayY"));
    m_start->setObjectName(QStringLiteral("overlayStart"));
    m_end->setObjectName(QStringLiteral("overlayEnd"));

    keepParagraphDirections();
    m_text->setAcceptRichText(false); // the overlay holds plain words; pasted styling is dropped
    m_text->setTabChangesFocus(true);
    m_text->setMaximumHeight(6 * m_text->fontMetrics().lineSpacing());
    m_text->installEventFilter(this);
    m_font->setEditable(false);
    m_size->setDecimals(0);
    m_size->setRange(1, 8192);
    m_outlineWidth->setRange(0, 100);
    m_boxColor->setAlphaAllowed(true);
    for (QDoubleSpinBox *spin : {m_x, m_y}) {
        spin->setDecimals(1);
        spin->setRange(0.0, 100.0);
    }
    for (QAbstractSpinBox *spin :
         std::initializer_list<QAbstractSpinBox *>{m_size, m_outlineWidth, m_x, m_y}) {
        spin->setKeyboardTracking(false);
        connect(spin, &QAbstractSpinBox::editingFinished, this, &InspectorTextPage::editNumbers);
    }

    auto *outline = new QHBoxLayout;
    outline->addWidget(m_outlineColor);
    outline->addWidget(m_outlineWidth, 1);
    auto *box = new QHBoxLayout;
    box->addWidget(m_box);
    box->addWidget(m_boxColor);
    box->addStretch(1);
    auto *position = new QHBoxLayout;
    position->addWidget(m_x, 1);
    position->addWidget(m_y, 1);
    auto *form = new QFormLayout;
    const QList<QWidget *> buddies{m_text, m_font, m_size,  m_color, m_outlineColor,
                                   m_box,  m_x,    m_start, m_end};
    for (QWidget *buddy : buddies) {
        auto *label = new QLabel(this);
        label->setBuddy(buddy);
        m_labels << label;
    }
    form->addRow(m_labels[0], m_text);
    form->addRow(m_labels[1], m_font);
    form->addRow(m_labels[2], m_size);
    form->addRow(QString(), m_bold);
    form->addRow(m_labels[3], m_color);
    form->addRow(m_labels[4], outline);
    form->addRow(m_labels[5], box);
    form->addRow(m_labels[6], position);
    form->addRow(m_labels[7], m_start);
    form->addRow(m_labels[8], m_end);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(errorLabel());
    layout->addStretch(1);

    connect(m_font, &QFontComboBox::currentFontChanged, this,
            [this](const QFont &font) { edit([&](TextOverlay &o) { o.fontFamily = font.family(); }); });
    connect(m_bold, &QCheckBox::clicked, this,
            [this](bool bold) { edit([&](TextOverlay &o) { o.bold = bold; }); });
    connect(m_box, &QCheckBox::clicked, this, [this](bool on) { edit([&](TextOverlay &o) { o.box = on; }); });
    connect(m_color, &InspectorColorButton::colorEdited, this,
            [this](const QColor &c) { edit([&](TextOverlay &o) { o.color = c; }); });
    connect(m_outlineColor, &InspectorColorButton::colorEdited, this,
            [this](const QColor &c) { edit([&](TextOverlay &o) { o.outlineColor = c; }); });
    connect(m_boxColor, &InspectorColorButton::colorEdited, this,
            [this](const QColor &c) { edit([&](TextOverlay &o) { o.boxColor = c; }); });
    connect(m_start, &InspectorTimecodeEdit::timeEdited, this,
            [this](qint64 us) { edit([&](TextOverlay &o) { o.startUs = us; }); });
    connect(m_end, &InspectorTimecodeEdit::timeEdited, this,
            [this](qint64 us) { edit([&](TextOverlay &o) { o.endUs = us; }); });
    connect(m_start, &InspectorTimecodeEdit::invalidInput, this, &InspectorTextPage::showError);
    connect(m_end, &InspectorTimecodeEdit::invalidInput, this, &InspectorTextPage::showError);
    retranslate();
}

void InspectorTextPage::setOverlayId(const QString &id)
{
    if (id != m_id) {
        commitText(); // words typed for the previous overlay are not lost
        clearError();
    }
    m_id = id;
    refresh();
}

const TextOverlay *InspectorTextPage::overlay() const
{
    return document()->overlay(m_id);
}

void InspectorTextPage::refresh()
{
    const TextOverlay *o = overlay();
    setEnabled(o != nullptr);
    if (!o)
        return;
    m_refreshing = true;
    const Canvas &canvas = document()->canvas();
    if (m_text->toPlainText() != o->text)
        m_text->setPlainText(o->text);
    m_font->setCurrentFont(QFont(o->fontFamily));
    m_size->setRange(1, canvas.size.height());
    m_size->setValue(o->fontSize * canvas.size.height());
    m_bold->setChecked(o->bold);
    m_color->setColor(o->color);
    m_outlineColor->setColor(o->outlineColor);
    m_outlineWidth->setValue(int(std::lround(o->outlineWidth * 100)));
    m_box->setChecked(o->box);
    m_boxColor->setColor(o->boxColor);
    m_boxColor->setEnabled(o->box);
    m_x->setValue(o->position.x() * 100);
    m_y->setValue(o->position.y() * 100);
    m_start->setTime(o->startUs, canvas);
    m_end->setTime(o->endUs, canvas);
    m_shownNumbers = {m_size->value(), double(m_outlineWidth->value()), m_x->value(), m_y->value()};
    m_refreshing = false;
}

void InspectorTextPage::edit(const std::function<void(TextOverlay &)> &change)
{
    const TextOverlay *o = overlay();
    if (m_refreshing || !o)
        return;
    TextOverlay after = *o;
    change(after);
    if (report(document()->updateOverlay(after)))
        return;
    refresh(); // the document is unchanged: show its values again, the message stays
}

void InspectorTextPage::commitText()
{
    const TextOverlay *o = overlay();
    if (m_refreshing || !o || m_text->toPlainText() == o->text)
        return;
    const QString text = m_text->toPlainText();
    TextOverlay after = *o;
    after.text = text;
    report(document()->updateOverlay(after)); // on failure the typed words stay for fixing
}

void InspectorTextPage::editNumbers()
{
    const TextOverlay *o = overlay();
    if (m_refreshing || !o)
        return;
    const QList<double> now{m_size->value(), double(m_outlineWidth->value()), m_x->value(), m_y->value()};
    if (now == m_shownNumbers)
        return;
    const double height = document()->canvas().size.height();
    edit([&](TextOverlay &t) {
        if (now[0] != m_shownNumbers[0])
            t.fontSize = now[0] / height;
        if (now[1] != m_shownNumbers[1])
            t.outlineWidth = now[1] / 100.0;
        if (now[2] != m_shownNumbers[2])
            t.position.setX(now[2] / 100.0);
        if (now[3] != m_shownNumbers[3])
            t.position.setY(now[3] / 100.0);
    });
}

void InspectorTextPage::keepParagraphDirections()
{
    // Each paragraph takes its direction from its own first strong letter: Arabic reads right to
    // left, Latin left to right, whatever the interface language.
    QTextOption option = m_text->document()->defaultTextOption();
    option.setTextDirection(Qt::LayoutDirectionAuto);
    m_text->document()->setDefaultTextOption(option);
}

bool InspectorTextPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_text) {
        if (event->type() == QEvent::LayoutDirectionChange) // the editor sets the widget's own
            QMetaObject::invokeMethod(this, &InspectorTextPage::keepParagraphDirections,
                                      Qt::QueuedConnection);
        if (event->type() == QEvent::FocusOut)
            commitText();
        if (event->type() == QEvent::KeyPress) {
            const auto *key = static_cast<QKeyEvent *>(event);
            if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
                && key->modifiers().testFlag(Qt::ControlModifier)) {
                commitText();
                return true;
            }
        }
    }
    return InspectorPage::eventFilter(watched, event);
}

void InspectorTextPage::retranslate()
{
    const QStringList rows{tr("Text"),       tr("Font"),     tr("Size"),   tr("Colour"), tr("Outline"),
                           tr("Background"), tr("Position"), tr("Starts"), tr("Ends")};
    for (int i = 0; i < m_labels.size() && i < rows.size(); ++i)
        m_labels[i]->setText(rows[i]);
    m_text->setAccessibleName(tr("Text"));
    m_text->setToolTip(tr("The words shown on the video. Ctrl+Enter or leaving the field applies them."));
    m_text->setPlaceholderText(tr("Type the text to show"));
    m_font->setAccessibleName(tr("Font"));
    m_size->setSuffix(tr(" px"));
    m_size->setAccessibleName(tr("Font size in pixels of the canvas"));
    m_size->setToolTip(tr("Letter height, in pixels of the exported video"));
    m_bold->setText(tr("Bold"));
    m_color->setAccessibleName(tr("Text colour"));
    m_color->setToolTip(tr("Text colour"));
    m_outlineColor->setAccessibleName(tr("Outline colour"));
    m_outlineColor->setToolTip(tr("Outline colour"));
    m_outlineWidth->setSuffix(QLocale().percent());
    m_outlineWidth->setAccessibleName(tr("Outline width, percent of the font size"));
    m_outlineWidth->setToolTip(tr("Outline width, percent of the font size (0 for none)"));
    m_box->setText(tr("Box behind the text"));
    m_boxColor->setAccessibleName(tr("Box colour"));
    m_boxColor->setToolTip(tr("Box colour"));
    m_x->setPrefix(tr("X "));
    m_y->setPrefix(tr("Y "));
    m_x->setSuffix(QLocale().percent());
    m_y->setSuffix(QLocale().percent());
    m_x->setAccessibleName(tr("Horizontal position, percent of the canvas width"));
    m_x->setToolTip(tr("Where the middle of the text sits across the canvas"));
    m_y->setAccessibleName(tr("Vertical position, percent of the canvas height"));
    m_y->setToolTip(tr("Where the middle of the text sits down the canvas"));
    m_start->setAccessibleName(tr("Text start on the timeline"));
    m_start->setToolTip(tr("When the text appears, on the timeline (hours:minutes:seconds:frames)"));
    m_end->setAccessibleName(tr("Text end on the timeline"));
    m_end->setToolTip(tr("When the text disappears, on the timeline (hours:minutes:seconds:frames)"));
}

} // namespace montaj::ui
