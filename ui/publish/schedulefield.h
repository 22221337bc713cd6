#pragma once

#include "core/publish/posttypes.h"

#include <QWidget>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QPushButton;

namespace montaj::ui {

// When a post goes out, as people think of it: a local date and time plus an IANA time zone (the
// account's by default), resolved with ScheduleTime. A time that does not exist that day (spring
// forward) or exists twice (fall back) is explained inline, under the field; a zone other than the
// computer's also shows the time here. Offers the account's next free queue slot. Not the rules.
class ScheduleField : public QWidget
{
    Q_OBJECT

public:
    explicit ScheduleField(QWidget *parent = nullptr);

    void setScheduled(const ScheduledTime &time); // localDateTime + timeZone
    ScheduledTime scheduled() const;              // utc filled when the time resolves
    QString error() const;                        // a zone or time that cannot be used
    QString warning() const;                      // the DST explanation, empty when none
    void setNextSlotVisible(bool visible);
    void setNextSlotNote(const QString &note); // e.g. "No free slot in the next 60 days"

Q_SIGNALS:
    void changed();
    void nextSlotRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void resolve();
    void retranslate();

    QDateTimeEdit *m_when;
    QComboBox *m_zone;
    QPushButton *m_nextSlot;
    QLabel *m_warning;
    QLabel *m_note;
    ScheduledTime m_time;
    QString m_error;
    QString m_warningText;
    QString m_slotNote;
};

} // namespace montaj::ui
