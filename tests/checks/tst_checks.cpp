// Every check fires on a host that has its problem and stays silent on one
// that has not; a check whose facts are missing says Unknown, never passes.
// The facts themselves: parsed from the tools' output, read from the demo
// host (whose settings the test then changes), and carried by a capture.

#include "checks/CheckText.h"
#include "checks/Findings.h"
#include "checks/HostFixes.h"
#include "checks/SetupSteps.h"
#include "demo/SimulatedHost.h"
#include "model/Poller.h"
#include "parse/DomainXml.h"

#include <QtTest>

using namespace ftc;

namespace {

CommandResult done(const QByteArray &out, int code = 0, const QByteArray &err = {})
{
    CommandResult r;
    r.status = CommandResult::Status::Finished;
    r.exitCode = code;
    r.out = out;
    r.err = err;
    return r;
}

QList<Finding> withId(const QList<Finding> &all, const char *id)
{
    QList<Finding> out;
    for (const Finding &f : all)
        if (f.id == QLatin1String(id))
            out << f;
    return out;
}

Disk disk(const char *name, const char *module, DiskRole role, const char *mirror = "")
{
    Disk d;
    d.name = QString::fromLatin1(name);
    d.module = QString::fromLatin1(module);
    d.role = role;
    d.mirror = QString::fromLatin1(mirror);
    d.serial = QStringLiteral("S-") + d.name;
    return d;
}

Mirror mirror(const char *name, OpState state, const QStringList &members)
{
    Mirror m;
    m.name = QString::fromLatin1(name);
    m.level = QStringLiteral("raid1");
    m.state = state;
    m.membersExpected = 2;
    m.membersWorking = state == OpState::Duplex ? 2 : 1;
    for (const QString &d : members)
        m.members << MirrorMember{d, int(m.members.size()), MemberState::InSync, false};
    return m;
}

HostSnapshot storageHost()
{
    HostSnapshot s;
    s.label = QStringLiteral("test");
    s.disks = {disk("sda", "10", DiskRole::MirrorMember, "md0"), disk("sdb", "11", DiskRole::MirrorMember, "md0"),
               disk("sdc", "10", DiskRole::MirrorMember, "md1"), disk("sdd", "10", DiskRole::MirrorMember, "md1")};
    s.mirrors = {mirror("md0", OpState::Duplex, {QStringLiteral("sda"), QStringLiteral("sdb")}),
                 mirror("md1", OpState::Duplex, {QStringLiteral("sdc"), QStringLiteral("sdd")})};
    return s;
}

Team team(const char *name, const char *kind, const QList<QPair<QString, QString>> &members)
{
    Team t;
    t.name = QString::fromLatin1(name);
    t.kind = QString::fromLatin1(kind);
    t.mode = t.kind == QLatin1String("ALB") ? QStringLiteral("balance-alb") : QStringLiteral("active-backup");
    for (const auto &m : members) {
        TeamMember tm;
        tm.name = m.first;
        tm.module = m.second;
        tm.link = QStringLiteral("up");
        t.members << tm;
    }
    return t;
}

Nic nic(const char *name, const char *master)
{
    Nic n;
    n.name = QString::fromLatin1(name);
    n.master = QString::fromLatin1(master);
    return n;
}

Vm vm(const char *name, qint64 memMiB, bool running = true)
{
    Vm v;
    v.name = QString::fromLatin1(name);
    v.state = running ? QStringLiteral("running") : QStringLiteral("shut off");
    v.memoryBytes = memMiB << 20;
    v.vcpus = 1;
    v.autostart = true;
    v.cpu.weight = 100;
    v.cpu.reservePct = 0;
    v.cpu.maxPct = 100;
    return v;
}

HostSnapshot vmHost()
{
    HostSnapshot s;
    s.label = QStringLiteral("test");
    s.info.cpus = 2;
    s.info.memoryBytes = qint64(8) << 30;
    s.vms = {vm("DC1", 512), vm("FS1", 1024)};
    s.libvirtGuests.known = true;
    s.libvirtGuests.serviceEnabled = true;
    s.mirrors = {mirror("md1", OpState::Duplex, {QStringLiteral("sdb"), QStringLiteral("sde")})};
    s.mirrors[0].mountpoints = {QStringLiteral("/var/lib/libvirt/images")};
    return s;
}

QByteArray domain(const char *name, const QByteArray &image, bool agent)
{
    QByteArray x = "<domain type='kvm'><name>" + QByteArray(name) + "</name><devices>"
                   "<disk type='file' device='disk'><driver name='qemu' type='raw'/><source file='" + image
        + "'/><target dev='vda' bus='virtio'/></disk>";
    if (agent)
        x += "<channel type='unix'><target type='virtio' name='org.qemu.guest_agent.0' state='connected'/></channel>";
    return x + "</devices></domain>";
}

CheckFacts vmFacts(const QByteArray &dcImage = "/var/lib/libvirt/images/DC1.img", bool dcAgent = true)
{
    CheckFacts f;
    f.read = true;
    for (const auto &[name, image, agent] : {std::tuple{"DC1", dcImage, dcAgent},
                                            std::tuple{"FS1", QByteArray("/var/lib/libvirt/images/FS1.img"), true}}) {
        VmCheckFacts v;
        v.xml = parseDomainXml(domain(name, image, agent));
        v.xmlRead = true;
        if (agent)
            v.agentAnswers = true;
        f.vms.insert(QString::fromLatin1(name), v);
        f.images.insert(QString::fromUtf8(image), ImageFacts{true, {}, QStringLiteral("raw"), 10LL << 30, 10LL << 30});
    }
    return f;
}

// The host OS's facts as the tools print them on a well-kept host.
QHash<QString, CommandResult> goodOs()
{
    QHash<QString, CommandResult> r;
    r.insert(QStringLiteral("watchdog-devices"), done("watchdog0\n"));
    r.insert(QStringLiteral("watchdog-runtime"), done("1min 30s\n"));
    r.insert(QStringLiteral("wants/multi-user"), done("libvirtd.service\nssh.service\n"));
    r.insert(QStringLiteral("wants/timers"), done("apt-daily.timer\n"));
    r.insert(QStringLiteral("apt-conf"), done("20auto-upgrades\n"));
    r.insert(QStringLiteral("apt-auto"), done("/etc/apt/apt.conf.d/20auto-upgrades:APT::Periodic::Unattended-Upgrade \"0\";\n"));
    r.insert(QStringLiteral("ipmitool"), done("PS1 Status | C8h | ok | 10.1 | Presence detected\n"
                                              "PS2 Status | C9h | ok | 10.2 | Presence detected\n"));
    r.insert(QStringLiteral("upsc"), done("ups\n"));
    return r;
}

CheckFacts osFacts(const QHash<QString, CommandResult> &r)
{
    CheckFacts f;
    f.read = true;
    f.os = hostOsFactsFrom(r);
    return f;
}

} // namespace

