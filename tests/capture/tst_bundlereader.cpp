// A support bundle is data from someone else's machine: only regular files
// inside it are read, each within a size cap, and what is refused is said. What
// the host said at capture time comes back with it.

#include "capture/BundleReader.h"
#include "capture/BundleWriter.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

using namespace ftc;

namespace {

bool put(const QString &dir, const QString &key, const QByteArray &data)
{
    const QString path = dir + QLatin1Char('/') + key;
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

QByteArray fixture(const QString &relative)
{
    QFile f(QStringLiteral(FT_FIXTURES "/") + relative);
    f.open(QIODevice::ReadOnly);
    return f.readAll();
}

const Problem *problemFor(const RawSources &raw, const QString &key)
{
    for (const Problem &p : raw.problems)
        if (p.source == key)
            return &p;
    return nullptr;
}

} // namespace

class TestBundleReader : public QObject {
    Q_OBJECT

private slots:
    void readsWhatACaptureHolds()
    {
        QTemporaryDir dir;
        QVERIFY(put(dir.path(), QStringLiteral("mdstat"), fixture(QStringLiteral("lab/md/mdstat_clean.txt"))));
        QVERIFY(put(dir.path(), QStringLiteral("md/md0/detail"), fixture(QStringLiteral("lab/md/detail_export_clean.txt"))));
        QVERIFY(put(dir.path(), QStringLiteral("bonding/bond0"), fixture(QStringLiteral("lab/bond/procbond_ab_initial.txt"))));
        QVERIFY(put(dir.path(), QStringLiteral("virsh/schedinfo/My VM"), "Scheduler      : posix\n"));
        RawSources raw;
        QString error;
        QVERIFY2(readBundle(dir.path(), QStringLiteral("bundle:x"), &raw, &error), qPrintable(error));
        QVERIFY(raw.isCapture);
        QCOMPARE(raw.label, QStringLiteral("bundle:x"));
        QCOMPARE(raw.files.keys(), QStringList({QStringLiteral("bonding/bond0"), QStringLiteral("md/md0/detail"),
                                                QStringLiteral("mdstat"), QStringLiteral("virsh/schedinfo/My VM")}));
        QVERIFY(raw.problems.isEmpty());
        // A bundle holding only bonding/bond0 and mdstat still shows the team.
        const HostSnapshot s = buildSnapshot(raw);
        QVERIFY(s.team(QStringLiteral("bond0")));
        QVERIFY(s.isCapture);
    }

    // A capture that holds nothing of the network but one bond's /proc file
    // (an admin copied /proc/net/bonding/bond0 by hand) shows that team whole.
    void aBondingFileAloneShowsTheTeam()
    {
        QTemporaryDir dir;
        QVERIFY(put(dir.path(), QStringLiteral("bonding/bond0"),
                    fixture(QStringLiteral("lab/bond/procbond_ab_after_carrier_off_eth2.txt"))));
        RawSources raw;
        QString error;
        QVERIFY2(readBundle(dir.path(), QStringLiteral("bundle:x"), &raw, &error), qPrintable(error));
        QCOMPARE(raw.files.keys(), QStringList{QStringLiteral("bonding/bond0")});
        const HostSnapshot s = buildSnapshot(raw);
        QVERIFY2(s.problems.isEmpty(), qPrintable(s.problems.value(0).message));
        const Team *t = s.team(QStringLiteral("bond0"));
        QVERIFY(t);
        QCOMPARE(t->mode, QStringLiteral("active-backup"));
        QCOMPARE(t->kind, QStringLiteral("AFT"));
        QCOMPARE(t->active, QStringLiteral("eth1"));
        QStringList members;
        for (const TeamMember &m : t->members)
            members << m.name + QLatin1Char('=') + m.link;
        QCOMPARE(members, QStringList({QStringLiteral("eth1=up"), QStringLiteral("eth2=down")}));
    }

