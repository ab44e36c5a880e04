// virsh nodeinfo / domstats --raw / list --name / schedinfo parsers over the
// libvirt captures, including session mode's error output.

#include "Fixture.h"
#include "parse/Virsh.h"

#include <QtTest>

using namespace ftc;
using ftc::test::fixture;

class TestVirshParse : public QObject {
    Q_OBJECT
private slots:
    void nodeinfo();
    void domstatsRunning();
    void domstatsShutoffAndTwo();
    void domstatsBroken();
    void stateNames();
    void nameLists();
    void schedinfo();
    void schedinfoErrors();
};

void TestVirshParse::nodeinfo()
{
    const VirshNodeInfo q = parseVirshNodeInfo(fixture(QStringLiteral("libvirt/qemu_nodeinfo.txt")));
    QVERIFY(q.errors.isEmpty());
    QCOMPARE(q.cpus, 2);
    QCOMPARE(q.mhz, 2096);
    QCOMPARE(q.memoryKiB, qint64(4679456));
    QCOMPARE(q.cpuModel, QStringLiteral("x86_64"));
    const VirshNodeInfo t = parseVirshNodeInfo(fixture(QStringLiteral("libvirt/test_nodeinfo.txt")));
    QCOMPARE(t.cpus, 16);
    QCOMPARE(t.mhz, 1400);
}

void TestVirshParse::domstatsRunning()
{
    const DomStats s = parseVirshDomStats(fixture(QStringLiteral("libvirt/qemu_domstats_running.txt")));
    QVERIFY(s.errors.isEmpty());
    QCOMPARE(s.domains.size(), 1);
    const DomainStats &d = s.domains[0];
    QCOMPARE(d.name, QStringLiteral("spin1"));
    QCOMPARE(d.state, 1);
    QCOMPARE(d.balloonCurrentKiB, qint64(65536));
    QCOMPARE(d.balloonMaximumKiB, qint64(65536));
    QCOMPARE(d.vcpuCurrent, 1);
    QCOMPARE(d.cpuTimeNs, qint64(22807733000));
    QCOMPARE(d.values.value(QStringLiteral("block.0.path")), QStringLiteral("/var/lib/libvirt/images/spin.raw"));
}

void TestVirshParse::domstatsShutoffAndTwo()
{
    const DomStats off = parseVirshDomStats(fixture(QStringLiteral("libvirt/qemu_domstats_shutoff.txt")));
    QCOMPARE(off.domains.value(0).state, 5);
    const DomStats two = parseVirshDomStats(fixture(QStringLiteral("libvirt/qemu_domstats_cpu_total_two_domains.txt")));
    QCOMPARE(two.domains.size(), 2);
    QCOMPARE(two.domains[1].name, QStringLiteral("spin2"));
    QCOMPARE(two.domains[1].state, -1);
    QCOMPARE(two.domains[1].cpuTimeNs, qint64(6752840000));
    const DomStats test = parseVirshDomStats(fixture(QStringLiteral("libvirt/test_domstats.txt")));
    QVERIFY(test.errors.isEmpty());
    QCOMPARE(test.domains.value(0).name, QStringLiteral("test"));
}

void TestVirshParse::domstatsBroken()
{
    const DomStats s = parseVirshDomStats("  state.state=1\nDomain: 'it's'\n  nonsense\n  vcpu.current=x\n"
                                          "error: failed to connect to the hypervisor\n");
    QCOMPARE(s.errors.size(), 2);
    QCOMPARE(s.errors[0].line, 1);
    QCOMPARE(s.domains.value(0).name, QStringLiteral("it's"));
    QCOMPARE(s.domains.value(0).vcpuCurrent, -1);
    QCOMPARE(s.toolErrors.size(), 1);
}

void TestVirshParse::stateNames()
{
    QCOMPARE(domainStateName(0), QStringLiteral("no state"));
    QCOMPARE(domainStateName(1), QStringLiteral("running"));
    QCOMPARE(domainStateName(2), QStringLiteral("idle"));
    QCOMPARE(domainStateName(3), QStringLiteral("paused"));
    QCOMPARE(domainStateName(4), QStringLiteral("in shutdown"));
    QCOMPARE(domainStateName(5), QStringLiteral("shut off"));
    QCOMPARE(domainStateName(6), QStringLiteral("crashed"));
    QCOMPARE(domainStateName(7), QStringLiteral("pmsuspended"));
    QCOMPARE(domainStateName(42), QStringLiteral("unknown"));
}

void TestVirshParse::nameLists()
{
    const VirshNameList n = parseVirshNameList(fixture(QStringLiteral("libvirt/qemu_list_all_name.txt")));
    QCOMPARE(n.names, QStringList({QStringLiteral("spin1")}));
    const VirshNameList t = parseVirshNameList(fixture(QStringLiteral("libvirt/qemu_list_autostart.txt")));
    QCOMPARE(t.names, QStringList({QStringLiteral("spin1")}));
    const VirshNameList off = parseVirshNameList(fixture(QStringLiteral("libvirt/qemu_list_all_managed_saved.txt")));
    QCOMPARE(off.names, QStringList({QStringLiteral("spin1")}));
    QVERIFY(parseVirshNameList("\n\n").names.isEmpty());
}

void TestVirshParse::schedinfo()
{
    const SchedInfo d = parseVirshSchedInfo(fixture(QStringLiteral("libvirt/qemu_schedinfo_default.txt")));
    QVERIFY(d.errors.isEmpty());
    QCOMPARE(d.scheduler, QStringLiteral("posix"));
    QCOMPARE(d.param(QStringLiteral("cpu_shares")), qint64(1024));
    QCOMPARE(d.param(QStringLiteral("vcpu_quota")), qint64(-1));
    QCOMPARE(d.param(QStringLiteral("emulator_period")), qint64(100000));
    const SchedInfo a = parseVirshSchedInfo(fixture(QStringLiteral("libvirt/qemu_schedinfo_after.txt")));
    QCOMPARE(a.param(QStringLiteral("cpu_shares")), qint64(512));
    QCOMPARE(a.param(QStringLiteral("vcpu_quota")), qint64(50000));
    const SchedInfo t = parseVirshSchedInfo(fixture(QStringLiteral("libvirt/test_schedinfo_test.txt")));
    QCOMPARE(t.scheduler, QStringLiteral("fair"));
    QCOMPARE(t.param(QStringLiteral("weight")), qint64(50));
}

void TestVirshParse::schedinfoErrors()
{
    const SchedInfo s = parseVirshSchedInfo(fixture(QStringLiteral("libvirt/qemu_schedinfo_error_non_numeric.txt")));
    QCOMPARE(s.scheduler, QStringLiteral("posix"));
    QVERIFY(s.errors.isEmpty());
    QCOMPARE(s.toolErrors.size(), 1);
    QVERIFY(s.params.isEmpty());
    const SchedInfo session = parseVirshSchedInfo(
        "Scheduler      : Unknown\nerror: Operation not supported: CPU tuning is not available in session mode\n");
    QCOMPARE(session.scheduler, QStringLiteral("Unknown"));
    QCOMPARE(session.toolErrors.size(), 1);
    const SchedInfo bad = parseVirshSchedInfo("cpu_shares : lots\nrandom\n");
    QCOMPARE(bad.errors.size(), 2);
}

QTEST_GUILESS_MAIN(TestVirshParse)
#include "tst_virshparse.moc"
