// Creating, editing and deleting a VM through the console's plans against a
// real libvirt daemon (LibvirtDaemon), locally and through a real sshd: the
// image is fully allocated (stat: blocks cover the size), the VM starts, an
// ISO goes into its running drive, its memory changes in the definition
// only, and it is deleted with its image. A create whose image directory is
// read-only fails halfway and leaves neither the domain nor a file behind.

#include "LibvirtDaemon.h"
#include "SshdFixture.h"
#include "model/Poller.h"
#include "plan/Plan.h"
#include "transport/LocalRunner.h"
#include "transport/SshRunner.h"
#include "vms/VmCreate.h"
#include "vms/VmEdit.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QtTest>

#include <sys/stat.h>

using namespace ftc;

namespace {

const QByteArray kUri = "qemu:///system";

bool sh(const QString &command, QByteArray *out = nullptr)
{
    QProcess p;
    p.start(QStringLiteral("sh"), {QStringLiteral("-c"), command});
    p.waitForFinished(60000);
    if (out)
        *out = p.readAllStandardOutput() + p.readAllStandardError();
    return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

} // namespace

class TestLibvirtVmCreate : public QObject {
    Q_OBJECT

    test::LibvirtDaemon m_daemon;
    test::SshdFixture m_sshd;
    LocalRunner m_local;
    std::unique_ptr<SshRunner> m_ssh;
    QTemporaryDir m_dir{QDir::tempPath() + QStringLiteral("/ftc-vmcreate-XXXXXX")};

    Runner &runner(const QString &via)
    {
        if (via == QLatin1String("local"))
            return m_local;
        if (!m_ssh) {
            SshTarget t;
            t.user = m_sshd.userName();
            t.host = m_sshd.host();
            t.port = m_sshd.port();
            t.identityFile = m_sshd.plainKeyPath();
            t.knownHostsPath = m_sshd.knownHostsPath();
            t.globalKnownHostsPath.clear();
            t.connectTimeoutMs = 5000;
            t.keepaliveIntervalMs = 0;
            t.useDefaultKeys = false;
            t.useAgent = false;
            m_ssh = std::make_unique<SshRunner>(t, nullptr);
        }
        return *m_ssh;
    }

    static HostSnapshotPtr refreshed(Poller &poller)
    {
        poller.refresh(CancelFlag(), true);
        return poller.refresh(CancelFlag(), true);
    }

    static VmCreateRequest request(const QString &name, const QString &dir)
    {
        VmCreateRequest r;
        r.name = name;
        r.memoryMiB = 64;
        r.vcpus = 1;
        r.imageDir = dir;
        r.diskGiB = 1;
        r.netKind = VmCreateRequest::NetKind::None;
        return r;
    }

    static VmHostFacts factsFor(Runner &r, const HostSnapshot &s, const VmCreateRequest &req, const QStringList &more = {})
    {
        VmHostQuery q;
        q.dirs = {req.imageDir};
        q.paths = QStringList{newImagePath(req)} + more;
        return readVmHostFacts(r, s, q, kUri);
    }

    static void addVia()
    {
        QTest::addColumn<QString>("via");
        QTest::newRow("local") << QStringLiteral("local");
        QTest::newRow("ssh") << QStringLiteral("ssh");
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_daemon.start(&error), qPrintable(error));
        QVERIFY2(m_sshd.start(&error), qPrintable(error));
        QVERIFY(m_dir.isValid());
        // A stand-in install CD: any file qemu can open read-only.
        QFile iso(m_dir.filePath(QStringLiteral("install.iso")));
        QVERIFY(iso.open(QIODevice::WriteOnly));
        iso.write(QByteArray(1 << 20, '\0'));
    }

    void cleanupTestCase()
    {
        for (const char *name : {"ftc-new-local", "ftc-new-ssh", "ftc-half"}) {
            m_daemon.virsh({QStringLiteral("destroy"), QLatin1String(name)});
            m_daemon.virsh({QStringLiteral("undefine"), QLatin1String(name)});
        }
        sh(QStringLiteral("umount %1/ro 2>/dev/null").arg(m_dir.path()));
        m_ssh.reset();
        m_daemon.stop();
        m_sshd.stop();
    }