class TestChecks : public QObject {
    Q_OBJECT
private slots:
    // A VM's NIC off the team's bridge fires once the host has one; on it, or
    // with no team bridge yet (the network checks come first), it passes.
    void vmNicOnTheTeam()
    {
        HostSnapshot s;
        Team bond0;
        bond0.name = QStringLiteral("bond0");
        s.teams = {bond0};
        Bridge br0;
        br0.name = QStringLiteral("br0");
        br0.ports = {QStringLiteral("bond0")};
        Vm dc1;
        dc1.name = QStringLiteral("DC1");
        s.vms = {dc1};
        CheckFacts facts;
        facts.read = true;
        VmCheckFacts v;
        v.xmlRead = true;
        v.xml = parseDomainXml("<domain><name>DC1</name><devices><interface type='network'><mac address='52:54:00:aa:bb:cc'/>"
                               "<source network='default' bridge='virbr0'/></interface></devices></domain>");
        facts.vms.insert(QStringLiteral("DC1"), v);
        QVERIFY(withId(findingsFor(s, facts), "vm.nic-not-on-team").isEmpty());     // no team bridge yet
        s.bridges = {br0};
        const QList<Finding> fired = withId(findingsFor(s, facts), "vm.nic-not-on-team");
        QCOMPARE(fired.size(), 1);
        QCOMPARE(fired.first().object, QStringLiteral("DC1"));
        QVERIFY(fired.first().message.contains(QLatin1String("the libvirt network default")));
        QVERIFY(fired.first().remedy.contains(QLatin1String("br0")));
        v.xml = parseDomainXml("<domain><name>DC1</name><devices><interface type='bridge'><mac address='52:54:00:aa:bb:cc'/>"
                               "<source bridge='br0'/></interface></devices></domain>");
        facts.vms.insert(QStringLiteral("DC1"), v);
        QVERIFY(withId(findingsFor(s, facts), "vm.nic-not-on-team").isEmpty());
    }

