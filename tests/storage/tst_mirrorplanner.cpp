// Every rule of the add-disk wizard, with the exact argv it plans.

#include "demo/InProcessRunner.h"
#include "demo/MiniShell.h"
#include "storage/MirrorPlanner.h"

#include <QtTest>
#include <functional>

using namespace ftc;

namespace {

Disk disk(const QString &name, const QString &module, int slot, qint64 size, const QString &serial)
{
    Disk d;
    d.name = name;
    d.path = QStringLiteral("/dev/") + name;
    d.module = module;
    d.slot = slot;
    d.sizeBytes = size;
    d.serial = serial;
    return d;
}

const qint64 GB = 1000LL * 1000 * 1000;

// The guide's host: md0 system on partitions, md2 Simplex on sdc, sdf blank.
HostSnapshot guideHost()
{
    HostSnapshot s;
    s.label = QStringLiteral("demo");
    Disk sda = disk(QStringLiteral("sda"), QStringLiteral("10"), 0, 300 * GB, QStringLiteral("S-A"));
    sda.role = DiskRole::MirrorMember;
    sda.mirror = QStringLiteral("md0");
    sda.partitions = {QStringLiteral("sda1"), QStringLiteral("sda2")};
    sda.mountpoints = {QStringLiteral("/boot/efi"), QStringLiteral("/")};
    Disk sdc = disk(QStringLiteral("sdc"), QStringLiteral("10"), 2, 300 * GB, QStringLiteral("S-C"));
    sdc.role = DiskRole::MirrorMember;
    sdc.mirror = QStringLiteral("md2");
    Disk sdd = disk(QStringLiteral("sdd"), QStringLiteral("11"), 0, 300 * GB, QStringLiteral("S-D"));
    sdd.role = DiskRole::MirrorMember;
    sdd.mirror = QStringLiteral("md0");
    sdd.partitions = {QStringLiteral("sdd1"), QStringLiteral("sdd2")};
    Disk sdf = disk(QStringLiteral("sdf"), QStringLiteral("11"), 2, 300 * GB, QStringLiteral("S-F"));
    Disk sdb = disk(QStringLiteral("sdb"), QStringLiteral("10"), 1, 900 * GB, QStringLiteral("S-B"));
    Disk small = disk(QStringLiteral("sdg"), QStringLiteral("11"), 3, 100 * GB, QStringLiteral("S-G"));
    Disk used = disk(QStringLiteral("sdh"), QStringLiteral("11"), 4, 300 * GB, QStringLiteral("S-H"));
    used.role = DiskRole::InUse;
    used.partitions = {QStringLiteral("sdh1")};
    used.fstype = QStringLiteral("LVM2_member");
    used.mountpoints = {QStringLiteral("/srv")};
    Disk same = disk(QStringLiteral("sdi"), QStringLiteral("10"), 5, 300 * GB, QStringLiteral("S-I"));
    Disk big = disk(QStringLiteral("sdj"), QStringLiteral("11"), 1, 900 * GB, QStringLiteral("S-J"));
    s.disks = {sda, sdb, sdc, sdd, sdf, small, used, same, big};

    Mirror md0;
    md0.name = QStringLiteral("md0");
    md0.level = QStringLiteral("raid1");
    md0.state = OpState::Duplex;
    md0.sizeBytes = 299 * GB;
    md0.membersExpected = md0.membersWorking = 2;
    md0.members = {{QStringLiteral("sda2"), 0, MemberState::InSync}, {QStringLiteral("sdd2"), 1, MemberState::InSync}};
    md0.bitmap = QStringLiteral("1/3 pages [4KB], 65536KB chunk");
    Mirror md2;
    md2.name = QStringLiteral("md2");
    md2.level = QStringLiteral("raid1");
    md2.state = OpState::Simplex;
    md2.sizeBytes = 299 * GB;
    md2.membersExpected = 2;
    md2.membersWorking = 1;
    md2.members = {{QStringLiteral("sdc"), 0, MemberState::InSync}, {QString(), 1, MemberState::Missing}};
    s.mirrors = {md0, md2};
    return s;
}

bool mentions(const QStringList &list, const QString &text)
{
    for (const QString &s : list)
        if (s.contains(text))
            return true;
    return false;
}

// Answers the disk probe's batch as a host whose sdf (serial S-F) is blank,
// and records the plan's own commands, failing or timing out where told.
class FakeRunner : public InProcessRunner {
public:
    QList<Argv> ran;
    int failAt = -1;
    int timeoutAt = -1;
    int probes = 0;
    QString hostLabel() const override { return QStringLiteral("fake"); }
    bool needsSudo() const override { return true; }
    CommandResult run(const Command &cmd, const CancelFlag &cancel) override
    {
        if (cmd.argv == Argv{"sh", "-s"}) {
            ++probes;
            return InProcessRunner::run(cmd, cancel);
        }
        ran << cmd.argv;
        CommandResult r;
        r.status = CommandResult::Status::Finished;
        r.exitCode = ran.size() - 1 == failAt ? 1 : 0;
        if (ran.size() - 1 == timeoutAt) {
            r.status = CommandResult::Status::TimedOut;
            r.error = QStringLiteral("fake: `mdadm` timed out after 60 s");
            return r;
        }
        if (r.exitCode)
            r.err = "mdadm: Cannot open /dev/sdf: Device or resource busy\n";
        return r;
    }

protected:
    CommandResult exec(const Argv &argv, const QByteArray &) override
    {
        CommandResult r;
        r.status = CommandResult::Status::Finished;
        r.exitCode = 0;
        const QByteArray prog = argv.value(argv.value(0) == "sudo" ? 3 : 0);
        if (prog == "wipefs")
            r.out = "{\"signatures\": []}\n";
        else if (prog == "lsblk")
            r.out = "S-F\n";
        else if (prog == "ls")
            r.out = argv.last().endsWith("holders") ? QByteArray() : QByteArray("dev\nholders\nsize\n");
        else if (prog == "cat")
            r.out = "proc /proc proc rw 0 0\n";
        else
            return MiniShell::notFound(prog);
        return r;
    }
};

// A probe of sdf that found exactly one thing.
DiskProbe probeWith(const std::function<void(DiskProbe &)> &fact)
{
    DiskProbe p;
    p.disk = QStringLiteral("sdf");
    p.serial = QStringLiteral("S-F");
    if (fact)
        fact(p);
    return p;
}

} // namespace

