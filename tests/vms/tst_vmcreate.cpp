// Creating a VM on the demo host as the wizard plans it: libvirt's name
// rules and the console's, the guide's memory admission (8 GiB host, 512 MiB
// kept, DC1/FS1/EX1 take 3 GiB), free space, fixed against expanding images,
// storage not on a Duplex mirror, an existing image converted, the exact argv
// and domain XML; then the plan applied, and a plan that fails halfway or
// meets a name taken meanwhile leaving nothing behind.

#include "demo/SimulatedHost.h"
#include "model/Poller.h"
#include "parse/DomainXml.h"
#include "vms/VmCreate.h"

#include <QtTest>

using namespace ftc;

namespace {

const QByteArray kUri = "qemu:///system";
const QString kImages = QStringLiteral("/var/lib/libvirt/images");
const QString kIso = QStringLiteral("/var/lib/libvirt/boot/debian-12.8.0-amd64-netinst.iso");

CommandResult run(Runner &r, const Argv &argv, const QByteArray &input = {})
{
    Command c;
    c.argv = argv;
    c.input = input;
    return r.run(c);
}

VmCreateRequest request(const QString &name)
{
    VmCreateRequest r;
    r.name = name;
    r.memoryMiB = 1024;
    r.vcpus = 1;
    r.imageDir = kImages;
    r.diskGiB = 40;
    r.netKind = VmCreateRequest::NetKind::Network;
    r.netSource = QStringLiteral("default");
    return r;
}

// What the wizard asks before it plans: every place, the new image, the ISO.
VmHostFacts factsFor(Runner &r, const HostSnapshot &s, const VmCreateRequest &req)
{
    VmHostQuery q;
    q.dirs = vmStorageDirs(s);
    if (!q.dirs.contains(req.imageDir))
        q.dirs << req.imageDir;
    q.paths << newImagePath(req);
    if (!req.isoPath.isEmpty())
        q.paths << req.isoPath;
    if (!req.existingImage.isEmpty()) {
        q.paths << req.existingImage;
        q.images << req.existingImage;
    }
    return readVmHostFacts(r, s, q, kUri);
}

bool anyContains(const QStringList &list, const QString &text)
{
    for (const QString &s : list)
        if (s.contains(text))
            return true;
    return false;
}

} // namespace

class TestVmCreate : public QObject {
    Q_OBJECT
private:
    SimulatedHost *m_host = nullptr;
    Poller *m_poller = nullptr;
    HostSnapshotPtr m_snap;

    // Twice: a VM's configuration (schedinfo, metadata, UUID) comes with
    // the refresh after the one that first lists it.
    void refresh()
    {
        m_poller->refresh(CancelFlag(), true);
        m_snap = m_poller->refresh(CancelFlag(), true);
    }
    Plan plan(const VmCreateRequest &req, const QString &uuid = QStringLiteral("0f0e0d0c-0b0a-4009-8807-060504030201"))
    {
        CreateVmOptions o;
        o.uuid = uuid;
        return planCreateVm(*m_snap, factsFor(*m_host, *m_snap, req), req, kUri, o);
    }

private slots:
    void init()
    {
        m_host = new SimulatedHost;
        m_poller = new Poller(*m_host, QStringLiteral("demo"));
        refresh();
        QVERIFY(m_snap);
        QCOMPARE(m_snap->vms.size(), 3);
    }
    void cleanup()
    {
        delete m_poller;
        delete m_host;
    }

