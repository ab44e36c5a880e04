#pragma once
// `virsh event --all --loop [--timestamp]`: libvirt's domain events as virsh
// prints them (libvirt 9.0 tools/virsh-domain-event.c), read as a stream.
//
// Grammar, one event per message (virsh writes each with one print):
//   [YYYY-MM-DD HH:MM:SS.mmm+0000: ]event '<kind>' for domain '<name>'[: <detail>]
// followed, for a few kinds, by continuation lines that belong to it:
//   tunable, job-completed: "\t<field>: <value>" per typed parameter;
//   graphics: "\t<type>=<name>" per identity;
//   memory-failure, memory-device-size-change, nic-mac-change: "<key>: <value>"
//   lines without a tab (memory-failure's flags with one).
// When the loop ends virsh prints "event loop interrupted" or "event loop
// timed out", then "events received: N". The words are virsh's English ones:
// run it with LC_ALL=C.

#include "ParseError.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace ftc {

// One event.
struct VirshEvent {
    // virsh's callback name: "lifecycle", "reboot", "rtc-change", "watchdog",
    // "io-error", "graphics", "io-error-reason", "control-error", "block-job",
    // "disk-change", "tray-change", "pm-wakeup", "pm-suspend", "balloon-change",
    // "pm-suspend-disk", "device-removed", "block-job-2", "tunable",
    // "agent-lifecycle", "device-added", "migration-iteration", "job-completed",
    // "device-removal-failed", "metadata-change", "block-threshold",
    // "memory-failure", "memory-device-size-change", "nic-mac-change"; kept as
    // printed, so a newer virsh's kinds come through too.
    QString kind;
    // The domain's name as printed. Names may hold spaces, quotes and any
    // UTF-8: it is the text between "for domain '" and the last "':" (the last
    // "'" for kinds printed without a detail, "' disk " for disk-change and
    // tray-change).
    QString domain;
    // Everything after the name: "Stopped Destroyed", "vnet0" (device-added,
    // the device alias), "type element, uri urn:x" (metadata-change),
    // "disk ide0-1-0: opened" (tray-change); empty when nothing follows.
    QString detail;
    // lifecycle only: detail split into the event word ("Defined", "Undefined",
    // "Started", "Suspended", "Resumed", "Stopped", "Shutdown", "PMSuspended",
    // "Crashed") and its detail ("Destroyed", "Finished after guest request").
    QString lifecycleEvent;
    QString lifecycleDetail;
    // With --timestamp: when virsh printed it, UTC, to the millisecond.
    // Invalid without --timestamp.
    QDateTime timestamp;
    // Continuation lines: "cputune.cpu_shares" -> "512" (tunable),
    // "time_elapsed" -> "1234" (job-completed, ms), ...
    QMap<QString, QString> values;
    int line = 0;              // 1-based line of the header in the stream
};

// Whether the event may have changed the domain's definition or tunables, so
// dumpxml / schedinfo / dominfo read before it are stale: lifecycle
// Defined/Undefined, tunable, metadata-change, device-added/removed,
// disk-change and tray-change (the live XML's media), nic-mac-change,
// memory-device-size-change, and a completed block job (a commit or copy
// pivot changes the disk's source).
bool changesConfig(const VirshEvent &event);
// Whether the event changes a domain's run state or its presence in the list:
// every lifecycle event (Defined and Undefined add and remove a domain).
bool changesState(const VirshEvent &event);

// Reads the stream chunk by chunk, as it arrives from a pipe or SSH channel:
// lines may be split anywhere, even inside a UTF-8 sequence, and the partial
// line is kept for the next chunk. Events of kinds that may carry
// continuation lines (a header with nothing after "':", or graphics) are held
// until the next line shows the event is over: another event, virsh's closing
// lines, an empty chunk with no partial line buffered (the stream went quiet
// after virsh's single write of the event), or finish(). Other events come
// back from the feed() that completes their line.
class VirshEventReader {
public:
    QList<VirshEvent> feed(const QByteArray &chunk);
    // The stream ended: the last line even without its newline, and any held event.
    QList<VirshEvent> finish();
    bool hasHeldEvent() const { return m_held; }

    // "events received: N" once virsh has exited its loop; -1 until then.
    int eventsReceived() const { return m_eventsReceived; }
    // "interrupted" or "timed out" from virsh's "event loop ..." line; empty until then.
    QString loopEnd() const { return m_loopEnd; }
    // virsh's "error: ..." lines (stderr merged in) and lines that are no part
    // of the grammar, since the last take.
    QStringList takeToolErrors();
    ParseErrors takeErrors();

private:
    void line(const QString &text, QList<VirshEvent> *out);
    void release(QList<VirshEvent> *out);

    QByteArray m_partial;      // bytes after the last newline
    VirshEvent m_current;      // the event continuation lines attach to
    bool m_held = false;       // m_current is held for continuation lines, not yet handed back
    int m_lines = 0;
    int m_eventsReceived = -1;
    QString m_loopEnd;
    QStringList m_toolErrors;
    ParseErrors m_errors;
};

} // namespace ftc