    // The bonding driver's list and the adapters' sysfs files travel in a
    // bundle like every other source and mean the same when read back.
    void bondingMastersAndAdapterFilesRoundTrip()
    {
        RawSources live;
        live.label = QStringLiteral("ssh://root@h1");
        live.files.insert(QStringLiteral("bonding_masters"), "bond0 bond1\n");
        live.files.insert(QStringLiteral("nic-sysfs"), "/sys/class/net/eth0/speed:10000\n");
        QTemporaryDir dir;
        QString error;
        QVERIFY2(writeBundle(live, dir.path(), &error), qPrintable(error));
        RawSources read;
        QVERIFY2(readBundle(dir.path(), QStringLiteral("bundle:x"), &read, &error), qPrintable(error));
        QCOMPARE(read.files, live.files);
        const HostSnapshot s = buildSnapshot(read);
        QCOMPARE(s.teams.size(), 2);
        QCOMPARE(s.teams[1].name, QStringLiteral("bond1"));
    }

    // cpuinfo as a link to a private file: its lines must never be shown.
    void symlinksAreNotFollowed()
    {
        QTemporaryDir outside;
        QVERIFY(put(outside.path(), QStringLiteral("id_ed25519"), "-----BEGIN OPENSSH PRIVATE KEY-----\nsecret\n"));
        QTemporaryDir dir;
        QVERIFY(put(dir.path(), QStringLiteral("mdstat"), fixture(QStringLiteral("lab/md/mdstat_clean.txt"))));
        QVERIFY(QFile::link(outside.filePath(QStringLiteral("id_ed25519")), dir.filePath(QStringLiteral("cpuinfo"))));
        // A directory link too: md/md0 pointing outside.
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("md")));
        QVERIFY(QFile::link(outside.path(), dir.filePath(QStringLiteral("md/md0"))));
        QVERIFY(put(outside.path(), QStringLiteral("detail"), "MD_LEVEL=raid1\nsecret=1\n"));
        RawSources raw;
        QString error;
        QVERIFY2(readBundle(dir.path(), QStringLiteral("bundle:x"), &raw, &error), qPrintable(error));
        QVERIFY(!raw.files.contains(QStringLiteral("cpuinfo")));
        QVERIFY(!raw.files.contains(QStringLiteral("md/md0/detail")));
        for (const QByteArray &data : std::as_const(raw.files))
            QVERIFY(!data.contains("secret"));
        const Problem *p = problemFor(raw, QStringLiteral("cpuinfo"));
        QVERIFY(p);
        QVERIFY2(p->message.contains(QLatin1String("symbolic link")), qPrintable(p->message));
        QVERIFY(problemFor(raw, QStringLiteral("md/md0/detail")));
        const HostSnapshot s = buildSnapshot(raw);
        for (const Problem &q : s.problems)
            QVERIFY(!q.message.contains(QLatin1String("secret")) && !q.line.contains(QLatin1String("secret")));
    }

    void fifosDevicesAndSocketsAreNotOpened()
    {
        QTemporaryDir dir;
        QVERIFY(put(dir.path(), QStringLiteral("mdstat"), fixture(QStringLiteral("lab/md/mdstat_clean.txt"))));
        QVERIFY(::mkfifo(QFile::encodeName(dir.filePath(QStringLiteral("meminfo"))).constData(), 0600) == 0);
        // A link to /dev/zero is a link; a device node itself is refused too.
        QVERIFY(QFile::link(QStringLiteral("/dev/zero"), dir.filePath(QStringLiteral("cpuinfo"))));
        const int sock = ::socket(AF_UNIX, SOCK_STREAM, 0);
        sockaddr_un addr{};
        addr.sun_family = AF_UNIX;
        const QByteArray sockPath = QFile::encodeName(dir.filePath(QStringLiteral("hostname")));
        QVERIFY(size_t(sockPath.size()) < sizeof addr.sun_path);
        std::memcpy(addr.sun_path, sockPath.constData(), size_t(sockPath.size()));
        QVERIFY(::bind(sock, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0);
        QElapsedTimer t;
        t.start();
        RawSources raw;
        QString error;
        QVERIFY2(readBundle(dir.path(), QStringLiteral("bundle:x"), &raw, &error), qPrintable(error));
        ::close(sock);
        // A FIFO with no writer would block a reader forever.
        QVERIFY(t.elapsed() < 5000);
        QVERIFY(raw.files.contains(QStringLiteral("mdstat")));
        for (const char *key : {"meminfo", "cpuinfo", "hostname"}) {
            QVERIFY2(!raw.files.contains(QLatin1String(key)), key);
            QVERIFY2(problemFor(raw, QLatin1String(key)), key);
        }
        QVERIFY(problemFor(raw, QStringLiteral("meminfo"))->message.contains(QLatin1String("FIFO")));
        QVERIFY(problemFor(raw, QStringLiteral("hostname"))->message.contains(QLatin1String("socket")));
    }

    void oversizedSourcesAreRefused()
    {
        QTemporaryDir dir;
        QVERIFY(put(dir.path(), QStringLiteral("mdstat"), fixture(QStringLiteral("lab/md/mdstat_clean.txt"))));
        // Sparse: the size counts, not the blocks.
        QFile big(dir.filePath(QStringLiteral("lsblk.json")));
        QVERIFY(big.open(QIODevice::WriteOnly));
        QVERIFY(big.resize(kMaxBundleSourceBytes + 1));
        big.close();
        RawSources raw;
        QString error;
        QVERIFY2(readBundle(dir.path(), QStringLiteral("bundle:x"), &raw, &error), qPrintable(error));
        QVERIFY(!raw.files.contains(QStringLiteral("lsblk.json")));
        const Problem *p = problemFor(raw, QStringLiteral("lsblk.json"));
        QVERIFY(p);
        QVERIFY2(p->message.contains(QLatin1String("MiB")), qPrintable(p->message));
    }

    void notABundleIsSaidPlainly()
    {
        QTemporaryDir empty;
        RawSources raw;
        QString error;
        QVERIFY(!readBundle(empty.path(), QStringLiteral("bundle:x"), &raw, &error));
        QVERIFY2(error.contains(QLatin1String("holds no support bundle")), qPrintable(error));
        QVERIFY(!readBundle(empty.filePath(QStringLiteral("nope")), QStringLiteral("bundle:y"), &raw, &error));
        QVERIFY2(error.contains(QLatin1String("is not a directory")), qPrintable(error));
    }

    // What the host said at capture time ("no virsh", an mdadm that failed) is
    // part of the capture, and survives a re-export.
    void captureProblemsAndTimeSurvive()
    {
        RawSources live;
        live.label = QStringLiteral("ssh://root@h1");
        live.takenAt = QDateTime(QDate(2026, 11, 3), QTime(14, 5, 6), Qt::UTC);
        live.files.insert(QStringLiteral("mdstat"), fixture(QStringLiteral("lab/md/mdstat_clean.txt")));
        live.commands.insert(QStringLiteral("mdstat"), QStringLiteral("cat /proc/mdstat"));
        live.problems.append({QStringLiteral("virsh/domstats"), QStringLiteral("virsh domstats"),
                              QStringLiteral("ssh://root@h1 has no virsh command: install the libvirt-clients package"),
                              {}});
        QTemporaryDir dir;
        const QString first = dir.filePath(QStringLiteral("first"));
        QString error;
        QVERIFY2(writeBundle(live, first, &error), qPrintable(error));

        RawSources read;
        QVERIFY2(readBundle(first, QStringLiteral("bundle:") + first, &read, &error), qPrintable(error));
        QCOMPARE(read.takenAt, live.takenAt);
        QCOMPARE(read.capturedFrom, QStringLiteral("ssh://root@h1"));
        QCOMPARE(read.commands.value(QStringLiteral("mdstat")), QStringLiteral("cat /proc/mdstat"));
        const Problem *p = problemFor(read, QStringLiteral("virsh/domstats"));
        QVERIFY(p);
        QCOMPARE(p->message, QStringLiteral("at capture: ssh://root@h1 has no virsh command: install the libvirt-clients package"));
        const HostSnapshot s = buildSnapshot(read);
        QCOMPARE(s.takenAt, live.takenAt);
        QCOMPARE(s.capturedFrom, QStringLiteral("ssh://root@h1"));
        QCOMPARE(s.problems.size(), 1);

        // Exported again: the same host, time and problem, said once.
        const QString second = dir.filePath(QStringLiteral("second"));
        QVERIFY2(writeBundle(read, second, &error), qPrintable(error));
        RawSources again;
        QVERIFY2(readBundle(second, QStringLiteral("bundle:") + second, &again, &error), qPrintable(error));
        QCOMPARE(again.capturedFrom, QStringLiteral("ssh://root@h1"));
        QCOMPARE(again.takenAt, live.takenAt);
        QCOMPARE(again.problems.size(), 1);
        QCOMPARE(again.problems[0].message, p->message);
    }
};

QTEST_GUILESS_MAIN(TestBundleReader)
#include "tst_bundlereader.moc"
