#pragma once
// Answers host-key and password questions on the controlling terminal, for the
// headless subcommands. Without a terminal it refuses, so scripts never hang.

#include "transport/HostKeyPrompt.h"

namespace ftc {

class TtyPrompter : public SessionPrompter {
public:
    HostKeyDecision confirmHostKey(const HostKeyPrompt &prompt) override;
    std::optional<QString> askSecret(const QString &host, const QString &prompt) override;
};

} // namespace ftc