    void namesFollowLibvirtAndTheConsole()
    {
        const HostSnapshot &s = *m_snap;
        QVERIFY(vmNameProblem(s, QStringLiteral("SQL1")).isEmpty());
        QVERIFY(vmNameProblem(s, QStringLiteral("web-01.example_2")).isEmpty());
        QVERIFY(vmNameProblem(s, QStringLiteral("DC1")).contains(QStringLiteral("already has a VM named DC1")));
        QVERIFY(vmNameProblem(s, QStringLiteral("dc1")).contains(QStringLiteral("only in case")));
        QVERIFY(vmNameProblem(s, QString()).contains(QStringLiteral("needs a name")));
        QVERIFY(vmNameProblem(s, QStringLiteral("a/b")).contains(QStringLiteral("'/'")));
        QVERIFY(vmNameProblem(s, QStringLiteral("42")).contains(QStringLiteral("only digits")));
        QVERIFY(vmNameProblem(s, QStringLiteral("0f0e0d0c-0b0a-4009-8807-060504030201")).contains(QStringLiteral("UUID")));
        QVERIFY(vmNameProblem(s, QStringLiteral("a\nb")).contains(QStringLiteral("control character")));
        QVERIFY(vmNameProblem(s, QStringLiteral(" SQL1")).contains(QStringLiteral("space")));
        QVERIFY(vmNameProblem(s, QString(65, QLatin1Char('x'))).contains(QStringLiteral("at most 64")));
        QVERIFY(vmNameProblem(s, QString(64, QLatin1Char('x'))).isEmpty());
    }

    // 8192 MiB less 512 kept and 512 + 1024 + 1536 for DC1, FS1, EX1.
    void memoryBeyondTheHostIsRefused()
    {
        const MemoryAdmission a = memoryAdmission(*m_snap, qint64(512) << 20);
        QCOMPARE(a.hostMiB, 8192);
        QCOMPARE(a.takenMiB, 3072);
        QCOMPARE(a.availableMiB, 4608);
        QCOMPARE(a.takenBy, (QStringList{"DC1", "FS1", "EX1"}));

        VmCreateRequest r = request(QStringLiteral("SQL1"));
        r.memoryMiB = 4609;
        Plan p = plan(r);
        QVERIFY(!p.ok());
        QVERIFY(anyContains(p.errors, QStringLiteral("leaves 4608 MiB")));
        QVERIFY(p.steps.isEmpty());
        r.memoryMiB = 4608;
        p = plan(r);
        QVERIFY2(p.ok(), qPrintable(p.errors.join('\n')));

        // A stopped VM that does not start with the host takes nothing.
        QVERIFY(run(*m_host, {"virsh", "-c", kUri, "shutdown", "EX1"}).ok());
        QVERIFY(run(*m_host, {"virsh", "-c", kUri, "autostart", "--disable", "EX1"}).ok());
        refresh();
        QCOMPARE(memoryAdmission(*m_snap, qint64(512) << 20).availableMiB, 4608 + 1536);
    }

