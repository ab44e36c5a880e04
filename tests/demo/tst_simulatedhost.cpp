// The demo host prints what a Debian 12 host prints: shapes are checked against
// the captured fixtures, and syncs, faults and limits change the output the way
// the kernel would.

#include "model/PollPlan.h"
#include "parse/NicSysfs.h"
#include "parse/SysLinks.h"
#include "demo/SimClock.h"
#include "demo/SimulatedHost.h"
#include "transport/Batch.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QtTest>
#include <thread>

using namespace ftc;

namespace {

QByteArray fixture(const QString &rel)
{
    QFile f(QStringLiteral(FT_FIXTURES) + QLatin1Char('/') + rel);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(rel));
    return f.readAll();
}

CommandResult sh(Runner &r, const QByteArray &line, const QByteArray &input = {})
{
    Command c;
    c.argv = {"sh", "-c", line};
    c.input = input;
    return r.run(c);
}

QByteArray out(Runner &r, const QByteArray &line)
{
    const CommandResult res = sh(r, line);
    if (res.exitCode != 0)
        qWarning("%s -> %d %s", line.constData(), res.exitCode, res.err.constData());
    return res.out;
}

// The lines of mdstat that describe one array, from "mdN :" to the blank line.
QList<QByteArray> arrayBlock(const QByteArray &mdstat, const QByteArray &name)
{
    const QList<QByteArray> lines = mdstat.split('\n');
    QList<QByteArray> block;
    bool in = false;
    for (const QByteArray &l : lines) {
        if (l.startsWith(name + " : "))
            in = true;
        else if (in && l.trimmed().isEmpty())
            break;
        if (in)
            block.append(l);
    }
    return block;
}

const QRegularExpression kProgress(
    QStringLiteral(R"(^      \[=*>\.*\]  (recovery|resync|check) =\s*(\d+\.\d)% \((\d+)/(\d+)\) finish=\d+\.\dmin speed=\d+K/sec$)"));

double percentOf(const QByteArray &mdstat, const QByteArray &name)
{
    for (const QByteArray &l : arrayBlock(mdstat, name)) {
        const auto m = kProgress.match(QString::fromUtf8(l));
        if (m.hasMatch())
            return m.captured(2).toDouble();
    }
    return -1;
}

QByteArray sysfsValue(Runner &r, const QByteArray &array, const QByteArray &attr)
{
    return out(r, "cat /sys/block/" + array + "/md/" + attr).trimmed();
}

QStringList keysOf(const QJsonObject &o)
{
    // QJsonObject sorts keys; the order check is done on the raw text below.
    return o.keys();
}

// Keys of the top-level object for `ifname` in ip's compact JSON, in text order.
QList<QByteArray> orderedKeys(const QByteArray &json, const QByteArray &ifname)
{
    const qsizetype at = json.indexOf("\"ifname\":\"" + ifname + "\"");
    if (at < 0)
        return {};
    qsizetype start = json.lastIndexOf('{', at);
    QList<QByteArray> keys;
    int depth = 0;
    bool inStr = false;
    QByteArray cur;
    bool expectKey = true;
    for (qsizetype i = start; i < json.size(); ++i) {
        const char c = json[i];
        if (inStr) {
            if (c == '\\') {
                cur += json[++i];
                continue;
            }
            if (c == '"') {
                inStr = false;
                if (depth == 1 && expectKey && i + 1 < json.size() && json[i + 1] == ':')
                    keys.append(cur);
                continue;
            }
            cur += c;
            continue;
        }
        if (c == '"') {
            inStr = true;
            cur.clear();
        } else if (c == '{' || c == '[') {
            ++depth;
        } else if (c == '}' || c == ']') {
            if (--depth == 0)
                break;
        } else if (c == ',') {
            expectKey = true;
        }
    }
    return keys;
}

} // namespace

class TestSimulatedHost : public QObject {
    Q_OBJECT
private slots:
    void mdstatHasTheKernelShape()
    {
        SimulatedHost h(std::make_shared<ManualClock>(0));
        const QByteArray m = out(h, "cat /proc/mdstat");
        const QByteArray real = fixture(QStringLiteral("lab/md/mdstat_clean_bitmap.txt"));
        QCOMPARE(m.left(m.indexOf('\n')), real.left(real.indexOf('\n')));
        QVERIFY(m.endsWith("unused devices: <none>\n"));
        const QRegularExpression head(QStringLiteral(R"(^md\d+ : active raid1( \w+\[\d+\](\(F\)|\(S\))?)+$)"));
        const QRegularExpression size(QStringLiteral(R"(^      \d+ blocks super 1\.2 \[\d/\d\] \[[U_]+\]$)"));
        const QRegularExpression bitmap(QStringLiteral(R"(^      bitmap: \d+/\d+ pages \[\d+KB\], 65536KB chunk$)"));
        // The fixture's own lines pass the same patterns.
        const QList<QByteArray> realBlock = arrayBlock(real, "md0");
        QVERIFY(head.match(QString::fromUtf8(realBlock[0])).hasMatch());
        QVERIFY(size.match(QString::fromUtf8(realBlock[1])).hasMatch());
        QVERIFY(bitmap.match(QString::fromUtf8(realBlock[2])).hasMatch());
        for (const QByteArray name : {"md0", "md1", "md2"}) {
            const QList<QByteArray> b = arrayBlock(m, name);
            QCOMPARE(b.size(), 3);
            QVERIFY2(head.match(QString::fromUtf8(b[0])).hasMatch(), b[0].constData());
            QVERIFY2(size.match(QString::fromUtf8(b[1])).hasMatch(), b[1].constData());
            QVERIFY2(bitmap.match(QString::fromUtf8(b[2])).hasMatch(), b[2].constData());
        }
        QVERIFY(arrayBlock(m, "md0")[1].endsWith("[2/2] [UU]"));
        QVERIFY(arrayBlock(m, "md1")[0].contains("sde[1] sdb[0]"));
        QVERIFY(arrayBlock(m, "md2")[1].endsWith("[2/1] [U_]"));
    }

