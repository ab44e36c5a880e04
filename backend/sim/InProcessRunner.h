#pragma once
// Base for hosts that answer in-process (the simulated demo host, a captured
// bundle). It reads the shell command lines the rest of the backend sends: an argv
// directly, or `sh -c SCRIPT` where SCRIPT uses the small grammar that Batch
// produces (simple commands, ';' and newlines, quotes, "$?", printf/echo,
// `>&2`, `2>&1`, `2>/dev/null`, a leading `sudo -n --`).

#include "transport/Runner.h"

namespace ftc {

class InProcessRunner : public Runner {
public:
    CommandResult run(const Command &cmd, const CancelFlag &cancel = CancelFlag()) override;
    std::unique_ptr<Stream> openStream(const Command &cmd) override;

protected:
    // One simple command after the shell layer has split and unwrapped it.
    // Unknown programs answer like a shell: exit 127, "sh: 1: NAME: not found".
    virtual CommandResult exec(const Argv &argv, const QByteArray &input) = 0;
};

} // namespace ftc