    void theFixedImagePlanExactly()
    {
        VmCreateRequest r = request(QStringLiteral("SQL1"));
        r.isoPath = kIso;
        r.start = true;
        const Plan p = plan(r);
        QVERIFY2(p.ok(), qPrintable(p.errors.join('\n')));
        QVERIFY(p.warnings.isEmpty());   // md1 is Duplex
        QCOMPARE(p.steps.size(), 5);
        QCOMPARE(p.steps[0].command.argv, (Argv{"test", "!", "-e", "/var/lib/libvirt/images/SQL1.img"}));
        QCOMPARE(p.steps[1].command.argv, (Argv{"virsh", "-c", kUri, "define", "/dev/stdin"}));
        QCOMPARE(p.steps[1].undo.argv, (Argv{"virsh", "-c", kUri, "undefine", "--domain", "SQL1"}));
        QCOMPARE(p.steps[2].command.argv, (Argv{"qemu-img", "create", "-f", "raw", "-o", "preallocation=falloc", "--",
                                                "/var/lib/libvirt/images/SQL1.img", "40G"}));
        QCOMPARE(p.steps[2].undo.argv, (Argv{"rm", "-f", "--", "/var/lib/libvirt/images/SQL1.img"}));
        QVERIFY(p.steps[2].undoIfFailed);
        QVERIFY(p.steps[2].command.privileged);
        QCOMPARE(p.steps[3].command.argv, (Argv{"virsh", "-c", kUri, "autostart", "--domain", "SQL1"}));
        QCOMPARE(p.steps[4].command.argv, (Argv{"virsh", "-c", kUri, "start", "--domain", "SQL1"}));

        // The XML, read back by the console's own parser.
        const DomainXml x = parseDomainXml(p.steps[1].command.input);
        QVERIFY(x.errors.isEmpty());
        QCOMPARE(x.name, QStringLiteral("SQL1"));
        QCOMPARE(x.uuid, QStringLiteral("0f0e0d0c-0b0a-4009-8807-060504030201"));
        QCOMPARE(x.type, QStringLiteral("kvm"));           // the demo host has /dev/kvm
        QCOMPARE(x.memoryKiB, 1024 * 1024);
        QCOMPARE(x.vcpus, 1);
        QCOMPARE(x.disks.size(), 2);
        QCOMPARE(x.disks[0].source, QStringLiteral("/var/lib/libvirt/images/SQL1.img"));
        QCOMPARE(x.disks[0].driverType, QStringLiteral("raw"));
        QCOMPARE(x.disks[0].targetBus, QStringLiteral("virtio"));
        QCOMPARE(x.disks[1].device, QStringLiteral("cdrom"));
        QCOMPARE(x.disks[1].source, kIso);
        QVERIFY(x.disks[1].readOnly);
        QCOMPARE(x.interfaces.size(), 1);
        QCOMPARE(x.interfaces[0].sourceNetwork, QStringLiteral("default"));
        QCOMPARE(x.graphics.size(), 1);
        QCOMPARE(x.graphics[0].type, QStringLiteral("vnc"));
        QCOMPARE(x.graphics[0].listen, QStringLiteral("127.0.0.1"));
        QCOMPARE(x.channels.size(), 1);
        QCOMPARE(x.channels[0].targetName, QStringLiteral("org.qemu.guest_agent.0"));
    }

    void badInputIsRefusedNamingWhatToDo()
    {
        VmCreateRequest r = request(QStringLiteral("SQL1"));
        r.diskGiB = 5000;
        QVERIFY(anyContains(plan(r).errors, QStringLiteral("choose a smaller disk or another place")));
        r = request(QStringLiteral("SQL1"));
        r.isoPath = QStringLiteral("/var/lib/libvirt/boot/missing.iso");
        QVERIFY(anyContains(plan(r).errors, QStringLiteral("does not exist on demo")));
        r = request(QStringLiteral("SQL1"));
        r.netKind = VmCreateRequest::NetKind::Bridge;
        r.netSource = QStringLiteral("br0");
        QVERIFY(anyContains(plan(r).errors, QStringLiteral("no bridge named \"br0\"")));
        r = request(QStringLiteral("SQL1"));
        r.netSource = QStringLiteral("lab");
        QVERIFY(anyContains(plan(r).errors, QStringLiteral("no network named \"lab\" (it has: default)")));
        r = request(QStringLiteral("SQL1"));
        r.vcpus = 3;
        QVERIFY(anyContains(plan(r).errors, QStringLiteral("more than the host's 2 CPUs")));
        r = request(QStringLiteral("SQL1"));
        r.imageDir = QStringLiteral("/nowhere");
        QVERIFY(anyContains(plan(r).errors, QStringLiteral("/nowhere cannot hold the image")));
        // Reservations beyond the host: 2 CPUs less 20 % for the host.
        r = request(QStringLiteral("SQL1"));
        r.reservePct = 100;
        const Plan reserved = plan(r);
        QVERIFY2(reserved.ok(), qPrintable(reserved.errors.join('\n')));
        // An image already there is never overwritten.
        QVERIFY(run(*m_host, {"qemu-img", "create", "-f", "raw", "/var/lib/libvirt/images/SQL1.img", "1G"}).ok());
        r = request(QStringLiteral("SQL1"));
        QVERIFY(anyContains(plan(r).errors, QStringLiteral("already exists")));
    }