    void storage()
    {
        HostSnapshot s = storageHost();
        QList<Finding> f = findingsFor(s);
        // md0 spans modules 10 and 11; md1 has both copies in module 10.
        QCOMPARE(withId(f, "storage.mirror-one-module").size(), 1);
        QCOMPARE(withId(f, "storage.mirror-one-module").first().object, QStringLiteral("md1"));
        s.disks[3].module = QStringLiteral("11");
        QVERIFY(withId(findingsFor(s), "storage.mirror-one-module").isEmpty());

        s.mirrors[0].state = OpState::Syncing;
        s.mirrors[0].sync = SyncProgress{QStringLiteral("recovery"), 34.0};
        f = withId(findingsFor(s), "storage.mirror-syncing");
        QCOMPARE(f.size(), 1);
        QCOMPARE(f.first().severity, Severity::Info);
        QVERIFY(f.first().message.contains(QLatin1String("34.0 %")));
        s.mirrors[0].state = OpState::Broken;
        QCOMPARE(withId(findingsFor(s), "storage.mirror-broken").first().severity, Severity::Error);
        s.mirrors[0].state = OpState::Duplex;
        QVERIFY(withId(findingsFor(s), "storage.mirror-broken").isEmpty());

        // The system on a disk of no mirror is an error; an unused disk a warning.
        Disk sys = disk("sdf", "11", DiskRole::InUse);
        sys.mountpoints = {QStringLiteral("/")};
        s.disks << sys << disk("sdg", "11", DiskRole::Unconfigured);
        f = findingsFor(s);
        QCOMPARE(withId(f, "storage.system-unmirrored").size(), 1);
        QCOMPARE(withId(f, "storage.system-unmirrored").first().severity, Severity::Error);
        QVERIFY(!withId(f, "storage.system-unmirrored").first().remedy.startsWith(QLatin1String("Install")));
        QCOMPARE(withId(f, "storage.unmirrored-disk").size(), 1);
        QCOMPARE(withId(f, "storage.unmirrored-disk").first().object, QStringLiteral("sdg"));
    }

    // Each half of the system mirror must boot alone: an EFI system partition,
    // or GRUB in the boot sector (file -s through sudo); unread is unknown.
    void systemMirrorBoots()
    {
        HostSnapshot s = storageHost();
        s.mirrors[0].mountpoints = {QStringLiteral("/")};
        QCOMPARE(bootSectorDisks(s), QStringList({QStringLiteral("sda"), QStringLiteral("sdb")}));
        CheckFacts f;
        f.read = true;
        f.bootSectors.insert(QStringLiteral("sda"), BootSectorFacts{true, {}, true});
        f.bootSectors.insert(QStringLiteral("sdb"), BootSectorFacts{true, {}, false});
        QList<Finding> found = withId(findingsFor(s, f), "storage.system-boot");
        QCOMPARE(found.size(), 1);
        QCOMPARE(found[0].object, QStringLiteral("sdb"));
        QCOMPARE(found[0].severity, Severity::Error);
        QVERIFY(found[0].remedy.contains(QStringLiteral("grub-install /dev/sdb")));
        // Its boot sector not read: unknown, never a pass.
        f.bootSectors[QStringLiteral("sdb")] = BootSectorFacts{false, QStringLiteral("sudo refused"), false};
        found = withId(findingsFor(s, f), "storage.system-boot");
        QCOMPARE(found.size(), 1);
        QCOMPARE(found[0].severity, Severity::Unknown);
        QVERIFY(found[0].message.contains(QStringLiteral("sudo refused")));
        // An EFI system partition on it: a UEFI firmware boots from it.
        s.disks[1].espPartitions = {QStringLiteral("sdb1")};
        QCOMPARE(bootSectorDisks(s), QStringList{QStringLiteral("sda")});
        QVERIFY(withId(findingsFor(s, f), "storage.system-boot").isEmpty());
        // A mirror that does not hold the system is not asked.
        s.mirrors[0].mountpoints = {QStringLiteral("/srv")};
        QVERIFY(bootSectorDisks(s).isEmpty());
        QVERIFY(withId(findingsFor(s, f), "storage.system-boot").isEmpty());
    }

