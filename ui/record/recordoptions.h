#pragma once

#include <QList>
#include <QWidget>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QToolButton;

namespace montaj::ui {

// The Record page's take options: the length preset (15 s, 60 s, 3 min, 10 min: how long the
// takes of a session may be together, as short-form apps count it), the countdown before a take
// (off, 3 s, 10 s) and the mirror of a selfie camera's preview (never the file). Holds choices
// only; the page hands them to the Recorder. Not the transport (RecordTransport).
class RecordOptions : public QWidget
{
    Q_OBJECT

public:
    explicit RecordOptions(QWidget *parent = nullptr);

    qint64 lengthUs() const;
    void setLengthUs(qint64 us); // one of Recorder::lengthPresetsUs(); as the user would
    int countdownSeconds() const;
    void setCountdownSeconds(int seconds); // 0, 3 or 10; as the user would
    bool mirror() const;
    void setMirror(bool mirror);
    // Off during a take: the length and countdown cannot change (the mirror always can).
    void setChangesAllowed(bool allowed);

    QToolButton *lengthButton(qint64 us) const;
    QComboBox *countdownList() const { return m_countdown; }
    QCheckBox *mirrorBox() const { return m_mirror; }

Q_SIGNALS:
    void lengthChanged(qint64 us);
    void countdownChanged(int seconds);
    void mirrorChanged(bool mirror);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QList<qint64> m_presets;
    QLabel *m_title;
    QLabel *m_lengthLabel;
    QButtonGroup *m_lengths;
    QList<QToolButton *> m_lengthButtons;
    QLabel *m_countdownLabel;
    QComboBox *m_countdown;
    QCheckBox *m_mirror;
};

} // namespace montaj::ui