    void addingAMirrorRecoversOverTime()
    {
        auto clock = std::make_shared<ManualClock>(5000);
        SimulatedHost h(clock);
        const CommandResult add = sh(h, "mdadm /dev/md2 --add /dev/sdf");
        QCOMPARE(add.exitCode, 0);
        QCOMPARE(add.err, QByteArray("mdadm: added /dev/sdf\n"));
        clock->advanceSeconds(10);
        QByteArray m = out(h, "cat /proc/mdstat");
        QVERIFY(arrayBlock(m, "md2")[0].contains("sdf[2] sdc[0]"));
        QVERIFY(arrayBlock(m, "md2")[1].endsWith("[2/1] [U_]"));
        // Same bar width and wording as the kernel's recovery line.
        const QByteArray realLine = arrayBlock(fixture(QStringLiteral("lab/md/mdstat_recovering.txt")), "md0")[2];
        QVERIFY(kProgress.match(QString::fromUtf8(realLine)).hasMatch());
        const QByteArray line = arrayBlock(m, "md2")[2];
        QVERIFY2(kProgress.match(QString::fromUtf8(line)).hasMatch(), line.constData());
        QCOMPARE(line.indexOf(']'), realLine.indexOf(']'));
        const double p1 = percentOf(m, "md2");
        QVERIFY(p1 > 0);
        QCOMPARE(sysfsValue(h, "md2", "sync_action"), QByteArray("recover"));
        QCOMPARE(sysfsValue(h, "md2", "dev-sdf/state"), QByteArray("spare"));
        QCOMPARE(sysfsValue(h, "md2", "dev-sdf/slot"), QByteArray("1"));
        const QByteArray c1 = sysfsValue(h, "md2", "sync_completed");

        clock->advanceSeconds(30);
        m = out(h, "cat /proc/mdstat");
        const double p2 = percentOf(m, "md2");
        QVERIFY2(p2 > p1, m.constData());
        const QByteArray c2 = sysfsValue(h, "md2", "sync_completed");
        QVERIFY(c2.split(' ').value(0).toLongLong() > c1.split(' ').value(0).toLongLong());
        QCOMPARE(c2.split(' ').value(2).toLongLong(), 2 * out(h, "cat /sys/block/md2/md/component_size").trimmed().toLongLong());

        // md's default limit (speed_limit_max, 200000 KiB/s) holds the demo's fast
        // disks back: 300 GB take about 25 minutes.
        QVERIFY(out(h, "cat /proc/mdstat").contains("speed=200000K/sec"));
        clock->advanceSeconds(1500);
        m = out(h, "cat /proc/mdstat");
        QVERIFY2(arrayBlock(m, "md2")[1].endsWith("[2/2] [UU]"), m.constData());
        QCOMPARE(percentOf(m, "md2"), -1.0);
        QCOMPARE(sysfsValue(h, "md2", "sync_action"), QByteArray("idle"));
        QCOMPARE(sysfsValue(h, "md2", "sync_completed"), QByteArray("none"));
        QCOMPARE(sysfsValue(h, "md2", "last_sync_action"), QByteArray("recover"));
        QCOMPARE(sysfsValue(h, "md2", "dev-sdf/state"), QByteArray("in_sync"));
        QVERIFY(out(h, "mdadm --detail --export /dev/md2").contains("MD_DEVICE_dev_sdf_ROLE=1\n"));
    }

