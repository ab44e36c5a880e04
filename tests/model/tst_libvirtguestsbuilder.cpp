// What happens to the VMs when the host stops, as the snapshot says: which
// settings file libvirt-guests reads (Debian's, RHEL's, both, neither), its
// values over the script's defaults, the service, and lines not understood.

#include "BuilderFixtures.h"

#include <QtTest>

using namespace ftc;
using namespace ftc::test;

namespace {

const QString kDefault = QStringLiteral("libvirt-guests/default");
const QString kSysconfig = QStringLiteral("libvirt-guests/sysconfig");
const QString kOs = QStringLiteral("os-release");
const QString kWants = QStringLiteral("systemd/multi-user.target.wants");

// A full read as the poller records it: every step has its command line,
// whether or not its file was there.
RawSources fullRead()
{
    RawSources raw;
    raw.label = QStringLiteral("h");
    raw.commands.insert(kDefault, QStringLiteral("ftc_f 0 /etc/default/libvirt-guests"));
    raw.commands.insert(kSysconfig, QStringLiteral("ftc_f 1 /etc/sysconfig/libvirt-guests"));
    raw.commands.insert(kOs, QStringLiteral("ftc_f 2 /etc/os-release"));
    raw.commands.insert(kWants, QStringLiteral("ftc_l 3 /etc/systemd/system/multi-user.target.wants"));
    return raw;
}

const QByteArray kDebianOs = "PRETTY_NAME=\"Debian GNU/Linux 12 (bookworm)\"\nID=debian\n";
const QByteArray kRockyOs = "NAME=\"Rocky Linux\"\nID=\"rocky\"\nID_LIKE=\"rhel centos fedora\"\n";

} // namespace

class TestLibvirtGuestsBuilder : public QObject {
    Q_OBJECT
private slots:
    void debianFileWithDefaults();
    void sysconfigFileThatShutsDown();
    void bothFilesTheDistributionDecides();
    void noFileWhereItWouldGo();
    void unknownDistributionWithoutFile();
    void notReadAtAll();
    void linesNotUnderstoodAreProblems();
    void wholeSnapshotCarriesIt();
};

void TestLibvirtGuestsBuilder::debianFileWithDefaults()
{
    RawSources raw = fullRead();
    raw.files.insert(kDefault, "#ON_SHUTDOWN=suspend\n#SHUTDOWN_TIMEOUT=300\n");
    raw.files.insert(kOs, kDebianOs);
    raw.files.insert(kWants, "libvirtd.service\nlibvirt-guests.service\nssh.service\n");
    const HostSnapshot s = builtBy<buildLibvirtGuests>(raw);
    const LibvirtGuests &g = s.libvirtGuests;
    QVERIFY(g.known);
    QVERIFY(g.present);
    QCOMPARE(g.path, QStringLiteral("/etc/default/libvirt-guests"));
    QCOMPARE(g.text, raw.files.value(kDefault));
    QCOMPARE(g.osFamily, QStringLiteral("debian"));
    QCOMPARE(g.onShutdown, QStringLiteral("suspend"));
    QVERIFY(!g.onShutdownSet);
    QCOMPARE(g.onShutdownLine, 0);
    QVERIFY(g.suspends());
    QCOMPARE(g.shutdownTimeout, 300);
    QCOMPARE(g.uris, QStringLiteral("default"));
    QCOMPARE(g.serviceEnabled, std::optional<bool>(true));
    QVERIFY(g.understood);
    QVERIFY(g.ignoredPath.isEmpty());
    QVERIFY(s.problems.isEmpty());
}

void TestLibvirtGuestsBuilder::sysconfigFileThatShutsDown()
{
    RawSources raw = fullRead();
    raw.files.insert(kSysconfig, "# local\nON_SHUTDOWN=shutdown\nSHUTDOWN_TIMEOUT=120\nPARALLEL_SHUTDOWN=3\n"
                                 "URIS='qemu:///system'\nON_BOOT=ignore\n");
    raw.files.insert(kOs, kRockyOs);
    raw.files.insert(kWants, "libvirtd.service\nsshd.service\n");
    const LibvirtGuests g = builtBy<buildLibvirtGuests>(raw).libvirtGuests;
    QCOMPARE(g.path, QStringLiteral("/etc/sysconfig/libvirt-guests"));
    QCOMPARE(g.osFamily, QStringLiteral("redhat"));
    QVERIFY(!g.suspends());
    QVERIFY(g.onShutdownSet);
    QCOMPARE(g.onShutdownLine, 2);
    QCOMPARE(g.shutdownTimeout, 120);
    QCOMPARE(g.parallelShutdown, 3);
    QCOMPARE(g.uris, QStringLiteral("qemu:///system"));
    QCOMPARE(g.onBoot, QStringLiteral("ignore"));
    QCOMPARE(g.serviceEnabled, std::optional<bool>(false));
}

