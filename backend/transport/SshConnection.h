#pragma once
// Internal to SshRunner: the libssh session, the lock that serializes every call
// into it (libssh sessions are not thread-safe), and connecting (host key check,
// authentication). Streams hold a shared pointer so they may outlive the runner.

#include "HostKeyPrompt.h"
#include "SshRunner.h"

#include <libssh/libssh.h>

#include <QString>
#include <atomic>
#include <chrono>
#include <mutex>

namespace ftc {

struct SshConnection {
    SshTarget target;
    SessionPrompter *prompter = nullptr;
    QString label;                     // "ssh://user@host:port"
    QString userName;                  // effective remote user

    std::mutex mutex;                  // guards everything below that is not atomic
    ssh_session session = nullptr;
    int fd = -1;
    // Bumped whenever the session is dropped: channels of an older generation died
    // with it and must not be touched.
    quint64 generation = 0;
    QByteArray acceptedOnceBlob;       // host key the user accepted for this runner
    std::chrono::steady_clock::time_point lastActivity;

    std::atomic_bool connected{false};
    std::atomic_int channelsOpened{0};

    ~SshConnection();

    QString knownHostsPath() const;
    // Requires the lock. Connects unless a live session exists.
    bool ensureConnectedLocked(QString *error);
    // Requires the lock. Frees the session (and with it every channel).
    void dropLocked();
    // "connection to HOST lost: DETAIL"; drops the session.
    QString lostLocked(const QString &detail);
    void touchLocked() { lastActivity = std::chrono::steady_clock::now(); }

private:
    bool verifyHostKeyLocked(QString *error);
    bool authenticateLocked(QString *error);
    int tryKeyFileLocked(const QString &path);
};

} // namespace ftc