class TestMirrorPlanner : public QObject {
    Q_OBJECT
private slots:
    void completeSimplexMirrorFromTheOtherModule()
    {
        const DiskProbe blank = probeWith({});
        const Plan p = planAddToMirror(guideHost(), QStringLiteral("md2"), QStringLiteral("sdf"), &blank);
        QVERIFY2(p.ok(), qPrintable(p.errors.join('\n')));
        QVERIFY2(p.warnings.isEmpty(), qPrintable(p.warnings.join('\n')));
        QCOMPARE(p.steps.size(), 1);
        QCOMPARE(p.steps[0].command.argv, (Argv{"mdadm", "/dev/md2", "--add", "/dev/sdf"}));
        QVERIFY(p.steps[0].command.privileged);
        QCOMPARE(p.confirmation, QStringLiteral("S-F"));
        QCOMPARE(p.commandLines(), QStringList{QStringLiteral("mdadm /dev/md2 --add /dev/sdf")});
    }

    void newMirrorFromABlankDisk()
    {
        HostSnapshot s = guideHost();
        const Plan p = planNewMirror(s, QStringLiteral("sdf"));
        QVERIFY2(p.ok(), qPrintable(p.errors.join('\n')));
        QCOMPARE(p.steps[0].command.argv,
                 (Argv{"mdadm", "--create", "/dev/md1", "--run", "--level=1", "--raid-devices=2", "--metadata=1.2",
                       "--bitmap=internal", "/dev/sdf", "missing"}));
        QVERIFY(mentions(p.warnings, QStringLiteral("Simplex")));
        QVERIFY(!planNewMirror(s, QStringLiteral("sdf"), QStringLiteral("md0")).ok());
    }

