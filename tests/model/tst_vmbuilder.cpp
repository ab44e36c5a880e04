// The VM area: domains, autostart and CPU limits from virsh.

#include "BuilderFixtures.h"
#include "checks/Findings.h"
#include "model/Modules.h"
#include "model/SyncSmoother.h"

#include <QTimeZone>
#include <QtTest>

using namespace ftc;
using namespace ftc::test;

class TestVmBuilder : public QObject {
    Q_OBJECT
private slots:
    void vmCpuLimits();
    void vms();
};

void TestVmBuilder::vmCpuLimits()
{
    RawSources raw;
    raw.files.insert(QStringLiteral("virsh/domstats"),
        "Domain: 'DC1'\n  state.state=1\n  balloon.current=524288\n  vcpu.current=2\n\n"
        "Domain: 'FS1'\n  state.state=3\n  vcpu.current=2\n\n"
        "Domain: 'EX1'\n  state.state=4\n  vcpu.maximum=4\n");
    raw.files.insert(QStringLiteral("virsh/schedinfo/DC1"),
                     "Scheduler      : posix\ncpu_shares     : 2048\nvcpu_period    : 100000\nvcpu_quota     : 50000\n");
    raw.files.insert(QStringLiteral("virsh/schedinfo/FS1"),
                     "Scheduler      : posix\ncpu_shares     : 100\nvcpu_period    : 100000\n"
                     "vcpu_quota     : 17592186044415\n");
    raw.files.insert(QStringLiteral("virsh/schedinfo/EX1"),
                     "Scheduler      : Unknown\nerror: Operation not supported: CPU tuning is not available in session mode\n");
    const HostSnapshot s = builtBy<buildVms>(raw);
    const Vm *dc = s.vm(QStringLiteral("DC1"));
    QCOMPARE(dc->memoryBytes, qint64(536870912));
    QCOMPARE(dc->cpu.weight, 200);
    QCOMPARE(dc->cpu.maxPct, 100); // 2 vCPUs at half a CPU each
    const Vm *fs = s.vm(QStringLiteral("FS1"));
    QCOMPARE(fs->state, QStringLiteral("paused"));
    QCOMPARE(fs->cpu.weight, 10);
    QCOMPARE(fs->cpu.maxPct, 200); // cgroup v2 "max" reads as 2^44-1: unlimited
    const Vm *ex = s.vm(QStringLiteral("EX1"));
    QCOMPARE(ex->state, QStringLiteral("in shutdown"));
    QCOMPARE(ex->vcpus, 4);
    QCOMPARE(ex->cpu.maxPct, 400);
    QCOMPARE(ex->cpu.weight, 100);
    QCOMPARE(s.problems.size(), 1); // the session-mode error is worth a note
    QCOMPARE(s.problems[0].source, QStringLiteral("virsh/schedinfo/EX1"));
}

void TestVmBuilder::vms()
{
    RawSources raw;
    raw.files.insert(QStringLiteral("virsh/domstats"), fixture(QStringLiteral("libvirt/qemu_domstats_raw.txt")));
    raw.files.insert(QStringLiteral("virsh/autostart"), fixture(QStringLiteral("libvirt/qemu_list_all_name.txt")));
    raw.files.insert(QStringLiteral("virsh/schedinfo/spin1"), fixture(QStringLiteral("libvirt/qemu_schedinfo_after.txt")));
    const HostSnapshot s = builtBy<buildVms>(raw);
    QVERIFY(s.problems.isEmpty());
    QCOMPARE(s.vms.size(), 1);
    const Vm &v = s.vms[0];
    QCOMPARE(v.name, QStringLiteral("spin1"));
    QCOMPARE(v.state, QStringLiteral("running"));
    QCOMPARE(v.memoryBytes, qint64(65536) * 1024);
    QCOMPARE(v.maxMemoryBytes, qint64(65536) * 1024);
    QCOMPARE(v.vcpus, 1);
    QCOMPARE(v.cpuTimeNs, qint64(22909742000));
    QVERIFY(v.autostart);
    QCOMPARE(v.cpu.cpuShares, qint64(512));
    QCOMPARE(v.cpu.weight, 50);
    QCOMPARE(v.cpu.maxPct, 50);
    QCOMPARE(v.cpu.reservePct, 0);

    raw.files.insert(QStringLiteral("virsh/schedinfo/spin1"), fixture(QStringLiteral("libvirt/qemu_schedinfo_default.txt")));
    raw.files.insert(QStringLiteral("virsh/domstats"), fixture(QStringLiteral("libvirt/qemu_domstats_shutoff.txt")));
    raw.files.insert(QStringLiteral("virsh/autostart"), QByteArray());
    const HostSnapshot d = builtBy<buildVms>(raw);
    QCOMPARE(d.vms.value(0).state, QStringLiteral("shut off"));
    QCOMPARE(d.vms.value(0).cpu.weight, 100);
    QCOMPARE(d.vms.value(0).cpu.maxPct, 100);
    QVERIFY(!d.vms.value(0).autostart);
}

QTEST_GUILESS_MAIN(TestVmBuilder)
#include "tst_vmbuilder.moc"
