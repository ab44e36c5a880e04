// The poller over a host made of real captured outputs: one round trip per
// refresh once it knows the host, no process for what the shell can read, the
// tools only when something they describe changed, and clear problems for what
// a host lacks.

#include "FixtureHost.h"
#include "model/Poller.h"
#include "transport/LocalRunner.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace ftc;
using ftc::test::FixtureHost;

namespace {

bool copyFixture(const QString &from, const QString &dir, const QString &key)
{
    const QString to = dir + QLatin1Char('/') + key;
    QDir().mkpath(QFileInfo(to).absolutePath());
    QFile::remove(to);
    return QFile::copy(QStringLiteral(FT_FIXTURES "/") + from, to);
}

bool writeFile(const QString &dir, const QString &key, const QByteArray &data)
{
    const QString to = dir + QLatin1Char('/') + key;
    QDir().mkpath(QFileInfo(to).absolutePath());
    QFile f(to);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

} // namespace

class TestPoller : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        const QString d = m_dir.path();
        QVERIFY(copyFixture(QStringLiteral("lab/md/mdstat_recovering.txt"), d, QStringLiteral("mdstat")));
        QVERIFY(copyFixture(QStringLiteral("lab/md/detail_export_recovering.txt"), d, QStringLiteral("md/md0/detail")));
        QVERIFY(copyFixture(QStringLiteral("lab/sys/lsblk_J_b_selected.json"), d, QStringLiteral("lsblk.json")));
        QVERIFY(copyFixture(QStringLiteral("lab/bond/ip_d_j_link_ab_initial.json"), d, QStringLiteral("ip-link.json")));
        QVERIFY(copyFixture(QStringLiteral("lab/bond/procbond_ab_initial.txt"), d, QStringLiteral("bonding/bond0")));
        QVERIFY(copyFixture(QStringLiteral("libvirt/qemu_domstats_raw.txt"), d, QStringLiteral("virsh/domstats")));
        QVERIFY(copyFixture(QStringLiteral("libvirt/qemu_nodeinfo.txt"), d, QStringLiteral("virsh/nodeinfo")));
        QVERIFY(copyFixture(QStringLiteral("libvirt/qemu_schedinfo_default.txt"), d, QStringLiteral("virsh/schedinfo/spin1")));
        QVERIFY(copyFixture(QStringLiteral("lab/sys/meminfo_full.txt"), d, QStringLiteral("meminfo")));
        QVERIFY(copyFixture(QStringLiteral("lab/sys/cpuinfo_full.txt"), d, QStringLiteral("cpuinfo")));
        QVERIFY(writeFile(d, QStringLiteral("uevent-seqnum"), "1200\n"));
        QVERIFY(writeFile(d, QStringLiteral("sys/class/net/eth1/carrier"), "1\n"));
        QVERIFY(writeFile(d, QStringLiteral("sys/block/md0/md/sync_action"), "recover\n"));
    }

    void discoversThenOneRoundTripPerRefresh()
    {
        FixtureHost host(m_dir.path());
        Poller poller(host, QStringLiteral("test"));
        HostSnapshotPtr first = poller.refresh();
        QVERIFY2(first, qPrintable(poller.lastError()));
        // The first look finds md0, bond0 and spin1 and reads the arrays' and
        // bonds' own sources at once; spin1's state is in domstats already, its
        // configuration comes with the next refresh (a thousand VMs must not
        // hold up the first picture).
        QCOMPARE(host.runs, 2);
        QVERIFY(poller.lastRaw().files.contains(QStringLiteral("md/md0/detail")));
        QVERIFY(poller.lastRaw().files.contains(QStringLiteral("bonding/bond0")));
        QVERIFY(!poller.lastRaw().files.contains(QStringLiteral("virsh/schedinfo/spin1")));
        QCOMPARE(first->vm(QStringLiteral("spin1"))->cpu.weight, -1);
        QVERIFY(poller.lastRaw().files.value(QStringLiteral("md/md0/sysfs")).contains("/sys/block/md0/md/sync_action:recover"));
        QVERIFY(first->mirror(QStringLiteral("md0")));
        QCOMPARE(first->mirror(QStringLiteral("md0"))->state, OpState::Syncing);
        QVERIFY(first->team(QStringLiteral("bond0")));
        QVERIFY(first->vm(QStringLiteral("spin1")));

        host.runs = 0;
        HostSnapshotPtr second = poller.refresh();
        QVERIFY(second);
        QCOMPARE(host.runs, 1);
        QCOMPARE(poller.roundTripsLastRefresh(), 1);
        QVERIFY(!poller.lastRefreshWasFull());
        // What the last full read found is still all there, and spin1's
        // schedinfo was read in this same round trip.
        QVERIFY(second->vm(QStringLiteral("spin1")));
        QVERIFY(poller.lastRaw().files.contains(QStringLiteral("virsh/schedinfo/spin1")));
        QCOMPARE(second->vm(QStringLiteral("spin1"))->cpu.weight, 100);
        QCOMPARE(second->disks.size(), first->disks.size());
        QVERIFY(poller.lastRaw().files.contains(QStringLiteral("md/md0/detail")));
        // Sources the host lacks are optional: no problem is invented for them.
        for (const Problem &p : second->problems)
            QVERIFY2(!p.source.startsWith(QLatin1String("md/md0/sysfs")), qPrintable(p.message));
    }

    // A steady refresh reads files with the shell and starts no process; libvirt
    // is asked through the one virsh session: domstats for all VMs and the list
    // of saved ones, no per-VM command (each VM's schedinfo and metadata were
    // read once, when it was first seen).
    void aSteadyRefreshStartsNoTool()
    {
        FixtureHost host(m_dir.path());
        Poller poller(host, QStringLiteral("test"));
        QVERIFY(poller.refresh());
        QVERIFY(poller.refresh());
        QVERIFY(host.virshCommands.contains("schedinfo"));
        QVERIFY(host.virshCommands.contains("metadata"));
        host.processes = 0;
        host.virshCommands.clear();
        QVERIFY(poller.refresh());
        QCOMPARE(host.processes, 0);
        QCOMPARE(host.virshCommands, QByteArrayList({"domstats", "list"}));
        QCOMPARE(poller.virshSessionsOpened(), 1);
        QVERIFY(host.lastInput.contains("ftc_x") || host.lastInput.contains("ftc_f"));
        QVERIFY(!host.lastInput.contains("virsh"));
        QVERIFY(!host.lastInput.contains("lsblk"));
        QVERIFY(!host.lastInput.contains("mdadm"));
        QVERIFY(host.lastInput.contains("ftc_f 0 /proc/mdstat"));
    }

    // The tools run again when the live read says what they describe changed.
    void aChangeTheLiveReadSeesBringsAFullRead_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QByteArray>("changed");
        QTest::newRow("a device event") << "uevent-seqnum" << QByteArray("1201\n");
        QTest::newRow("a link's carrier") << "sys/class/net/eth1/carrier" << QByteArray("0\n");
        QTest::newRow("an array's members") << "mdstat"
            << QByteArray("Personalities : [raid1]\nmd0 : active raid1 vdc[2](F) vdb[0]\n"
                          "      261120 blocks super 1.2 [2/1] [U_]\n\nunused devices: <none>\n");
    }

    void aChangeTheLiveReadSeesBringsAFullRead()
    {
        QFETCH(QString, key);
        QFETCH(QByteArray, changed);
        QTemporaryDir dir;
        for (const QString &k : {QStringLiteral("mdstat"), QStringLiteral("md/md0/detail"), QStringLiteral("lsblk.json"),
                                 QStringLiteral("ip-link.json"), QStringLiteral("meminfo"),
                                 QStringLiteral("uevent-seqnum"), QStringLiteral("sys/class/net/eth1/carrier")})
            QVERIFY(QFile::copy(m_dir.filePath(k), (QDir().mkpath(QFileInfo(dir.filePath(k)).absolutePath()), dir.filePath(k))));
        FixtureHost host(dir.path());
        Poller poller(host, QStringLiteral("test"));
        QVERIFY(poller.refresh());
        QVERIFY(poller.refresh());
        QVERIFY(!poller.lastRefreshWasFull());
        QVERIFY(writeFile(dir.path(), key, changed));
        host.runs = 0;
        QVERIFY(poller.refresh());
        QCOMPARE(host.runs, 2);
        QVERIFY(poller.lastRefreshWasFull());
        QVERIFY(host.lastInput.contains("lsblk"));
        // And the next one is steady again.
        host.runs = 0;
        QVERIFY(poller.refresh());
        QCOMPARE(host.runs, 1);
        QVERIFY(!host.lastInput.contains("lsblk"));
    }

    void aFullReadEveryNRefreshesAndOnRequest()
    {
        FixtureHost host(m_dir.path());
        Poller poller(host, QStringLiteral("test"));
        poller.setFullEvery(3);
        QList<bool> full;
        for (int i = 0; i < 7; ++i) {
            QVERIFY(poller.refresh());
            full << poller.lastRefreshWasFull();
        }
        QCOMPARE(full, QList<bool>({true, false, false, true, false, false, true}));
        QVERIFY(poller.refresh(CancelFlag(), true));
        QVERIFY(poller.lastRefreshWasFull());
    }

    void aMissingToolIsNamedAndNotAskedForAgain()
    {
        FixtureHost host(m_dir.path());
        host.missing.insert("virsh");
        Poller poller(host, QStringLiteral("test"));
        HostSnapshotPtr s = poller.refresh();
        QVERIFY(s);
        const auto named = [](const HostSnapshot &snap) {
            for (const Problem &p : snap.problems)
                if (p.message.contains(QLatin1String("libvirt-clients")))
                    return true;
            return false;
        };
        QVERIFY(named(*s));
        QVERIFY(s->vms.isEmpty());
        QVERIFY(s->mirror(QStringLiteral("md0")));
        QVERIFY(poller.missingTools().contains(QStringLiteral("virsh")));
        // Later refreshes leave it out and still say why the VMs are missing.
        host.processes = 0;
        const int sessions = poller.virshSessionsOpened();
        s = poller.refresh();
        QVERIFY(s);
        QCOMPARE(poller.virshSessionsOpened(), sessions);
        QCOMPARE(host.processes, 0);
        QVERIFY(named(*s));
        // The admin's "Refresh now" asks again: libvirt may have been installed.
        host.missing.clear();
        s = poller.refresh(CancelFlag(), true);
        QVERIFY(s);
        QVERIFY(host.virshCommands.contains("domstats"));
        QVERIFY(s->vm(QStringLiteral("spin1")));
        QVERIFY(!named(*s));
    }

    void aBatchCutShortKeepsTheLastReadingOfWhatItMissed()
    {
        FixtureHost host(m_dir.path());
        Poller poller(host, QStringLiteral("test"));
        const HostSnapshotPtr whole = poller.refresh();
        QVERIFY(whole);
        QVERIFY(whole->vm(QStringLiteral("spin1")));
        host.cutHalf = true;
        const HostSnapshotPtr cut = poller.refresh();
        QVERIFY(cut);
        // The VM sources come last in the batch and were lost: the last reading stands.
        QVERIFY(cut->vm(QStringLiteral("spin1")));
        QVERIFY(cut->mirror(QStringLiteral("md0")));
        bool said = false;
        for (const Problem &p : cut->problems)
            said |= p.message.contains(QLatin1String("connection to test lost"));
        QVERIFY(said);
    }

    void persistentShellReadsTheSameAsOneShot()
    {
        // This machine through a real sh kept open, against one sh per refresh.
        LocalRunner local;
        Poller oneShot(local, QStringLiteral("local"));
        const HostSnapshotPtr a = oneShot.refresh();
        QVERIFY2(a, qPrintable(oneShot.lastError()));
        Poller kept(local, QStringLiteral("local"));
        kept.setPersistentShell(true);
        for (int i = 0; i < 3; ++i) {
            const HostSnapshotPtr b = kept.refresh();
            QVERIFY2(b, qPrintable(kept.lastError()));
            QCOMPARE(b->info.cpus, a->info.cpus);
            QCOMPARE(b->info.memoryBytes, a->info.memoryBytes);
            QCOMPARE(b->disks.size(), a->disks.size());
            QCOMPARE(b->nics.size(), a->nics.size());
            QCOMPARE(b->problems.size(), a->problems.size());
        }
    }

    // Bonds come from the host itself: where ip prints nothing (missing here)
    // the bonding driver's own list names bond0, and the same refresh reads
    // its /proc file; later refreshes keep asking the list, with the shell.
    void bondsFoundThroughBondingMasters()
    {
        QTemporaryDir dir;
        QVERIFY(copyFixture(QStringLiteral("lab/bond/procbond_ab_initial.txt"), dir.path(), QStringLiteral("bonding/bond0")));
        QVERIFY(writeFile(dir.path(), QStringLiteral("sys/class/net/bonding_masters"), "bond0\n"));
        FixtureHost host(dir.path());
        host.missing.insert("ip");
        Poller poller(host, QStringLiteral("test"));
        const HostSnapshotPtr s = poller.refresh();
        QVERIFY2(s, qPrintable(poller.lastError()));
        const Team *t = s->team(QStringLiteral("bond0"));
        QVERIFY(t);
        QCOMPARE(t->mode, QStringLiteral("active-backup"));
        QCOMPARE(t->active, QStringLiteral("eth1"));
        QCOMPARE(t->members.size(), 2);
        QVERIFY(poller.refresh());
        QVERIFY(!poller.lastRefreshWasFull());
        QVERIFY(host.lastInput.contains("ftc_f ") && host.lastInput.contains("/sys/class/net/bonding_masters"));
    }

    // An adapter's driver, speed and duplex are read by the shell in full
    // reads, one step for all adapters; a steady refresh does not ask again.
    void adapterFilesInFullReadsOnly()
    {
        QTemporaryDir dir;
        const QString d = dir.path();
        QVERIFY(copyFixture(QStringLiteral("lab/bond/ip_d_j_link_ab_initial.json"), d, QStringLiteral("ip-link.json")));
        QVERIFY(writeFile(d, QStringLiteral("sys/class/net/eth0/device/uevent"),
                          "DRIVER=virtio_net\nMODALIAS=virtio:d00000001v00001AF4\n"));
        QVERIFY(writeFile(d, QStringLiteral("sys/class/net/eth0/speed"), "1000\n"));
        QVERIFY(writeFile(d, QStringLiteral("sys/class/net/eth0/duplex"), "full\n"));
        FixtureHost host(d);
        Poller poller(host, QStringLiteral("test"));
        const HostSnapshotPtr first = poller.refresh();
        QVERIFY2(first, qPrintable(poller.lastError()));
        QCOMPARE(first->nic(QStringLiteral("eth0"))->driver, QStringLiteral("virtio_net"));
        QCOMPARE(first->nic(QStringLiteral("eth0"))->speedMbps, 1000);
        QCOMPARE(first->nic(QStringLiteral("eth0"))->duplex, QStringLiteral("full"));
        // eth1 and eth2 have none of the files: unknown, and no problem said.
        QVERIFY(first->nic(QStringLiteral("eth1"))->driver.isEmpty());
        QCOMPARE(first->nic(QStringLiteral("eth2"))->speedMbps, -1);
        for (const Problem &p : first->problems)
            QVERIFY2(p.source != QLatin1String("nic-sysfs"), qPrintable(p.message));
        // One step for all adapters: the line that reads eth0's speed reads
        // eth2's uevent too.
        QByteArray step;
        for (const QByteArray &line : host.lastInput.split('\n'))
            if (line.contains("/sys/class/net/eth0/speed"))
                step = line;
        QVERIFY(step.startsWith("ftc_k "));
        QVERIFY(step.contains("/sys/class/net/eth2/device/uevent"));
        QCOMPARE(host.lastInput.count("/sys/class/net/eth0/speed"), 1);

        const HostSnapshotPtr second = poller.refresh();
        QVERIFY(second);
        QVERIFY(!poller.lastRefreshWasFull());
        QVERIFY(!host.lastInput.contains("/speed"));
        QVERIFY(!host.lastInput.contains("/device/uevent"));
        QCOMPARE(second->nic(QStringLiteral("eth0"))->speedMbps, 1000);
    }

    void theBatchHoldsNoVirsh()
    {
        // libvirt answers through the virsh session (vms/VmPoll), beside the
        // batch: a slow libvirtd never holds up the storage reads.
        PollTargets t;
        t.arrays.insert(QStringLiteral("md0"), {QStringLiteral("sda")});
        t.vms = {QStringLiteral("DC1")};
        const QList<BatchStep> steps = pollSteps(t, PollDepth::Full);
        QVERIFY(!steps.isEmpty());
        for (const BatchStep &s : steps) {
            if (s.kind == BatchStep::Kind::Run)
                QVERIFY(s.timeoutSec > 0);
            QVERIFY2(!s.id.startsWith(QLatin1String("virsh")), qPrintable(s.id));
        }
    }

    void anUnreachableHostGivesNoSnapshotAndSaysWhy()
    {
        FixtureHost host(m_dir.path());
        host.down = true;
        Poller poller(host, QStringLiteral("test"));
        QVERIFY(!poller.refresh());
        QVERIFY(poller.lastError().contains(QLatin1String("connection to test lost")));
    }

    void namesFromTheHostStayNames()
    {
        // Names from a host never walk out of the directory they name.
        QVERIFY(!safeObjectName(QStringLiteral("../x")));
        QVERIFY(!safeObjectName(QStringLiteral("a/b")));
        QVERIFY(!safeObjectName(QStringLiteral("..")));
        QVERIFY(!safeObjectName(QStringLiteral("line\nbreak")));
        QVERIFY(safeObjectName(QStringLiteral("VM with spaces 'and quotes'")));
        PollTargets t;
        t.arrays.insert(QStringLiteral("../x"), {});
        t.bonds = {QStringLiteral("../../etc/passwd")};
        t.vms = {QStringLiteral("DC1")};
        for (const BatchStep &s : pollSteps(t, PollDepth::Full))
            for (const QByteArray &a : s.argv)
                QVERIFY2(!a.contains(".."), a.constData());
    }
};

QTEST_GUILESS_MAIN(TestPoller)
#include "tst_poller.moc"
