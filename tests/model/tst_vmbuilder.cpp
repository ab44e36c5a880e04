// The VM area: domains, autostart and CPU limits from virsh, the console's
// metadata, and unknown kept unknown.

#include "BuilderFixtures.h"
#include "checks/Findings.h"
#include "report/JsonReport.h"
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
    void absentIsUnknown();
    void metadataGivesWeightAndReserve();
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
    QCOMPARE(dc->cpu.maxPct, 50);  // each vCPU at half a CPU
    const Vm *fs = s.vm(QStringLiteral("FS1"));
    QCOMPARE(fs->state, QStringLiteral("paused"));
    QCOMPARE(fs->cpu.weight, 10);
    QCOMPARE(fs->cpu.maxPct, 100); // cgroup v2 "max" reads as 2^44-1: no cap
    const Vm *ex = s.vm(QStringLiteral("EX1"));
    QCOMPARE(ex->state, QStringLiteral("in shutdown"));
    QCOMPARE(ex->vcpus, 4);
    // Session mode has no CPU tuning: the figures are unknown, not defaults.
    QCOMPARE(ex->cpu.maxPct, -1);
    QCOMPARE(ex->cpu.weight, -1);
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
    QCOMPARE(v.autostart, std::optional<bool>(true));
    QCOMPARE(v.cpu.cpuShares, qint64(512));
    QCOMPARE(v.cpu.weight, 50);
    QCOMPARE(v.cpu.maxPct, 50);
    QCOMPARE(v.cpu.reservePct, -1);    // the metadata was not read: unknown

    raw.files.insert(QStringLiteral("virsh/schedinfo/spin1"), fixture(QStringLiteral("libvirt/qemu_schedinfo_default.txt")));
    raw.files.insert(QStringLiteral("virsh/domstats"), fixture(QStringLiteral("libvirt/qemu_domstats_shutoff.txt")));
    raw.files.insert(QStringLiteral("virsh/autostart"), QByteArray());
    const HostSnapshot d = builtBy<buildVms>(raw);
    QCOMPARE(d.vms.value(0).state, QStringLiteral("shut off"));
    QCOMPARE(d.vms.value(0).cpu.weight, 100);
    QCOMPARE(d.vms.value(0).cpu.maxPct, 100);
    QCOMPARE(d.vms.value(0).autostart, std::optional<bool>(false));
}

void TestVmBuilder::absentIsUnknown()
{
    // An inactive domain prints no balloon.current and no cpu.*: a shut-off
    // VM defined with 2 GiB, not one with 0 bytes. Without the autostart
    // list (a live read) autostart is unknown, not "no".
    RawSources raw;
    raw.files.insert(QStringLiteral("virsh/domstats"), "Domain: 'web'\n  state.state=5\n  balloon.maximum=2097152\n");
    const HostSnapshot s = builtBy<buildVms>(raw);
    const Vm *web = s.vm(QStringLiteral("web"));
    QVERIFY(web);
    QCOMPARE(web->state, QStringLiteral("shut off"));
    QCOMPARE(web->memoryBytes, qint64(-1));
    QCOMPARE(web->maxMemoryBytes, qint64(2) << 30);
    QCOMPARE(web->vcpus, -1);
    QCOMPARE(web->cpuTimeNs, qint64(-1));
    QVERIFY(!web->autostart.has_value());
    QCOMPARE(web->cpu.weight, -1);
    QCOMPARE(web->cpu.maxPct, -1);

    // Its schedinfo prints 0 for whatever is not set: the defaults.
    raw.files.insert(QStringLiteral("virsh/schedinfo/web"), fixture(QStringLiteral("libvirt/qemu_schedinfo_config.txt")));
    raw.files.insert(QStringLiteral("virsh/metadata/web"), QByteArray(""));
    const HostSnapshot t = builtBy<buildVms>(raw);
    QCOMPARE(t.vm(QStringLiteral("web"))->cpu.weight, 100);
    QCOMPARE(t.vm(QStringLiteral("web"))->cpu.maxPct, 100);
    QCOMPARE(t.vm(QStringLiteral("web"))->cpu.reservePct, 0);   // asked, none recorded

    // The JSON report says unknown as null.
    const QJsonObject vm = jsonReport(s, {}).value(QStringLiteral("vms")).toArray().first().toObject();
    QVERIFY(vm.value(QStringLiteral("memory_bytes")).isNull());
    QCOMPARE(vm.value(QStringLiteral("max_memory_bytes")).toInteger(), qint64(2) << 30);
    QVERIFY(vm.value(QStringLiteral("autostart")).isNull());
    QVERIFY(vm.value(QStringLiteral("cpu")).toObject().value(QStringLiteral("weight")).isNull());
}

void TestVmBuilder::metadataGivesWeightAndReserve()
{
    // cpu_shares derived from everyone's weights and reservations cannot say
    // one VM's weight: the console's record with the VM does.
    RawSources raw;
    raw.files.insert(QStringLiteral("virsh/domstats"), "Domain: 'DC1'\n  state.state=1\n  vcpu.current=1\n");
    raw.files.insert(QStringLiteral("virsh/schedinfo/DC1"),
                     "Scheduler      : posix\ncpu_shares     : 1843\nvcpu_period    : 100000\nvcpu_quota     : -1\n");
    raw.files.insert(QStringLiteral("virsh/metadata/DC1"), "<vm weight=\"300\" reserve_pct=\"70\" save_on_stop=\"yes\"/>\n");
    const HostSnapshot s = builtBy<buildVms>(raw);
    const Vm *dc = s.vm(QStringLiteral("DC1"));
    QCOMPARE(dc->cpu.weight, 300);
    QVERIFY(dc->cpu.weightFromMetadata);
    QCOMPARE(dc->cpu.reservePct, 70);
    QCOMPARE(dc->cpu.cpuShares, qint64(1843));
    QCOMPARE(dc->cpu.maxPct, 100);
    QCOMPARE(dc->saveOnStop, std::optional<bool>(true));

    // A record that is not the console's shape is named, not guessed at.
    raw.files.insert(QStringLiteral("virsh/metadata/DC1"), "<vm reserve_pct=\"150\"/>\n");
    const HostSnapshot bad = builtBy<buildVms>(raw);
    QVERIFY(bad.vm(QStringLiteral("DC1"))->configProblem.contains(QLatin1String("150")));
    QCOMPARE(bad.vm(QStringLiteral("DC1"))->cpu.weight, 180);   // from the shares, as for any VM
}

QTEST_GUILESS_MAIN(TestVmBuilder)
#include "tst_vmbuilder.moc"
