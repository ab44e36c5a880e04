#include "LabGuest.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QThread>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/prctl.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <cstring>
#include <unistd.h>

using namespace ftc;

namespace ftlab {

namespace {

int envSeconds(const char *name, int fallback)
{
    bool ok = false;
    const int v = qEnvironmentVariableIntValue(name, &ok);
    return ok && v > 0 ? v : fallback;
}

QString cacheRoot()
{
    const QString env = qEnvironmentVariable("FT_LAB_CACHE");
    return env.isEmpty() ? QStringLiteral("/var/cache/ftconsole-lab") : env;
}

// A port the kernel just handed out; qemu binds it a moment later. A loser of
// that race is seen by qemu exiting at once, and launchQemu tries another.
int freeLoopbackPort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return 0;
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = 0;
    socklen_t len = sizeof addr;
    int port = 0;
    if (::bind(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0
        && ::getsockname(fd, reinterpret_cast<sockaddr *>(&addr), &len) == 0)
        port = ntohs(addr.sin_port);
    ::close(fd);
    return port;
}

QString tailOf(const QString &path, int lines)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("(no %1)").arg(QFileInfo(path).fileName());
    QStringList all = QString::fromUtf8(f.readAll()).remove(QLatin1Char('\r')).split(QLatin1Char('\n'));
    while (!all.isEmpty() && all.last().trimmed().isEmpty())
        all.removeLast();
    return all.mid(qMax(0, all.size() - lines)).join(QLatin1Char('\n'));
}

bool runTool(const QString &program, const QStringList &args, int timeoutMs, QString *error)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    const QString line = program + QLatin1Char(' ') + args.join(QLatin1Char(' '));
    if (!p.waitForStarted(10000)) {
        *error = QStringLiteral("cannot start %1: %2").arg(line, p.errorString());
        return false;
    }
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(5000);
        *error = QStringLiteral("%1 did not finish within %2 s").arg(line).arg(timeoutMs / 1000);
        return false;
    }
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *error = QStringLiteral("%1 failed (exit %2): %3")
                     .arg(line)
                     .arg(p.exitCode())
                     .arg(QString::fromLocal8Bit(p.readAll()).trimmed());
        return false;
    }
    return true;
}

} // namespace

int imageTimeoutSeconds() { return envSeconds("FT_LAB_IMAGE_TIMEOUT", 1200); }
int bootTimeoutSeconds() { return envSeconds("FT_LAB_BOOT_TIMEOUT", 240); }

HostKeyDecision AcceptingPrompter::confirmHostKey(const HostKeyPrompt &prompt)
{
    ++hostKeyPrompts;
    lastFingerprint = prompt.fingerprint;
    return HostKeyDecision::AcceptAndSave;
}

std::optional<QString> AcceptingPrompter::askSecret(const QString &, const QString &)
{
    // The image's key must be enough; a password prompt means the key was refused.
    ++secretPrompts;
    return std::nullopt;
}

LabGuest::LabGuest(const QString &stack) : m_stack(stack) {}

