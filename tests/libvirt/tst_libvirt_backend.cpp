// The console's backend against a real libvirt daemon (LibvirtDaemon), locally
// and through a real sshd: VMs read through one persistent virsh session, the
// event stream showing a VM stopped from outside at once, the CPU planner's
// settings landing in schedinfo and the domain's cgroup, autostart, managed
// save and restore, libvirt-guests' settings edited and restored, names with
// spaces, quotes and non-ASCII, and a connection that does not work.

#include "LibvirtDaemon.h"
#include "SshdFixture.h"
#include "model/Poller.h"
#include "plan/Plan.h"
#include "transport/LocalRunner.h"
#include "transport/SshRunner.h"
#include "vms/LibvirtGuestsPlanner.h"
#include "vms/VmPlanner.h"

#include <QElapsedTimer>
#include <QFile>
#include <QtTest>

using namespace ftc;

namespace {

// Forwards to a real runner and remembers what it was asked to run, so a test
// can prove that a refresh starts no virsh process of its own.
class CountingRunner : public Runner {
public:
    explicit CountingRunner(Runner &inner) : m_inner(inner) {}
    QString hostLabel() const override { return m_inner.hostLabel(); }
    CommandResult run(const Command &cmd, const CancelFlag &cancel) override
    {
        runs << cmd.argv;
        return m_inner.run(cmd, cancel);
    }
    std::unique_ptr<Stream> openStream(const Command &cmd) override
    {
        streams << cmd.argv;
        return m_inner.openStream(cmd);
    }
    bool needsSudo() const override { return m_inner.needsSudo(); }
    QString userName() const override { return m_inner.userName(); }

    QList<Argv> runs, streams;

private:
    Runner &m_inner;
};

bool mentionsVirsh(const Argv &argv)
{
    for (const QByteArray &a : argv)
        if (a.contains("virsh"))
            return true;
    return false;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll().trimmed() : QByteArray();
}

const QString kSpin = QStringLiteral("ftc-spin1");
// Spaces, a quote, a double quote and non-ASCII: virsh's line parser, the
// shell over SSH and the event stream all have to carry it intact.
const QString kOdd = QStringLiteral("ftc it's \"ë\" 名前");

} // namespace

class TestLibvirtBackend : public QObject {
    Q_OBJECT

    test::LibvirtDaemon m_daemon;
    test::SshdFixture m_sshd;
    LocalRunner m_local;
    std::unique_ptr<SshRunner> m_ssh;

    Runner &runner(const QString &via)
    {
        if (via == QLatin1String("local"))
            return m_local;
        if (!m_ssh) {
            SshTarget t;
            t.user = m_sshd.userName();
            t.host = m_sshd.host();
            t.port = m_sshd.port();
            t.identityFile = m_sshd.plainKeyPath();
            t.knownHostsPath = m_sshd.knownHostsPath();
            t.globalKnownHostsPath.clear();
            t.connectTimeoutMs = 5000;
            t.keepaliveIntervalMs = 0;
            t.useDefaultKeys = false;
            t.useAgent = false;
            m_ssh = std::make_unique<SshRunner>(t, nullptr);
        }
        return *m_ssh;
    }

    // A new poller's first refresh finds the VMs; their configuration
    // (schedinfo, metadata) comes with the next one.
    static HostSnapshotPtr refreshed(Poller &poller, bool full = false)
    {
        if (poller.lastRaw().files.isEmpty())
            poller.refresh();
        HostSnapshotPtr s = poller.refresh(CancelFlag(), full);
        if (!s)
            qWarning("refresh failed: %s", qPrintable(poller.lastError()));
        return s;
    }

    static void addVia()
    {
        QTest::addColumn<QString>("via");
        QTest::newRow("local") << QStringLiteral("local");
        QTest::newRow("ssh") << QStringLiteral("ssh");
    }

