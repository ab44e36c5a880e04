// The host area: name, CPUs and memory from /proc and virsh nodeinfo.

#include "BuilderFixtures.h"
#include "checks/Findings.h"
#include "model/Modules.h"
#include "model/SyncSmoother.h"

#include <QTimeZone>
#include <QtTest>

using namespace ftc;
using namespace ftc::test;

class TestHostBuilder : public QObject {
    Q_OBJECT
private slots:
    void host();
};

void TestHostBuilder::host()
{
    RawSources raw;
    raw.label = QStringLiteral("ssh://root@lab:22");
    raw.files.insert(QStringLiteral("hostname"), "labguest\n");
    raw.files.insert(QStringLiteral("cpuinfo"), fixture(QStringLiteral("lab/sys/cpuinfo_full.txt")));
    raw.files.insert(QStringLiteral("meminfo"), fixture(QStringLiteral("lab/sys/meminfo_full.txt")));
    raw.files.insert(QStringLiteral("virsh/nodeinfo"), fixture(QStringLiteral("libvirt/test_nodeinfo.txt")));
    const HostSnapshot s = buildSnapshot(raw);
    QCOMPARE(s.label, raw.label);
    QCOMPARE(s.info.name, QStringLiteral("labguest"));
    QCOMPARE(s.info.cpus, 2); // the host's own /proc wins over libvirt
    QCOMPARE(s.info.mhz, 2096);
    QCOMPARE(s.info.memoryBytes, qint64(983460) * 1024);
    QCOMPARE(s.info.memoryAvailableBytes, qint64(797680) * 1024);
    QCOMPARE(s.info.cpuModel, QStringLiteral("QEMU Virtual CPU version 2.5+"));

    RawSources node;
    node.label = QStringLiteral("bundle:/tmp/x");
    node.files.insert(QStringLiteral("virsh/nodeinfo"), fixture(QStringLiteral("libvirt/qemu_nodeinfo.txt")));
    const HostSnapshot n = buildSnapshot(node);
    QCOMPARE(n.info.name, node.label);
    QCOMPARE(n.info.cpus, 2);
    QCOMPARE(n.info.mhz, 2096);
    QCOMPARE(n.info.memoryBytes, qint64(4679456) * 1024);
}

QTEST_GUILESS_MAIN(TestHostBuilder)
#include "tst_hostbuilder.moc"
