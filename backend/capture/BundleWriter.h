#pragma once
// Writes what one refresh read as a support bundle directory (DESIGN.md).

#include "model/RawSources.h"

namespace ftc {

// Creates DIR if needed and refuses to overwrite a non-empty directory that is
// not already a bundle. Returns false with *error naming the path and the cause.
bool writeBundle(const RawSources &raw, const QString &dir, QString *error);

} // namespace ftc
