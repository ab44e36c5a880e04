// virsh nodeinfo / domstats --raw / list --name / schedinfo / dominfo /
// domstate / dumpxml parsers over the libvirt captures, including session
// mode's error output, and hand-written cases from virsh's printf formats.

#include "Fixture.h"
#include "parse/DomainXml.h"
#include "parse/Virsh.h"

#include <QtTest>

#include <limits>

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
    void nodeinfoWithoutFrequency();
    void domstatsInactiveAbsentIsUnknown();
    void domstatsStateReason();
    void schedinfoInactiveZerosMeanNotSet();
    void schedinfoOldLibvirt();
    void schedValueDefaults();
    void dominfoRunning();
    void dominfoShutoffAndManagedSave();
    void dominfoTestDriver();
    void dominfoGrammarCases();
    void dominfoErrors();
    void domstateReason();
    void dumpxmlQemu();
    void dumpxmlTestDriver();
    void dumpxmlEveryDevice();
    void dumpxmlMetadata();
    void dumpxmlMemoryUnits();
    void dumpxmlMalformed();
    void dumpxmlToolErrors();
    void garbledCaptures();
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

void TestVirshParse::nodeinfoWithoutFrequency()
{
    // virsh >= 6.x leaves the line out when libvirt has no frequency (aarch64).
    const VirshNodeInfo arm = parseVirshNodeInfo("CPU model:           aarch64\n"
                                                 "CPU(s):              8\n"
                                                 "CPU socket(s):       1\n"
                                                 "Core(s) per socket:  8\n"
                                                 "Thread(s) per core:  1\n"
                                                 "NUMA cell(s):        1\n"
                                                 "Memory size:         16318488 KiB\n");
    QVERIFY(arm.errors.isEmpty());
    QCOMPARE(arm.cpus, 8);
    QCOMPARE(arm.mhz, -1);
    QCOMPARE(arm.memoryKiB, qint64(16318488));
    QCOMPARE(arm.cpuModel, QStringLiteral("aarch64"));
    // Older virsh printed the unknown frequency as 0: still unknown, not zero.
    const VirshNodeInfo old = parseVirshNodeInfo("CPU model:           s390x\nCPU(s):              4\n"
                                                 "CPU frequency:       0 MHz\n");
    QCOMPARE(old.mhz, -1);
    QCOMPARE(old.cpus, 4);
}

void TestVirshParse::domstatsInactiveAbsentIsUnknown()
{
    const DomStats s = parseVirshDomStats("Domain: 'web'\n  state.state=5\n  balloon.maximum=2097152\n");
    QVERIFY(s.errors.isEmpty());
    QCOMPARE(s.domains.size(), 1);
    const DomainStats &d = s.domains[0];
    QCOMPARE(d.name, QStringLiteral("web"));
    QCOMPARE(d.state, 5);
    QCOMPARE(d.balloonMaximumKiB, qint64(2097152));
    QCOMPARE(d.balloonCurrentKiB, qint64(-1));
    QCOMPARE(d.cpuTimeNs, qint64(-1));
    QCOMPARE(d.vcpuCurrent, -1);
    QCOMPARE(d.vcpuMaximum, -1);
    QCOMPARE(d.stateReason, -1);
    QCOMPARE(d.values.size(), 2);
}

void TestVirshParse::domstatsStateReason()
{
    // virDomainShutoffReason: 2 destroyed, 5 saved.
    const DomStats off = parseVirshDomStats(fixture(QStringLiteral("libvirt/qemu_domstats_shutoff.txt")));
    QCOMPARE(off.domains.value(0).stateReason, 2);
    const DomStats saved = parseVirshDomStats(fixture(QStringLiteral("libvirt/qemu_domstats_shutoff_saved.txt")));
    QCOMPARE(saved.domains.value(0).stateReason, 5);
    QCOMPARE(saved.domains.value(0).cpuTimeNs, qint64(900000000));
}

void TestVirshParse::schedinfoInactiveZerosMeanNotSet()
{
    // `schedinfo --config` of a domain without <cputune>: 0 for everything.
    const SchedInfo c = parseVirshSchedInfo(fixture(QStringLiteral("libvirt/qemu_schedinfo_config.txt")));
    QVERIFY(c.errors.isEmpty());
    QCOMPARE(c.params.size(), 9);
    for (auto it = c.params.cbegin(); it != c.params.cend(); ++it) {
        QCOMPARE(it.value(), qint64(0));
        QVERIFY2(!c.isSet(it.key()), qPrintable(it.key()));
    }
    // With <cputune> in the XML the set values read as set, the rest not.
    const SchedInfo t = parseVirshSchedInfo(fixture(QStringLiteral("libvirt/qemu_schedinfo_from_config_cputune.txt")));
    QVERIFY(t.isSet(QStringLiteral("cpu_shares")));
    QCOMPARE(t.param(QStringLiteral("cpu_shares")), qint64(256));
    QVERIFY(t.isSet(QStringLiteral("vcpu_quota")));
    QCOMPARE(t.param(QStringLiteral("vcpu_quota")), qint64(20000));
    QVERIFY(!t.isSet(QStringLiteral("emulator_quota")));
    QVERIFY(!t.isSet(QStringLiteral("no_such_param")));
    // The running default: -1 quotas are no cap.
    const SchedInfo d = parseVirshSchedInfo(fixture(QStringLiteral("libvirt/qemu_schedinfo_default.txt")));
    QVERIFY(!d.isSet(QStringLiteral("vcpu_quota")));
    QVERIFY(!d.isSet(QStringLiteral("global_quota")));
}

