#pragma once

namespace montaj {

// Gives the running QCoreApplication (studio or montajctl) Montaj's name, organisation and version,
// which QStandardPaths, QSettings and --version read. Call once, right after the application object.
void setApplicationIdentity();

} // namespace montaj
