#pragma once

#include "core/filters/filter.h"

#include <QHash>
#include <QVariantMap>
#include <QWidget>

class QFormLayout;
class QLabel;

namespace montaj::ui {

// The controls for one filter's parameters, generated from its FilterParam list: Number → slider
// and spin box (FilterNumberEditor), Bool → check box, Choice → combo box of the translated
// labels, File → path and browse button (FilterFileEditor), Color → colour button. Reports one
// committed value per gesture, and where a slider is while it is dragged. Shows values without
// reporting them. Not for the stack (FiltersPanel) nor for checking values (Filter does that).
class FilterParamsEditor : public QWidget
{
    Q_OBJECT

public:
    explicit FilterParamsEditor(QWidget *parent = nullptr);

    // Builds the controls for `filter` (null: none) showing `values` (missing ones: defaults).
    void setFilter(const Filter *filter, const QVariantMap &values);
    const Filter *filter() const { return m_filter; }
    // Shows other values for the same filter.
    void setValues(const QVariantMap &values);
    // The control of a parameter (FilterNumberEditor, QCheckBox, QComboBox, FilterFileEditor,
    // InspectorColorButton), null when there is none. Object name "filters.param.<name>".
    QWidget *editor(const QString &name) const { return m_editors.value(name); }
    QStringList names() const;

Q_SIGNALS:
    void parameterEdited(const QString &name, const QVariant &value);
    void parameterDragged(const QString &name, const QVariant &value);
    void gestureEnded();

protected:
    void changeEvent(QEvent *event) override;

private:
    void clear();
    QWidget *build(const FilterParam &param);
    void show(const FilterParam &param, const QVariant &value);
    void retranslate();

    const Filter *m_filter = nullptr;
    QList<FilterParam> m_params;
    QFormLayout *m_form;
    QLabel *m_none;
    QHash<QString, QWidget *> m_editors;
    QHash<QString, QLabel *> m_labels;
    bool m_updating = false;
};

} // namespace montaj::ui
