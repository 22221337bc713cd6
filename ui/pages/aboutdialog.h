#pragma once

#include <QDialog>

class QTextBrowser;

namespace montaj::ui {

// "About Montaj": the version, and every component shipped with or loaded by the studio with its
// licence and what that licence means for the user (the FFmpeg build decides whether the whole
// program is distributed under the GPL). Versions are read from the libraries at run time.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);

    QString text() const; // the shown text, plain

private:
    QTextBrowser *m_body;
};

} // namespace montaj::ui