    void network()
    {
        HostSnapshot s;
        s.nics = {nic("eth0", "bond0"), nic("eth1", ""), nic("eth2", "bond0"), nic("eth3", "")};
        s.teams = {team("bond0", "AFT", {{QStringLiteral("eth0"), QStringLiteral("10")},
                                         {QStringLiteral("eth2"), QStringLiteral("10")}})};
        QList<Finding> f = findingsFor(s);
        QCOMPARE(withId(f, "network.unteamed-adapter").size(), 2);
        QCOMPARE(withId(f, "network.team-single-module").size(), 1);
        QVERIFY(withId(f, "network.no-team").isEmpty());
        s.teams[0].members[1].module = QStringLiteral("11");
        QVERIFY(withId(findingsFor(s), "network.team-single-module").isEmpty());

        s.teams[0].kind = QStringLiteral("SFT");
        QVERIFY(withId(findingsFor(s), "network.sft-members").isEmpty());
        s.teams[0].members << s.teams[0].members[0];
        s.teams[0].members[2].name = QStringLiteral("eth1");
        QCOMPARE(withId(findingsFor(s), "network.sft-members").first().severity, Severity::Error);
        s.teams[0].members.removeLast();

        s.teams[0].members[1].link = QStringLiteral("down");
        QCOMPARE(withId(findingsFor(s), "network.team-member-down").size(), 1);
        s.teams[0].members[0].link = QStringLiteral("down");
        QVERIFY(withId(findingsFor(s), "network.team-member-down").isEmpty());
        QCOMPARE(withId(findingsFor(s), "network.team-down").first().severity, Severity::Error);
        s.teams[0].members[0].link = s.teams[0].members[1].link = QStringLiteral("up");

        // VMs but no bridge over the team; then one over it; then one that no team carries.
        s.vms = {vm("DC1", 512)};
        QCOMPARE(withId(findingsFor(s), "network.no-team-for-vms").size(), 1);
        s.bridges = {Bridge{QStringLiteral("br0"), true, {QStringLiteral("bond0")}, {QStringLiteral("vnet0")},
                            {QStringLiteral("DC1")}}};
        f = findingsFor(s);
        QVERIFY(withId(f, "network.no-team-for-vms").isEmpty());
        QVERIFY(withId(f, "network.vms-not-on-team").isEmpty());
        s.bridges << Bridge{QStringLiteral("virbr0"), true, {}, {QStringLiteral("vnet1")}, {QStringLiteral("FS1")}};
        QCOMPARE(withId(findingsFor(s), "network.vms-not-on-team").first().object, QStringLiteral("virbr0"));

        s.teams.clear();
        QCOMPARE(withId(findingsFor(s), "network.no-team").size(), 1);
    }

    void memoryAndCpu()
    {
        HostSnapshot s = vmHost();
        QVERIFY(withId(findingsFor(s, vmFacts()), "vm.memory-overcommit").isEmpty());
        // 7.75 GiB of VMs and the host's 512 MiB do not fit in 8 GiB...
        s.vms << vm("EX1", 6400);
        QCOMPARE(withId(findingsFor(s, vmFacts()), "vm.memory-overcommit").size(), 1);
        // ...unless EX1 neither runs nor starts with the host.
        s.vms[2].state = QStringLiteral("shut off");
        s.vms[2].autostart = false;
        QVERIFY(withId(findingsFor(s, vmFacts()), "vm.memory-overcommit").isEmpty());
        s.vms.removeLast();

        QVERIFY(withId(findingsFor(s, vmFacts()), "vm.cpu-reservations").isEmpty());
        // 2 CPUs minus the host's 20 % leave 180 %: 100 + 100 reserved is too much.
        s.vms[0].cpu.reservePct = 100;
        s.vms[1].cpu.reservePct = 100;
        QVERIFY(!withId(findingsFor(s, vmFacts()), "vm.cpu-reservations").isEmpty());
        CheckOptions lenient;
        lenient.hostCpuReservePct = 0;
        QVERIFY(withId(findingsFor(s, vmFacts(), lenient), "vm.cpu-reservations").isEmpty());
    }

    void startAndStop()
    {
        HostSnapshot s = vmHost();
        QList<Finding> f = findingsFor(s, vmFacts());
        QVERIFY(withId(f, "vm.autostart-off").isEmpty());
        QVERIFY(withId(f, "vm.save-on-stop").isEmpty());
        s.vms[1].autostart = false;
        QCOMPARE(withId(findingsFor(s, vmFacts()), "vm.autostart-off").first().object, QStringLiteral("FS1"));
        s.libvirtGuests.onShutdown = QStringLiteral("shutdown");
        QCOMPARE(withId(findingsFor(s, vmFacts()), "vm.save-on-stop").first().severity, Severity::Warning);
        s.libvirtGuests.onShutdown = QStringLiteral("suspend");
        s.libvirtGuests.serviceEnabled = false;
        QVERIFY(withId(findingsFor(s, vmFacts()), "vm.save-on-stop").first().message.contains(QLatin1String("not enabled")));
        s.libvirtGuests.known = false;
        QCOMPARE(withId(findingsFor(s, vmFacts()), "vm.save-on-stop").first().severity, Severity::Unknown);
    }