    void createEditDelete_data() { addVia(); }
    void createEditDelete()
    {
        QFETCH(QString, via);
        Runner &r = runner(via);
        Poller poller(r, QStringLiteral("real"));
        HostSnapshotPtr s = refreshed(poller);
        QVERIFY(s);
        const QString name = QStringLiteral("ftc-new-") + via;
        const QString iso = m_dir.filePath(QStringLiteral("install.iso"));
        VmCreateRequest req = request(name, m_dir.path());
        req.start = true;
        Plan plan = planCreateVm(*s, factsFor(r, *s, req), req, kUri);
        QVERIFY2(plan.ok(), qPrintable(plan.errors.join('\n')));
        ApplyResult a = applyPlan(r, plan, {});
        QVERIFY2(a.ok, qPrintable(a.message));

        // Fully allocated: the file's blocks cover its size.
        const QString image = newImagePath(req);
        struct stat st {};
        QCOMPARE(::stat(image.toLocal8Bit().constData(), &st), 0);
        QCOMPARE(qint64(st.st_size), qint64(1) << 30);
        QVERIFY2(qint64(st.st_blocks) * 512 >= qint64(st.st_size), qPrintable(QString::number(st.st_blocks)));
        bool ok = false;
        QCOMPARE(m_daemon.virsh({QStringLiteral("domstate"), name}, &ok).trimmed(), QByteArray("running"));
        QVERIFY(m_daemon.virsh({QStringLiteral("dominfo"), name}).contains("Autostart:      enable"));
        const QByteArray xml = m_daemon.virsh({QStringLiteral("dumpxml"), name});
        QVERIFY2(xml.contains("listen='127.0.0.1'"), xml.constData());

        s = refreshed(poller);
        QVERIFY(s->vm(name));
        // The install CD into the running VM's drive.
        VmConfigReading c = poller.readVmConfig(name, CancelFlag());
        VmHostQuery q;
        q.paths = {iso};
        plan = planVmMedia(*s, c, iso, readVmHostFacts(r, *s, q, kUri), kUri);
        QVERIFY2(plan.ok(), qPrintable(plan.errors.join('\n')));
        a = applyPlan(r, plan, {});
        QVERIFY2(a.ok, qPrintable(a.message));
        QVERIFY(m_daemon.virsh({QStringLiteral("domblklist"), name}).contains(iso.toUtf8()));

        // Memory in the definition only: pending while it runs.
        c = poller.readVmConfig(name, CancelFlag());
        plan = planVmMemory(*s, c, 96, qint64(512) << 20, kUri);
        a = applyPlan(r, plan, {});
        QVERIFY2(a.ok, qPrintable(a.message));
        c = poller.readVmConfig(name, CancelFlag());
        QCOMPARE(c.xml.memoryKiB, 64 * 1024);
        QCOMPARE(c.inactiveXml.memoryKiB, 96 * 1024);

        // Deleted with its image, once shut off.
        m_daemon.virsh({QStringLiteral("destroy"), name}, &ok);
        QVERIFY(ok);
        s = refreshed(poller);
        c = poller.readVmConfig(name, CancelFlag());
        plan = planVmDelete(*s, c, true, kUri);
        QVERIFY2(plan.ok(), qPrintable(plan.errors.join('\n')));
        a = applyPlan(r, plan, name);
        QVERIFY2(a.ok, qPrintable(a.message));
        m_daemon.virsh({QStringLiteral("domuuid"), name}, &ok);
        QVERIFY(!ok);
        QVERIFY(!QFile::exists(image));
        QVERIFY(QFile::exists(iso));
    }

    // The directory turns read-only after the plan was made: qemu-img fails,
    // the domain it defined is undefined again, no file is left.
    void aCreateThatFailsHalfwayLeavesNothing()
    {
        const QString ro = m_dir.filePath(QStringLiteral("ro"));
        QVERIFY(QDir().mkpath(ro));
        Poller poller(m_local, QStringLiteral("real"));
        const HostSnapshotPtr s = refreshed(poller);
        const VmCreateRequest req = request(QStringLiteral("ftc-half"), ro);
        const Plan plan = planCreateVm(*s, factsFor(m_local, *s, req), req, kUri);
        QVERIFY2(plan.ok(), qPrintable(plan.errors.join('\n')));
        QByteArray out;
        QVERIFY2(sh(QStringLiteral("mount -t tmpfs -o ro,size=1m ftc-ro %1").arg(ro), &out), out.constData());
        const ApplyResult a = applyPlan(m_local, plan, {});
        sh(QStringLiteral("umount %1").arg(ro));
        QVERIFY(!a.ok);
        QVERIFY2(a.message.contains(QStringLiteral("Read-only file system")), qPrintable(a.message));
        QVERIFY2(a.message.contains(QStringLiteral("The host is as it was before the plan")), qPrintable(a.message));
        bool ok = true;
        m_daemon.virsh({QStringLiteral("domuuid"), QStringLiteral("ftc-half")}, &ok);
        QVERIFY(!ok);
        QVERIFY(QDir(ro).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLibvirtVmCreate)
#include "tst_libvirt_vmcreate.moc"