void TestVirshParse::schedinfoOldLibvirt()
{
    // libvirt 1.x: no global_* or iothread_* lines.
    const SchedInfo s = parseVirshSchedInfo("Scheduler      : posix\n"
                                            "cpu_shares     : 1024\n"
                                            "vcpu_period    : 100000\n"
                                            "vcpu_quota     : -1\n"
                                            "emulator_period: 100000\n"
                                            "emulator_quota : -1\n");
    QVERIFY(s.errors.isEmpty());
    QCOMPARE(s.params.size(), 5);
    QCOMPARE(s.param(QStringLiteral("cpu_shares")), qint64(1024));
    QCOMPARE(s.param(QStringLiteral("emulator_period")), qint64(100000));
    QCOMPARE(s.param(QStringLiteral("global_period")), qint64(-1));
    QCOMPARE(s.param(QStringLiteral("iothread_quota"), 7), qint64(7));
    QVERIFY(!s.params.contains(QStringLiteral("global_quota")));
}

void TestVirshParse::schedValueDefaults()
{
    QVERIFY(schedValueIsDefault(QStringLiteral("cpu_shares"), 0));
    QVERIFY(!schedValueIsDefault(QStringLiteral("cpu_shares"), 512));
    QVERIFY(schedValueIsDefault(QStringLiteral("vcpu_period"), 0));
    QVERIFY(!schedValueIsDefault(QStringLiteral("vcpu_period"), 100000));
    QVERIFY(schedValueIsDefault(QStringLiteral("vcpu_quota"), 0));
    QVERIFY(schedValueIsDefault(QStringLiteral("vcpu_quota"), -1));
    QVERIFY(schedValueIsDefault(QStringLiteral("global_quota"), kSchedQuotaUnlimited));
    QVERIFY(schedValueIsDefault(QStringLiteral("vcpu_quota"), 18446744073709551LL)); // cgroup v1's max
    QVERIFY(!schedValueIsDefault(QStringLiteral("vcpu_quota"), 50000));
    QVERIFY(!schedValueIsDefault(QStringLiteral("vcpu_quota"), kSchedQuotaUnlimited - 1));
    QVERIFY(schedValueIsDefault(QStringLiteral("cap"), 0));
    QVERIFY(!schedValueIsDefault(QStringLiteral("weight"), 0));
}

void TestVirshParse::dominfoRunning()
{
    const DomInfo d = parseVirshDomInfo(fixture(QStringLiteral("libvirt/qemu_dominfo_running.txt")));
    QVERIFY(d.errors.isEmpty());
    QVERIFY(d.toolErrors.isEmpty());
    QCOMPARE(d.id, 1);
    QCOMPARE(d.name, QStringLiteral("spin1"));
    QCOMPARE(d.uuid, QStringLiteral("08038911-9643-4aeb-8bf0-c7f5763e6a5e"));
    QCOMPARE(d.osType, QStringLiteral("hvm"));
    QCOMPARE(d.state, QStringLiteral("running"));
    QCOMPARE(d.stateCode, 1);
    QCOMPARE(d.cpus, 1);
    QCOMPARE(d.cpuTimeSec, 22.7);
    QCOMPARE(d.maxMemoryKiB, qint64(65536));
    QCOMPARE(d.usedMemoryKiB, qint64(65536));
    QVERIFY(!d.maxMemoryUnlimited);
    QCOMPARE(d.persistent, TriState(true));
    QCOMPARE(d.autostart, TriState(false));
    QCOMPARE(d.managedSave, TriState(false));
    QCOMPARE(d.securityModel, QStringLiteral("none"));
    QCOMPARE(d.extra.value(QStringLiteral("Security DOI")), QStringLiteral("0"));
    QCOMPARE(d.messages, QStringList({QStringLiteral("tainted: running with undesirable elevated privileges")}));
    const DomInfo a = parseVirshDomInfo(fixture(QStringLiteral("libvirt/qemu_dominfo_autostart_enabled.txt")));
    QCOMPARE(a.autostart, TriState(true));
    QCOMPARE(a.cpuTimeSec, 52.9);
}

