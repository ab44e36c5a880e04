// Editing a VM's configuration on the demo host: memory and vCPUs (pending
// until a running VM restarts; less memory through the balloon at once), the
// CD/DVD, the NIC moved to a team's bridge, another fixed-size disk, rename
// and delete (images only when asked, the name typed), each with its exact
// argv and its refusals.

#include "demo/SimulatedHost.h"
#include "model/Poller.h"
#include "vms/VmCreate.h"
#include "vms/VmEdit.h"

#include <QtTest>

using namespace ftc;

namespace {

const QByteArray kUri = "qemu:///system";
const QString kIso = QStringLiteral("/var/lib/libvirt/boot/debian-12.8.0-amd64-netinst.iso");
const qint64 kReserve = qint64(512) << 20;

CommandResult run(Runner &r, const Argv &argv)
{
    Command c;
    c.argv = argv;
    return r.run(c);
}

bool anyContains(const QStringList &list, const QString &text)
{
    for (const QString &s : list)
        if (s.contains(text))
            return true;
    return false;
}

} // namespace

class TestVmEdit : public QObject {
    Q_OBJECT
private:
    SimulatedHost *m_host = nullptr;
    Poller *m_poller = nullptr;
    HostSnapshotPtr m_snap;

    void refresh()
    {
        m_poller->refresh(CancelFlag(), true);
        m_snap = m_poller->refresh(CancelFlag(), true);
    }
    VmConfigReading config(const QString &vm) { return m_poller->readVmConfig(vm, CancelFlag()); }
    VmHostFacts facts(const QStringList &paths = {})
    {
        VmHostQuery q;
        q.dirs = vmStorageDirs(*m_snap);
        q.paths = paths;
        return readVmHostFacts(*m_host, *m_snap, q, kUri);
    }
    void apply(const Plan &p, const QString &confirmation = {})
    {
        QVERIFY2(p.ok(), qPrintable(p.errors.join('\n')));
        const ApplyResult a = applyPlan(*m_host, p, confirmation);
        QVERIFY2(a.ok, qPrintable(a.message));
        refresh();
    }

private slots:
    void init()
    {
        m_host = new SimulatedHost;
        m_poller = new Poller(*m_host, QStringLiteral("demo"));
        refresh();
    }
    void cleanup()
    {
        delete m_poller;
        delete m_host;
    }

    // DC1 runs: the new memory waits in its definition until it restarts.
    void memoryOfARunningVmIsPending()
    {
        const Plan p = planVmMemory(*m_snap, config(QStringLiteral("DC1")), 2048, kReserve, kUri);
        QCOMPARE(p.steps.size(), 2);
        QCOMPARE(p.steps[0].command.argv, (Argv{"virsh", "-c", kUri, "setmaxmem", "--domain", "DC1", "--size", "2048M", "--config"}));
        QCOMPARE(p.steps[1].command.argv, (Argv{"virsh", "-c", kUri, "setmem", "--domain", "DC1", "--size", "2048M", "--config"}));
        QVERIFY(anyContains(p.warnings, QStringLiteral("when it is next started")));
        apply(p);
        VmConfigReading c = config(QStringLiteral("DC1"));
        QCOMPARE(c.xml.memoryKiB, 512 * 1024);
        QCOMPARE(c.inactiveXml.memoryKiB, 2048 * 1024);
        QVERIFY(run(*m_host, {"virsh", "-c", kUri, "shutdown", "DC1"}).ok());
        QVERIFY(run(*m_host, {"virsh", "-c", kUri, "start", "DC1"}).ok());
        QCOMPARE(config(QStringLiteral("DC1")).xml.memoryKiB, 2048 * 1024);
        refresh();

        // 8192 less 512 kept, DC1's 2048 and EX1's 1536: FS1 may have 4096, its own 1024 included.
        QVERIFY(anyContains(planVmMemory(*m_snap, config(QStringLiteral("FS1")), 4097, kReserve, kUri).errors,
                            QStringLiteral("which leaves 4096 MiB")));
        QVERIFY(planVmMemory(*m_snap, config(QStringLiteral("FS1")), 4096, kReserve, kUri).ok());
        QVERIFY(anyContains(planVmMemory(*m_snap, config(QStringLiteral("FS1")), 1024, kReserve, kUri).errors,
                            QStringLiteral("nothing to change")));
    }

