#pragma once
// What a connection asks the person in front of the console, and what they answer.
// Asked from a worker thread; the UI answers on its own thread.

#include <QString>
#include <optional>

namespace ftc {

struct HostKeyPrompt {
    QString host;
    int port = 22;
    QString keyType;           // "ssh-ed25519"
    QString fingerprint;       // "SHA256:..." as OpenSSH prints it
    QString knownHostsPath;    // where "accept and save" writes
};

enum class HostKeyDecision { Refuse, AcceptOnce, AcceptAndSave };

class SessionPrompter {
public:
    virtual ~SessionPrompter() = default;
    virtual HostKeyDecision confirmHostKey(const HostKeyPrompt &prompt) = 0;
    // A password or keyboard-interactive answer; nullopt when the user cancels.
    virtual std::optional<QString> askSecret(const QString &host, const QString &prompt) = 0;
};

} // namespace ftc
