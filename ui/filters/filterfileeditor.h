#pragma once

#include "core/filters/filterparam.h"

#include <QWidget>

class QLineEdit;
class QToolButton;

namespace montaj::ui {

// A file parameter of a filter (a LUT, a background image): the path in a line edit and a browse
// button that opens a file dialog with the parameter's file filter. Reports a path once: when
// typing is finished or a file is chosen. Not for reading the file (the filter does, and the
// panel shows its errors).
class FilterFileEditor : public QWidget
{
    Q_OBJECT

public:
    explicit FilterFileEditor(const FilterParam &param, QWidget *parent = nullptr);

    void setPath(const QString &path); // not reported
    QString path() const;
    QLineEdit *lineEdit() const { return m_edit; }
    QToolButton *browseButton() const { return m_browse; }
    // What a choice in the dialog does: shows the path and reports it when it differs.
    void choose(const QString &path);
    void setParam(const FilterParam &param); // translated texts again

Q_SIGNALS:
    void pathEdited(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void browse();
    void retranslate();

    FilterParam m_param;
    QLineEdit *m_edit;
    QToolButton *m_browse;
    QString m_committed;
};

} // namespace montaj::ui