    void blockingRules_data()
    {
        QTest::addColumn<QString>("mirror");
        QTest::addColumn<QString>("disk");
        QTest::addColumn<QString>("says");
        QTest::newRow("partitions") << "md2" << "sdh" << "has partitions (sdh1)";
        QTest::newRow("signature") << "md2" << "sdh" << "LVM2_member signature";
        QTest::newRow("mounted") << "md2" << "sdh" << "mounted at /srv";
        QTest::newRow("member elsewhere") << "md2" << "sdd" << "already a member of md0";
        QTest::newRow("smaller") << "md2" << "sdg" << "smaller than md2";
        QTest::newRow("own disk") << "md2" << "sdc" << "only working copy";
        QTest::newRow("no such disk") << "md2" << "sdz" << "There is no disk sdz";
        QTest::newRow("no such mirror") << "md9" << "sdf" << "no virtual disk md9";
    }
    void blockingRules()
    {
        QFETCH(QString, mirror);
        QFETCH(QString, disk);
        QFETCH(QString, says);
        const Plan p = planAddToMirror(guideHost(), mirror, disk);
        QVERIFY(!p.ok());
        QVERIFY2(mentions(p.errors, says), qPrintable(p.errors.join('\n')));
        QVERIFY(p.steps.isEmpty());
    }

    // What the disk itself says decides, one fact at a time: lsblk may show
    // sdf blank (a stale udev database) while the disk holds data.
    void theDiskItselfRefuses_data()
    {
        QTest::addColumn<int>("fact");
        QTest::addColumn<QString>("says");
        QTest::newRow("filesystem signature only") << 0 << "ext4 signature at offset 0x438";
        QTest::newRow("partition table only") << 1 << "gpt signature";
        QTest::newRow("partitions only") << 2 << "has partitions: sdf1";
        QTest::newRow("holder only") << 3 << "in use by dm-0";
        QTest::newRow("mounted only") << 4 << "/dev/sdf on /mnt/old";
        QTest::newRow("used by a VM only") << 5 << "VM DC1 uses /dev/disk/by-id/ata-X_S-F";
        QTest::newRow("a check that could not run") << 6 << "Could not check /dev/sdf";
    }

    void theDiskItselfRefuses()
    {
        QFETCH(int, fact);
        QFETCH(QString, says);
        const std::function<void(DiskProbe &)> facts[] = {
            [](DiskProbe &p) { p.signatures << DiskSignature{QStringLiteral("sdf"), QStringLiteral("0x438"), QStringLiteral("ext4"), {}}; },
            [](DiskProbe &p) {
                p.signatures << DiskSignature{QStringLiteral("sdf"), QStringLiteral("0x200"), QStringLiteral("gpt"), {}}
                             << DiskSignature{QStringLiteral("sdf"), QStringLiteral("0x1fe"), QStringLiteral("PMBR"), {}};
            },
            [](DiskProbe &p) { p.partitions << QStringLiteral("sdf1"); },
            [](DiskProbe &p) { p.holders << QStringLiteral("dm-0"); },
            [](DiskProbe &p) { p.mounts << QStringLiteral("/dev/sdf on /mnt/old"); },
            [](DiskProbe &p) { p.vmUses << QStringLiteral("VM DC1 uses /dev/disk/by-id/ata-X_S-F as its disk vdb"); },
            [](DiskProbe &p) { p.failures << QStringLiteral("wipefs --no-act needs root, and sudo asked for a password"); },
        };
        const DiskProbe probe = probeWith(facts[fact]);
        QVERIFY(!probe.isBlank());
        const HostSnapshot s = guideHost();   // sdf: no fstype, no partitions in lsblk
        const Plan add = planAddToMirror(s, QStringLiteral("md2"), QStringLiteral("sdf"), &probe);
        QVERIFY(!add.ok());
        QVERIFY(add.steps.isEmpty());
        QVERIFY2(mentions(add.errors, says), qPrintable(add.errors.join('\n')));
        const Plan create = planNewMirror(s, QStringLiteral("sdf"), QString(), &probe);
        QVERIFY(!create.ok());
        QVERIFY2(mentions(create.errors, says), qPrintable(create.errors.join('\n')));
        // Never the advice to erase what is there.
        for (const QString &e : add.errors + create.errors)
            QVERIFY2(!e.contains(QLatin1String("wipefs -a")) && !e.contains(QLatin1String("zero")), qPrintable(e));
    }