void TestVirshParse::dominfoShutoffAndManagedSave()
{
    const DomInfo d = parseVirshDomInfo(fixture(QStringLiteral("libvirt/qemu_dominfo_shutoff.txt")));
    QVERIFY(d.errors.isEmpty());
    QCOMPARE(d.id, -1);
    QCOMPARE(d.state, QStringLiteral("shut off"));
    QCOMPARE(d.stateCode, 5);
    QCOMPARE(d.cpuTimeSec, -1.0); // no "CPU time" line for an inactive domain
    QCOMPARE(d.managedSave, TriState(false));
    QVERIFY(d.messages.isEmpty());
    const DomInfo m = parseVirshDomInfo(fixture(QStringLiteral("libvirt/qemu_dominfo_managed_saved.txt")));
    QCOMPARE(m.managedSave, TriState(true));
    QCOMPARE(m.autostart, TriState(true));
    QCOMPARE(m.id, -1);
}

void TestVirshParse::dominfoTestDriver()
{
    const DomInfo d = parseVirshDomInfo(fixture(QStringLiteral("libvirt/test_dominfo_test.txt")));
    QVERIFY(d.errors.isEmpty());
    QCOMPARE(d.osType, QStringLiteral("linux"));
    QCOMPARE(d.cpus, 2);
    QCOMPARE(d.cpuTimeSec, 1795560956.2);
    QCOMPARE(d.maxMemoryKiB, qint64(8388608));
    QCOMPARE(d.usedMemoryKiB, qint64(2097152));
    QCOMPARE(d.securityModel, QStringLiteral("testSecurity"));
    QCOMPARE(d.securityLabel, QStringLiteral("libvirt-test (enforcing)"));
    QVERIFY(d.extra.contains(QStringLiteral("Security DOI"))); // printed empty
    QCOMPARE(d.extra.value(QStringLiteral("Security DOI")), QString());
}

void TestVirshParse::dominfoGrammarCases()
{
    // "Max memory: no limit", "unknown" flags, no Autostart line (the driver
    // could not say), several messages under an empty label, an unknown key,
    // a German locale's decimal comma, and old virsh's "kB".
    const DomInfo d = parseVirshDomInfo("Id:             12\n"
                                        "Name:           web 01\n"
                                        "UUID:           5d2f0c5e-1111-2222-3333-444455556666\n"
                                        "OS Type:        hvm\n"
                                        "State:          in shutdown\n"
                                        "CPU(s):         4\n"
                                        "CPU time:       3,5s\n"
                                        "Max memory:     no limit\n"
                                        "Used memory:    1048576 kB\n"
                                        "Persistent:     unknown\n"
                                        "Managed save:   unknown\n"
                                        "Frobnication:   high\n"
                                        "Messages:       tainted: custom-argv\n"
                                        "                tainted: host-cpu\n");
    QVERIFY(d.errors.isEmpty());
    QCOMPARE(d.id, 12);
    QCOMPARE(d.name, QStringLiteral("web 01"));
    QCOMPARE(d.state, QStringLiteral("in shutdown"));
    QCOMPARE(d.stateCode, 4);
    QCOMPARE(d.cpuTimeSec, 3.5);
    QVERIFY(d.maxMemoryUnlimited);
    QCOMPARE(d.maxMemoryKiB, qint64(-1));
    QCOMPARE(d.usedMemoryKiB, qint64(1048576));
    QVERIFY(!d.persistent.has_value());
    QVERIFY(!d.autostart.has_value());
    QVERIFY(!d.managedSave.has_value());
    QCOMPARE(d.extra.value(QStringLiteral("Frobnication")), QStringLiteral("high"));
    QVERIFY(!d.extra.contains(QStringLiteral("tainted")));
    QCOMPARE(d.messages,
             QStringList({QStringLiteral("tainted: custom-argv"), QStringLiteral("tainted: host-cpu")}));
    QVERIFY(d.securityModel.isEmpty());
    // A bare header, as a failing driver leaves it: everything else unknown.
    const DomInfo bare = parseVirshDomInfo("Id:             -\nName:           x\n");
    QCOMPARE(bare.usedMemoryKiB, qint64(-1));
    QCOMPARE(bare.maxMemoryKiB, qint64(-1));
    QCOMPARE(bare.cpus, -1);
    QCOMPARE(bare.stateCode, -1);
}

