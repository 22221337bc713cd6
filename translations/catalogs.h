#pragma once

#include <QString>

namespace montaj {

// Where the compiled Montaj catalogs (montaj_en.qm, montaj_ar.qm, montaj_fr.qm) live inside the
// binary's resources. The .ts sources sit next to this file.
QString catalogResourceDir();

} // namespace montaj