    void warningRules()
    {
        HostSnapshot s = guideHost();
        const Plan same = planAddToMirror(s, QStringLiteral("md2"), QStringLiteral("sdi"));
        QVERIFY(same.ok());
        QVERIFY(mentions(same.warnings, QStringLiteral("both in module 10")));

        const Plan bigger = planAddToMirror(s, QStringLiteral("md2"), QStringLiteral("sdj"));
        QVERIFY(bigger.ok());
        QVERIFY(mentions(bigger.warnings, QStringLiteral("larger than md2")));
        QVERIFY2(mentions(bigger.warnings, QStringLiteral("sdj is in slot 1 but sdc is in slot 2")),
                 qPrintable(bigger.warnings.join('\n')));

        // A blank whole disk cannot complete a system mirror built on partitions:
        // it would never boot.
        s.mirrors[0].state = OpState::Simplex;
        s.mirrors[0].membersWorking = 1;
        s.mirrors[0].members = {{QStringLiteral("sda2"), 0, MemberState::InSync}};
        const Plan parts = planAddToMirror(s, QStringLiteral("md0"), QStringLiteral("sdf"));
        QVERIFY(!parts.ok());
        QVERIFY2(mentions(parts.errors, QStringLiteral("same partition layout")), qPrintable(parts.errors.join('\n')));

        // A whole-disk mirror mounted at / (seen on the md device itself) gets the
        // boot loader on the new disk too.
        s.mirrors[1].mountpoints = {QStringLiteral("/")};
        const Plan boot = planAddToMirror(s, QStringLiteral("md2"), QStringLiteral("sdf"));
        QVERIFY2(boot.ok(), qPrintable(boot.errors.join('\n')));
        QVERIFY(mentions(boot.warnings, QStringLiteral("boot loader")));
        QCOMPARE(boot.steps.size(), 2);
        QCOMPARE(boot.steps[1].command.argv, (Argv{"grub-install", "/dev/sdf"}));
    }

    void removeAndReAdd()
    {
        HostSnapshot s = guideHost();
        const Plan rm = planRemoveMember(s, QStringLiteral("md0"), QStringLiteral("sdd2"));
        QVERIFY(rm.ok());
        QCOMPARE(rm.steps.size(), 2);
        QCOMPARE(rm.steps[0].command.argv, (Argv{"mdadm", "/dev/md0", "--fail", "/dev/sdd2"}));
        QCOMPARE(rm.steps[1].command.argv, (Argv{"mdadm", "/dev/md0", "--remove", "/dev/sdd2"}));
        QVERIFY(mentions(rm.warnings, QStringLiteral("Simplex")));

        const Plan last = planRemoveMember(s, QStringLiteral("md2"), QStringLiteral("sdc"));
        QVERIFY(!last.ok());
        QVERIFY(mentions(last.errors, QStringLiteral("last in-sync member")));

        s.mirrors[0].members.removeLast();
        s.disks[3].role = DiskRole::Unconfigured;
        s.disks[3].mirror.clear();
        const Plan back = planReAddMember(s, QStringLiteral("md0"), QStringLiteral("sdd2"));
        QVERIFY2(back.ok(), qPrintable(back.errors.join('\n')));
        QCOMPARE(back.steps[0].command.argv, (Argv{"mdadm", "/dev/md0", "--re-add", "/dev/sdd2"}));
        // Without a bitmap a full --add would overwrite the disk: that is Add disk's job.
        s.mirrors[0].bitmap.clear();
        const Plan full = planReAddMember(s, QStringLiteral("md0"), QStringLiteral("sdd2"));
        QVERIFY(!full.ok());
        QVERIFY(full.steps.isEmpty());
        QVERIFY(mentions(full.errors, QStringLiteral("no write-intent bitmap")));

        // An empty slot has nothing to remove.
        const Plan empty = planRemoveMember(s, QStringLiteral("md2"), QString());
        QVERIFY(!empty.ok());
        QVERIFY(empty.steps.isEmpty());
    }