void TestVirshParse::dominfoErrors()
{
    const DomInfo missing = parseVirshDomInfo(fixture(QStringLiteral("libvirt/qemu_error_dominfo_nonexistent.txt")));
    QCOMPARE(missing.toolErrors, QStringList({QStringLiteral("error: failed to get domain 'nosuchdom'")}));
    QVERIFY(missing.errors.isEmpty());
    QVERIFY(missing.name.isEmpty());
    const DomInfo bad = parseVirshDomInfo("Id:             x\nCPU time:       lots\nPersistent:     maybe\n"
                                          "no colon here\nMax memory:     12 parsecs\n");
    QCOMPARE(bad.errors.size(), 5);
    QCOMPARE(bad.errors[3].line, 4);
    QCOMPARE(bad.id, -1);
    QCOMPARE(bad.cpuTimeSec, -1.0);
    QVERIFY(!bad.persistent.has_value());
    QCOMPARE(bad.maxMemoryKiB, qint64(-1));
    // The domain in the session transcript, cut off after CPU(s).
    const QByteArray session = fixture(QStringLiteral("libvirt/session_mode_transcript.txt"));
    const DomInfo s = parseVirshDomInfo(session.mid(session.indexOf("Id:")));
    QCOMPARE(s.name, QStringLiteral("sess1"));
    QCOMPARE(s.cpus, 1);
    QCOMPARE(s.usedMemoryKiB, qint64(-1));
}

void TestVirshParse::domstateReason()
{
    const DomState boot = parseVirshDomState(fixture(QStringLiteral("libvirt/qemu_domstate_reason_autostarted.txt")));
    QVERIFY(boot.errors.isEmpty());
    QCOMPARE(boot.state, QStringLiteral("running"));
    QCOMPARE(boot.stateCode, 1);
    QCOMPARE(boot.reason, QStringLiteral("booted"));
    const DomState destroyed = parseVirshDomState(fixture(QStringLiteral("libvirt/qemu_domstate_reason_destroyed.txt")));
    QCOMPARE(destroyed.state, QStringLiteral("shut off"));
    QCOMPARE(destroyed.stateCode, 5);
    QCOMPARE(destroyed.reason, QStringLiteral("destroyed"));
    QCOMPARE(parseVirshDomState(fixture(QStringLiteral("libvirt/qemu_domstate_reason_saved.txt"))).reason,
             QStringLiteral("saved"));
    QCOMPARE(parseVirshDomState(fixture(QStringLiteral("libvirt/qemu_domstate_reason_restored.txt"))).reason,
             QStringLiteral("restored"));
    const DomState plain = parseVirshDomState("paused\n");
    QCOMPARE(plain.stateCode, 3);
    QVERIFY(plain.reason.isEmpty());
    const DomState odd = parseVirshDomState("running (migration canceled)\nsleeping\nerror: boom\n");
    QCOMPARE(odd.reason, QStringLiteral("migration canceled"));
    QCOMPARE(odd.errors.size(), 1);
    QCOMPARE(odd.toolErrors.size(), 1);
    QCOMPARE(parseVirshDomState("dancing (wildly)\n").errors.size(), 1);
}

void TestVirshParse::dumpxmlQemu()
{
    const DomainXml live = parseDomainXml(fixture(QStringLiteral("libvirt/qemu_dumpxml_running.txt")));
    QVERIFY(live.errors.isEmpty());
    QCOMPARE(live.name, QStringLiteral("spin1"));
    QCOMPARE(live.uuid, QStringLiteral("08038911-9643-4aeb-8bf0-c7f5763e6a5e"));
    QCOMPARE(live.type, QStringLiteral("qemu"));
    QCOMPARE(live.id, 1);
    QCOMPARE(live.memoryKiB, qint64(65536));
    QCOMPARE(live.currentMemoryKiB, qint64(65536));
    QCOMPARE(live.maxMemoryKiB, qint64(-1));
    QCOMPARE(live.vcpus, 1);
    QCOMPARE(live.vcpuCurrent, 1);
    QCOMPARE(live.vcpuPlacement, QStringLiteral("static"));
    QCOMPARE(live.osType, QStringLiteral("hvm"));
    QCOMPARE(live.arch, QStringLiteral("x86_64"));
    QCOMPARE(live.machine, QStringLiteral("pc-i440fx-7.2"));
    QCOMPARE(live.cpuShares, qint64(-1));
    QCOMPARE(live.cpuQuota, qint64(-1));
    // Serial and console <source path=...> are not disks.
    QCOMPARE(live.disks.size(), 1);
    const DomainDisk &d = live.disks[0];
    QCOMPARE(d.type, QStringLiteral("file"));
    QCOMPARE(d.device, QStringLiteral("disk"));
    QCOMPARE(d.driverName, QStringLiteral("qemu"));
    QCOMPARE(d.driverType, QStringLiteral("raw"));
    QCOMPARE(d.source, QStringLiteral("/var/lib/libvirt/images/spin.raw"));
    QCOMPARE(d.targetDev, QStringLiteral("hda"));
    QCOMPARE(d.targetBus, QStringLiteral("ide"));
    QCOMPARE(d.alias, QStringLiteral("ide0-0-0"));
    QVERIFY(!d.readOnly);
    QVERIFY(live.interfaces.isEmpty());
    QVERIFY(live.graphics.isEmpty());
    QVERIFY(live.metadata.isEmpty());

    const DomainXml off = parseDomainXml(fixture(QStringLiteral("libvirt/qemu_dumpxml_inactive.txt")));
    QVERIFY(off.errors.isEmpty());
    QCOMPARE(off.id, -1);
    QCOMPARE(off.disks.size(), 1);
    QVERIFY(off.disks[0].alias.isEmpty());
    QCOMPARE(off.disks[0].source, QStringLiteral("/var/lib/libvirt/images/spin.raw"));
}