    void guestAgentsAndImages()
    {
        const HostSnapshot s = vmHost();
        QList<Finding> f = findingsFor(s, vmFacts());
        QVERIFY(withId(f, "vm.guest-agent").isEmpty());
        QVERIFY(withId(f, "vm.image-unmirrored").isEmpty());
        QVERIFY(withId(f, "vm.image-dynamic").isEmpty());

        // No channel; a channel whose agent does not answer.
        f = withId(findingsFor(s, vmFacts("/var/lib/libvirt/images/DC1.img", false)), "vm.guest-agent");
        QCOMPARE(f.size(), 1);
        QVERIFY(f.first().message.contains(QLatin1String("no guest agent channel")));
        CheckFacts silent = vmFacts();
        silent.vms[QStringLiteral("FS1")].agentAnswers = false;
        silent.vms[QStringLiteral("FS1")].agentWhy = QStringLiteral("error: Guest agent is not responding");
        QCOMPARE(withId(findingsFor(s, silent), "vm.guest-agent").first().object, QStringLiteral("FS1"));
        // Facts not read: unknown, never a pass.
        f = withId(findingsFor(s, CheckFacts{}), "vm.guest-agent");
        QCOMPARE(f.size(), 2);
        QCOMPARE(f.first().severity, Severity::Unknown);
        QCOMPARE(withId(findingsFor(s, CheckFacts{}), "vm.image-storage").first().severity, Severity::Unknown);

        // An image outside the mirrors' file systems.
        f = withId(findingsFor(s, vmFacts("/home/vm/DC1.img")), "vm.image-unmirrored");
        QCOMPARE(f.size(), 1);
        QCOMPARE(f.first().severity, Severity::Error);
        // qcow2, and a sparse raw file: dynamically expanding.
        CheckFacts dyn = vmFacts();
        dyn.images[QStringLiteral("/var/lib/libvirt/images/DC1.img")] =
            ImageFacts{true, {}, QStringLiteral("qcow2"), 10LL << 30, 10LL << 30};
        dyn.images[QStringLiteral("/var/lib/libvirt/images/FS1.img")] =
            ImageFacts{true, {}, QStringLiteral("raw"), 10LL << 30, 1LL << 30};
        QCOMPARE(withId(findingsFor(s, dyn), "vm.image-dynamic").size(), 2);
        dyn.images[QStringLiteral("/var/lib/libvirt/images/FS1.img")] = ImageFacts{false, QStringLiteral("qemu-img is not installed on the host"), {}, -1, -1};
        QCOMPARE(withId(findingsFor(s, dyn), "vm.image-dynamic").last().severity, Severity::Unknown);
    }

    void hostFactsParsed()
    {
        const HostOsFacts o = hostOsFactsFrom(goodOs());
        QCOMPARE(o.watchdogDevices.value_or(QStringList()), QStringList{QStringLiteral("watchdog0")});
        QCOMPARE(o.runtimeWatchdogUs.value_or(-2), 90000000LL);
        QCOMPARE(o.autoUpdates.value_or(true), false);
        QCOMPARE(o.powerSupplies.value_or(-1), 2);
        QCOMPARE(o.upses.value_or(QStringList()), QStringList{QStringLiteral("ups")});
        QVERIFY(hostChecksOnly(osFacts(goodOs())).isEmpty());

        int n = 0;
        QStringList failures;
        parsePowerSupplies("PS1 Status | C8h | ok | 10.1 | Presence detected\n"
                           "PS2 Status | C9h | cr | 10.2 | Presence detected, Power Supply AC lost\n"
                           "garbage\n",
                           &n, &failures);
        QCOMPARE(n, 2);
        QCOMPARE(failures.size(), 1);
        QVERIFY(failures.first().startsWith(QLatin1String("PS2 Status")));

        const ImageFacts img = parseQemuImgInfo(R"({"virtual-size": 42949672960, "filename": "/x.img", "format": "qcow2", "actual-size": 200704})");
        QVERIFY(img.read);
        QCOMPARE(img.format, QStringLiteral("qcow2"));
        QCOMPARE(img.actualBytes, 200704);
        QVERIFY(!parseQemuImgInfo("qemu-img: Could not open").read);
    }

    void hostChecks_data()
    {
        QTest::addColumn<QString>("step");
        QTest::addColumn<QByteArray>("out");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("id");
        QTest::addColumn<int>("severity");
        QTest::addColumn<QString>("says");
        QTest::newRow("no watchdog") << "watchdog-devices" << QByteArray() << 1 << "host.watchdog"
                                     << int(Severity::Warning) << "no hardware watchdog";
        QTest::newRow("watchdog unused") << "watchdog-runtime" << QByteArray("0\n") << 0 << "host.watchdog"
                                         << int(Severity::Warning) << "is not used";
        QTest::newRow("systemctl missing") << "watchdog-runtime" << QByteArray() << 127 << "host.watchdog"
                                           << int(Severity::Unknown) << "not installed";
        QTest::newRow("auto updates") << "apt-auto"
                                      << QByteArray("/etc/apt/apt.conf.d/20auto-upgrades:APT::Periodic::Unattended-Upgrade \"1\";\n")
                                      << 0 << "" << 0 << "";
        QTest::newRow("one supply") << "ipmitool" << QByteArray("PS1 Status | C8h | ok | 10.1 | Presence detected\n") << 0
                                    << "host.power-supplies" << int(Severity::Warning) << "1 power supply";
        QTest::newRow("ipmitool absent") << "ipmitool" << QByteArray() << 127 << "host.power-supplies"
                                         << int(Severity::Unknown) << "ipmitool is not installed";
        QTest::newRow("no sudo") << "ipmitool" << QByteArray() << 1 << "host.power-supplies" << int(Severity::Unknown)
                                 << "a password is required";
        QTest::newRow("no ups") << "upsc" << QByteArray("") << 0 << "host.ups" << int(Severity::Warning) << "No UPS";
        QTest::newRow("upsc absent") << "upsc" << QByteArray() << 127 << "host.ups" << int(Severity::Unknown)
                                     << "upsc is not installed";
    }