    void checkAndPriority()
    {
        HostSnapshot s = guideHost();
        const Plan check = planStartCheck(s, QStringLiteral("md0"));
        QVERIFY(check.ok());
        QCOMPARE(check.steps[0].command.argv, (Argv{"tee", "/sys/block/md0/md/sync_action"}));
        QCOMPARE(check.steps[0].command.input, QByteArray("check\n"));
        QVERIFY(!planStartCheck(s, QStringLiteral("md2")).ok());
        QVERIFY(!planCancelCheck(s, QStringLiteral("md0")).ok());
        s.mirrors[0].sync = SyncProgress{QStringLiteral("check"), 5, 1000, 100, -1, -1};
        const Plan cancel = planCancelCheck(s, QStringLiteral("md0"));
        QVERIFY(cancel.ok());
        QCOMPARE(cancel.steps[0].command.input, QByteArray("idle\n"));

        const Plan low = planSetResyncPriority(s, QStringLiteral("md0"), ResyncPriority::Low);
        QCOMPARE(low.steps.size(), 2);
        QCOMPARE(low.steps[0].command.argv.last(), QByteArray("/sys/block/md0/md/sync_speed_min"));
        QCOMPARE(low.steps[1].command.input, QByteArray("10000\n"));
        const Plan high = planSetResyncPriority(s, QStringLiteral("md0"), ResyncPriority::High);
        QCOMPARE(high.steps[0].command.argv.last(), QByteArray("/sys/block/md0/md/sync_speed_max"));
        QCOMPARE(high.steps[0].command.input, QByteArray("2000000\n"));
        QCOMPARE(high.steps[1].command.input, QByteArray("50000\n"));
    }

    void applyNeedsTheSerialAndStopsAtTheFirstFailure()
    {
        HostSnapshot s = guideHost();
        s.mirrors[1].mountpoints = {QStringLiteral("/")};
        const Plan p = planAddToMirror(s, QStringLiteral("md2"), QStringLiteral("sdf"));
        FakeRunner runner;
        ApplyResult wrong = applyPlan(runner, p, QStringLiteral("S-X"));
        QCOMPARE(runner.probes, 0); // a wrong serial is refused before the host is asked
        QVERIFY(!wrong.ok);
        QVERIFY(runner.ran.isEmpty());
        QVERIFY(wrong.message.contains(QLatin1String("nothing was changed")));

        runner.failAt = 0;
        int progressCalls = 0;
        ApplyResult failed = applyPlan(runner, p, QStringLiteral("S-F"), CancelFlag(), [&](const StepResult &) { ++progressCalls; });
        QVERIFY(!failed.ok);
        // The disk was asked again, in this apply, before mdadm ran.
        QVERIFY(runner.probes >= 1);
        QCOMPARE(runner.ran.size(), 1);
        QCOMPARE(progressCalls, 1);
        // Run in the C locale so sudo and mdadm answer in the words the console reads.
        QCOMPARE(runner.ran[0], (Argv{"env", "LC_ALL=C", "sudo", "-n", "--", "mdadm", "/dev/md2", "--add", "/dev/sdf"}));
        QVERIFY2(failed.message.contains(QLatin1String("Device or resource busy")), qPrintable(failed.message));
        QVERIFY(failed.message.contains(QLatin1String("Nothing was changed")));

        runner.ran.clear();
        runner.failAt = 1;
        ApplyResult half = applyPlan(runner, p, QStringLiteral("S-F"));
        QCOMPARE(half.stepsDone, 1);
        QVERIFY(half.message.contains(QLatin1String("Step 1 was applied")));

        // A step that timed out may have run on the host after all.
        runner.ran.clear();
        runner.failAt = -1;
        runner.timeoutAt = 0;
        ApplyResult unsure = applyPlan(runner, p, QStringLiteral("S-F"));
        QVERIFY(!unsure.ok);
        QVERIFY2(unsure.message.contains(QLatin1String("may still have been applied")), qPrintable(unsure.message));
        QVERIFY(!unsure.message.contains(QLatin1String("Nothing was changed")));

        runner.ran.clear();
        runner.timeoutAt = -1;
        QVERIFY(applyPlan(runner, p, QStringLiteral(" S-F ")).ok);
        QCOMPARE(runner.ran.size(), 2);

        // Cancelled from the UI after the first step: the second never starts.
        runner.ran.clear();
        CancelFlag cancel;
        const ApplyResult stopped = applyPlan(runner, p, QStringLiteral("S-F"), cancel,
                                              [&](const StepResult &) { cancel.cancel(); });
        QVERIFY(!stopped.ok);
        QCOMPARE(stopped.stepsDone, 1);
        QCOMPARE(runner.ran.size(), 1);
        QVERIFY2(stopped.message.contains(QLatin1String("Cancelled after step 1 of 2")), qPrintable(stopped.message));
    }
};

QTEST_GUILESS_MAIN(TestMirrorPlanner)
#include "tst_mirrorplanner.moc"
