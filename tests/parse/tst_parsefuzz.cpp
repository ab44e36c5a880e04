// Bounded mutation fuzzing: every parser and buildSnapshot get fixtures with
// bytes flipped, lines cut, duplicated and shuffled, and pure random bytes.
// They must not crash, and the snapshot must keep its invariants.

#include "Fixture.h"
#include "model/RawSources.h"
#include "parse/Bonding.h"
#include "parse/IpLink.h"
#include "parse/LibvirtGuests.h"
#include "parse/Lsblk.h"
#include "parse/MdDetail.h"
#include "parse/MdSysfs.h"
#include "parse/Mdstat.h"
#include "parse/NicSysfs.h"
#include "parse/ProcInfo.h"
#include "parse/SysLinks.h"
#include "parse/Virsh.h"

#include <QRandomGenerator>
#include <QtTest>

using namespace ftc;
using ftc::test::fixture;

namespace {
constexpr int kRounds = 300;

QByteArray mutate(QByteArray in, QRandomGenerator &rng)
{
    const int ops = 1 + int(rng.bounded(6));
    for (int i = 0; i < ops && !in.isEmpty(); ++i) {
        const qsizetype at = rng.bounded(int(in.size()));
        switch (rng.bounded(6)) {
        case 0: in[at] = char(rng.bounded(256)); break;                 // flip a byte
        case 1: in.truncate(at); break;                                 // cut short
        case 2: in.insert(at, in.mid(rng.bounded(int(in.size())), 40)); break; // duplicate a piece
        case 3: in.remove(at, rng.bounded(30)); break;                  // drop a piece
        case 4: in.insert(at, "[999999999999999999999/0] (F)(S) =%  \n"); break;
        default: {                                                      // swap two lines
            QList<QByteArray> lines = in.split('\n');
            if (lines.size() > 1)
                lines.swapItemsAt(rng.bounded(int(lines.size())), rng.bounded(int(lines.size())));
            in = lines.join('\n');
        }
        }
    }
    return in;
}

QByteArray randomBytes(QRandomGenerator &rng)
{
    QByteArray b(int(rng.bounded(2048)), '\0');
    for (char &c : b)
        c = char(rng.bounded(256));
    return b;
}

RawSources baseSources()
{
    RawSources raw;
    raw.label = QStringLiteral("fuzz");
    raw.files.insert(QStringLiteral("hostname"), "labguest\n");
    raw.files.insert(QStringLiteral("mdstat"), fixture(QStringLiteral("lab/md/mdstat_recovering.txt")));
    raw.files.insert(QStringLiteral("md/md0/detail"), fixture(QStringLiteral("lab/md/detail_export_recovering.txt")));
    raw.files.insert(QStringLiteral("md/md0/sysfs"), fixture(QStringLiteral("lab/md/sysfs_recovering.txt")));
    raw.files.insert(QStringLiteral("lsblk.json"), fixture(QStringLiteral("lab/sys/lsblk_J_b_O.json")));
    raw.files.insert(QStringLiteral("ip-link.json"), fixture(QStringLiteral("lab/bond/ip_d_j_link_ab_initial.json")));
    raw.files.insert(QStringLiteral("bonding/bond0"), fixture(QStringLiteral("lab/bond/procbond_8023ad_initial.txt")));
    raw.files.insert(QStringLiteral("virsh/nodeinfo"), fixture(QStringLiteral("libvirt/qemu_nodeinfo.txt")));
    raw.files.insert(QStringLiteral("virsh/domstats"), fixture(QStringLiteral("libvirt/qemu_domstats_raw.txt")));
    raw.files.insert(QStringLiteral("virsh/autostart"), fixture(QStringLiteral("libvirt/qemu_list_autostart.txt")));
    raw.files.insert(QStringLiteral("virsh/schedinfo/spin1"), fixture(QStringLiteral("libvirt/qemu_schedinfo_after.txt")));
    raw.files.insert(QStringLiteral("meminfo"), fixture(QStringLiteral("lab/sys/meminfo_full.txt")));
    raw.files.insert(QStringLiteral("cpuinfo"), fixture(QStringLiteral("lab/sys/cpuinfo_full.txt")));
    raw.files.insert(QStringLiteral("sys-block"),
                     "sda -> ../devices/pci0000:10/0000:10:01.0/ata1/host0/target0:0:0/0:0:0:0/block/vdb\n");
    raw.files.insert(QStringLiteral("sys-net"), "lrwxrwxrwx 1 r r 0 N 1 0:0 eth1 -> ../../devices/pci0000:11/0000:11:02.0/net/eth1\n");
    raw.files.insert(QStringLiteral("bonding_masters"), "bond0\n");
    raw.files.insert(QStringLiteral("nic-sysfs"), "/sys/class/net/eth1/device/uevent:DRIVER=e1000e\n"
                                                  "/sys/class/net/eth1/device/uevent:PCI_SLOT_NAME=0000:11:02.0\n"
                                                  "/sys/class/net/eth1/speed:1000\n/sys/class/net/eth1/duplex:full\n"
                                                  "/sys/class/net/eth2/speed:-1\n/sys/class/net/eth2/duplex:unknown\n");
    return raw;
}

void checkInvariants(const HostSnapshot &s)
{
    for (const Mirror &m : s.mirrors) {
        QVERIFY(!m.name.isEmpty());
        QVERIFY(m.membersWorking >= 0);
        QVERIFY(m.membersExpected == 0 || m.membersWorking <= m.membersExpected);
        if (m.sync) {
            QVERIFY(m.sync->percent >= 0 && m.sync->percent <= 100);
            QVERIFY(!m.sync->action.isEmpty());
        }
        if (m.state == OpState::Inactive)
            QVERIFY(!m.sync);
    }
    QMap<QString, int> perSource;
    for (const Problem &p : s.problems) {
        QVERIFY(!p.source.isEmpty());
        QVERIFY(!p.message.isEmpty());
        QVERIFY(++perSource[p.source] <= 21);
    }
    for (const Disk &d : s.disks)
        QVERIFY(d.sizeBytes > 0);
    // An adapter's speed is known (positive) or -1, its duplex a sysfs word or unknown.
    for (const Nic &n : s.nics) {
        QVERIFY(n.speedMbps == -1 || n.speedMbps > 0);
        QVERIFY(n.duplex.isEmpty() || n.duplex == QLatin1String("full") || n.duplex == QLatin1String("half"));
    }
    for (const Team &t : s.teams)
        QVERIFY(!t.name.isEmpty());
}
} // namespace