    void hostChecks()
    {
        QFETCH(QString, step);
        QFETCH(QByteArray, out);
        QFETCH(int, code);
        QFETCH(QString, id);
        QFETCH(int, severity);
        QFETCH(QString, says);
        QHash<QString, CommandResult> r = goodOs();
        r.insert(step, done(out, code, code == 1 ? QByteArray("sudo: a password is required\n") : QByteArray()));
        if (id.isEmpty()) {
            // Unattended upgrades need the service enabled as well.
            QVERIFY(hostChecksOnly(osFacts(r)).isEmpty());
            r.insert(QStringLiteral("wants/multi-user"), done("unattended-upgrades.service\n"));
            const QList<Finding> f = hostChecksOnly(osFacts(r));
            QCOMPARE(f.size(), 1);
            QCOMPARE(f.first().id, QStringLiteral("host.auto-updates"));
            QVERIFY(f.first().message.contains(QLatin1String("unattended-upgrades")));
            return;
        }
        const QList<Finding> f = hostChecksOnly(osFacts(r));
        QCOMPARE(f.size(), 1);
        QCOMPARE(f.first().id, id);
        QCOMPARE(int(f.first().severity), severity);
        QVERIFY2(f.first().message.contains(says), qPrintable(f.first().message));
    }

    void scannerExclusions()
    {
        QHash<QString, CommandResult> r = goodOs();
        r.insert(QStringLiteral("wants/multi-user"), done("clamav-clamonacc.service\n"));
        r.insert(QStringLiteral("clamd-conf"), done("OnAccessIncludePath /\nOnAccessExcludePath /srv\n"));
        CheckFacts f = osFacts(r);
        f.vms = vmFacts().vms;
        QCOMPARE(hostChecksOnly(f).size(), 1);
        QVERIFY(hostChecksOnly(f).first().message.contains(QLatin1String("/var/lib/libvirt/images")));
        r.insert(QStringLiteral("clamd-conf"), done("OnAccessExcludePath /var/lib/libvirt\n"));
        f.os = hostOsFactsFrom(r);
        QVERIFY(hostChecksOnly(f).isEmpty());
        // Another agent scans on access: its exclusions cannot be read, so unknown, never a pass.
        r.insert(QStringLiteral("wants/multi-user"), done("ssh.service\nmdatp.service\n"));
        f.os = hostOsFactsFrom(r);
        const QList<Finding> other = hostChecksOnly(f);
        QCOMPARE(other.size(), 1);
        QCOMPARE(other.first().id, QStringLiteral("host.on-access-scan"));
        QCOMPARE(other.first().severity, Severity::Unknown);
        QVERIFY(other.first().message.contains(QLatin1String("Microsoft Defender for Endpoint")));
        QVERIFY(other.first().remedy.contains(QLatin1String("/var/lib/libvirt/images")));
        // No scanner at all: nothing to exclude.
        r.insert(QStringLiteral("wants/multi-user"), done("ssh.service\n"));
        f.os = hostOsFactsFrom(r);
        QVERIFY(hostChecksOnly(f).isEmpty());
    }

    void notReadIsUnknown()
    {
        const QList<Finding> f = hostChecksOnly(CheckFacts{});
        QCOMPARE(f.size(), 4);
        for (const Finding &x : f)
            QCOMPARE(x.severity, Severity::Unknown);
        QCOMPARE(worstSeverity(f), Severity::Unknown);
    }