bool LabGuest::monitor(const QString &command, QString *reply, QString *error)
{
    const QByteArray path = QFile::encodeName(m_tmp.filePath(QStringLiteral("mon.sock")));
    sockaddr_un addr{};
    addr.sun_family = AF_UNIX;
    if (size_t(path.size()) >= sizeof(addr.sun_path)) {
        *error = QStringLiteral("the monitor socket path is too long: %1").arg(QString::fromLocal8Bit(path));
        return false;
    }
    memcpy(addr.sun_path, path.constData(), size_t(path.size()));
    const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0 || ::connect(fd, reinterpret_cast<sockaddr *>(&addr), sizeof(addr)) != 0) {
        *error = QStringLiteral("cannot connect to qemu's monitor %1: %2")
                     .arg(QString::fromLocal8Bit(path), QString::fromLocal8Bit(strerror(errno)));
        if (fd >= 0)
            ::close(fd);
        return false;
    }
    // The monitor greets with a banner and "(qemu) "; the reply to a command
    // ends with the next prompt.
    const auto readPrompt = [&](QByteArray *got) {
        QElapsedTimer t;
        t.start();
        char buf[4096];
        while (!got->endsWith("(qemu) ") && t.elapsed() < 10000) {
            pollfd p{fd, POLLIN, 0};
            if (::poll(&p, 1, 200) <= 0)
                continue;
            const ssize_t n = ::read(fd, buf, sizeof buf);
            if (n <= 0)
                return false;
            got->append(buf, n);
        }
        return got->endsWith("(qemu) ");
    };
    QByteArray banner, answer;
    bool ok = readPrompt(&banner);
    const QByteArray line = command.toUtf8() + '\n';
    ok = ok && ::write(fd, line.constData(), size_t(line.size())) == line.size() && readPrompt(&answer);
    ::close(fd);
    if (!ok) {
        *error = QStringLiteral("qemu's monitor did not answer \"%1\"").arg(command);
        return false;
    }
    answer.chop(int(qstrlen("(qemu) ")));
    // The monitor echoes the command with terminal escapes before the reply.
    const qsizetype nl = answer.indexOf('\n');
    *reply = QString::fromUtf8(nl < 0 ? QByteArray() : answer.mid(nl + 1)).trimmed();
    return true;
}

LabGuest::~LabGuest() { stop(); }

bool LabGuest::fail(QString *error, const QString &what) const
{
    *error = what + QStringLiteral("\n--- guest console (%1/serial.log) ---\n%2\n--- qemu ---\n%3")
                        .arg(m_tmp.path(), tailOf(m_tmp.filePath(QStringLiteral("serial.log")), 25),
                             tailOf(m_tmp.filePath(QStringLiteral("qemu.log")), 10));
    return false;
}

QString LabGuest::diagnostics(int lines) const
{
    return QStringLiteral("--- guest console ---\n%1\n--- qemu ---\n%2")
        .arg(tailOf(m_tmp.filePath(QStringLiteral("serial.log")), lines),
             tailOf(m_tmp.filePath(QStringLiteral("qemu.log")), lines));
}

bool LabGuest::start(QString *error)
{
    QString dummy;
    if (!error)
        error = &dummy;
    if (!m_tmp.isValid()) {
        *error = QStringLiteral("cannot create a temporary directory: %1").arg(m_tmp.errorString());
        return false;
    }
    QStringList missing;
    for (const char *tool : {"qemu-system-x86_64", "qemu-img", "bash"})
        if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
            missing << QString::fromLatin1(tool);
    if (!missing.isEmpty()) {
        *error = QStringLiteral("the lab tests need %1 (packages: qemu-system-x86 qemu-utils)")
                     .arg(missing.join(QStringLiteral(", ")));
        return false;
    }
    return ensureImage(error) && prepareDisks(error) && launchQemu(error) && waitForSsh(error);
}

bool LabGuest::ensureImage(QString *error)
{
    QElapsedTimer clock;
    clock.start();
    QProcess p;
    // The build's progress belongs in the test log as it happens.
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.start(QStringLiteral("bash"), {QStringLiteral(FT_LAB_SCRIPT), cacheRoot(), m_stack});
    if (!p.waitForStarted(10000)) {
        *error = QStringLiteral("cannot run %1: %2").arg(QStringLiteral(FT_LAB_SCRIPT), p.errorString());
        return false;
    }
    if (!p.waitForFinished(imageTimeoutSeconds() * 1000)) {
        p.kill();
        p.waitForFinished(5000);
        *error = QStringLiteral("building the lab image took longer than %1 s (FT_LAB_IMAGE_TIMEOUT)")
                     .arg(imageTimeoutSeconds());
        return false;
    }
    m_imageMs = clock.elapsed();
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *error = QStringLiteral("%1 %2 failed (exit %3); its messages are above")
                     .arg(QStringLiteral(FT_LAB_SCRIPT), cacheRoot())
                     .arg(p.exitCode());
        return false;
    }
    const QStringList lines = QString::fromLocal8Bit(p.readAllStandardOutput()).trimmed().split(QLatin1Char('\n'));
    m_imageDir = lines.isEmpty() ? QString() : lines.last().trimmed();
    for (const char *f : {"base.qcow2", "vmlinuz", "initrd.img", "id_ed25519"}) {
        if (!QFileInfo(QDir(m_imageDir).filePath(QString::fromLatin1(f))).isReadable()) {
            *error = QStringLiteral("the lab image in '%1' lacks a readable %2").arg(m_imageDir, QString::fromLatin1(f));
            return false;
        }
    }
    return true;
}

