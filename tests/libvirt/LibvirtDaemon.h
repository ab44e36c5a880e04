#pragma once
// A real libvirt daemon for tests, without systemd: reused when one already
// answers on qemu:///system, otherwise started here (virtlogd and libvirtd as
// child processes, stopped by PID at the end) with a test-only qemu.conf
// (root user, no security driver, no mount namespace) when the machine has
// none, and the cgroup controllers mounted when a chroot lacks them. Tiny TCG guests
// whose boot sector spins give domains that really run and use CPU.
//
// Needs root and Debian's libvirt-daemon, libvirt-daemon-driver-qemu,
// libvirt-clients and qemu-system-x86; start() says what is missing.

#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace ftc::test {

class LibvirtDaemon {
public:
    LibvirtDaemon();
    ~LibvirtDaemon();

    // Waits until `virsh -c qemu:///system version` answers (about 5 s the
    // first time). False with *error naming what is missing.
    bool start(QString *error);
    // Destroys and undefines every domain defined here, then stops the
    // daemons this fixture started (not one it found running).
    void stop();

    // Defines (and with start, starts) a 64 MiB, 1-vCPU TCG guest named name
    // whose 1 MiB raw disk's boot sector is `jmp $`: it spins one vCPU at 100 %.
    // pinCpu >= 0 pins its vCPU and emulator to that host CPU. bootSector
    // (up to 510 bytes of real-mode code) replaces `jmp $`. Its VNC display
    // listens on 127.0.0.1 only.
    bool defineSpinner(const QString &name, bool start, int pinCpu, QString *error, const QByteArray &bootSector = {});
    // The domain's cgroup directory in the cpu controller (cgroup v1), e.g.
    // /sys/fs/cgroup/cpu/machine/qemu-1-spin1.libvirt-qemu; empty when not running.
    QString cpuCgroup(const QString &name) const;

    // Runs `virsh -c qemu:///system ARGS`; returns stdout, fills *ok.
    QByteArray virsh(const QStringList &args, bool *ok = nullptr, QByteArray *err = nullptr) const;
    bool startedHere() const { return m_libvirtd != nullptr; }
    QString imageDir() const { return m_dir.path(); }

private:
    bool answers() const;
    bool prepareMachine(QString *error);
    std::unique_ptr<QProcess> launch(const QString &program, const QStringList &args, QString *error);

    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_virtlogd;
    std::unique_ptr<QProcess> m_libvirtd;
    QStringList m_defined;
    QStringList m_mounted;     // cgroup controllers mounted here (a chroot without them)
};

} // namespace ftc::test
