#include "ui/filters/filterparamseditor.h"

#include "ui/edit/inspectorcolorbutton.h"
#include "ui/filters/filterfileeditor.h"
#include "ui/filters/filternumbereditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <utility>

namespace montaj::ui {

FilterParamsEditor::FilterParamsEditor(QWidget *parent)
    : QWidget(parent)
    , m_form(new QFormLayout)
    , m_none(new QLabel(this))
{
    setObjectName(QStringLiteral("filters.params"));
    m_none->setObjectName(QStringLiteral("filters.params.none"));
    m_none->setWordWrap(true);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_form);
    layout->addWidget(m_none);
    retranslate();
    m_none->hide();
}

QStringList FilterParamsEditor::names() const
{
    QStringList names;
    for (const FilterParam &p : m_params)
        names << p.name;
    return names;
}

void FilterParamsEditor::clear()
{
    while (m_form->rowCount() > 0) {
        // Taken out now, deleted later: this may run inside a control's own signal.
        const QFormLayout::TakeRowResult row = m_form->takeRow(0);
        for (QLayoutItem *item : {row.labelItem, row.fieldItem}) {
            if (!item)
                continue;
            if (QWidget *w = item->widget()) {
                w->hide();
                w->deleteLater();
            }
            delete item;
        }
    }
    m_editors.clear();
    m_labels.clear();
    m_params.clear();
}

void FilterParamsEditor::setFilter(const Filter *filter, const QVariantMap &values)
{
    clear();
    m_filter = filter;
    if (filter) {
        m_params = filter->parameters();
        for (const FilterParam &param : std::as_const(m_params)) {
            auto *label = new QLabel(param.label, this);
            QWidget *field = build(param);
            field->setObjectName(QStringLiteral("filters.param.%1").arg(param.name));
            label->setBuddy(field);
            m_form->addRow(label, field);
            m_editors.insert(param.name, field);
            m_labels.insert(param.name, label);
        }
    }
    m_none->setVisible(filter && m_params.isEmpty());
    setValues(values);
}

QWidget *FilterParamsEditor::build(const FilterParam &param)
{
    const QString name = param.name;
    switch (param.type) {
    case FilterParam::Type::Number: {
        auto *editor = new FilterNumberEditor(param, this);
        connect(editor, &FilterNumberEditor::valueEdited, this,
                [this, name](double v) { Q_EMIT parameterEdited(name, v); });
        connect(editor, &FilterNumberEditor::valueDragged, this,
                [this, name](double v) { Q_EMIT parameterDragged(name, v); });
        connect(editor, &FilterNumberEditor::gestureEnded, this, &FilterParamsEditor::gestureEnded);
        return editor;
    }
    case FilterParam::Type::Bool: {
        auto *box = new QCheckBox(this);
        connect(box, &QCheckBox::toggled, this, [this, name](bool on) {
            if (!m_updating)
                Q_EMIT parameterEdited(name, on);
        });
        return box;
    }
    case FilterParam::Type::Choice: {
        auto *combo = new QComboBox(this);
        for (qsizetype i = 0; i < param.choices.size(); ++i)
            combo->addItem(param.choiceLabels.value(i, param.choices[i]), param.choices[i]);
        connect(combo, &QComboBox::activated, this,
                [this, name, combo](int index) { Q_EMIT parameterEdited(name, combo->itemData(index)); });
        return combo;
    }
    case FilterParam::Type::File: {
        auto *file = new FilterFileEditor(param, this);
        connect(file, &FilterFileEditor::pathEdited, this,
                [this, name](const QString &path) { Q_EMIT parameterEdited(name, path); });
        return file;
    }
    case FilterParam::Type::Color: {
        auto *button = new InspectorColorButton(this);
        connect(button, &InspectorColorButton::colorEdited, this,
                [this, name](const QColor &c) { Q_EMIT parameterEdited(name, c.name(QColor::HexRgb)); });
        return button;
    }
    }
    return new QWidget(this);
}

void FilterParamsEditor::setValues(const QVariantMap &values)
{
    const bool was = std::exchange(m_updating, true);
    for (const FilterParam &param : std::as_const(m_params))
        show(param, values.value(param.name, param.defaultValue));
    m_updating = was;
}

void FilterParamsEditor::show(const FilterParam &param, const QVariant &value)
{
    QWidget *field = m_editors.value(param.name);
    if (auto *number = qobject_cast<FilterNumberEditor *>(field))
        number->setValue(value.toDouble());
    else if (auto *box = qobject_cast<QCheckBox *>(field))
        box->setChecked(value.toBool());
    else if (auto *combo = qobject_cast<QComboBox *>(field))
        combo->setCurrentIndex(std::max(0, combo->findData(value.toString())));
    else if (auto *file = qobject_cast<FilterFileEditor *>(field))
        file->setPath(value.toString());
    else if (auto *color = qobject_cast<InspectorColorButton *>(field))
        color->setColor(QColor(value.toString()));
}

void FilterParamsEditor::retranslate()
{
    m_none->setText(tr("This filter has no settings."));
    if (!m_filter)
        return;
    // Labels come translated from the filter: ask it again.
    m_params = m_filter->parameters();
    for (const FilterParam &param : std::as_const(m_params)) {
        if (QLabel *label = m_labels.value(param.name))
            label->setText(param.label);
        QWidget *field = m_editors.value(param.name);
        if (auto *number = qobject_cast<FilterNumberEditor *>(field))
            number->setParam(param);
        else if (auto *file = qobject_cast<FilterFileEditor *>(field))
            file->setParam(param);
        else if (auto *combo = qobject_cast<QComboBox *>(field))
            for (int i = 0; i < combo->count() && i < param.choiceLabels.size(); ++i)
                combo->setItemText(i, param.choiceLabels[i]);
        if (field)
            field->setAccessibleName(param.label);
    }
}

void FilterParamsEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace montaj::ui
