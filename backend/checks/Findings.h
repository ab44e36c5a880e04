#pragma once
// The host's fault-tolerance checks (the guide's Post Installation Check):
// pure functions of a snapshot and of the one-off facts the checks read
// (CheckFacts), each finding naming what it is about and what to do.

#include "checks/CheckFacts.h"
#include "model/HostSnapshot.h"

namespace ftc {

// Ordered: a worse one compares greater. Unknown is a check that could not
// decide (its tool is absent or needs privileges the session lacks): never a
// pass.
enum class Severity { Info, Unknown, Warning, Error };

struct Finding {
    QString id;                // "storage.unmirrored-disk": area, then what
    Severity severity = Severity::Warning;
    QString object;            // "sdf", "md2", "eth0", "DC1"; "" for the host as a whole
    QString message;           // what is wrong, in the host's terms
    QString remedy;            // what to do first; never a destructive step
};

// "info", "unknown", "warning", "error": the JSON contract's words.
QString severityName(Severity s);
// The area of a finding id ("storage", "network", "vm", "host"): its first word.
QString findingArea(const QString &id);
// Info when the list is empty.
Severity worstSeverity(const QList<Finding> &findings);

struct CheckOptions {
    // % of one CPU kept for the host itself (CpuSchedule's host reserve).
    int hostCpuReservePct = 20;
    // Memory the host keeps for itself and qemu's own overhead, bytes: the
    // guide leaves the host at least 512 MB.
    qint64 hostMemoryReserveBytes = qint64(512) << 20;
};

// Every check, areas in the order storage, network, vm, host. facts may be
// unread (facts.read false, e.g. a capture): the checks that need them report
// Unknown, saying so.
QList<Finding> findingsFor(const HostSnapshot &snapshot, const CheckFacts &facts = {},
                           const CheckOptions &options = {});

// The areas, each appending to out.
void storageChecks(const HostSnapshot &s, const CheckFacts &f, QList<Finding> &out);
void networkChecks(const HostSnapshot &s, QList<Finding> &out);
void vmChecks(const HostSnapshot &s, const CheckFacts &f, const CheckOptions &o, QList<Finding> &out);

// A VM's guest tools (the QEMU guest agent) as its page and Master Status say
// them: from its live definition (the org.qemu.guest_agent.0 channel) and
// guest-ping, both read with the check facts. why: what was not read, or what
// the agent answered instead; empty for Answers and NotRunning.
enum class GuestAgentState { NotRunning, Unknown, NoChannel, NotAnswering, Answers };
struct GuestAgentStatus {
    GuestAgentState state = GuestAgentState::Unknown;
    QString why;
};
GuestAgentStatus guestAgentStatus(const Vm &vm, const CheckFacts &facts);
// "Answers", "No agent channel", "Does not answer (…)", "Not read: …" in the UI's language.
QString guestAgentText(const GuestAgentStatus &status);
void hostChecks(const HostSnapshot &s, const CheckFacts &f, QList<Finding> &out);

} // namespace ftc