    void speedLimitsAreHonoured()
    {
        auto clock = std::make_shared<ManualClock>(0);
        SimulatedHost h(clock);
        const CommandResult w = sh(h, "printf '100000\\n' | tee /sys/block/md2/md/sync_speed_max");
        QCOMPARE(w.exitCode, 0);
        QCOMPARE(sysfsValue(h, "md2", "sync_speed_max"), QByteArray("100000 (local)"));
        QCOMPARE(sysfsValue(h, "md2", "sync_speed_min"), QByteArray("1000 (system)"));
        sh(h, "mdadm /dev/md2 --add /dev/sdf");
        clock->advanceSeconds(10);
        // 10 s at 100000 KiB/s is 2,000,000 sectors of 512 bytes.
        QCOMPARE(sysfsValue(h, "md2", "sync_completed").split(' ').value(0), QByteArray("2000000"));
        QCOMPARE(sysfsValue(h, "md2", "sync_speed"), QByteArray("100000"));
        QVERIFY(out(h, "cat /proc/mdstat").contains("speed=100000K/sec"));
        QCOMPARE(sh(h, "echo bogus | tee /sys/block/md2/md/sync_speed_max").exitCode, 1);
        QCOMPARE(sh(h, "echo system > /sys/block/md2/md/sync_speed_max").exitCode, 0);
        QCOMPARE(sysfsValue(h, "md2", "sync_speed_max"), QByteArray("200000 (system)"));
        QCOMPARE(sysfsValue(h, "md2", "sync_speed"), QByteArray("200000"));
        // A raised system limit lets the disks run at their own speed, and a local
        // maximum above it wins over it, as High sets one.
        QCOMPARE(sh(h, "echo 3000000 > /proc/sys/dev/raid/speed_limit_max").exitCode, 0);
        QCOMPARE(sysfsValue(h, "md2", "sync_speed"), QByteArray("2500000"));
        QCOMPARE(sh(h, "echo 150000 > /proc/sys/dev/raid/speed_limit_max").exitCode, 0);
        QCOMPARE(sh(h, "echo 400000 > /sys/block/md2/md/sync_speed_max").exitCode, 0);
        QCOMPARE(sysfsValue(h, "md2", "sync_speed"), QByteArray("400000"));
        // The minimum alone changes nothing on disks no other I/O competes for.
        QCOMPARE(sh(h, "echo 50000 > /sys/block/md2/md/sync_speed_min").exitCode, 0);
        QCOMPARE(sysfsValue(h, "md2", "sync_speed"), QByteArray("400000"));
    }

    void checkAndIdleThroughSysfs()
    {
        auto clock = std::make_shared<ManualClock>(0);
        SimulatedHost h(clock);
        QCOMPARE(sh(h, "echo check | tee /sys/block/md0/md/sync_action").out, QByteArray("check\n"));
        clock->advanceSeconds(5);
        QByteArray m = out(h, "cat /proc/mdstat");
        QVERIFY(arrayBlock(m, "md0")[2].contains("  check = "));
        QVERIFY(arrayBlock(m, "md0")[1].endsWith("[2/2] [UU]"));
        QCOMPARE(sh(h, "echo idle > /sys/block/md0/md/sync_action").exitCode, 0);
        QCOMPARE(sysfsValue(h, "md0", "sync_action"), QByteArray("idle"));
        QCOMPARE(sh(h, "echo nonsense | tee /sys/block/md0/md/sync_action").exitCode, 1);
    }

    void pullingDisksDegradesAndBreaks()
    {
        auto clock = std::make_shared<ManualClock>(0);
        SimulatedHost h(clock);
        QVERIFY(h.pullDisk(QStringLiteral("sdd")));
        QVERIFY(!h.pullDisk(QStringLiteral("sdd")));
        QByteArray m = out(h, "cat /proc/mdstat");
        QVERIFY(!arrayBlock(m, "md0")[0].contains("sdd2"));
        QVERIFY(arrayBlock(m, "md0")[1].endsWith("[2/1] [U_]"));
        QVERIFY(!out(h, "ls -l /sys/block").contains(" sdd -> "));
        QVERIFY(!out(h, "lsblk -J -b -o NAME").contains("\"sdd\""));
        // Through the command the sim answers, as over ftsim-host.
        QCOMPARE(sh(h, "ftsim pull-disk sdc").exitCode, 0);
        m = out(h, "cat /proc/mdstat");
        QVERIFY(arrayBlock(m, "md2")[1].endsWith("[2/0] [__]"));
        QCOMPARE(sysfsValue(h, "md2", "array_state"), QByteArray("broken"));
        QCOMPARE(sh(h, "ftsim pull-disk nosuch").exitCode, 1);

        // The former member comes back and rejoins through the bitmap.
        QCOMPARE(sh(h, "ftsim insert-disk sdd").exitCode, 0);
        const CommandResult readd = sh(h, "mdadm /dev/md0 --re-add /dev/sdd2");
        QCOMPARE(readd.err, QByteArray("mdadm: re-added /dev/sdd2\n"));
        QCOMPARE(sysfsValue(h, "md0", "sync_action"), QByteArray("recover"));
        clock->advanceSeconds(1500);
        QVERIFY(arrayBlock(out(h, "cat /proc/mdstat"), "md0")[1].endsWith("[2/2] [UU]"));
    }

