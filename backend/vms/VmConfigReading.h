#pragma once
// A VM's definition as read when its page opens (virsh dumpxml and dominfo,
// through the host's virsh session): not part of any refresh.

#include "parse/DomainXml.h"
#include "parse/Virsh.h"

#include <QMetaType>

namespace ftc {

struct VmConfigReading {
    QString vm;
    DomainXml xml;             // the live definition (the one it runs with)
    // `dumpxml --inactive`: what it boots with next. Memory or vCPUs that
    // differ from xml's on a running VM are pending until it restarts.
    DomainXml inactiveXml;
    DomInfo info;
    QString error;             // could not be read: why (the VM vanished, the host is closed, ...)
};

} // namespace ftc

Q_DECLARE_METATYPE(ftc::VmConfigReading)