    // Less than it booted with: the balloon gives it back at once.
    void lessMemoryReachesARunningVmAtOnce()
    {
        const Plan p = planVmMemory(*m_snap, config(QStringLiteral("EX1")), 1024, kReserve, kUri);
        QCOMPARE(p.steps.size(), 3);
        QCOMPARE(p.steps[2].command.argv, (Argv{"virsh", "-c", kUri, "setmem", "--domain", "EX1", "--size", "1024M", "--live"}));
        QVERIFY(anyContains(p.warnings, QStringLiteral("balloon")));
        QVERIFY(!anyContains(p.warnings, QStringLiteral("when it is next started")));
        apply(p);
        const VmConfigReading c = config(QStringLiteral("EX1"));
        QCOMPARE(c.xml.currentMemoryKiB, 1024 * 1024);
        QCOMPARE(c.xml.memoryKiB, 1536 * 1024);          // room kept until it restarts
        QCOMPARE(c.inactiveXml.memoryKiB, 1024 * 1024);
        QCOMPARE(m_snap->vm(QStringLiteral("EX1"))->memoryBytes, qint64(1024) << 20);
    }

    void vcpusRaiseTheMaximumFirst()
    {
        QVERIFY(run(*m_host, {"virsh", "-c", kUri, "shutdown", "DC1"}).ok());
        refresh();
        Plan p = planVmVcpus(*m_snap, config(QStringLiteral("DC1")), 2, kUri);
        QCOMPARE(p.steps.size(), 2);
        QVERIFY(p.steps[0].command.argv.contains("--maximum"));
        QVERIFY(p.warnings.isEmpty());      // shut off: applied as it is
        apply(p);
        QCOMPARE(config(QStringLiteral("DC1")).xml.vcpus, 2);
        p = planVmVcpus(*m_snap, config(QStringLiteral("DC1")), 1, kUri);
        QVERIFY(!p.steps[0].command.argv.contains("--maximum"));
        QVERIFY(p.steps[1].command.argv.contains("--maximum"));
        QVERIFY(anyContains(planVmVcpus(*m_snap, config(QStringLiteral("DC1")), 3, kUri).errors,
                            QStringLiteral("more than the host's 2 CPUs")));
    }

    // A running VM with room under its maximum: more vCPUs plugged in at once.
    void vcpusPluggedInWhereThereIsRoom()
    {
        VmConfigReading c = config(QStringLiteral("DC1"));
        c.xml = parseDomainXml("<domain type='kvm' id='1'><name>DC1</name><memory unit='KiB'>524288</memory>"
                               "<vcpu placement='static' current='1'>2</vcpu></domain>");
        const Plan p = planVmVcpus(*m_snap, c, 2, kUri);
        QCOMPARE(p.steps.size(), 3);
        QCOMPARE(p.steps[2].command.argv, (Argv{"virsh", "-c", kUri, "setvcpus", "--domain", "DC1", "--count", "2", "--live"}));
        QVERIFY(anyContains(p.warnings, QStringLiteral("plugged in now")));
        // No room (the demo's VMs run all the vCPUs they may have): pending instead.
        const Plan pending = planVmVcpus(*m_snap, config(QStringLiteral("DC1")), 2, kUri);
        QCOMPARE(pending.steps.size(), 2);
        QVERIFY(anyContains(pending.warnings, QStringLiteral("when it is next started")));
    }

