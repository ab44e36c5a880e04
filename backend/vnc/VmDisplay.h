#pragma once
// A VM's screen as the session opens it for a console window: where its VNC
// server is, and a stream to it through the host's connection, or why not.

#include "VncTarget.h"
#include "transport/Runner.h"

#include <QMetaType>
#include <memory>

namespace ftc {

struct VmDisplay {
    QString vm;
    VncTarget target;
    std::shared_ptr<Stream> stream;    // null when problem is set
    QString problem;                   // what stands in the way, and what to do

    bool ok() const { return stream && problem.isEmpty(); }
};

} // namespace ftc

Q_DECLARE_METATYPE(ftc::VmDisplay)
