#pragma once

#include <initializer_list>

class QHBoxLayout;
class QPushButton;
class QTableWidget;

namespace montaj {

// The Collaborations page's common widget set-ups, so its panels look and behave alike.
namespace DealWidgets {

// A read-only list of records: whole rows, one at a time, columns sized to their contents with
// the last one stretched, no row numbers.
void setUpRecordTable(QTableWidget *table, int columns);
// The buttons in a row, leading edge first, with the free space after them.
QHBoxLayout *buttonRow(std::initializer_list<QPushButton *> buttons);

} // namespace DealWidgets
} // namespace montaj
