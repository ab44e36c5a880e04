#include "LibvirtDaemon.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QThread>

#include <unistd.h>

namespace ftc::test {

namespace {
const QString kUri = QStringLiteral("qemu:///system");

bool runQuiet(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    return p.waitForFinished(30000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}
} // namespace

LibvirtDaemon::LibvirtDaemon() = default;

LibvirtDaemon::~LibvirtDaemon()
{
    stop();
}

QByteArray LibvirtDaemon::virsh(const QStringList &args, bool *ok, QByteArray *err) const
{
    QProcess p;
    p.start(QStringLiteral("virsh"), QStringList{QStringLiteral("-c"), kUri} + args);
    const bool done = p.waitForFinished(60000);
    if (ok)
        *ok = done && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    if (err)
        *err = p.readAllStandardError();
    return p.readAllStandardOutput();
}

bool LibvirtDaemon::answers() const
{
    bool ok = false;
    virsh({QStringLiteral("version")}, &ok);
    return ok;
}

std::unique_ptr<QProcess> LibvirtDaemon::launch(const QString &program, const QStringList &args, QString *error)
{
    auto p = std::make_unique<QProcess>();
    p->setProcessChannelMode(QProcess::MergedChannels);
    p->setStandardOutputFile(m_dir.filePath(QFileInfo(program).fileName() + QStringLiteral(".log")));
    p->start(program, args);
    if (!p->waitForStarted(10000)) {
        *error = QStringLiteral("%1 did not start: %2").arg(program, p->errorString());
        return nullptr;
    }
    return p;
}

bool LibvirtDaemon::prepareMachine(QString *error)
{
    for (const char *d : {"/var/log/libvirt/qemu", "/var/lib/libvirt/images", "/var/lib/libvirt/qemu",
                          "/var/cache/libvirt", "/run/libvirt"})
        QDir().mkpath(QString::fromLatin1(d));
    // libvirtd refuses to start without the account its Debian build names,
    // even when qemu.conf runs guests as root.
    if (!runQuiet(QStringLiteral("getent"), {QStringLiteral("passwd"), QStringLiteral("libvirt-qemu")})
        && !runQuiet(QStringLiteral("useradd"), {QStringLiteral("--system"), QStringLiteral("--no-create-home"),
                                                 QStringLiteral("--shell"), QStringLiteral("/usr/sbin/nologin"),
                                                 QStringLiteral("libvirt-qemu")})) {
        *error = QStringLiteral("could not create the libvirt-qemu account libvirtd needs");
        return false;
    }
    QFile conf(QStringLiteral("/etc/libvirt/qemu.conf"));
    if (!conf.exists()) {
        QDir().mkpath(QStringLiteral("/etc/libvirt"));
        if (!conf.open(QIODevice::WriteOnly)) {
            *error = QStringLiteral("cannot write /etc/libvirt/qemu.conf: %1").arg(conf.errorString());
            return false;
        }
        // No mount namespace per guest: in a chroot "/" is no mount point,
        // and qemu would not start ("Failed disable mount propagation").
        conf.write("# Written by ftconsole's tests: guests as root, no security driver (no AppArmor here),\n"
                   "# no mount namespace per guest (a chroot's / is no mount point).\n"
                   "user = \"root\"\ngroup = \"root\"\nsecurity_driver = \"none\"\nnamespaces = [ ]\n");
    }
    // A chroot that bound /sys without its submounts has no cgroup controllers:
    // mount the cpu ones libvirt's schedinfo needs (the host's hierarchies).
    if (!QFile::exists(QStringLiteral("/sys/fs/cgroup/cgroup.controllers"))
        && !QFile::exists(QStringLiteral("/sys/fs/cgroup/cpu/cpu.shares"))) {
        QDir().mkpath(QStringLiteral("/sys/fs/cgroup"));
        if (!QFile::exists(QStringLiteral("/sys/fs/cgroup/cpu"))
            && runQuiet(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("cgroup"),
                                                  QStringLiteral("/sys/fs/cgroup")}))
            m_mounted.prepend(QStringLiteral("/sys/fs/cgroup"));
        for (const QString &c : {QStringLiteral("cpu"), QStringLiteral("cpuacct"), QStringLiteral("cpuset")}) {
            const QString path = QStringLiteral("/sys/fs/cgroup/") + c;
            QDir().mkpath(path);
            if (runQuiet(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("cgroup"), QStringLiteral("-o"), c,
                                                   QStringLiteral("cgroup"), path}))
                m_mounted.prepend(path);
        }
    }
    return true;
}