void TestVirshParse::dumpxmlTestDriver()
{
    const DomainXml t = parseDomainXml(fixture(QStringLiteral("libvirt/test_dumpxml_test.txt")));
    QVERIFY(t.errors.isEmpty());
    QCOMPARE(t.type, QStringLiteral("test"));
    QCOMPARE(t.memoryKiB, qint64(8388608));
    QCOMPARE(t.currentMemoryKiB, qint64(2097152));
    QCOMPARE(t.vcpus, 2);
    QCOMPARE(t.disks.size(), 1);
    QCOMPARE(t.disks[0].targetDev, QStringLiteral("vda"));
    QCOMPARE(t.disks[0].targetBus, QStringLiteral("virtio"));
    QVERIFY(t.disks[0].driverType.isEmpty());
    QCOMPARE(t.interfaces.size(), 1);
    const DomainInterface &i = t.interfaces[0];
    QCOMPARE(i.type, QStringLiteral("network"));
    QCOMPARE(i.mac, QStringLiteral("aa:bb:cc:dd:ee:ff"));
    QCOMPARE(i.sourceNetwork, QStringLiteral("default"));
    QCOMPARE(i.source, QStringLiteral("default"));
    QCOMPARE(i.targetDev, QStringLiteral("testnet0"));
    QVERIFY(i.model.isEmpty());
}

namespace {
const char kFullXml[] = R"(<domain type='kvm' id='7'>
  <name>web 01</name>
  <uuid>5d2f0c5e-1111-2222-3333-444455556666</uuid>
  <title>Web server</title>
  <metadata>
    <ftc:cpu xmlns:ftc="urn:ftconsole:cpu:1" reserve_pct="70"/>
    <other:note xmlns:other="urn:example:note" lang="en">hello <b>world</b></other:note>
  </metadata>
  <maxMemory slots='16' unit='GiB'>16</maxMemory>
  <memory unit='MiB'>2048</memory>
  <currentMemory unit='b'>1073741825</currentMemory>
  <vcpu placement='auto' current='2' cpuset='0-3'>4</vcpu>
  <cputune>
    <vcpupin vcpu='0' cpuset='1'/>
    <shares>512</shares>
    <period>100000</period>
    <quota>50000</quota>
    <emulator_quota>-1</emulator_quota>
  </cputune>
  <os><type arch='x86_64' machine='pc-q35-7.2'>hvm</type></os>
  <devices>
    <disk type='block' device='disk'>
      <driver name='qemu' type='raw' cache='none'/>
      <source dev='/dev/md0'/>
      <target dev='vdb' bus='virtio'/>
      <alias name='virtio-disk1'/>
    </disk>
    <disk type='file' device='disk'>
      <driver name='qemu' type='qcow2'/>
      <source file='/var/lib/libvirt/images/top.qcow2'/>
      <backingStore type='file'>
        <format type='qcow2'/>
        <source file='/var/lib/libvirt/images/base.qcow2'/>
      </backingStore>
      <target dev='vda' bus='virtio'/>
    </disk>
    <disk type='network' device='disk'>
      <driver name='qemu' type='raw'/>
      <source protocol='rbd' name='pool/image'>
        <host name='mon1' port='6789'/>
      </source>
      <target dev='vdc' bus='virtio'/>
    </disk>
    <disk type='volume' device='disk'>
      <source pool='default' volume='data.qcow2'/>
      <target dev='sda' bus='sata'/>
      <shareable/>
    </disk>
    <disk type='file' device='cdrom'>
      <driver name='qemu' type='raw'/>
      <target dev='hdc' bus='ide'/>
      <readonly/>
    </disk>
    <controller type='usb' index='0'/>
    <interface type='bridge'>
      <mac address='52:54:00:aa:bb:01'/>
      <source bridge='br0'/>
      <target dev='vnet0'/>
      <model type='virtio'/>
      <alias name='net0'/>
    </interface>
    <interface type='network'>
      <mac address='52:54:00:aa:bb:02'/>
      <source network='default' portid='0c0b7b36-3a0c-4a5e-9d76-0f1f1c1a2b3c' bridge='virbr0'/>
      <target dev='vnet1'/>
      <model type='e1000'/>
      <link state='down'/>
    </interface>
    <interface type='direct'>
      <mac address='52:54:00:aa:bb:03'/>
      <source dev='eth0' mode='vepa'/>
      <model type='virtio'/>
    </interface>
    <interface type='user'>
      <mac address='52:54:00:aa:bb:04'/>
      <model type='rtl8139'/>
    </interface>
    <serial type='pty'><source path='/dev/pts/3'/></serial>
    <graphics type='vnc' port='5900' autoport='yes' listen='0.0.0.0'>
      <listen type='address' address='0.0.0.0'/>
    </graphics>
    <graphics type='spice' port='-1' tlsPort='-1' autoport='yes'>
      <listen type='network' network='default'/>
    </graphics>
    <graphics type='vnc' port='5905' autoport='no'>
      <listen type='socket' socket='/run/libvirt/vnc.sock'/>
    </graphics>
  </devices>
</domain>
)";
} // namespace

