#pragma once
// The console's own netplan file (/etc/netplan/90-ftconsole-bondN.yaml), as
// TeamPlanner writes it, changed line by line for a team edit. Only that shape
// is understood: `ethernets:` entries for the ports, `bonds: BOND: interfaces:
// [a, b]` on one line, `parameters:` with `primary:`. A file edited by hand into
// another shape is refused (the caller says where to change it), never guessed.

#include <QString>

namespace ftc {

struct NetplanPortEdit {
    enum class Kind { AddPort, RemovePort, SetPrimary };
    Kind kind = Kind::AddPort;
    QString bond;      // "bond0"
    QString adapter;   // the port; for SetPrimary "" clears the primary
    QString note;      // one comment line added under the header, without "# "
};

// yaml: the file as read; returns the new text, or "" with *error naming the
// line or key that was not where the console put it.
QString editOwnNetplan(const QString &yaml, const NetplanPortEdit &e, QString *error);

} // namespace ftc
