#pragma once
// How backend states look in the UI: which tone and which (translated) word.
// The JSON contract's words (Duplex, in_sync, ...) stay in the backend; these are
// what a person reads.

#include "BadgeTone.h"
#include "session/HostSession.h"
#include "checks/Findings.h"
#include "model/HostSnapshot.h"

#include <QCoreApplication>
#include <QIcon>

namespace ftc {

class StateStyle {
    Q_DECLARE_TR_FUNCTIONS(ftc::StateStyle)
public:
    static BadgeTone tone(OpState s);
    static QString text(OpState s);
    static BadgeTone tone(MemberState s);
    static BadgeTone guestAgentTone(GuestAgentState s);
    static QString text(MemberState s);
    static BadgeTone tone(ConnectionState s);
    static QString text(ConnectionState s);
    static QString text(DiskRole r);

    // The member entry of mirror m that lives on disk d (whole disk or partition).
    static const MirrorMember *memberFor(const Disk &d, const Mirror &m);

    // Disks, NICs, teams and VMs have no single enum; these pick a tone and a word.
    static BadgeTone diskTone(const Disk &d, const HostSnapshot &s);
    static QString diskText(const Disk &d, const HostSnapshot &s);
    static BadgeTone nicTone(const Nic &n);
    static QString nicText(const Nic &n);
    static BadgeTone teamTone(const Team &t);
    static QString teamText(const Team &t);
    static BadgeTone vmTone(const Vm &vm);
    static QString vmText(const Vm &vm);

    // The object-type icon from the resources (":/icons/<id>.svg"), cached.
    static QIcon icon(const QString &id);
};

} // namespace ftc