void TestVirshParse::dumpxmlEveryDevice()
{
    const DomainXml x = parseDomainXml(kFullXml);
    QVERIFY(x.errors.isEmpty());
    QCOMPARE(x.id, 7);
    QCOMPARE(x.type, QStringLiteral("kvm"));
    QCOMPARE(x.name, QStringLiteral("web 01"));
    QCOMPARE(x.title, QStringLiteral("Web server"));
    QCOMPARE(x.maxMemoryKiB, qint64(16) * 1024 * 1024);
    QCOMPARE(x.memoryKiB, qint64(2048) * 1024);
    QCOMPARE(x.currentMemoryKiB, qint64(1048577)); // 1 GiB + 1 byte, rounded up as libvirt does
    QCOMPARE(x.vcpus, 4);
    QCOMPARE(x.vcpuCurrent, 2);
    QCOMPARE(x.vcpuPlacement, QStringLiteral("auto"));
    QCOMPARE(x.vcpuCpuset, QStringLiteral("0-3"));
    QCOMPARE(x.cpuShares, qint64(512));
    QCOMPARE(x.cpuPeriod, qint64(100000));
    QCOMPARE(x.cpuQuota, qint64(50000));
    QCOMPARE(x.machine, QStringLiteral("pc-q35-7.2"));

    QCOMPARE(x.disks.size(), 5);
    QCOMPARE(x.disks[0].type, QStringLiteral("block"));
    QCOMPARE(x.disks[0].source, QStringLiteral("/dev/md0"));
    QCOMPARE(x.disks[0].alias, QStringLiteral("virtio-disk1"));
    // The top image, not the backing file nested under <backingStore>.
    QCOMPARE(x.disks[1].source, QStringLiteral("/var/lib/libvirt/images/top.qcow2"));
    QCOMPARE(x.disks[1].driverType, QStringLiteral("qcow2"));
    QCOMPARE(x.disks[1].targetDev, QStringLiteral("vda"));
    QCOMPARE(x.disks[2].type, QStringLiteral("network"));
    QCOMPARE(x.disks[2].sourceProtocol, QStringLiteral("rbd"));
    QCOMPARE(x.disks[2].sourceName, QStringLiteral("pool/image"));
    QCOMPARE(x.disks[2].source, QStringLiteral("rbd:pool/image"));
    QCOMPARE(x.disks[3].source, QStringLiteral("default/data.qcow2"));
    QCOMPARE(x.disks[3].sourcePool, QStringLiteral("default"));
    QCOMPARE(x.disks[3].sourceVolume, QStringLiteral("data.qcow2"));
    QCOMPARE(x.disks[3].targetBus, QStringLiteral("sata"));
    QVERIFY(x.disks[3].shareable);
    QVERIFY(!x.disks[3].readOnly);
    QCOMPARE(x.disks[4].device, QStringLiteral("cdrom"));
    QVERIFY(x.disks[4].readOnly);
    QVERIFY(x.disks[4].source.isEmpty()); // empty tray

    QCOMPARE(x.interfaces.size(), 4);
    QCOMPARE(x.interfaces[0].type, QStringLiteral("bridge"));
    QCOMPARE(x.interfaces[0].source, QStringLiteral("br0"));
    QCOMPARE(x.interfaces[0].targetDev, QStringLiteral("vnet0"));
    QCOMPARE(x.interfaces[0].model, QStringLiteral("virtio"));
    QCOMPARE(x.interfaces[0].alias, QStringLiteral("net0"));
    QCOMPARE(x.interfaces[1].source, QStringLiteral("default")); // the network, not its bridge
    QCOMPARE(x.interfaces[1].sourceBridge, QStringLiteral("virbr0"));
    QCOMPARE(x.interfaces[1].linkState, QStringLiteral("down"));
    QCOMPARE(x.interfaces[1].mac, QStringLiteral("52:54:00:aa:bb:02"));
    QCOMPARE(x.interfaces[2].source, QStringLiteral("eth0"));
    QCOMPARE(x.interfaces[2].sourceMode, QStringLiteral("vepa"));
    QCOMPARE(x.interfaces[3].type, QStringLiteral("user"));
    QVERIFY(x.interfaces[3].source.isEmpty());
    QVERIFY(x.interfaces[3].targetDev.isEmpty());

    QCOMPARE(x.graphics.size(), 3);
    QCOMPARE(x.graphics[0].type, QStringLiteral("vnc"));
    QCOMPARE(x.graphics[0].port, 5900);
    QCOMPARE(x.graphics[0].autoport, std::optional<bool>(true));
    QCOMPARE(x.graphics[0].listen, QStringLiteral("0.0.0.0"));
    QCOMPARE(x.graphics[0].listenType, QStringLiteral("address"));
    QCOMPARE(x.graphics[1].type, QStringLiteral("spice"));
    QCOMPARE(x.graphics[1].port, -1);
    QCOMPARE(x.graphics[1].listenNetwork, QStringLiteral("default"));
    QVERIFY(x.graphics[1].listen.isEmpty());
    QCOMPARE(x.graphics[2].autoport, std::optional<bool>(false));
    QCOMPARE(x.graphics[2].port, 5905);
    QCOMPARE(x.graphics[2].listen, QStringLiteral("/run/libvirt/vnc.sock"));
    QCOMPARE(x.graphics[2].listenType, QStringLiteral("socket"));
    QCOMPARE(x.graphics[2].tlsPort, -1);
}

