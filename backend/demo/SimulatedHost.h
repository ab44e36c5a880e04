#pragma once
// The built-in `demo` host: the guide's ftServer scenario answered in process, in
// the exact text formats of a Debian 12 host, so everything above the Runner
// (poller, parsers, wizards) runs unchanged against it. Syncs advance with the
// injected clock; faults (pull a disk, unplug a cable) can be injected from the
// UI thread while a worker polls, hence the one mutex around the state.
//
// Besides the real tools it answers `ftsim pull-disk|insert-disk [--blank] DISK`,
// `ftsim unplug|plug NIC`, `ftsim sync-speed KIB`, `ftsim attach-disk VM
// SOURCE` (a VM using a disk directly) and `ftsim lose-connection` (the next
// network change cuts the console off until the host's rollback timer has
// restored the links) so faults also work through ftsim-host behind sshd.
//
// It is an ifupdown host (Debian 12 server): /etc/network/interfaces, ip's
// addresses and routes, and the console's network changes (network/NetChange)
// performed from their staged files with a rollback timer on the host's clock
// (SimNetChange.cpp): teams built, and changed (an adapter added or removed,
// the primary chosen, the team deleted with its address given to an adapter).

#include "InProcessRunner.h"
#include "SimClock.h"
#include "SimState.h"

#include <QJsonObject>
#include <memory>
#include <mutex>

namespace ftc {

struct SimTeamEdit;

class SimulatedHost : public InProcessRunner {
public:
    explicit SimulatedHost(std::shared_ptr<SimClock> clock = std::make_shared<SystemClock>());

    QString hostLabel() const override { return QStringLiteral("demo"); }

    // Faults. False (with nothing changed) when the name is unknown or the
    // device is already in that condition.
    bool pullDisk(const QString &disk);
    // A former member comes back with its superblock; `blank` models a new
    // replacement disk with nothing on it.
    bool insertDisk(const QString &disk, bool blank = false);
    bool unplugNic(const QString &nic);
    bool plugNic(const QString &nic);
    // KiB/s a sync runs at before sync_speed_max applies (default ~2.5 GB/s).
    void setSyncSpeedKiB(qint64 kib);

    QJsonObject saveState() const;
    bool loadState(const QJsonObject &state, QString *error = nullptr);
    // A copy of the state, advanced to now, for tests and tools.
    SimState state() const;

    // A running VM's VNC port on 127.0.0.1 (5900 + its id, as its XML says)
    // opens its simulated screen (DemoVncScreen); anything else is refused as
    // a closed port would be.
    std::unique_ptr<Stream> openForward(const QByteArray &host, int port) override;

protected:
    CommandResult exec(const Argv &argv, const QByteArray &input) override;
    // While a network change has cut the console off: "connection timed out".
    QString unreachable() override;

private:
    CommandResult execLocked(const Argv &argv, const QByteArray &input, qint64 now);
    CommandResult ftsim(const Argv &argv);
    bool readFile(const QByteArray &path, QByteArray *content, bool *isDir) const;
    CommandResult cat(const Argv &argv, const QByteArray &input) const;
    CommandResult grep(const Argv &argv) const;
    CommandResult ls(const Argv &argv) const;
    CommandResult readlink(const Argv &argv) const;
    CommandResult tee(const Argv &argv, const QByteArray &input);
    // The host's own files (SimState::files, SimFiles.cpp).
    bool isFileDir(const QByteArray &path) const;
    bool writeFile(const QByteArray &path, const QByteArray &data, bool append, QByteArray *err);
    CommandResult listFileDir(const QByteArray &dir, bool longFormat) const;
    CommandResult cmp(const Argv &argv, const QByteArray &input) const;
    CommandResult mv(const Argv &argv);
    CommandResult chmod(const Argv &argv);
    CommandResult chown(const Argv &argv);
    CommandResult test(const Argv &argv) const;
    static bool writablePath(const QByteArray &path);
    CommandResult install(const Argv &argv);
    // Time moves on: syncs advance, due timers fire (each at its own time).
    void settle(qint64 now);
    // The console's network changes (SimNetChange.cpp): systemd-run and
    // systemctl for their units, `sh FILE` for the staged scripts, ifup/ifdown.
    CommandResult systemdRun(const Argv &argv, qint64 now);
    CommandResult systemctl(const Argv &argv);
    // ipmitool sdr type "Power Supply", upsc -l, qemu-img info (SimHardware.cpp).
    CommandResult hardwareCommand(const Argv &argv);
    // qemu-img create/convert/info, df, stat and rm over the demo's images.
    CommandResult imageCommand(const Argv &argv);
    CommandResult shFile(const Argv &argv, qint64 now);
    CommandResult ifupdownCommand(const Argv &argv);
    // Runs a staged apply.sh, rollback.sh or confirm.sh by what it does;
    // returns its exit status.
    int runNetScript(const QByteArray &path, qint64 now, QByteArray *out, QByteArray *err);
    int netApply(const QByteArray &dir, qint64 now);
    int netRollback(const QByteArray &dir, qint64 now);
    int netConfirm(const QByteArray &dir, qint64 now, QByteArray *out);
    // A change to a team that exists: what apply.sh does once the new file
    // is installed, and what rollback.sh does once the old one is back.
    bool netEditUp(const QByteArray &dir, qint64 now, const SimTeamEdit &edit, const QByteArray &newFile);
    void netEditRestore(const QByteArray &dir, qint64 now, const SimTeamEdit &edit, const QByteArray &rollbackScript);
    // A command of a staged script as `run` (false, with the change marked
    // failed, when it failed) or `try` (carried on) log it.
    bool scriptRun(const QByteArray &dir, qint64 now, const QByteArray &command, int rc, const QByteArray &output);
    void scriptTry(const QByteArray &dir, qint64 now, const QByteArray &command, int rc, const QByteArray &output);
    // Cuts the console off now when `ftsim lose-connection` is armed, until
    // the change's rollback timer has fired.
    void cutIfArmed(const QByteArray &dir);
    QByteArray fileText(const QByteArray &path) const;
    bool hasFile(const QByteArray &path) const;
    void appendFile(const QByteArray &path, const QByteArray &text);
    QString lastStatusWord(const QByteArray &dir) const;
    void mark(const QByteArray &dir, const QString &word, qint64 nowMs, const QString &text);
    void say(const QByteArray &dir, qint64 nowMs, const QByteArray &text);
    bool pullDiskLocked(const QString &disk);
    bool insertDiskLocked(const QString &disk, bool blank);
    bool setCarrierLocked(const QString &nic, bool carrier);

    mutable std::mutex m_mutex;
    std::shared_ptr<SimClock> m_clock;
    mutable SimState m_state;
};

} // namespace ftc