void TestLibvirtGuestsBuilder::bothFilesTheDistributionDecides()
{
    RawSources raw = fullRead();
    raw.files.insert(kDefault, "ON_SHUTDOWN=shutdown\n");
    raw.files.insert(kSysconfig, "ON_SHUTDOWN=suspend\n");
    raw.files.insert(kOs, kRockyOs);
    LibvirtGuests g = builtBy<buildLibvirtGuests>(raw).libvirtGuests;
    QCOMPARE(g.path, QStringLiteral("/etc/sysconfig/libvirt-guests"));
    QCOMPARE(g.ignoredPath, QStringLiteral("/etc/default/libvirt-guests"));
    QVERIFY(g.suspends());

    raw.files.insert(kOs, "ID=ubuntu\nID_LIKE=debian\n");
    g = builtBy<buildLibvirtGuests>(raw).libvirtGuests;
    QCOMPARE(g.path, QStringLiteral("/etc/default/libvirt-guests"));
    QCOMPARE(g.ignoredPath, QStringLiteral("/etc/sysconfig/libvirt-guests"));
    QVERIFY(!g.suspends());
}

void TestLibvirtGuestsBuilder::noFileWhereItWouldGo()
{
    RawSources raw = fullRead();
    raw.files.insert(kOs, "ID=ubuntu\nID_LIKE=debian\n");
    LibvirtGuests g = builtBy<buildLibvirtGuests>(raw).libvirtGuests;
    QVERIFY(g.known);
    QVERIFY(!g.present);
    QCOMPARE(g.path, QStringLiteral("/etc/default/libvirt-guests"));
    QVERIFY(g.suspends());                   // libvirt-guests' default
    QVERIFY(!g.serviceEnabled.has_value());  // no systemd wants directory read

    raw.files.insert(kOs, "ID=\"opensuse-leap\"\nID_LIKE=\"suse opensuse\"\n");
    g = builtBy<buildLibvirtGuests>(raw).libvirtGuests;
    QCOMPARE(g.osFamily, QStringLiteral("suse"));
    QCOMPARE(g.path, QStringLiteral("/etc/sysconfig/libvirt-guests"));
}

void TestLibvirtGuestsBuilder::unknownDistributionWithoutFile()
{
    RawSources raw = fullRead();
    raw.files.insert(kOs, "ID=arch\n");
    const LibvirtGuests g = builtBy<buildLibvirtGuests>(raw).libvirtGuests;
    QVERIFY(g.known);
    QCOMPARE(g.osFamily, QStringLiteral("arch"));
    QVERIFY(g.path.isEmpty());
}

void TestLibvirtGuestsBuilder::notReadAtAll()
{
    RawSources raw;
    raw.files.insert(QStringLiteral("mdstat"), "Personalities :\nunused devices: <none>\n");
    const LibvirtGuests g = builtBy<buildLibvirtGuests>(raw).libvirtGuests;
    QVERIFY(!g.known);
    QVERIFY(g.path.isEmpty());
}

void TestLibvirtGuestsBuilder::linesNotUnderstoodAreProblems()
{
    RawSources raw = fullRead();
    raw.files.insert(kDefault, "ON_SHUTDOWN=shutdown\n. /etc/libvirt-guests.local\n");
    const HostSnapshot s = builtBy<buildLibvirtGuests>(raw);
    QVERIFY(!s.libvirtGuests.understood);
    QCOMPARE(s.problems.size(), 1);
    QCOMPARE(s.problems.first().source, kDefault);
    QVERIFY(s.problems.first().message.contains(QLatin1String("line 2")));
    QCOMPARE(s.problems.first().line, QStringLiteral(". /etc/libvirt-guests.local"));
    QCOMPARE(s.problems.first().command, raw.commands.value(kDefault));
}

void TestLibvirtGuestsBuilder::wholeSnapshotCarriesIt()
{
    RawSources raw = fullRead();
    raw.files.insert(kDefault, "export ON_SHUTDOWN=shutdown\n");
    const HostSnapshot s = buildSnapshot(raw);
    QVERIFY(s.libvirtGuests.known);
    QVERIFY(!s.libvirtGuests.suspends());
}

QTEST_GUILESS_MAIN(TestLibvirtGuestsBuilder)
#include "tst_libvirtguestsbuilder.moc"
