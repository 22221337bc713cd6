#pragma once

#include "app/montajctl/command.h"

namespace montaj::ctl {

// `montajctl schedule import|export|list`: bulk scheduling for agencies. import is a dry run that
// reports every problem by line and column unless --import-valid stores the valid rows; export
// writes Montaj's CSV or an iCalendar file; list prints the schedule.
int runScheduleCommand(CommandContext &context);

} // namespace montaj::ctl
