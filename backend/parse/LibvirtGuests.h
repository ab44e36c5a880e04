#pragma once
// Shell-variable files: /etc/default/libvirt-guests (Debian) or
// /etc/sysconfig/libvirt-guests (RHEL, SUSE), which libvirt-guests.sh sources
// with `.`, and /etc/os-release, which has the same shape.
//
// The grammar understood is the part of sh such files use: `KEY=value`,
// `KEY="value"`, `KEY='value'`, words glued from several quoted parts, `\`
// escapes and line continuations, `$NAME` and `${NAME}` in values (from the
// assignments before, the defaults included), several assignments on one line
// or separated by `;`, `export KEY=value`, comments and blank lines. Anything
// else (a command, `if`, `$(...)`, `${X:-y}`) is an error naming the line:
// what the shell would make of it is not known, so neither is any value after it.

#include "ParseError.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

namespace ftc {

struct ShellAssignment {
    QString key;
    QString value;             // quotes removed, $NAME expanded
    bool exported = false;     // `export KEY=value`
    int line = 0;              // 1-based line the assignment starts on
    // Byte offsets into the text: the value as written (quotes included,
    // empty for `KEY=`) is text.mid(valueStart, valueEnd - valueStart).
    qsizetype valueStart = 0;
    qsizetype valueEnd = 0;
};

struct ShellVars {
    QMap<QString, QString> values;       // after the whole file: the defaults given, then each assignment
    QList<ShellAssignment> assignments;  // in file order
    ParseErrors errors;

    // The assignment in effect for key (the last), or null when the file does not set it.
    const ShellAssignment *last(const QString &key) const;
};

// Parses text as sh would source it, starting from `defaults` (what the
// sourcing script set before; $NAME in the file sees them).
ShellVars parseShellVars(const QByteArray &text, const QMap<QString, QString> &defaults = {});

// What libvirt-guests.sh (tools/libvirt-guests.sh.in) sets before it sources
// its settings file: URIS=default, ON_BOOT=start, ON_SHUTDOWN=suspend,
// SHUTDOWN_TIMEOUT=300, PARALLEL_SHUTDOWN=0, START_DELAY=0, BYPASS_CACHE=0,
// SYNC_TIME=0.
QMap<QString, QString> libvirtGuestsDefaults();

struct LibvirtGuestsConfig {
    ShellVars vars;            // with libvirtGuestsDefaults() underneath

    QString value(const QString &key) const { return vars.values.value(key); }
    QString onShutdown() const { return value(QStringLiteral("ON_SHUTDOWN")); }
    // libvirt-guests.sh's stop(): only the exact word "shutdown" shuts the
    // guests down; any other value (the default "suspend" included) saves them.
    bool suspends() const { return onShutdown() != QLatin1String("shutdown"); }
    // Whether the file itself sets key (else libvirt-guests' default applies).
    bool sets(const QString &key) const { return vars.last(key) != nullptr; }
    // SHUTDOWN_TIMEOUT / PARALLEL_SHUTDOWN as numbers; -1 when not a whole number.
    int shutdownTimeout() const;
    int parallelShutdown() const;
};

LibvirtGuestsConfig parseLibvirtGuests(const QByteArray &text);

} // namespace ftc