    void failRemoveAndCreate()
    {
        auto clock = std::make_shared<ManualClock>(0);
        SimulatedHost h(clock);
        CommandResult r = sh(h, "mdadm /dev/md1 --fail /dev/sde");
        QCOMPARE(r.err, QByteArray("mdadm: set /dev/sde faulty in /dev/md1\n"));
        QVERIFY(arrayBlock(out(h, "cat /proc/mdstat"), "md1")[0].contains("sde[1](F)"));
        QVERIFY(out(h, "mdadm --detail --export /dev/md1").contains("MD_DEVICE_dev_sde_ROLE=spare"));
        r = sh(h, "mdadm /dev/md1 --fail /dev/sdb");
        QCOMPARE(r.exitCode, 1);
        r = sh(h, "mdadm /dev/md1 --remove /dev/sde");
        QCOMPARE(r.err, QByteArray("mdadm: hot removed /dev/sde from /dev/md1\n"));
        QVERIFY(!arrayBlock(out(h, "cat /proc/mdstat"), "md1")[0].contains("sde"));

        r = sh(h, "mdadm --create /dev/md3 --level=1 --raid-devices=2 /dev/sdf missing --run --metadata=1.2");
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.err, QByteArray("mdadm: array /dev/md3 started.\n"));
        QByteArray m = out(h, "cat /proc/mdstat");
        QVERIFY(m.startsWith(fixture(QStringLiteral("lab/md/mdstat_clean.txt")).left(20)));
        QCOMPARE(arrayBlock(m, "md3")[0], QByteArray("md3 : active raid1 sdf[0]"));
        QVERIFY(arrayBlock(m, "md3")[1].endsWith("[2/1] [U_]"));
        QVERIFY(m.indexOf("md3 :") < m.indexOf("md2 :"));
        // sdf is taken now; a second create over it is refused.
        r = sh(h, "mdadm --create /dev/md4 --level=1 --raid-devices=2 /dev/sdf missing --run");
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("Device or resource busy"));

        // Two fresh disks make a resync.
        QVERIFY(h.pullDisk(QStringLiteral("sde")));
        QVERIFY(h.insertDisk(QStringLiteral("sde"), true));
        sh(h, "mdadm --stop /dev/md3");
        QVERIFY(!out(h, "cat /proc/mdstat").contains("md3"));
        r = sh(h, "mdadm --zero-superblock /dev/sdf");
        QCOMPARE(r.exitCode, 0);
        r = sh(h, "mdadm --create /dev/md5 --level=1 --raid-devices=2 /dev/sde /dev/sdf");
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.err.contains("Defaulting to version 1.2 metadata"));
        clock->advanceSeconds(3);
        m = out(h, "cat /proc/mdstat");
        QVERIFY2(arrayBlock(m, "md5")[2].contains("  resync = "), m.constData());
        QVERIFY(arrayBlock(m, "md5")[1].endsWith("[2/2] [UU]"));
    }

    void aSpareTakesOverAFailedMember()
    {
        auto clock = std::make_shared<ManualClock>(0);
        SimulatedHost h(clock);
        QCOMPARE(sh(h, "mdadm /dev/md1 --add /dev/sdf").exitCode, 1); // 300 GB cannot hold 900 GB
        QCOMPARE(sh(h, "mdadm /dev/md0 --add /dev/sdf").exitCode, 0);
        QByteArray m = out(h, "cat /proc/mdstat");
        QVERIFY(arrayBlock(m, "md0")[0].contains("sdf[2](S)"));
        QCOMPARE(sh(h, "echo check > /sys/block/md0/md/sync_action").exitCode, 0);
        clock->advanceSeconds(5);
        QVERIFY(arrayBlock(out(h, "cat /proc/mdstat"), "md0")[2].contains("  check = "));
        // A failure interrupts the check and the spare is rebuilt in its place.
        QCOMPARE(sh(h, "mdadm /dev/md0 --fail /dev/sdd2").exitCode, 0);
        clock->advanceSeconds(5);
        m = out(h, "cat /proc/mdstat");
        QVERIFY2(arrayBlock(m, "md0")[0].contains("sdf[2] sdd2[1](F) sda2[0]"), m.constData());
        QVERIFY(arrayBlock(m, "md0")[2].contains("  recovery = "));
        QCOMPARE(sysfsValue(h, "md0", "dev-sdf/slot"), QByteArray("1"));
        // Nothing to check on a degraded array.
        QCOMPARE(sh(h, "echo check > /sys/block/md2/md/sync_action").exitCode, 0);
        QCOMPARE(sysfsValue(h, "md2", "sync_action"), QByteArray("idle"));
        QCOMPARE(sh(h, "grub-install /dev/sdf").exitCode, 0);
        QCOMPARE(sh(h, "grub-install /dev/sdz").exitCode, 1);
    }

    void mdErrorsReadLikeMdadm()
    {
        SimulatedHost h(std::make_shared<ManualClock>(0));
        CommandResult r = sh(h, "mdadm --detail --export /dev/md9");
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.err, QByteArray("mdadm: cannot open /dev/md9: No such file or directory\n"));
        r = sh(h, "mdadm /dev/md2 --add /dev/sdz");
        QCOMPARE(r.exitCode, 1);
        r = sh(h, "mdadm /dev/md2 --add /dev/sdb");
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("Device or resource busy"));
        r = sh(h, "mdadm /dev/md2 --re-add /dev/sdf");
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.err, QByteArray("mdadm: --re-add for /dev/sdf to /dev/md2 is not possible\n"));
        r = sh(h, "cat /x");
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.err, QByteArray("cat: /x: No such file or directory\n"));
    }

    void detailExportHasMdadmKeys()
    {
        SimulatedHost h(std::make_shared<ManualClock>(0));
        const auto keys = [](const QByteArray &text, const QByteArray &dev) {
            QList<QByteArray> k;
            for (const QByteArray &l : text.split('\n'))
                if (!l.isEmpty())
                    k.append(l.left(l.indexOf('=')).replace(dev, "X"));
            return k;
        };
        QCOMPARE(keys(out(h, "mdadm --detail --export /dev/md2"), "sdc"),
                 keys(fixture(QStringLiteral("lab/md/detail_export_degraded_missing.txt")), "vdb"));
    }

    void sysfsGrepCoversThePollerAttributes()
    {
        SimulatedHost h(std::make_shared<ManualClock>(0));
        const QByteArray g = out(h, "grep -r -H '' /sys/block/md0/md");
        for (const char *attr : {"sync_action:idle", "sync_completed:none", "sync_speed:none",
                                 "sync_speed_min:1000 (system)", "sync_speed_max:200000 (system)",
                                 "array_state:clean", "degraded:0", "level:raid1", "raid_disks:2",
                                 "dev-sda2/state:in_sync", "dev-sda2/slot:0", "dev-sdd2/slot:1"})
            QVERIFY2(g.contains("\n/sys/block/md0/md/" + QByteArray(attr) + "\n") ||
                         g.startsWith("/sys/block/md0/md/" + QByteArray(attr) + "\n"), attr);
        // The values agree with the sysfs fixture captured on a clean array.
        const QByteArray real = fixture(QStringLiteral("lab/md/sysfs_clean.txt"));
        for (const QByteArray &l : real.split('\n')) {
            if (l.isEmpty())
                continue;
            const QByteArray key = l.left(l.indexOf(':'));
            const QByteArray value = l.mid(l.indexOf(':') + 1).trimmed();
            QVERIFY2(g.contains("/sys/block/md0/md/" + key + ":" + value + "\n"), l.constData());
        }
        QCOMPARE(sh(h, "grep -r -H '' /sys/block/md7/md").exitCode, 2);
    }

    void lsblkJsonMatchesTheColumns()
    {
        SimulatedHost h(std::make_shared<ManualClock>(0));
        const QByteArray cols = "NAME,KNAME,PATH,PKNAME,TYPE,SIZE,SERIAL,MODEL,HCTL,TRAN,FSTYPE,UUID,PARTTYPE,MOUNTPOINT,RO,RM";
        const QByteArray text = out(h, "lsblk -J -b -o " + cols);
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(text, &pe);
        QVERIFY2(doc.isObject(), qPrintable(pe.errorString()));
        // Same layout as util-linux: 3-space indent, "},{" between siblings.
        QVERIFY(text.startsWith("{\n   \"blockdevices\": [\n      {\n         \"name\": \"sda\",\n"));
        QVERIFY(text.contains("\n      },{\n"));
        const QJsonArray devs = doc.object().value("blockdevices").toArray();
        QCOMPARE(devs.size(), 6);
        QStringList expected;
        for (const QByteArray &c : cols.toLower().split(','))
            expected.append(QString::fromLatin1(c));
        expected.sort();
        QJsonObject sda, sdf;
        for (const QJsonValue &v : devs) {
            QStringList k = keysOf(v.toObject());
            k.removeAll(QStringLiteral("children"));
            QCOMPARE(k, expected);
            if (v.toObject().value("name") == QLatin1String("sda"))
                sda = v.toObject();
            if (v.toObject().value("name") == QLatin1String("sdf"))
                sdf = v.toObject();
        }
        QCOMPARE(sda.value("size").toDouble(), 300000000000.0);
        QCOMPARE(sda.value("tran").toString(), QStringLiteral("sas"));
        QCOMPARE(sda.value("hctl").toString(), QStringLiteral("0:0:0:0"));
        const QJsonArray parts = sda.value("children").toArray();
        QCOMPARE(parts.size(), 2);
        QCOMPARE(parts[0].toObject().value("mountpoint").toString(), QStringLiteral("/boot/efi"));
        const QJsonObject md0 = parts[1].toObject().value("children").toArray()[0].toObject();
        QCOMPARE(md0.value("name").toString(), QStringLiteral("md0"));
        QCOMPARE(md0.value("type").toString(), QStringLiteral("raid1"));
        QCOMPARE(md0.value("pkname").toString(), QStringLiteral("sda2"));
        QCOMPARE(md0.value("mountpoint").toString(), QStringLiteral("/"));
        QVERIFY(!sdf.contains("children"));
        QVERIFY(sdf.value("fstype").isNull());
        // The fixture's own layout for comparison.
        QVERIFY(fixture(QStringLiteral("lab/sys/lsblk_J_b_selected.json")).contains("\n      },{\n"));
        QCOMPARE(sh(h, "lsblk -J -o NAME,BOGUS").exitCode, 1);
    }

    void sysListingsPointAtTheModules()
    {
        SimulatedHost h(std::make_shared<ManualClock>(0));
        const QByteArray blk = out(h, "ls -l /sys/block");
        QVERIFY(blk.startsWith("total 0\n"));
        QVERIFY(blk.contains(" sda -> ../devices/pci0000:10/0000:10:01.0/host0/target0:0:0/0:0:0:0/block/sda\n"));
        QVERIFY(blk.contains(" sdf -> ../devices/pci0000:11/"));
        QVERIFY(blk.contains(" md0 -> ../devices/virtual/block/md0\n"));
        const QByteArray net = out(h, "ls -l /sys/class/net");
        QVERIFY(net.contains(" eth0 -> ../../devices/pci0000:10/0000:10:02.0/net/eth0\n"));
        QVERIFY(net.contains(" eth3 -> ../../devices/pci0000:11/"));
        QVERIFY(net.contains(" lo -> ../../devices/virtual/net/lo\n"));
        const QRegularExpression line(QStringLiteral(R"(^lrwxrwxrwx 1 root root 0 \w{3} [ \d]\d (\d\d:\d\d| \d{4}) \S+ -> \S+$)"));
        for (const QByteArray &l : blk.split('\n').mid(1))
            if (!l.isEmpty())
                QVERIFY2(line.match(QString::fromUtf8(l)).hasMatch(), l.constData());
    }

    // An adapter's sysfs files as the PCI core and net-sysfs.c print them,
    // read back with the console's parsers; bonding_masters exists while a
    // bond does (the driver is loaded) and lists the bonds.
    void adapterAndBondingSysfsFiles()
    {
        SimulatedHost h(std::make_shared<ManualClock>(0));
        // The uevent's PCI slot is the function ls -l /sys/class/net points at.
        const SysLinks links = parseLsLinks(out(h, "ls -l /sys/class/net"));
        for (const QByteArray nic : {"eth0", "eth1", "eth2", "eth3"}) {
            const Uevent u = parseUevent(out(h, "cat /sys/class/net/" + nic + "/device/uevent"));
            QVERIFY(u.errors.isEmpty());
            QCOMPARE(u.vars.value(QStringLiteral("DRIVER")), QStringLiteral("e1000e"));
            const QString pci = pciFunction(links.targets.value(QString::fromUtf8(nic)));
            QVERIFY(!pci.isEmpty());
            QCOMPARE(u.vars.value(QStringLiteral("PCI_SLOT_NAME")), pci);
        }
        QCOMPARE(out(h, "cat /sys/class/net/eth0/speed"), QByteArray("1000\n"));
        QCOMPARE(out(h, "cat /sys/class/net/eth0/duplex"), QByteArray("full\n"));
        // Cable out: speed and duplex unknown, as e1000e reports them.
        QVERIFY(h.unplugNic(QStringLiteral("eth0")));
        QCOMPARE(out(h, "cat /sys/class/net/eth0/speed"), QByteArray("-1\n"));
        QCOMPARE(out(h, "cat /sys/class/net/eth0/duplex"), QByteArray("unknown\n"));
        // Interface down: the kernel refuses both reads; the device stays.
        QCOMPARE(sh(h, "ip link set eth2 down").exitCode, 0);
        QVERIFY(sh(h, "cat /sys/class/net/eth2/speed").exitCode != 0);
        QVERIFY(sh(h, "cat /sys/class/net/eth2/duplex").exitCode != 0);
        QVERIFY(out(h, "cat /sys/class/net/eth2/device/uevent").startsWith("DRIVER=e1000e\n"));

        QVERIFY(sh(h, "cat /sys/class/net/bonding_masters").exitCode != 0);
        QVERIFY(!out(h, "ls /sys/class/net").contains("bonding_masters"));
        QCOMPARE(sh(h, "ip link add bond0 type bond && ip link add bond1 type bond").exitCode, 0);
        QVERIFY(out(h, "ls /sys/class/net").contains("bonding_masters\n"));
        const QByteArray masters = out(h, "cat /sys/class/net/bonding_masters");
        QCOMPARE(masters, QByteArray("bond0 bond1\n"));   // bond_sysfs.c: one line, spaces between
        const BondingMasters parsed = parseBondingMasters(masters);
        QCOMPARE(parsed.names, QStringList({QStringLiteral("bond0"), QStringLiteral("bond1")}));
        QVERIFY(parsed.errors.isEmpty());
        // A bond has no device of its own.
        QVERIFY(sh(h, "cat /sys/class/net/bond0/device/uevent").exitCode != 0);
    }

    void ipJsonHasIpsKeys()
    {
        SimulatedHost h(std::make_shared<ManualClock>(0));
        const QByteArray real = fixture(QStringLiteral("lab/bond/ip_d_j_link_ab_speed1000.json"));
        QByteArray mine = out(h, "ip -d -j link show");
        QVERIFY(QJsonDocument::fromJson(mine).isArray());
        QCOMPARE(orderedKeys(mine, "eth0"), orderedKeys(real, "eth0"));
        QCOMPARE(orderedKeys(mine, "lo"), orderedKeys(real, "lo"));
        QVERIFY(mine.contains("\"parentbus\":\"pci\",\"parentdev\":\"0000:10:02.0\""));

        // Team eth1 (module 10) with eth3 (module 11) as the guide asks.
        const CommandResult r = sh(h, "ip link add bond0 type bond mode active-backup miimon 100 && "
                                      "ip link set eth1 down && ip link set eth1 master bond0 && "
                                      "ip link set eth3 down && ip link set eth3 master bond0 && ip link set bond0 up");
        QCOMPARE(r.exitCode, 0);
        mine = out(h, "ip -d -j link show");
        QCOMPARE(orderedKeys(mine, "bond0"), orderedKeys(real, "bond0"));
        QCOMPARE(orderedKeys(mine, "eth1"), orderedKeys(real, "eth1"));
        const QJsonArray links = QJsonDocument::fromJson(mine).array();
        for (const QJsonValue &v : links) {
            const QJsonObject o = v.toObject();
            if (o.value("ifname") == QLatin1String("bond0"))
                QCOMPARE(o.value("linkinfo").toObject().value("info_data").toObject().value("active_slave").toString(),
                         QStringLiteral("eth1"));
        }

        // /proc/net/bonding: the same labels in the same order as the driver's.
        const auto labels = [](const QByteArray &text) {
            QList<QByteArray> l;
            for (const QByteArray &line : text.split('\n'))
                l.append(line.left(line.indexOf(':')));
            return l;
        };
        QCOMPARE(labels(out(h, "cat /proc/net/bonding/bond0")),
                 labels(fixture(QStringLiteral("lab/bond/procbond_ab_speed1000.txt"))));

        // Unplugging the active adapter fails over, as in the carrier-off capture.
        QVERIFY(h.unplugNic(QStringLiteral("eth1")));
        const QByteArray bond = out(h, "cat /proc/net/bonding/bond0");
        QVERIFY(bond.contains("Currently Active Slave: eth3\n"));
        QVERIFY(bond.contains("Slave Interface: eth1\nMII Status: down\nSpeed: Unknown\nDuplex: Unknown\n"
                              "Link Failure Count: 1\n"));
        mine = out(h, "ip -d -j link show");
        QVERIFY(mine.contains("\"ifname\":\"eth1\",\"flags\":[\"NO-CARRIER\",\"BROADCAST\",\"MULTICAST\",\"SLAVE\",\"UP\"]"));
        QCOMPARE(sh(h, "ftsim plug eth1").exitCode, 0);
        QVERIFY(out(h, "cat /proc/net/bonding/bond0").contains("Slave Interface: eth1\nMII Status: up\n"));
        QCOMPARE(sh(h, "ip link set eth2 master bond0").exitCode, 2); // still up: refused like the kernel
    }

    void virshMatchesLibvirt()
    {
        SimulatedHost h(std::make_shared<ManualClock>(0));
        CommandResult r = sh(h, "virsh -c qemu:///system dominfo nosuchdom");
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.err, fixture(QStringLiteral("libvirt/qemu_error_dominfo_nonexistent.txt")));
        r = sh(h, "virsh -c qemu:///system frobnicate");
        QCOMPARE(r.err, fixture(QStringLiteral("libvirt/qemu_error_unknown_command.txt")));
        r = sh(h, "virsh -c qemu:///system list --bogus");
        QCOMPARE(r.err, fixture(QStringLiteral("libvirt/qemu_error_invalid_option.txt")));

        const auto labels = [](const QByteArray &text) {
            QList<QByteArray> l;
            for (const QByteArray &line : text.split('\n'))
                l.append(line.left(line.indexOf(':') + 1));
            return l;
        };
        QCOMPARE(labels(out(h, "virsh -c qemu:///system schedinfo DC1")),
                 labels(fixture(QStringLiteral("libvirt/qemu_schedinfo_default.txt"))));
        QCOMPARE(labels(out(h, "virsh -c qemu:///system nodeinfo")),
                 labels(fixture(QStringLiteral("libvirt/qemu_nodeinfo.txt"))));
        QVERIFY(out(h, "virsh -c qemu:///system nodeinfo").contains("CPU frequency:       3000 MHz\n"));
        QCOMPARE(out(h, "virsh -c qemu:///system list --all --autostart --name"), QByteArray("DC1\nFS1\nEX1\n\n"));
        QCOMPARE(out(h, "virsh --connect qemu:///system list --all"),
                 QByteArray(" Id   Name   State\n----------------------\n 1    DC1    running\n"
                            " 2    FS1    running\n 3    EX1    running\n\n"));

        const QByteArray stats = out(h, "virsh -c qemu:///system domstats --raw --state --cpu-total --balloon --vcpu");
        const QByteArray realStats = fixture(QStringLiteral("libvirt/qemu_domstats_running.txt"));
        QList<QByteArray> realKeys;
        for (const QByteArray &l : realStats.split('\n'))
            if (l.startsWith("  ") && (l.contains("state.") || l.contains("cpu.") || l.contains("balloon.")
                                       || l.contains("vcpu.")))
                realKeys.append(l.left(l.indexOf('=')));
        const qsizetype ex1 = stats.indexOf("Domain: 'FS1'");
        QList<QByteArray> mine;
        for (const QByteArray &l : stats.left(ex1).split('\n'))
            if (l.startsWith("  "))
                mine.append(l.left(l.indexOf('=')));
        QCOMPARE(mine, realKeys);
        QVERIFY(stats.contains("Domain: 'EX1'\n"));
        QVERIFY(stats.contains("  balloon.current=1572864\n"));

        r = sh(h, "virsh -c qemu:///system schedinfo FS1 --set cpu_shares=512 --live --config");
        QCOMPARE(r.exitCode, 0);
        QVERIFY(out(h, "virsh -c qemu:///system schedinfo FS1").contains("cpu_shares     : 512\n"));
        r = sh(h, "virsh -c qemu:///system schedinfo FS1 --set cpu_shares=999999999");
        QCOMPARE(r.err, QByteArray("error: invalid argument: shares '999999999' must be in range [2, 262144]\n\n"));
    }

    void procFilesDescribeTheGuidesHost()
    {
        SimulatedHost h(std::make_shared<ManualClock>(0));
        QCOMPARE(out(h, "cat /proc/sys/kernel/hostname"), QByteArray("ftdemo\n"));
        const QByteArray mem = out(h, "cat /proc/meminfo");
        QVERIFY(mem.startsWith("MemTotal:        8388608 kB\n"));
        const QByteArray realMem = fixture(QStringLiteral("lab/sys/meminfo_full.txt"));
        QCOMPARE(mem.split('\n').size(), realMem.split('\n').size());
        QCOMPARE(mem.split('\n')[0].size(), realMem.split('\n')[0].size());
        const QByteArray cpu = out(h, "cat /proc/cpuinfo");
        QCOMPARE(cpu.count("processor\t: "), 2);
        QCOMPARE(cpu.count("cpu MHz\t\t: 3000.000\n"), 2);
        QCOMPARE(out(h, "id -u"), QByteArray("0\n"));
        QCOMPARE(out(h, "uname -r"), QByteArray("6.1.0-50-amd64\n"));
    }

    void pollerBatchAnswersEveryStep()
    {
        SimulatedHost h(std::make_shared<ManualClock>(0));
        sh(h, "ip link add bond0 type bond mode active-backup && ip link set eth0 down && ip link set eth0 master bond0");
        PollTargets t;
        t.arrays = {{"md0", {"sda2", "sdd2"}}, {"md1", {"sdb", "sde"}}, {"md2", {"sdc"}}};
        t.bonds = QStringList{"bond0"};
        t.vms = QStringList{"DC1", "FS1", "EX1"};
        t.links = QStringList{"eth0", "eth1", "bond0"};
        t.nics = QStringList{"eth0", "eth1", "eth2", "eth3"};
        const QList<BatchStep> steps = pollSteps(t, PollDepth::Full);
        const QHash<QString, CommandResult> res = runBatch(h, steps, 10000);
        QCOMPARE(res.size(), steps.size());
        for (const BatchStep &s : steps) {
            const CommandResult r = res.value(s.id);
            // A Debian host keeps libvirt-guests' settings in /etc/default only.
            // ... and a host the console never changed a network on has no
            // /var/lib/ftconsole/net.
            if (s.id == QLatin1String("libvirt-guests/sysconfig") || s.id == QLatin1String("net-changes")) {
                QVERIFY(!r.ok());
                continue;
            }
            QVERIFY2(r.ok(), qPrintable(s.id + QLatin1String(": ") + QString::fromUtf8(r.err)));
            QVERIFY2(!r.out.isEmpty(), qPrintable(s.id));
        }
    }

    void stateSurvivesSaveAndLoad()
    {
        auto clock = std::make_shared<ManualClock>(0);
        SimulatedHost a(clock);
        sh(a, "mdadm /dev/md2 --add /dev/sdf");
        a.unplugNic(QStringLiteral("eth2"));
        clock->advanceSeconds(20);
        SimulatedHost b(clock);
        QVERIFY(b.loadState(a.saveState()));
        QCOMPARE(out(b, "cat /proc/mdstat"), out(a, "cat /proc/mdstat"));
        QCOMPARE(out(b, "ip -d -j link show"), out(a, "ip -d -j link show"));
        QString error;
        QVERIFY(!b.loadState(QJsonObject{{"format", 99}}, &error));
        QVERIFY(!error.isEmpty());
    }

    void faultsFromAnotherThreadWhilePolling()
    {
        SimulatedHost h(std::make_shared<ManualClock>(0));
        std::atomic_bool stop{false};
        std::thread faults([&] {
            while (!stop.load()) {
                h.pullDisk(QStringLiteral("sde"));
                h.unplugNic(QStringLiteral("eth1"));
                h.insertDisk(QStringLiteral("sde"));
                h.plugNic(QStringLiteral("eth1"));
            }
        });
        PollTargets t;
        t.arrays = {{"md0", {"sda2", "sdd2"}}, {"md1", {"sdb", "sde"}}, {"md2", {"sdc"}}};
        int finished = 0;
        for (int i = 0; i < 200; ++i) {
            const auto res = runBatch(h, pollSteps(t, i % 10 ? PollDepth::Live : PollDepth::Full), 10000);
            if (res.value(QStringLiteral("mdstat")).ok())
                ++finished;
        }
        stop = true;
        faults.join();
        QCOMPARE(finished, 200);
    }
};

QTEST_GUILESS_MAIN(TestSimulatedHost)
#include "tst_simulatedhost.moc"