    void applyOk(Runner &r, const Plan &plan)
    {
        QVERIFY2(plan.ok(), qPrintable(plan.errors.join(QLatin1Char('\n'))));
        const ApplyResult res = applyPlan(r, plan, QString());
        QVERIFY2(res.ok, qPrintable(res.message));
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_daemon.start(&error), qPrintable(error));
        QVERIFY2(m_sshd.start(&error), qPrintable(error));
        QVERIFY2(m_daemon.defineSpinner(kSpin, true, 0, &error), qPrintable(error));
        QVERIFY2(m_daemon.defineSpinner(kOdd, false, 0, &error), qPrintable(error));
    }

    void cleanupTestCase()
    {
        m_ssh.reset();
        m_daemon.stop();
        m_sshd.stop();
    }

    void readsThroughOneSession_data() { addVia(); }
    void readsThroughOneSession()
    {
        QFETCH(QString, via);
        CountingRunner counting(runner(via));
        Poller poller(counting, via);
        poller.setPersistentShell(true);
        HostSnapshotPtr s;
        for (int i = 0; i < 3; ++i) {
            s = refreshed(poller);
            QVERIFY(s);
            QTest::qWait(300);
        }
        const Vm *spin = s->vm(kSpin);
        QVERIFY2(spin, qPrintable(s->vms.isEmpty() ? QStringLiteral("no VMs") : s->vms.first().name));
        QCOMPARE(spin->state, QStringLiteral("running"));
        QCOMPARE(spin->memoryBytes, qint64(64) << 20);
        QCOMPARE(spin->vcpus, 1);
        QVERIFY(spin->cpuPct >= 0);
        QCOMPARE(spin->cpu.weight, 100);
        QCOMPARE(spin->cpu.cpuShares, qint64(1024));
        QCOMPARE(spin->cpu.maxPct, 100);
        QCOMPARE(spin->cpu.reservePct, 0);

        // A shut-off domain has no current balloon: unknown, not 0; its
        // definition's maximum is known.
        const Vm *odd = s->vm(kOdd);
        QVERIFY(odd);
        QCOMPARE(odd->state, QStringLiteral("shut off"));
        QCOMPARE(odd->maxMemoryBytes, qint64(64) << 20);
        // libvirt 9.0 reports an inactive domain's configured balloon; older
        // ones print none, which must read as unknown, never 0.
        const QByteArray stats = m_daemon.virsh({QStringLiteral("domstats"), QStringLiteral("--balloon"), kOdd});
        QCOMPARE(odd->memoryBytes, stats.contains("balloon.current=") ? qint64(64) << 20 : qint64(-1));
        QCOMPARE(odd->cpu.weight, 100);      // schedinfo prints 0 for "not set": the default

        // One virsh session (and one event stream), whatever the number of
        // refreshes and VMs; no virsh process per refresh or per VM.
        QCOMPARE(poller.virshSessionsOpened(), 1);
        for (const Argv &a : std::as_const(counting.runs))
            QVERIFY2(!mentionsVirsh(a), a.join(' ').constData());
        int virshStreams = 0;
        for (const Argv &a : std::as_const(counting.streams))
            virshStreams += mentionsVirsh(a) ? 1 : 0;
        QCOMPARE(virshStreams, 2);
    }

    void eventShowsStopAtOnce_data() { addVia(); }
    void eventShowsStopAtOnce()
    {
        QFETCH(QString, via);
        Runner &r = runner(via);
        Poller poller(r, via);
        poller.setPersistentShell(true);
        HostSnapshotPtr s = refreshed(poller);
        QVERIFY(s && s->vm(kSpin));
        QCOMPARE(s->vm(kSpin)->state, QStringLiteral("running"));
        QTest::qWait(500);     // the event stream is registered with libvirtd
        while (poller.pollEvents()) {}

        bool ok = false;
        m_daemon.virsh({QStringLiteral("destroy"), QStringLiteral("--domain"), kSpin}, &ok);
        QVERIFY(ok);
        QElapsedTimer t;
        t.start();
        bool seen = false;
        while (!seen && t.elapsed() < 15000) {
            seen = poller.pollEvents();
            if (!seen)
                QTest::qWait(50);
        }
        QVERIFY2(seen, "no lifecycle event arrived");
        s = refreshed(poller);
        QVERIFY(s);
        QCOMPARE(s->vm(kSpin)->state, QStringLiteral("shut off"));

        // Started again through the console's own plan.
        applyOk(r, planVmAction(*s, kSpin, VmAction::Start, "qemu:///system"));
        s = refreshed(poller);
        QCOMPARE(s->vm(kSpin)->state, QStringLiteral("running"));
    }

    void cpuPlanReachesCgroup()
    {
        Poller poller(m_local, QStringLiteral("local"));
        HostSnapshotPtr s = refreshed(poller);
        QVERIFY(s && s->vm(kSpin) && s->vm(kOdd));
        CpuSchedule schedule;
        const Plan plan = planVmCpu(*s, VmCpuRequest{kSpin, 200, 30, 50}, 0, "qemu:///system", &schedule);
        QVERIFY2(plan.ok(), qPrintable(plan.errors.join(QLatin1Char('\n'))));
        const QString lines = plan.commandLines().join(QLatin1Char('\n'));
        QVERIFY2(lines.contains(QLatin1String("vcpu_quota=50000")), qPrintable(lines));
        QVERIFY2(lines.contains(QLatin1String("metadata")), qPrintable(lines));
        applyOk(m_local, plan);

        poller.invalidateVmConfig();
        s = refreshed(poller, true);
        const Vm *spin = s->vm(kSpin);
        QCOMPARE(spin->cpu.weight, 200);
        QCOMPARE(spin->cpu.reservePct, 30);
        QCOMPARE(spin->cpu.maxPct, 50);
        QCOMPARE(spin->cpu.cpuShares, schedule.find(kSpin)->cpuShares);
        // The stopped VM's shares moved too (its definition only).
        QCOMPARE(s->vm(kOdd)->cpu.cpuShares, schedule.find(kOdd)->cpuShares);
        QCOMPARE(s->vm(kOdd)->cpu.weight, 100);

        // The kernel has it: the domain's cgroup and its vCPU's quota.
        const QString cg = m_daemon.cpuCgroup(kSpin);
        QVERIFY2(!cg.isEmpty(), "no cgroup for the running domain");
        QCOMPARE(readFile(cg + QStringLiteral("/cpu.shares")), QByteArray::number(schedule.find(kSpin)->cpuShares));
        QCOMPARE(readFile(cg + QStringLiteral("/vcpu0/cpu.cfs_quota_us")), QByteArray("50000"));

        // Back to no cap, default weight, no reservation.
        applyOk(m_local, planVmCpu(*s, VmCpuRequest{kSpin, 100, 0, 100}, 0, "qemu:///system"));
        poller.invalidateVmConfig();
        s = refreshed(poller, true);
        QCOMPARE(s->vm(kSpin)->cpu.maxPct, 100);
        QCOMPARE(s->vm(kSpin)->cpu.reservePct, 0);
        QCOMPARE(readFile(cg + QStringLiteral("/vcpu0/cpu.cfs_quota_us")), QByteArray("-1"));
    }

    void cpuPlanRefusals()
    {
        Poller poller(m_local, QStringLiteral("local"));
        HostSnapshotPtr s = refreshed(poller);
        QVERIFY(s);
        const int cpus = s->info.cpus;
        QVERIFY(cpus >= 1);
        // The host keeps all but half a CPU: a 60 % reservation does not fit,
        // whatever other VMs on this machine reserve.
        int others = 0;
        for (const Vm &vm : s->vms)
            others += vm.name == kSpin ? 0 : qMax(0, vm.cpu.reservePct);
        Plan p = planVmCpu(*s, VmCpuRequest{kSpin, 100, 60, 100}, cpus * 100 - 50, "qemu:///system");
        QVERIFY(!p.ok());
        QVERIFY2(p.errors.join(' ').contains(QStringLiteral("reservations add up to %1 %").arg(60 + others)),
                 qPrintable(p.errors.join(' ')));
        p = planVmCpu(*s, VmCpuRequest{kSpin, 100, 40, 30}, 0, "qemu:///system");
        QVERIFY(!p.ok());
        QVERIFY(p.errors.join(' ').contains(QLatin1String("below the reservation")));
        p = planVmCpu(*s, VmCpuRequest{QStringLiteral("ftc-gone"), 100, 0, 100}, 0, "qemu:///system");
        QVERIFY(!p.ok());
        QVERIFY(p.errors.join(' ').contains(QLatin1String("no longer on")));
        p = planVmCpu(*s, VmCpuRequest{kSpin, 0, 0, 100}, 0, "qemu:///system");
        QVERIFY(p.errors.join(' ').contains(QLatin1String("weight 0 is out of range")));
    }

    void autostartAndManagedSave()
    {
        Poller poller(m_local, QStringLiteral("local"));
        HostSnapshotPtr s = refreshed(poller, true);
        QVERIFY(s && s->vm(kOdd));
        QCOMPARE(s->vm(kOdd)->autostart, std::optional<bool>(false));
        applyOk(m_local, planVmAutostart(*s, kOdd, true, "qemu:///system"));
        s = refreshed(poller, true);
        QCOMPARE(s->vm(kOdd)->autostart, std::optional<bool>(true));
        applyOk(m_local, planVmAutostart(*s, kOdd, false, "qemu:///system"));
        s = refreshed(poller, true);
        QCOMPARE(s->vm(kOdd)->autostart, std::optional<bool>(false));

        // Save state, then Start restores it.
        QCOMPARE(s->vm(kSpin)->state, QStringLiteral("running"));
        applyOk(m_local, planVmAction(*s, kSpin, VmAction::Save, "qemu:///system"));
        s = refreshed(poller);
        QCOMPARE(s->vm(kSpin)->state, QStringLiteral("shut off"));
        QVERIFY(s->vm(kSpin)->managedSave);
        const Plan restore = planVmAction(*s, kSpin, VmAction::Start, "qemu:///system");
        QVERIFY(restore.steps.value(0).title.startsWith(QLatin1String("Restore")));
        applyOk(m_local, restore);
        s = refreshed(poller);
        QCOMPARE(s->vm(kSpin)->state, QStringLiteral("running"));
        QVERIFY(!s->vm(kSpin)->managedSave);
        QCOMPARE(s->vm(kSpin)->stateReason, 3);   // VIR_DOMAIN_RUNNING_RESTORED

        // A VM that is not running cannot be turned off: refused, naming it.
        const Plan off = planVmAction(*s, kOdd, VmAction::TurnOff, "qemu:///system");
        QVERIFY(!off.ok());
        QVERIFY(off.errors.join(' ').contains(kOdd));
    }

    void libvirtGuestsEditedAndRestored()
    {
        // This machine's own libvirt-guests settings, edited through the
        // console's plan and put back as they were (or removed, if there were none).
        Poller poller(m_local, QStringLiteral("local"));
        HostSnapshotPtr s = refreshed(poller, true);
        QVERIFY(s);
        const QString path = s->libvirtGuests.path;
        QVERIFY2(!path.isEmpty(), "the console does not know where this host keeps libvirt-guests' settings");
        QFile file(path);
        const bool existed = file.exists();
        QByteArray before;
        if (existed) {
            QVERIFY(file.open(QIODevice::ReadOnly));
            before = file.readAll();
            file.close();
        }
        const bool suspends = s->libvirtGuests.suspends();
        applyOk(m_local, planLibvirtGuestsOnShutdown(*s, !suspends));
        s = refreshed(poller, true);
        QCOMPARE(s->libvirtGuests.suspends(), !suspends);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray edited = file.readAll();
        file.close();
        QVERIFY(edited.contains(suspends ? "ON_SHUTDOWN=shutdown" : "ON_SHUTDOWN=suspend"));
        // Everything else the file held is still there.
        for (const QByteArray &line : before.split('\n'))
            if (!line.startsWith("ON_SHUTDOWN="))
                QVERIFY2(edited.contains(line), line.constData());
        // And back.
        applyOk(m_local, planLibvirtGuestsOnShutdown(*s, suspends));
        s = refreshed(poller, true);
        QCOMPARE(s->libvirtGuests.suspends(), suspends);
        if (existed) {
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(before);
            file.close();
        } else {
            QVERIFY(QFile::remove(path));
        }
    }

    void brokenConnectionIsAProblem()
    {
        Poller poller(m_local, QStringLiteral("local"));
        poller.setLibvirtUri("qemu:///nowhere");
        const HostSnapshotPtr s = refreshed(poller);
        QVERIFY(s);                       // the rest of the host is still read
        QVERIFY(s->vms.isEmpty());
        bool named = false;
        for (const Problem &p : s->problems)
            named = named || (p.source == QLatin1String("virsh/domstats") && p.message.contains(QLatin1String("libvirt cannot open this connection"))
                              && p.message.contains(QLatin1String("Libvirt Connection")));
        QVERIFY2(named, "no problem reported for the broken libvirt connection");
    }
};

QTEST_GUILESS_MAIN(TestLibvirtBackend)
#include "tst_libvirt_backend.moc"
