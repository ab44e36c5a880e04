#pragma once
// A real Linux host for a test: a small Debian guest under qemu with two fresh,
// blank 256 MiB disks (vdb, vdc), reached over SSH on 127.0.0.1 through the
// console's own SshRunner. The machines that run the suite have no md in their
// kernels; the guest has. Recipe and numbers: tests/lab/README.md.

#include "transport/SshRunner.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <memory>

namespace ftlab {

// Accepts the guest's host key, which is new with every image, and records
// that it was asked: the test runs the real known_hosts path, not a bypass.
class AcceptingPrompter final : public ftc::SessionPrompter {
public:
    ftc::HostKeyDecision confirmHostKey(const ftc::HostKeyPrompt &prompt) override;
    std::optional<QString> askSecret(const QString &host, const QString &prompt) override;

    int hostKeyPrompts = 0;
    int secretPrompts = 0;
    QString lastFingerprint;
};

class LabGuest {
public:
    // stack: the guest's network stack, "ifupdown" or "networkmanager" (one
    // image each, see build-image.sh).
    explicit LabGuest(const QString &stack = QStringLiteral("ifupdown"));
    ~LabGuest();

    LabGuest(const LabGuest &) = delete;
    LabGuest &operator=(const LabGuest &) = delete;

    // Builds the image when this recipe has none yet, boots the guest, logs in as
    // root with the image's key and loads raid1. On failure *error says what went
    // wrong, with the end of the guest's console and of qemu's own messages.
    bool start(QString *error);
    // Ends qemu; the destructor does too.
    void stop();

    ftc::SshRunner &runner() { return *m_runner; }
    const AcceptingPrompter &prompter() const { return m_prompter; }
    int sshPort() const { return m_port; }
    QString imageDir() const { return m_imageDir; }
    QString workDir() const { return m_tmp.path(); }

    // A command to qemu's human monitor ("set_link n1 off": the guest's eth1
    // loses its carrier, as when a cable is pulled). Returns its reply; on
    // failure *error says why.
    bool monitor(const QString &command, QString *reply, QString *error);

    // The last lines of the guest's serial console and of qemu's stderr, for
    // failure messages.
    QString diagnostics(int lines = 25) const;

    qint64 imageMs() const { return m_imageMs; }   // time spent ensuring the image
    qint64 bootMs() const { return m_bootMs; }     // qemu start to first SSH login

private:
    bool ensureImage(QString *error);
    bool prepareDisks(QString *error);
    bool launchQemu(QString *error);
    bool waitForSsh(QString *error);
    bool fail(QString *error, const QString &what) const;

    QString m_stack;
    QTemporaryDir m_tmp;
    QString m_imageDir;
    QProcess m_qemu;
    AcceptingPrompter m_prompter;
    std::unique_ptr<ftc::SshRunner> m_runner;
    int m_port = 0;
    qint64 m_imageMs = -1;
    qint64 m_bootMs = -1;
    QElapsedTimer m_bootClock;
};

// Seconds allowed for building the image, for booting to SSH; overridable for
// slow machines through FT_LAB_IMAGE_TIMEOUT / FT_LAB_BOOT_TIMEOUT.
int imageTimeoutSeconds();
int bootTimeoutSeconds();

} // namespace ftlab