void TestVirshParse::dumpxmlMetadata()
{
    const DomainXml x = parseDomainXml(kFullXml);
    QCOMPARE(x.metadata.size(), 2);
    const QMap<QString, QString> cpu = domainMetadataAttributes(x, QStringLiteral("urn:ftconsole:cpu:1"));
    QCOMPARE(cpu.size(), 1); // the xmlns declaration is not an attribute
    QCOMPARE(cpu.value(QStringLiteral("reserve_pct")), QStringLiteral("70"));
    const std::optional<DomainMetadataElement> note = domainMetadata(x, QStringLiteral("urn:example:note"));
    QVERIFY(note.has_value());
    QCOMPARE(note->name, QStringLiteral("note"));
    QCOMPARE(note->text, QStringLiteral("hello world"));
    QCOMPARE(note->attributes.value(QStringLiteral("lang")), QStringLiteral("en"));
    QVERIFY(domainMetadataAttributes(x, QStringLiteral("urn:nobody")).isEmpty());
    QVERIFY(!domainMetadata(x, QStringLiteral("urn:nobody")).has_value());
    // Same element, other prefix and quoting: matched by URI, not prefix.
    const DomainXml y = parseDomainXml("<domain type='kvm'><name>a</name><metadata>"
                                       "<c:cpu xmlns:c='urn:ftconsole:cpu:1' reserve_pct='25'/>"
                                       "</metadata></domain>");
    QCOMPARE(domainMetadataAttributes(y, QStringLiteral("urn:ftconsole:cpu:1")).value(QStringLiteral("reserve_pct")),
             QStringLiteral("25"));
}

void TestVirshParse::dumpxmlMemoryUnits()
{
    QCOMPARE(libvirtMemoryToKiB(1, QString()), qint64(1));
    QCOMPARE(libvirtMemoryToKiB(2048, QStringLiteral("KiB")), qint64(2048));
    QCOMPARE(libvirtMemoryToKiB(2048, QStringLiteral("k")), qint64(2048));
    QCOMPARE(libvirtMemoryToKiB(2048, QStringLiteral("KB")), qint64(2000));
    QCOMPARE(libvirtMemoryToKiB(1, QStringLiteral("b")), qint64(1));
    QCOMPARE(libvirtMemoryToKiB(1025, QStringLiteral("bytes")), qint64(2));
    QCOMPARE(libvirtMemoryToKiB(1, QStringLiteral("M")), qint64(1024));
    QCOMPARE(libvirtMemoryToKiB(1, QStringLiteral("MiB")), qint64(1024));
    QCOMPARE(libvirtMemoryToKiB(1, QStringLiteral("MB")), qint64(977));
    QCOMPARE(libvirtMemoryToKiB(1, QStringLiteral("G")), qint64(1048576));
    QCOMPARE(libvirtMemoryToKiB(1, QStringLiteral("gib")), qint64(1048576));
    QCOMPARE(libvirtMemoryToKiB(1, QStringLiteral("GB")), qint64(976563));
    QCOMPARE(libvirtMemoryToKiB(1, QStringLiteral("TiB")), qint64(1073741824));
    QCOMPARE(libvirtMemoryToKiB(1, QStringLiteral("furlongs")), qint64(-1));
    QCOMPARE(libvirtMemoryToKiB(1, QStringLiteral("x")), qint64(-1));
    QCOMPARE(libvirtMemoryToKiB(std::numeric_limits<quint64>::max(), QStringLiteral("EiB")), qint64(-1));
    const DomainXml bad = parseDomainXml("<domain><memory unit='parsecs'>3</memory>"
                                         "<currentMemory>lots</currentMemory><vcpu>2</vcpu></domain>");
    QCOMPARE(bad.errors.size(), 2);
    QCOMPARE(bad.memoryKiB, qint64(-1));
    QCOMPARE(bad.currentMemoryKiB, qint64(-1));
    QCOMPARE(bad.vcpus, 2); // parsing went on
}

