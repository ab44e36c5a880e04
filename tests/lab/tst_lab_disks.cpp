// On a real kernel, a disk that udev's database calls blank but that holds
// data is refused: when the wizard plans and again when the plan is applied,
// with nothing written. The cases are made the way they happen on real hosts:
// a filesystem written and udev's entry for the disk lost (lsblk shows no
// FSTYPE), and a partition table with no partitions.

#include "LabGuest.h"
#include "model/Poller.h"
#include "storage/DiskProbe.h"
#include "storage/MirrorPlanner.h"

#include <QtTest>

using namespace ftc;

class TestLabDisks : public QObject {
    Q_OBJECT

    ftlab::LabGuest m_guest;
    std::unique_ptr<Poller> m_poller;

    CommandResult sh(const QByteArray &script)
    {
        Command c;
        c.argv = {"sh", "-c", script};
        c.timeoutMs = 60000;
        return m_guest.runner().run(c);
    }

    // What udev knows of a disk goes: its database entry (/run/udev/data/bMAJ:MIN)
    // is what lsblk reads FSTYPE and PTTYPE from.
    void forgetInUdev(const QByteArray &disk)
    {
        const CommandResult r = sh("udevadm settle; rm -f /run/udev/data/b$(cat /sys/block/" + disk + "/dev)");
        QVERIFY2(r.ok(), r.err.constData());
        const CommandResult lsblk = sh("lsblk -d -n -o FSTYPE,PTTYPE /dev/" + disk);
        QVERIFY2(lsblk.ok() && lsblk.out.trimmed().isEmpty(),
                 qPrintable(QStringLiteral("lsblk still sees it: %1").arg(QString::fromUtf8(lsblk.out))));
    }

    HostSnapshotPtr freshSnapshot()
    {
        HostSnapshotPtr s = m_poller->refresh(CancelFlag(), true);
        if (!s)
            qWarning("refresh failed: %s", qPrintable(m_poller->lastError()));
        return s;
    }

    void refusedBothTimes(const QByteArray &disk, const QByteArray &makeIt, const QString &says)
    {
        // Planned while blank, as the wizard would.
        HostSnapshotPtr before = freshSnapshot();
        QVERIFY(before);
        const DiskProbe blank = probeDisk(m_guest.runner(), QString::fromUtf8(disk));
        QVERIFY2(blank.isBlank(), qPrintable(blank.reasons().join('\n')));
        const Plan plan = planNewMirror(*before, QString::fromUtf8(disk), QString(), &blank);
        QVERIFY2(plan.ok(), qPrintable(plan.errors.join('\n')));

        // Meanwhile the disk gets data udev never records.
        const CommandResult made = sh(makeIt);
        QVERIFY2(made.ok(), made.err.constData());
        forgetInUdev(disk);

        // The snapshot (lsblk) still says blank; the disk itself does not.
        HostSnapshotPtr after = freshSnapshot();
        QVERIFY(after);
        const Disk *d = after->disk(QString::fromUtf8(disk));
        QVERIFY(d);
        QCOMPARE(d->role, DiskRole::Unconfigured);
        const DiskProbe now = probeDisk(m_guest.runner(), QString::fromUtf8(disk));
        QVERIFY2(!now.isBlank() && now.reasons().join(' ').contains(says), qPrintable(now.reasons().join('\n')));
        const Plan fresh = planNewMirror(*after, QString::fromUtf8(disk), QString(), &now);
        QVERIFY(!fresh.ok());
        QVERIFY2(fresh.errors.join(' ').contains(says), qPrintable(fresh.errors.join('\n')));

        // The plan made before, applied now: refused, nothing written.
        const QByteArray mdstat = sh("cat /proc/mdstat").out;
        const ApplyResult r = applyPlan(m_guest.runner(), plan, plan.confirmation);
        QVERIFY(!r.ok);
        QCOMPARE(r.stepsDone, 0);
        QVERIFY2(r.message.contains(says) && r.message.contains(QLatin1String("Nothing was changed")), qPrintable(r.message));
        QCOMPARE(sh("cat /proc/mdstat").out, mdstat);
        QVERIFY2(sh("wipefs -n /dev/" + disk).out.contains(says.section(QLatin1Char(' '), 0, 0).toUtf8()),
                 "the signature must still be there");
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_guest.start(&error), qPrintable(error));
        m_poller = std::make_unique<Poller>(m_guest.runner(), QStringLiteral("lab"));
        QVERIFY(freshSnapshot());
    }

    void aFilesystemUdevNeverSawIsRefused()
    {
        refusedBothTimes("vdb", "mkfs.ext4 -q -F /dev/vdb", QStringLiteral("ext4 signature"));
    }

    void aPartitionTableAloneIsRefused()
    {
        // An empty MS-DOS partition table: the boot signature and four empty
        // entries, as `sfdisk --label dos` leaves it with no partitions.
        refusedBothTimes("vdc", "printf '\\125\\252' | dd of=/dev/vdc bs=1 seek=510 conv=notrunc status=none; sync",
                         QStringLiteral("dos signature"));
    }
};

QTEST_GUILESS_MAIN(TestLabDisks)
#include "tst_lab_disks.moc"
