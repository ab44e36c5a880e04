// The poller over a bundle made of real captured outputs: one round trip per
// refresh once it knows the host, and clear problems for what a host lacks.

#include "bundle/BundleRunner.h"
#include "model/Poller.h"
#include "transport/LocalRunner.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace ftc;

namespace {

// Counts round trips and can pretend a tool is missing, like a host without it.
class Wrapper : public Runner {
public:
    explicit Wrapper(Runner &inner) : m_inner(inner) {}
    int runs = 0;
    QByteArray missingTool;
    bool down = false;
    bool cutHalf = false;
    QString hostLabel() const override { return m_inner.hostLabel(); }
    CommandResult run(const Command &cmd, const CancelFlag &cancel) override
    {
        ++runs;
        if (down) {
            CommandResult r;
            r.status = CommandResult::Status::TransportError;
            r.error = QStringLiteral("connection to test lost");
            return r;
        }
        Command c = cmd;
        if (!missingTool.isEmpty() && c.argv.size() == 3)
            c.argv[2].replace(missingTool + " ", "ftc-missing-" + missingTool + " ");
        CommandResult r = m_inner.run(c, cancel);
        if (cutHalf) {
            // The link drops halfway through the batch.
            r.out.truncate(r.out.size() / 2);
            r.status = CommandResult::Status::TransportError;
            r.error = QStringLiteral("connection to test lost");
        }
        return r;
    }
    std::unique_ptr<Stream> openStream(const Command &cmd) override { return m_inner.openStream(cmd); }

private:
    Runner &m_inner;
};

bool copyFixture(const QString &from, const QString &dir, const QString &key)
{
    const QString to = dir + QLatin1Char('/') + key;
    QDir().mkpath(QFileInfo(to).absolutePath());
    return QFile::copy(QStringLiteral(FT_FIXTURES "/") + from, to);
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
    }

    void discoversThenOneRoundTripPerRefresh()
    {
        BundleRunner bundle(m_dir.path());
        Wrapper host(bundle);
        Poller poller(host, QStringLiteral("test"));
        HostSnapshotPtr first = poller.refresh();
        QVERIFY2(first, qPrintable(poller.lastError()));
        // The first look finds md0, bond0 and spin1 and reads their own sources at once.
        QCOMPARE(host.runs, 2);
        QVERIFY(poller.lastRaw().files.contains(QStringLiteral("md/md0/detail")));
        QVERIFY(poller.lastRaw().files.contains(QStringLiteral("bonding/bond0")));
        QVERIFY(poller.lastRaw().files.contains(QStringLiteral("virsh/schedinfo/spin1")));
        QVERIFY(first->mirror(QStringLiteral("md0")));
        QCOMPARE(first->mirror(QStringLiteral("md0"))->state, OpState::Syncing);
        QVERIFY(first->team(QStringLiteral("bond0")));
        QVERIFY(first->vm(QStringLiteral("spin1")));

        host.runs = 0;
        HostSnapshotPtr second = poller.refresh();
        QVERIFY(second);
        QCOMPARE(host.runs, 1);
        QCOMPARE(poller.roundTripsLastRefresh(), 1);
        // Sources the bundle lacks are optional: no problem is invented for them.
        for (const Problem &p : second->problems)
            QVERIFY2(!p.source.startsWith(QLatin1String("md/md0/sysfs")), qPrintable(p.message));
    }

    void aMissingToolIsNamedWithItsPackage()
    {
        BundleRunner bundle(m_dir.path());
        Wrapper host(bundle);
        host.missingTool = "virsh";
        Poller poller(host, QStringLiteral("test"));
        HostSnapshotPtr s = poller.refresh();
        QVERIFY(s);
        bool named = false;
        for (const Problem &p : s->problems)
            named |= p.message.contains(QLatin1String("libvirt-clients"));
        QVERIFY(named);
        QVERIFY(s->vms.isEmpty());
        QVERIFY(s->mirror(QStringLiteral("md0")));
    }

    void aBatchCutShortKeepsTheLastReadingOfWhatItMissed()
    {
        BundleRunner bundle(m_dir.path());
        Wrapper host(bundle);
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

    void storageIsReadBeforeLibvirt()
    {
        const QList<BatchStep> steps = pollSteps({{QStringLiteral("md0")}, {}, {QStringLiteral("DC1")}});
        qsizetype lastStorage = -1, firstVirsh = steps.size();
        for (qsizetype i = 0; i < steps.size(); ++i) {
            QVERIFY(steps[i].timeoutSec > 0);
            if (steps[i].id.startsWith(QLatin1String("md")) || steps[i].id == QLatin1String("lsblk.json"))
                lastStorage = i;
            if (steps[i].id.startsWith(QLatin1String("virsh")))
                firstVirsh = qMin(firstVirsh, i);
        }
        QVERIFY(lastStorage < firstVirsh);
    }

    void anUnreachableHostGivesNoSnapshotAndSaysWhy()
    {
        BundleRunner bundle(m_dir.path());
        Wrapper host(bundle);
        host.down = true;
        Poller poller(host, QStringLiteral("test"));
        QVERIFY(!poller.refresh());
        QVERIFY(poller.lastError().contains(QLatin1String("connection to test lost")));
    }

    void bundleRefusesWhatItCannotAnswer()
    {
        BundleRunner bundle(m_dir.path());
        Command c;
        c.argv = {"mdadm", "/dev/md0", "--add", "/dev/sdf"};
        const CommandResult r = bundle.run(c);
        QVERIFY(!r.ok());
        QVERIFY(r.err.contains("read-only"));
    }

    void sourceKeysRoundTrip()
    {
        const QList<BatchStep> steps = pollSteps({{QStringLiteral("md0")}, {QStringLiteral("bond0")},
                                                  {QStringLiteral("DC1")}});
        for (const BatchStep &s : steps)
            QCOMPARE(sourceKeyForArgv(s.argv), s.id);
        // Names from a host never walk out of the bundle directory.
        QVERIFY(pollSteps({{QStringLiteral("../x")}, {}, {}}).size() < steps.size());
        QCOMPARE(sourceKeyForArgv({"cat", "/proc/net/bonding/../../etc/passwd"}), QString());
    }
};

QTEST_GUILESS_MAIN(TestPoller)
#include "tst_poller.moc"
