#pragma once
// /etc/network/interfaces as ifupdown reads it (interfaces(5)): lines joined
// at a trailing backslash, '#' comments only at the start of a line, stanzas
// opened by "iface", "mapping", "auto", "allow-CLASS", "source",
// "source-directory", "no-auto-down", "no-scripts" and "rename"; every other
// line is an option of the iface stanza above it.
//
// The console edits the file for a team without losing a word of it: the
// members' own stanzas are commented out under a note saying where they went,
// never deleted, and the team's stanzas are appended.

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace ftc {

struct IfupdownIface {
    QString name;              // "eth0"
    QString family;            // "inet", "inet6"
    QString method;            // "dhcp", "static", "manual", "auto", "loopback"
    QStringList options;       // "address 10.0.0.2/24", "dns-nameservers 10.0.0.1", as written
    int firstLine = -1;        // 0-based, in the original text
    int lastLine = -1;
};

struct IfupdownFile {
    QList<QByteArray> lines;   // the text split at '\n', as it was
    QList<IfupdownIface> ifaces;
    QStringList autoIfaces;    // named on "auto" or "allow-auto" lines
    QStringList hotplugIfaces; // named on "allow-hotplug" lines
    bool sourcesOthers = false;    // "source"/"source-directory": stanzas may live elsewhere too

    QList<const IfupdownIface *> stanzasOf(const QString &name) const;
};

IfupdownFile parseInterfaces(const QByteArray &text);

// The file with every stanza of the given interfaces commented out, each
// commented line prefixed "#" and the block headed by note; their names taken
// off "auto"/"allow-*" lines (the original line kept as a comment). Options
// of other stanzas are untouched.
QByteArray commentOutInterfaces(const IfupdownFile &file, const QStringList &names, const QString &note);

// The file with option key of iface's "inet" stanza set to value: the first
// line of that option (hyphens and underscores alike, as ifupdown takes them:
// bond-slaves = bond_slaves) replaced, or a line added at the end of the
// stanza; an empty value removes the line. Other lines are untouched. Empty
// when the file has no "iface NAME inet" stanza.
QByteArray setIfaceOption(const IfupdownFile &file, const QString &iface, const QString &key, const QString &value);

// The value of option key in iface's "inet" stanza, "" when not set.
QString ifaceOption(const IfupdownFile &file, const QString &iface, const QString &key);

} // namespace ftc
