#pragma once

#include <QStringList>

class QApplication;
class QCoreApplication;

namespace ftc {

// Shows the main window and runs the event loop. hosts: what to open ("demo",
// "ssh://…"); empty opens the hosts open at the last exit, or the demo host.
// With FTCONSOLE_EXIT_AFTER_FIRST_SNAPSHOT=1 it prints "first-window-ms N" and
// "first-snapshot-ms N" (since process start) and quits after the first snapshot,
// saving the window to $FTCONSOLE_SCREENSHOT when that is set.
int runGui(QApplication &app, const QStringList &hosts, const QString &libvirtUri);
// The console's translations for the system's language (and Qt's own), for
// the window and for the headless subcommands' text, HTML, PDF and CSV.
void installTranslators(QCoreApplication &app);

} // namespace ftc
