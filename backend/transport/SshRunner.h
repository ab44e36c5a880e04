#pragma once
// A remote host over SSH (libssh): one session per host, one channel per command.
// Host keys are checked against an OpenSSH known_hosts file shared with ssh(1);
// an unknown key is put to the SessionPrompter, a changed one is refused.

#include "HostKeyPrompt.h"
#include "Runner.h"

#include <QString>
#include <atomic>
#include <memory>

namespace ftc {

struct SshTarget {
    QString user;              // empty: the local user name
    QString host;
    int port = 22;
    QString identityFile;      // optional, tried first (before the agent and default keys)
    QString knownHostsPath;    // empty: ~/.ssh/known_hosts
    // Read too, never written, as ssh(1) does; empty: none.
    QString globalKnownHostsPath = QStringLiteral("/etc/ssh/ssh_known_hosts");
    int connectTimeoutMs = 10000;
    // How long the session may sit idle before a keepalive goes out; <= 0: never.
    int keepaliveIntervalMs = 15000;
    // Whether ~/.ssh/id_* are offered; tests turn it off to stay independent of
    // whatever keys the account running them owns.
    bool useDefaultKeys = true;
    bool useAgent = true;
};

struct SshConnection;          // the libssh session and its lock, shared with streams
class SshKeepalive;            // the idle-time keepalive thread

class SshRunner final : public Runner {
public:
    // prompter may be null: unknown host keys are refused and no secret is asked.
    // It is called from the thread that runs commands.
    SshRunner(const SshTarget &target, SessionPrompter *prompter);
    ~SshRunner() override;

    SshRunner(const SshRunner &) = delete;
    SshRunner &operator=(const SshRunner &) = delete;

    QString hostLabel() const override;
    CommandResult run(const Command &cmd, const CancelFlag &cancel = CancelFlag()) override;
    std::unique_ptr<Stream> openStream(const Command &cmd) override;
    // A channel of this session to the host's port or unix socket.
    std::unique_ptr<Stream> openForward(const QByteArray &host, int port) override;
    bool needsSudo() const override;
    QString userName() const override;
    bool isConnected() const override;
    void dropConnection() override { disconnect(); }

    // Connects (host key check and authentication) unless already connected.
    bool connectNow(QString *error = nullptr);
    // Drops the session; the next command connects again.
    void disconnect();

    // Channels opened since construction: a batched refresh must cost exactly one.
    int channelsOpened() const;
    const SshTarget &target() const { return m_target; }

private:
    SshTarget m_target;
    std::shared_ptr<SshConnection> m_conn;
    std::unique_ptr<SshKeepalive> m_keepalive;
};

} // namespace ftc