bool LibvirtDaemon::start(QString *error)
{
    if (answers())
        return true;
    for (const char *program : {"virsh", "libvirtd", "virtlogd", "qemu-system-x86_64"})
        if (QStandardPaths::findExecutable(QString::fromLatin1(program),
                                           {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin")}).isEmpty()) {
            *error = QStringLiteral("%1 is not installed: run .ci/install-deps (libvirt-clients libvirt-daemon "
                                    "libvirt-daemon-driver-qemu qemu-system-x86)").arg(QString::fromLatin1(program));
            return false;
        }
    if (::geteuid() != 0) {
        *error = QStringLiteral("no libvirt daemon answers on qemu:///system and starting one needs root");
        return false;
    }
    if (!prepareMachine(error))
        return false;
    m_virtlogd = launch(QStringLiteral("/usr/sbin/virtlogd"), {}, error);
    if (!m_virtlogd)
        return false;
    m_libvirtd = launch(QStringLiteral("/usr/sbin/libvirtd"), {}, error);
    if (!m_libvirtd)
        return false;
    QDeadlineTimer deadline(60000);
    while (!deadline.hasExpired()) {
        if (answers())
            return true;
        if (m_libvirtd->state() == QProcess::NotRunning)
            break;
        QThread::msleep(250);
    }
    QFile log(m_dir.filePath(QStringLiteral("libvirtd.log")));
    log.open(QIODevice::ReadOnly);
    *error = QStringLiteral("libvirtd did not answer on qemu:///system: %1")
                 .arg(QString::fromUtf8(log.readAll().right(2000)));
    return false;
}

bool LibvirtDaemon::defineSpinner(const QString &name, bool start, int pinCpu, QString *error, const QByteArray &bootSector)
{
    const QString image = m_dir.filePath(QStringLiteral("spin-%1.img").arg(m_defined.size()));
    QFile f(image);
    if (!f.open(QIODevice::WriteOnly)) {
        *error = f.errorString();
        return false;
    }
    QByteArray disk(1024 * 1024, '\0');
    disk[0] = char(0xEB);      // jmp $: the vCPU spins at 100 %
    disk[1] = char(0xFE);
    disk.replace(0, qMin<qsizetype>(bootSector.size(), 510), bootSector.left(510));
    disk[510] = char(0x55);    // the BIOS boots only a sector that ends 55 AA
    disk[511] = char(0xAA);
    f.write(disk);
    f.close();
    const QString pin = pinCpu >= 0 ? QStringLiteral(" cpuset='%1'").arg(pinCpu) : QString();
    const QString tune = pinCpu >= 0 ? QStringLiteral("<cputune><emulatorpin cpuset='%1'/></cputune>").arg(pinCpu) : QString();
    QString xmlName = name.toHtmlEscaped();
    xmlName.replace(QLatin1Char('\''), QLatin1String("&apos;"));
    const QString xml = QStringLiteral(
        "<domain type='qemu'><name>%1</name><memory unit='MiB'>64</memory><vcpu%2>1</vcpu>%3"
        "<os><type arch='x86_64' machine='pc'>hvm</type><boot dev='hd'/></os>"
        "<devices><disk type='file' device='disk'><driver name='qemu' type='raw'/>"
        "<source file='%4'/><target dev='vda' bus='virtio'/></disk>"
        "<interface type='user'><model type='virtio'/></interface>"
        "<graphics type='vnc' port='-1' listen='127.0.0.1'/></devices></domain>")
                            .arg(xmlName, pin, tune, image);
    const QString xmlPath = m_dir.filePath(QStringLiteral("dom-%1.xml").arg(m_defined.size()));
    QFile x(xmlPath);
    if (!x.open(QIODevice::WriteOnly)) {
        *error = x.errorString();
        return false;
    }
    x.write(xml.toUtf8());
    x.close();
    bool ok = false;
    QByteArray err;
    virsh({QStringLiteral("define"), xmlPath}, &ok, &err);
    if (!ok) {
        *error = QStringLiteral("virsh define %1 failed: %2").arg(name, QString::fromUtf8(err));
        return false;
    }
    m_defined << name;
    if (start) {
        virsh({QStringLiteral("start"), QStringLiteral("--domain"), name}, &ok, &err);
        if (!ok) {
            *error = QStringLiteral("virsh start %1 failed: %2").arg(name, QString::fromUtf8(err));
            return false;
        }
    }
    return true;
}

QString LibvirtDaemon::cpuCgroup(const QString &name) const
{
    QFile pidFile(QStringLiteral("/run/libvirt/qemu/%1.pid").arg(name));
    if (!pidFile.open(QIODevice::ReadOnly))
        return {};
    const QByteArray pid = pidFile.readAll().trimmed();
    QFile cg(QStringLiteral("/proc/%1/cgroup").arg(QString::fromLatin1(pid)));
    if (!cg.open(QIODevice::ReadOnly))
        return {};
    // "1:cpu:/machine/qemu-1-spin1.libvirt-qemu/emulator" (or "cpu,cpuacct:")
    for (const QByteArray &line : cg.readAll().split('\n')) {
        const QList<QByteArray> parts = line.split(':');
        if (parts.size() < 3 || !parts[1].split(',').contains("cpu"))
            continue;
        QString path = QString::fromUtf8(parts[2]);
        if (path.endsWith(QLatin1String("/emulator")))
            path.chop(9);
        const QString base = QFile::exists(QStringLiteral("/sys/fs/cgroup/cpu,cpuacct"))
            ? QStringLiteral("/sys/fs/cgroup/cpu,cpuacct") : QStringLiteral("/sys/fs/cgroup/cpu");
        return base + path;
    }
    return {};
}

void LibvirtDaemon::stop()
{
    for (const QString &name : std::as_const(m_defined)) {
        virsh({QStringLiteral("destroy"), QStringLiteral("--domain"), name});
        virsh({QStringLiteral("undefine"), QStringLiteral("--domain"), name, QStringLiteral("--managed-save")});
    }
    m_defined.clear();
    for (std::unique_ptr<QProcess> *p : {&m_libvirtd, &m_virtlogd}) {
        if (!*p)
            continue;
        (*p)->terminate();
        if (!(*p)->waitForFinished(10000)) {
            (*p)->kill();
            (*p)->waitForFinished(5000);
        }
        p->reset();
    }
    for (const QString &m : std::as_const(m_mounted))
        runQuiet(QStringLiteral("umount"), {m});
    m_mounted.clear();
}

} // namespace ftc::test