    // The demo host, read as the console reads it: its fresh install installs
    // updates by itself and leaves the watchdog unused; once the settings
    // change on the host, both pass. A capture of the facts decides the same.
    void demoHost()
    {
        SimulatedHost h;
        Poller poller(h, QStringLiteral("demo"));
        const HostSnapshotPtr s = poller.refresh(CancelFlag(), true);
        QVERIFY(s);
        CheckFacts facts = poller.readCheckFacts(*s);
        QVERIFY(facts.read);
        QList<Finding> f = findingsFor(*s, facts);
        QCOMPARE(withId(f, "host.watchdog").size(), 1);
        QCOMPARE(withId(f, "host.auto-updates").size(), 1);
        for (const char *pass : {"host.power-supplies", "host.ups", "vm.guest-agent", "vm.image-dynamic",
                                 "vm.image-unmirrored", "vm.image-storage", "vm.memory-overcommit"})
            QVERIFY2(withId(f, pass).isEmpty(), pass);
        QCOMPARE(facts.images.size(), 4);
        QCOMPARE(facts.images.value(QStringLiteral("/srv/vm-mail/EX1-store.img")).format, QStringLiteral("raw"));

        const QList<Finding> fromCapture = findingsFor(*s, checkFactsFromCapture(facts.raw, *s));
        QCOMPARE(fromCapture.size(), f.size());
        for (qsizetype i = 0; i < f.size(); ++i)
            QCOMPARE(fromCapture[i].id, f[i].id);

        Command c;
        c.argv = {"sh", "-c",
                  "printf '[Manager]\\nRuntimeWatchdogSec=30\\n' > /etc/systemd/system.conf.d/ftconsole-watchdog.conf; "
                  "printf 'APT::Periodic::Unattended-Upgrade \"0\";\\n' > /etc/apt/apt.conf.d/20auto-upgrades"};
        QVERIFY(h.run(c).ok());
        facts = poller.readCheckFacts(*s);
        QCOMPARE(facts.os.runtimeWatchdogUs.value_or(-2), 30000000LL);
        f = findingsFor(*s, facts);
        QVERIFY(withId(f, "host.watchdog").isEmpty());
        QVERIFY(withId(f, "host.auto-updates").isEmpty());

        // A capture without the checks' files: the host's facts are unknown.
        const CheckFacts none = checkFactsFromCapture({}, *s);
        QVERIFY(!none.read);
        QCOMPARE(withId(findingsFor(*s, none), "host.watchdog").first().severity, Severity::Unknown);
    }

    void textAndJson()
    {
        HostSnapshot s = storageHost();
        s.info.name = QStringLiteral("ft1");
        const QList<Finding> f = findingsFor(s, osFacts(goodOs()));
        const QString text = checkText(s, f);
        QVERIFY(text.startsWith(QLatin1String("Checks of ft1 (test)")));
        QVERIFY(text.contains(QLatin1String("Storage\n  WARNING  md1: Both copies of md1 are in module 10")));
        QVERIFY(text.contains(QLatin1String("Host\n  OK: nothing found")));
        QVERIFY(text.contains(QLatin1String("0 errors, 1 warnings, 0 unknown, 0 notes.")));
        const QJsonObject j = checkJson(s, f);
        QCOMPARE(j.value(QStringLiteral("status")).toString(), QStringLiteral("warnings"));
        QCOMPARE(j.value(QStringLiteral("counts")).toObject().value(QStringLiteral("warning")).toInt(), 1);
        const QJsonObject first = j.value(QStringLiteral("findings")).toArray().first().toObject();
        QCOMPARE(first.value(QStringLiteral("area")).toString(), QStringLiteral("storage"));
        QCOMPARE(first.value(QStringLiteral("severity")).toString(), QStringLiteral("warning"));
    }