bool LabGuest::prepareDisks(QString *error)
{
    // Fresh blank data disks every run: disks that carried an array would have udev
    // assemble it at boot (md127, auto-read-only) and the test would start dirty.
    const QDir img(m_imageDir);
    if (!runTool(QStringLiteral("qemu-img"),
                 {QStringLiteral("create"), QStringLiteral("-q"), QStringLiteral("-f"), QStringLiteral("qcow2"),
                  QStringLiteral("-b"), img.filePath(QStringLiteral("base.qcow2")), QStringLiteral("-F"),
                  QStringLiteral("qcow2"), m_tmp.filePath(QStringLiteral("overlay.qcow2"))},
                 60000, error))
        return false;
    for (const char *disk : {"vdb.raw", "vdc.raw"}) {
        if (!runTool(QStringLiteral("qemu-img"),
                     {QStringLiteral("create"), QStringLiteral("-q"), QStringLiteral("-f"), QStringLiteral("raw"),
                      m_tmp.filePath(QString::fromLatin1(disk)), QStringLiteral("256M")},
                     60000, error))
            return false;
    }
    return true;
}

bool LabGuest::launchQemu(QString *error)
{
    const QDir img(m_imageDir);
    for (int attempt = 0; attempt < 3; ++attempt) {
        m_port = freeLoopbackPort();
        if (m_port <= 0) {
            *error = QStringLiteral("no free TCP port on 127.0.0.1");
            return false;
        }
        QFile::remove(m_tmp.filePath(QStringLiteral("serial.log")));
        const QStringList args = {
            QStringLiteral("-accel"), QStringLiteral("tcg"),
            QStringLiteral("-m"), QStringLiteral("1024"),
            QStringLiteral("-smp"), QStringLiteral("2"),
            QStringLiteral("-nographic"),
            QStringLiteral("-kernel"), img.filePath(QStringLiteral("vmlinuz")),
            QStringLiteral("-initrd"), img.filePath(QStringLiteral("initrd.img")),
            QStringLiteral("-append"), QStringLiteral("root=/dev/vda rw console=ttyS0 net.ifnames=0"),
            QStringLiteral("-drive"),
            QStringLiteral("file=%1,if=virtio,format=qcow2,cache=unsafe").arg(m_tmp.filePath(QStringLiteral("overlay.qcow2"))),
            QStringLiteral("-drive"),
            QStringLiteral("file=%1,if=virtio,format=raw,cache=unsafe").arg(m_tmp.filePath(QStringLiteral("vdb.raw"))),
            QStringLiteral("-drive"),
            QStringLiteral("file=%1,if=virtio,format=raw,cache=unsafe").arg(m_tmp.filePath(QStringLiteral("vdc.raw"))),
            // The three adapters share one segment, as a server's do on its
            // switch: a hub joined to the user network that forwards SSH. A
            // team's active adapter reaches it whichever it is; `set_link nicN
            // off` pulls one adapter's cable.
            QStringLiteral("-netdev"), QStringLiteral("user,id=n0,hostfwd=tcp:127.0.0.1:%1-:22").arg(m_port),
            QStringLiteral("-netdev"), QStringLiteral("hubport,id=uplink,hubid=0,netdev=n0"),
            QStringLiteral("-netdev"), QStringLiteral("hubport,id=p0,hubid=0"),
            QStringLiteral("-device"), QStringLiteral("virtio-net-pci,netdev=p0,id=nic0"),
            QStringLiteral("-netdev"), QStringLiteral("hubport,id=p1,hubid=0"),
            QStringLiteral("-device"), QStringLiteral("virtio-net-pci,netdev=p1,id=nic1,speed=1000,duplex=full"),
            QStringLiteral("-netdev"), QStringLiteral("hubport,id=p2,hubid=0"),
            QStringLiteral("-device"), QStringLiteral("virtio-net-pci,netdev=p2,id=nic2,speed=1000,duplex=full"),
            QStringLiteral("-monitor"), QStringLiteral("unix:%1,server=on,wait=off").arg(m_tmp.filePath(QStringLiteral("mon.sock"))),
            QStringLiteral("-serial"), QStringLiteral("file:%1").arg(m_tmp.filePath(QStringLiteral("serial.log"))),
            QStringLiteral("-display"), QStringLiteral("none"),
        };
        m_qemu.setProgram(QStringLiteral("qemu-system-x86_64"));
        m_qemu.setArguments(args);
        m_qemu.setStandardInputFile(QProcess::nullDevice());
        m_qemu.setStandardOutputFile(m_tmp.filePath(QStringLiteral("qemu.log")));
        m_qemu.setStandardErrorFile(m_tmp.filePath(QStringLiteral("qemu.log")), QIODevice::Append);
        // A test that crashes or is killed by its timeout must not leave a guest
        // spinning on the CPU the next test needs.
        m_qemu.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
        m_bootClock.start();
        m_qemu.start();
        if (!m_qemu.waitForStarted(10000))
            return fail(error, QStringLiteral("cannot start qemu-system-x86_64: %1").arg(m_qemu.errorString()));
        if (!m_qemu.waitForFinished(1000))
            return true;
        const QString log = tailOf(m_tmp.filePath(QStringLiteral("qemu.log")), 10);
        if (!log.contains(QLatin1String("forwarding")))
            return fail(error, QStringLiteral("qemu exited at once (exit %1)").arg(m_qemu.exitCode()));
    }
    return fail(error, QStringLiteral("qemu could not bind a host port for SSH in 3 attempts"));
}