    // md2 has one member (Simplex): the guide runs VMs from Duplex mirrors only.
    void storageNotOnADuplexMirrorWarns()
    {
        VmCreateRequest r = request(QStringLiteral("SQL1"));
        r.imageDir = QStringLiteral("/srv/vm-mail");
        const Plan p = plan(r);
        QVERIFY(p.ok());
        QVERIFY(anyContains(p.warnings, QStringLiteral("md2, Simplex")));

        const VmHostFacts f = factsFor(*m_host, *m_snap, r);
        const VmStoragePlace *md1 = f.place(kImages);
        QVERIFY(md1);
        QCOMPARE(md1->mirror, QStringLiteral("md1"));
        QVERIFY(md1->onDuplexMirror());
        // A 900 GB mirror (838 GiB) less 2 % and three 40 GiB images: about 701 GiB.
        QVERIFY2(md1->freeBytes > (690LL << 30) && md1->freeBytes < (710LL << 30), qPrintable(QString::number(md1->freeBytes)));
        QCOMPARE(md1->mountpoint, kImages);
    }

    void expandingAndExistingImages()
    {
        VmCreateRequest r = request(QStringLiteral("SQL1"));
        r.diskKind = VmCreateRequest::DiskKind::Expanding;
        Plan p = plan(r);
        QVERIFY(p.ok());
        QCOMPARE(p.steps[2].command.argv, (Argv{"qemu-img", "create", "-f", "qcow2", "--",
                                                "/var/lib/libvirt/images/SQL1.qcow2", "40G"}));
        QVERIFY(anyContains(p.warnings, QStringLiteral("not for production")));
        QCOMPARE(parseDomainXml(p.steps[1].command.input).disks[0].driverType, QStringLiteral("qcow2"));

        // An image built elsewhere as qcow2: converted into a raw one, the original kept.
        QVERIFY(run(*m_host, {"qemu-img", "create", "-f", "qcow2", "/srv/vm-mail/old.qcow2", "10G"}).ok());
        r = request(QStringLiteral("SQL1"));
        r.diskKind = VmCreateRequest::DiskKind::Existing;
        r.existingImage = QStringLiteral("/srv/vm-mail/old.qcow2");
        p = plan(r);
        QVERIFY2(p.ok(), qPrintable(p.errors.join('\n')));
        QCOMPARE(p.steps[2].command.argv, (Argv{"qemu-img", "convert", "-p", "-S", "0", "-O", "raw", "--",
                                                "/srv/vm-mail/old.qcow2", "/var/lib/libvirt/images/SQL1.img"}));
        QVERIFY(p.steps[2].reportsProgress);
        QVERIFY(anyContains(p.warnings, QStringLiteral("is a qcow2 image")));
        // Applied: the copy's progress is seen while it runs, and the copy is fully allocated.
        QStringList seen;
        const ApplyResult a = applyPlan(*m_host, p, {}, CancelFlag(), {}, [&](int index, const QString &progress) {
            QCOMPARE(index, 2);
            seen << progress;
        });
        QVERIFY2(a.ok, qPrintable(a.message));
        QVERIFY2(seen.contains(QStringLiteral("100 %")), qPrintable(seen.join(',')));
        QVERIFY(run(*m_host, {"qemu-img", "info", "--output=json", "/var/lib/libvirt/images/SQL1.img"})
                    .out.contains("\"actual-size\": 10737418240"));
        QVERIFY(run(*m_host, {"test", "-e", "/srv/vm-mail/old.qcow2"}).ok());   // the original stays
        QVERIFY(run(*m_host, {"virsh", "-c", kUri, "undefine", "--domain", "SQL1"}).ok());
        QVERIFY(run(*m_host, {"rm", "-f", "--", "/var/lib/libvirt/images/SQL1.img"}).ok());
        refresh();

        // A fully allocated raw image on a Duplex mirror is used where it is.
        QVERIFY(run(*m_host, {"qemu-img", "create", "-f", "raw", "-o", "preallocation=falloc",
                              "/var/lib/libvirt/images/ready.img", "10G"}).ok());
        r.existingImage = QStringLiteral("/var/lib/libvirt/images/ready.img");
        p = plan(r);
        QVERIFY(p.ok());
        QCOMPARE(p.steps.size(), 2);        // define, autostart: nothing written
        QCOMPARE(parseDomainXml(p.steps[0].command.input).disks[0].source, r.existingImage);

        r.existingImage = QStringLiteral("/srv/none.img");
        QVERIFY(anyContains(plan(r).errors, QStringLiteral("/srv/none.img does not exist")));
    }