    void theInstallCdGoesInAndOut()
    {
        const QString missing = QStringLiteral("/srv/iso/none.iso");
        const VmHostFacts f = facts({kIso, missing});
        Plan p = planVmMedia(*m_snap, config(QStringLiteral("FS1")), kIso, f, kUri);
        QCOMPARE(p.steps.size(), 1);
        QCOMPARE(p.steps[0].command.argv, (Argv{"virsh", "-c", kUri, "change-media", "--domain", "FS1", "--path", "hdc",
                                                "--source", kIso.toUtf8(), "--insert", "--live", "--config"}));
        apply(p);
        QCOMPARE(config(QStringLiteral("FS1")).xml.disks.last().source, kIso);
        QVERIFY(anyContains(planVmMedia(*m_snap, config(QStringLiteral("FS1")), kIso, f, kUri).errors,
                            QStringLiteral("already in the drive")));
        QVERIFY(anyContains(planVmMedia(*m_snap, config(QStringLiteral("FS1")), missing, f, kUri).errors,
                            QStringLiteral("does not exist on demo")));
        p = planVmMedia(*m_snap, config(QStringLiteral("FS1")), QString(), f, kUri);
        QVERIFY(p.steps[0].command.argv.contains("--eject"));
        apply(p);
        QVERIFY(config(QStringLiteral("FS1")).xml.disks.last().source.isEmpty());
        QVERIFY(anyContains(planVmMedia(*m_snap, config(QStringLiteral("FS1")), QString(), f, kUri).errors,
                            QStringLiteral("nothing to eject")));
    }

    // The guide: a VM's adapter connected to the team. The demo's team bridge
    // is made here the way the team wizard's plan makes it.
    void theNicMovesToTheTeamsBridge()
    {
        const VmConfigReading c = config(QStringLiteral("EX1"));
        const QString mac = c.xml.interfaces.value(0).mac;
        QVERIFY(!mac.isEmpty());
        QVERIFY(anyContains(planVmNicSource(*m_snap, c, mac, true, QStringLiteral("br0"), facts(), kUri).errors,
                            QStringLiteral("no bridge named \"br0\"")));
        QVERIFY(run(*m_host, {"ip", "link", "add", "br0", "type", "bridge"}).ok());
        refresh();
        const Plan p = planVmNicSource(*m_snap, c, mac, true, QStringLiteral("br0"), facts(), kUri);
        QCOMPARE(p.steps.size(), 1);
        QCOMPARE(p.steps[0].command.argv, (Argv{"virsh", "-c", kUri, "update-device", "--domain", "EX1", "--file",
                                                "/dev/stdin", "--live", "--config"}));
        const DomainXml sent = parseDomainXml("<domain><devices>" + p.steps[0].command.input + "</devices></domain>");
        QCOMPARE(sent.interfaces.value(0).mac, mac);
        QCOMPARE(sent.interfaces.value(0).sourceBridge, QStringLiteral("br0"));
        QCOMPARE(sent.interfaces.value(0).model, QStringLiteral("virtio"));
        apply(p);
        const VmConfigReading after = config(QStringLiteral("EX1"));
        QCOMPARE(after.xml.interfaces.value(0).type, QStringLiteral("bridge"));
        QCOMPARE(after.xml.interfaces.value(0).sourceBridge, QStringLiteral("br0"));
        QCOMPARE(after.xml.interfaces.value(0).mac, mac);
        QVERIFY(anyContains(planVmNicSource(*m_snap, after, mac, true, QStringLiteral("br0"), facts(), kUri).errors,
                            QStringLiteral("already connected")));
        QVERIFY(anyContains(planVmNicSource(*m_snap, after, QStringLiteral("52:54:00:00:00:01"), false,
                                            QStringLiteral("default"), facts(), kUri).errors,
                            QStringLiteral("no network adapter with the MAC address")));
    }

    void anotherFixedSizeDisk()
    {
        const VmConfigReading c = config(QStringLiteral("EX1"));
        QCOMPARE(nextDiskTarget(c.xml), QStringLiteral("vdc"));
        const QString image = QStringLiteral("/var/lib/libvirt/images/EX1-vdc.img");
        const Plan p = planVmAddDisk(*m_snap, c, QStringLiteral("/var/lib/libvirt/images"), 10, facts({image}), kUri);
        QCOMPARE(p.steps.size(), 3);
        QCOMPARE(p.steps[1].command.argv, (Argv{"qemu-img", "create", "-f", "raw", "-o", "preallocation=falloc", "--",
                                                image.toUtf8(), "10G"}));
        QCOMPARE(p.steps[2].command.argv,
                 (Argv{"virsh", "-c", kUri, "attach-disk", "--domain", "EX1", "--source", image.toUtf8(), "--target", "vdc",
                       "--driver", "qemu", "--subdriver", "raw", "--targetbus", "virtio", "--live", "--config"}));
        apply(p);
        QCOMPARE(config(QStringLiteral("EX1")).xml.disks[2].targetDev, QStringLiteral("vdc"));
        QVERIFY(anyContains(planVmAddDisk(*m_snap, c, QStringLiteral("/var/lib/libvirt/images"), 10, facts({image}), kUri).errors,
                            QStringLiteral("already exists")));
        QVERIFY(anyContains(planVmAddDisk(*m_snap, c, QStringLiteral("/var/lib/libvirt/images"), 5000,
                                          facts({QStringLiteral("/var/lib/libvirt/images/EX1-vdd.img")}), kUri).errors,
                            QStringLiteral("choose a smaller disk")));
    }

