#pragma once
// What the console keeps per host in the user's settings (QSettings), under
// the label the host was opened as: the admin's module placement overrides.

#include <QMap>
#include <QString>

namespace ftc {

// moduleOverrideKey (model/Modules.h) -> module id ("10", "11"). Empty when
// none were set.
QMap<QString, QString> loadModuleOverrides(const QString &host);
// An empty map removes the host's overrides.
void saveModuleOverrides(const QString &host, const QMap<QString, QString> &overrides);

} // namespace ftc