    void theCreatedVmRunsOnTheHost()
    {
        VmCreateRequest r = request(QStringLiteral("SQL1"));
        r.isoPath = kIso;
        r.start = true;
        const Plan p = plan(r);
        const ApplyResult a = applyPlan(*m_host, p, {});
        QVERIFY2(a.ok, qPrintable(a.message));
        refresh();
        const Vm *vm = m_snap->vm(QStringLiteral("SQL1"));
        QVERIFY(vm);
        QVERIFY(vm->running());
        QCOMPARE(vm->autostart, std::optional<bool>(true));
        const QByteArray info = run(*m_host, {"qemu-img", "info", "--output=json", "/var/lib/libvirt/images/SQL1.img"}).out;
        QVERIFY(info.contains("\"actual-size\": 42949672960"));     // fully allocated
        // Now the host has 1 GiB less to give.
        QCOMPARE(memoryAdmission(*m_snap, qint64(512) << 20).availableMiB, 4608 - 1024);
    }

    // The image step runs out of space (the facts were read before another
    // image took it): the image is removed, the domain undefined.
    void aCreateThatFailsHalfwayLeavesNothing()
    {
        VmCreateRequest r = request(QStringLiteral("SQL1"));
        r.diskGiB = 600;
        const Plan p = plan(r);
        QVERIFY2(p.ok(), qPrintable(p.errors.join('\n')));
        QVERIFY(run(*m_host, {"qemu-img", "create", "-f", "raw", "-o", "preallocation=falloc",
                              "/var/lib/libvirt/images/big.img", "300G"}).ok());
        const ApplyResult a = applyPlan(*m_host, p, {});
        QVERIFY(!a.ok);
        QVERIFY2(a.message.contains(QStringLiteral("No space left on device")), qPrintable(a.message));
        QVERIFY2(a.message.contains(QStringLiteral("The host is as it was before the plan")), qPrintable(a.message));
        QCOMPARE(a.stepsUndone, 2);
        QVERIFY(!run(*m_host, {"test", "-e", "/var/lib/libvirt/images/SQL1.img"}).ok());
        refresh();
        QVERIFY(!m_snap->vm(QStringLiteral("SQL1")));
        QCOMPARE(a.report.steps.last().title, QStringLiteral("Undo: Define SQL1 with libvirt (the domain XML below)"));
    }

    // Another console made a VM of the same name after this plan was made:
    // define refuses (another UUID), nothing is written, the other VM stays.
    void aNameTakenMeanwhileChangesNothing()
    {
        const Plan p = plan(request(QStringLiteral("SQL1")));
        QVERIFY(p.ok());
        Plan other = plan(request(QStringLiteral("SQL1")), QStringLiteral("11111111-2222-4333-8444-555555555555"));
        other.steps = {other.steps[1]};
        QVERIFY(applyPlan(*m_host, other, {}).ok);
        const ApplyResult a = applyPlan(*m_host, p, {});
        QVERIFY(!a.ok);
        QVERIFY2(a.message.contains(QStringLiteral("already exists with uuid 11111111")), qPrintable(a.message));
        QCOMPARE(a.stepsUndone, 0);
        QVERIFY(!run(*m_host, {"test", "-e", "/var/lib/libvirt/images/SQL1.img"}).ok());
        QCOMPARE(run(*m_host, {"virsh", "-c", kUri, "domuuid", "SQL1"}).out.trimmed(),
                 QByteArray("11111111-2222-4333-8444-555555555555"));
    }
};

QTEST_GUILESS_MAIN(TestVmCreate)
#include "tst_vmcreate.moc"