    void renameOnlyWhenShutOff()
    {
        QVERIFY(anyContains(planVmRename(*m_snap, QStringLiteral("FS1"), QStringLiteral("FS2"), kUri).errors,
                            QStringLiteral("Shut it down first")));
        QVERIFY(run(*m_host, {"virsh", "-c", kUri, "shutdown", "FS1"}).ok());
        refresh();
        QVERIFY(anyContains(planVmRename(*m_snap, QStringLiteral("FS1"), QStringLiteral("DC1"), kUri).errors,
                            QStringLiteral("already has a VM named DC1")));
        const Plan p = planVmRename(*m_snap, QStringLiteral("FS1"), QStringLiteral("FS2"), kUri);
        QCOMPARE(p.steps[0].command.argv, (Argv{"virsh", "-c", kUri, "domrename", "--domain", "FS1", "--new-name", "FS2"}));
        apply(p);
        QVERIFY(m_snap->vm(QStringLiteral("FS2")));
        QVERIFY(!m_snap->vm(QStringLiteral("FS1")));
    }

    void deleteKeepsImagesUnlessAsked()
    {
        QVERIFY(anyContains(planVmDelete(*m_snap, config(QStringLiteral("EX1")), true, kUri).errors,
                            QStringLiteral("shut it down first")));
        QVERIFY(run(*m_host, {"virsh", "-c", kUri, "shutdown", "EX1"}).ok());
        QVERIFY(run(*m_host, {"virsh", "-c", kUri, "shutdown", "FS1"}).ok());
        refresh();
        Plan keep = planVmDelete(*m_snap, config(QStringLiteral("FS1")), false, kUri);
        QCOMPARE(keep.steps.size(), 1);
        QCOMPARE(keep.confirmation, QStringLiteral("FS1"));
        QVERIFY(anyContains(keep.warnings, QStringLiteral("/var/lib/libvirt/images/FS1.img")));
        // The name not typed: nothing happens.
        QVERIFY(!applyPlan(*m_host, keep, QStringLiteral("FS")).ok);
        QVERIFY(run(*m_host, {"virsh", "-c", kUri, "domuuid", "FS1"}).ok());
        apply(keep, QStringLiteral("FS1"));
        QVERIFY(!m_snap->vm(QStringLiteral("FS1")));
        QVERIFY(run(*m_host, {"test", "-e", "/var/lib/libvirt/images/FS1.img"}).ok());

        const Plan all = planVmDelete(*m_snap, config(QStringLiteral("EX1")), true, kUri);
        QCOMPARE(all.steps.size(), 3);
        QCOMPARE(all.steps[1].command.argv, (Argv{"rm", "-f", "--", "/var/lib/libvirt/images/EX1.img"}));
        QCOMPARE(all.steps[2].command.argv, (Argv{"rm", "-f", "--", "/srv/vm-mail/EX1-store.img"}));
        apply(all, QStringLiteral("EX1"));
        QVERIFY(!run(*m_host, {"test", "-e", "/srv/vm-mail/EX1-store.img"}).ok());
        QVERIFY(run(*m_host, {"test", "-e", kIso.toUtf8()}).ok());
    }

    // The VM vanished between reading and planning.
    void aVanishedVmIsSaidSo()
    {
        VmConfigReading c = config(QStringLiteral("DC1"));
        c.vm = QStringLiteral("GONE");
        QVERIFY(anyContains(planVmMemory(*m_snap, c, 1024, kReserve, kUri).errors, QStringLiteral("no longer on demo")));
    }
};

QTEST_GUILESS_MAIN(TestVmEdit)
#include "tst_vmedit.moc"