class TestParseFuzz : public QObject {
    Q_OBJECT
private slots:
    void mutatedSnapshots();
    void randomBytesEveryParser();
};

void TestParseFuzz::mutatedSnapshots()
{
    QRandomGenerator rng(20261124);
    const RawSources base = baseSources();
    const QStringList keys = base.files.keys();
    for (int round = 0; round < kRounds; ++round) {
        RawSources raw = base;
        for (int k = 0; k < 3; ++k) {
            const QString key = keys[rng.bounded(int(keys.size()))];
            raw.files[key] = mutate(raw.files[key], rng);
        }
        const HostSnapshot s = buildSnapshot(raw);
        checkInvariants(s);
        if (QTest::currentTestFailed()) {
            qWarning("failing round %d", round);
            return;
        }
        // Pure: the same input gives the same snapshot shape.
        const HostSnapshot again = buildSnapshot(raw);
        QCOMPARE(again.problems.size(), s.problems.size());
        QCOMPARE(again.mirrors.size(), s.mirrors.size());
    }
}

void TestParseFuzz::randomBytesEveryParser()
{
    QRandomGenerator rng(7);
    int withErrors = 0;
    for (int round = 0; round < kRounds; ++round) {
        const QByteArray b = randomBytes(rng);
        const Mdstat md = parseMdstat(b);
        QVERIFY(md.arrays.size() <= b.count('\n') + 1);
        withErrors += md.errors.isEmpty() ? 0 : 1;
        parseMdDetailExport(b);
        parseMdSysfs(b);
        parseLsblkJson(b);
        parseIpLinkJson(b);
        parseBonding(b);
        parseVirshNodeInfo(b);
        parseVirshDomStats(b);
        parseVirshNameList(b);
        parseVirshSchedInfo(b);
        parseMemInfo(b);
        parseCpuInfo(b);
        parseLsLinks(b);
        parseLibvirtGuests(b);
        const BondingMasters masters = parseBondingMasters(b);
        for (const QString &name : masters.names)
            QVERIFY(validInterfaceName(name));
        parseUevent(b);
        parseNicSysfs(b);
        RawSources raw;
        for (const char *k : {"mdstat", "lsblk.json", "ip-link.json", "virsh/domstats", "meminfo", "cpuinfo",
                              "sys-block", "sys-net", "bonding/bond0", "libvirt-guests/default", "os-release",
                              "systemd/multi-user.target.wants", "bonding_masters", "nic-sysfs"})
            raw.files.insert(QLatin1String(k), b);
        checkInvariants(buildSnapshot(raw));
    }
    // Random bytes are essentially never valid mdstat; the errors must say so.
    QVERIFY(withErrors > kRounds * 9 / 10);
}

QTEST_GUILESS_MAIN(TestParseFuzz)
#include "tst_parsefuzz.moc"