bool LabGuest::waitForSsh(QString *error)
{
    SshTarget target;
    target.user = QStringLiteral("root");
    target.host = QStringLiteral("127.0.0.1");
    target.port = m_port;
    target.identityFile = QDir(m_imageDir).filePath(QStringLiteral("id_ed25519"));
    target.knownHostsPath = m_tmp.filePath(QStringLiteral("known_hosts"));
    target.connectTimeoutMs = 15000;
    target.useDefaultKeys = false;
    target.useAgent = false;

    // qemu's forwarder accepts on the host port long before sshd listens in the
    // guest, so only a completed login says the guest is up.
    const qint64 deadline = qint64(bootTimeoutSeconds()) * 1000;
    QString lastError;
    int attempts = 0;
    while (m_bootClock.elapsed() < deadline) {
        if (m_qemu.state() == QProcess::NotRunning)
            return fail(error, QStringLiteral("qemu ended while the guest booted (exit %1)").arg(m_qemu.exitCode()));
        ++attempts;
        auto runner = std::make_unique<SshRunner>(target, &m_prompter);
        if (runner->connectNow(&lastError)) {
            m_runner = std::move(runner);
            m_bootMs = m_bootClock.elapsed();
            break;
        }
        if (m_prompter.secretPrompts > 0)
            return fail(error, QStringLiteral("the guest refused the image's key %1 and asked for a password")
                                   .arg(target.identityFile));
        QThread::msleep(1000);
    }
    if (!m_runner)
        return fail(error, QStringLiteral("no SSH login to root@127.0.0.1:%1 within %2 s (%3 attempts; last: %4)")
                               .arg(m_port)
                               .arg(bootTimeoutSeconds())
                               .arg(attempts)
                               .arg(lastError));

    Command modprobe;
    modprobe.argv = {"modprobe", "raid1"};
    modprobe.timeoutMs = 60000;
    const CommandResult r = m_runner->run(modprobe);
    if (!r.ok())
        return fail(error, QStringLiteral("modprobe raid1 in the guest failed: %1").arg(r.summary()));
    return true;
}

void LabGuest::stop()
{
    m_runner.reset();
    if (m_qemu.state() != QProcess::NotRunning) {
        // The disks are throwaway; there is nothing to shut down cleanly for.
        m_qemu.kill();
        m_qemu.waitForFinished(10000);
    }
}

} // namespace ftlab