void TestVirshParse::dumpxmlMalformed()
{
    const DomainXml x = parseDomainXml("<domain type='kvm'>\n  <name>x</name>\n  <memory unit='KiB'>1</memry>\n"
                                       "</domain>\n");
    QCOMPARE(x.errors.size(), 1);
    QCOMPARE(x.errors[0].line, 3);
    QVERIFY2(x.errors[0].message.contains(QLatin1String("line 3, column")), qPrintable(x.errors[0].message));
    QCOMPARE(x.name, QStringLiteral("x")); // what came before the fault is kept
    const DomainXml cut = parseDomainXml("<domain><name>half");
    QCOMPARE(cut.errors.size(), 1);
    QVERIFY(!parseDomainXml("\xff\xfe<<\x00>>&&").errors.isEmpty());
    QVERIFY(!parseDomainXml(QByteArray()).errors.isEmpty());
    const DomainXml net = parseDomainXml("<network><name>default</name></network>");
    QCOMPARE(net.errors.size(), 1);
    QVERIFY(net.errors[0].message.contains(QLatin1String("<network>")));
    QVERIFY(net.name.isEmpty());
}

void TestVirshParse::dumpxmlToolErrors()
{
    const DomainXml missing = parseDomainXml("error: failed to get domain 'nosuchdom'\n");
    QCOMPARE(missing.toolErrors, QStringList({QStringLiteral("error: failed to get domain 'nosuchdom'")}));
    QVERIFY(missing.errors.isEmpty());
    // stderr merged around the XML; line numbers still count from the top.
    const DomainXml merged = parseDomainXml("error: one\nwarning: two\n<domain><name>a</name>\n<bad></domain>\n"
                                            "error: three\n");
    QCOMPARE(merged.toolErrors, QStringList({QStringLiteral("error: one")}));
    QCOMPARE(merged.errors.size(), 2);
    QCOMPARE(merged.errors[0].line, 2);
    QCOMPARE(merged.errors[1].line, 4);
    const DomainXml after = parseDomainXml("<domain><name>a</name></domain>\nerror: three\nnoise\n");
    QCOMPARE(after.name, QStringLiteral("a"));
    QCOMPARE(after.toolErrors, QStringList({QStringLiteral("error: three")}));
    QCOMPARE(after.errors.size(), 1);
    QCOMPARE(after.errors[0].line, 3);
}

void TestVirshParse::garbledCaptures()
{
    // Real captures with bytes flipped: the parsers never crash, and what
    // they cannot read shows up as an error or a field left unknown.
    QRandomGenerator rng(42);
    const QByteArray info = fixture(QStringLiteral("libvirt/qemu_dominfo_running.txt"));
    const QByteArray xml = fixture(QStringLiteral("libvirt/qemu_dumpxml_running.txt"));
    QVERIFY(!info.isEmpty() && !xml.isEmpty());
    for (int round = 0; round < 200; ++round) {
        QByteArray a = info, b = xml;
        for (int i = 0; i < 8; ++i) {
            a[rng.bounded(int(a.size()))] = char(rng.bounded(256));
            b[rng.bounded(int(b.size()))] = char(rng.bounded(256));
        }
        const DomInfo d = parseVirshDomInfo(a);
        const int infoLines = int(a.count('\n')) + 1;
        for (const ParseError &e : d.errors)
            QVERIFY(e.line >= 1 && e.line <= infoLines);
        QVERIFY(d.usedMemoryKiB >= -1 && d.maxMemoryKiB >= -1);
        const DomainXml x = parseDomainXml(b);
        const int xmlLines = int(b.count('\n')) + 1;
        for (const ParseError &e : x.errors)
            QVERIFY2(e.line >= 0 && e.line <= xmlLines, qPrintable(e.message));
        QVERIFY(x.disks.size() <= 1); // one disk in the capture; nested <source>s never add one
    }
}

QTEST_GUILESS_MAIN(TestVirshParse)
#include "tst_virshparse.moc"