    // The host OS fixes: planned from the facts, refused where they cannot
    // help, re-checking the file at apply time.
    void hostFixes()
    {
        HostSnapshot s;
        s.label = QStringLiteral("test");
        QHash<QString, CommandResult> r = goodOs();
        r.insert(QStringLiteral("watchdog-runtime"), done("0\n"));
        r.insert(QStringLiteral("wants/multi-user"), done("unattended-upgrades.service\n"));
        const QByteArray apt = "APT::Periodic::Update-Package-Lists \"1\";\nAPT::Periodic::Unattended-Upgrade \"1\";\n";
        r.insert(QStringLiteral("apt-auto"), done("/etc/apt/apt.conf.d/20auto-upgrades:APT::Periodic::Update-Package-Lists \"1\";\n"
                                                  "/etc/apt/apt.conf.d/20auto-upgrades:APT::Periodic::Unattended-Upgrade \"1\";\n"));
        CheckFacts f = osFacts(r);
        f.raw.insert(QStringLiteral("checks/apt-auto"), r.value(QStringLiteral("apt-auto")).out);
        QCOMPARE(aptAutoUpgradesText(f), apt);

        Plan p = planWatchdogOn(s, f);
        QVERIFY2(p.ok(), qPrintable(p.errors.join(QLatin1Char('\n'))));
        QStringList lines = p.commandLines();
        QCOMPARE(lines.first(), QStringLiteral("test '!' -e /etc/systemd/system.conf.d/60-ftconsole-watchdog.conf"));
        QCOMPARE(lines.last(), QStringLiteral("systemctl daemon-reexec"));
        bool wrote = false;
        for (const PlanStep &st : p.steps) {
            QVERIFY(st.command.privileged);
            wrote = wrote || st.command.input.contains("RuntimeWatchdogSec=30s");
        }
        QVERIFY(wrote);
        QVERIFY(lines.contains(QStringLiteral("mv -f -T /etc/systemd/system.conf.d/60-ftconsole-watchdog.conf.ftconsole-new "
                                              "/etc/systemd/system.conf.d/60-ftconsole-watchdog.conf")));

        p = planAutoUpdatesOff(s, f);
        QVERIFY2(p.ok(), qPrintable(p.errors.join(QLatin1Char('\n'))));
        QCOMPARE(p.steps.first().command.argv, (Argv{"cmp", "-", "/etc/apt/apt.conf.d/20auto-upgrades"}));
        QCOMPARE(p.steps.first().command.input, apt);
        QCOMPARE(p.steps.at(1).command.input,
                 QByteArray("APT::Periodic::Update-Package-Lists \"1\";\nAPT::Periodic::Unattended-Upgrade \"0\";\n"));
        QCOMPARE(withUnattendedUpgradeOff("// nothing\n"), QByteArray("// nothing\nAPT::Periodic::Unattended-Upgrade \"0\";\n"));

        // Refusals: a capture, no watchdog device, a watchdog in use.
        s.isCapture = true;
        QVERIFY(planWatchdogOn(s, f).errors.join(QLatin1Char(' ')).contains(QLatin1String("read-only capture")));
        s.isCapture = false;
        QVERIFY(!planAutoUpdatesOff(s, CheckFacts{}).ok());
        r.insert(QStringLiteral("watchdog-devices"), done("", 1));
        QVERIFY(planWatchdogOn(s, osFacts(r)).errors.join(QLatin1Char(' ')).contains(QLatin1String("no hardware watchdog")));
        r.insert(QStringLiteral("watchdog-devices"), done("watchdog0\n"));
        r.insert(QStringLiteral("watchdog-runtime"), done("30s\n"));
        QVERIFY(planWatchdogOn(s, osFacts(r)).errors.join(QLatin1Char(' ')).contains(QLatin1String("already in use")));
        // dnf-automatic: its timer stopped and disabled.
        r.insert(QStringLiteral("wants/timers"), done("dnf-automatic-install.timer\n"));
        p = planAutoUpdatesOff(s, osFacts(r));
        QVERIFY2(p.ok(), qPrintable(p.errors.join(QLatin1Char('\n'))));
        QCOMPARE(p.steps.size(), 1);
        QCOMPARE(p.steps.first().command.argv, (Argv{"systemctl", "disable", "--now", "dnf-automatic-install.timer"}));
        QVERIFY(p.steps.first().command.privileged);
        QVERIFY(p.warnings.join(QLatin1Char(' ')).contains(QLatin1String("dnf upgrade")));
    }

    // The guide's steps ticked from findings: to do while a warning stands,
    // unknown while only unknowns do, a sync under way not done yet.
    void setupChecklist()
    {
        QList<SetupStep> steps = setupSteps({});
        QCOMPARE(steps.size(), 5);
        QCOMPARE(setupTotal(steps), 16);
        QCOMPARE(setupDone(steps), 16);
        const auto status = [](const QList<SetupStep> &st, const char *id) {
            for (const SetupStep &s : st)
                for (const SetupItem &i : s.items)
                    if (i.id == QLatin1String(id))
                        return i.status;
            return SetupItem::Status::Unknown;
        };
        steps = setupSteps({Finding{QStringLiteral("host.watchdog"), Severity::Warning, {}, QStringLiteral("w"), {}},
                            Finding{QStringLiteral("host.ups"), Severity::Unknown, {}, QStringLiteral("u"), {}},
                            Finding{QStringLiteral("storage.mirror-syncing"), Severity::Info, QStringLiteral("md1"),
                                    QStringLiteral("s"), {}},
                            Finding{QStringLiteral("network.no-team"), Severity::Warning, {}, QStringLiteral("n"), {}}});
        QCOMPARE(status(steps, "watchdog"), SetupItem::Status::ToDo);
        QCOMPARE(status(steps, "ups"), SetupItem::Status::Unknown);
        QCOMPARE(status(steps, "mirrors"), SetupItem::Status::ToDo);
        QCOMPARE(status(steps, "teams"), SetupItem::Status::ToDo);
        QCOMPARE(status(steps, "vm-network"), SetupItem::Status::ToDo);
        QCOMPARE(status(steps, "power"), SetupItem::Status::Done);
        QCOMPARE(setupDone(steps), 11);
    }

private:
    static QList<Finding> hostChecksOnly(const CheckFacts &f)
    {
        QList<Finding> out;
        ftc::hostChecks(HostSnapshot{}, f, out);
        return out;
    }
};

QTEST_GUILESS_MAIN(TestChecks)
#include "tst_checks.moc"
