#include "SshdFixture.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QThread>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <pwd.h>
#include <sys/socket.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#ifndef FTSIM_HOST_BIN
#define FTSIM_HOST_BIN "/bin/false"
#endif

namespace ftc::test {

namespace {

bool runTool(const QString &program, const QStringList &args, QByteArray *out, QString *error)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        if (error)
            *error = QStringLiteral("%1 %2 failed: %3").arg(program, args.join(u' '),
                                                          QString::fromLocal8Bit(p.readAllStandardError()));
        return false;
    }
    if (out)
        *out = p.readAllStandardOutput();
    return true;
}

bool keygen(const QString &path, QString *error)
{
    QFile::remove(path);
    QFile::remove(path + QStringLiteral(".pub"));
    return runTool(QStringLiteral("ssh-keygen"),
                   {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
                    QStringLiteral("-N"), QString(), QStringLiteral("-C"),
                    QStringLiteral("ftconsole-test"), QStringLiteral("-f"), path},
                   nullptr, error);
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &data, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(data) != data.size()) {
        if (error)
            *error = QStringLiteral("cannot write %1").arg(path);
        return false;
    }
    return true;
}

// "TYPE BASE64" of a .pub file, without the comment.
QByteArray pubKeyBody(const QString &pubPath)
{
    const QList<QByteArray> f = readAll(pubPath).simplified().split(' ');
    return f.size() >= 2 ? f[0] + ' ' + f[1] : QByteArray();
}

// sshd forks a child per connection that starts its own session (setsid), so a
// process group kill misses it; the parent links in /proc still lead to it.
QList<pid_t> descendants(pid_t root)
{
    QHash<pid_t, QList<pid_t>> children;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &e : entries) {
        bool ok = false;
        const pid_t pid = e.toInt(&ok);
        if (!ok)
            continue;
        const QByteArray stat = readAll(QStringLiteral("/proc/%1/stat").arg(pid));
        const qsizetype close = stat.lastIndexOf(')');
        if (close < 0)
            continue;
        const QList<QByteArray> rest = stat.mid(close + 2).split(' ');
        if (rest.size() < 2)
            continue;
        children[pid_t(rest[1].toInt())].append(pid);
    }
    QList<pid_t> out;
    QList<pid_t> todo{root};
    while (!todo.isEmpty()) {
        const pid_t p = todo.takeFirst();
        for (pid_t c : children.value(p)) {
            out.append(c);
            todo.append(c);
        }
    }
    return out;
}

sockaddr_in loopback(int port)
{
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_port = htons(quint16(port));
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    return a;
}

// A port the kernel just handed out, released again for sshd to bind.
int freePort()
{
    const int s = ::socket(AF_INET, SOCK_STREAM, 0);
    if (s < 0)
        return 0;
    sockaddr_in a = loopback(0);
    socklen_t len = sizeof a;
    int port = 0;
    if (::bind(s, reinterpret_cast<sockaddr *>(&a), sizeof a) == 0
        && ::getsockname(s, reinterpret_cast<sockaddr *>(&a), &len) == 0)
        port = ntohs(a.sin_port);
    ::close(s);
    return port;
}

// Whether something on the port answers with an SSH banner within a second.
bool bannerArrives(int port)
{
    const int s = ::socket(AF_INET, SOCK_STREAM, 0);
    if (s < 0)
        return false;
    sockaddr_in a = loopback(port);
    bool ok = false;
    if (::connect(s, reinterpret_cast<sockaddr *>(&a), sizeof a) == 0) {
        pollfd p{s, POLLIN, 0};
        char buf[8] = {};
        ok = ::poll(&p, 1, 1000) == 1 && ::read(s, buf, 4) == 4 && QByteArray(buf, 4) == "SSH-";
    }
    ::close(s);
    return ok;
}

bool gone(pid_t pid)
{
    const QByteArray stat = readAll(QStringLiteral("/proc/%1/stat").arg(pid));
    const qsizetype close = stat.lastIndexOf(')');
    return stat.isEmpty() || (close >= 0 && stat.mid(close + 2, 1) == "Z");
}

} // namespace

SshdFixture::SshdFixture() = default;

SshdFixture::~SshdFixture()
{
    stop();
}

QString SshdFixture::userName() const
{
    if (const passwd *pw = getpwuid(geteuid()))
        return QString::fromLocal8Bit(pw->pw_name);
    return qEnvironmentVariable("USER");
}

QByteArray SshdFixture::hostKeyLine() const
{
    return pubKeyBody(hostKeyPubPath());
}

QString SshdFixture::hostKeyFingerprint() const
{
    QByteArray out;
    if (!runTool(QStringLiteral("ssh-keygen"), {QStringLiteral("-lf"), hostKeyPubPath()}, &out,
                 nullptr))
        return {};
    return QString::fromLatin1(out.simplified().split(' ').value(1));
}

QByteArray SshdFixture::log() const
{
    return readAll(logPath());
}

bool SshdFixture::makeHostKey(QString *error)
{
    return keygen(hostKeyPath(), error) && writeKnownHosts(error);
}

bool SshdFixture::writeKnownHosts(QString *error)
{
    if (m_port == 0)
        return true;
    const QByteArray line = "[" + host().toUtf8() + "]:" + QByteArray::number(m_port) + ' '
        + hostKeyLine() + '\n';
    return writeFile(knownHostsPath(), line, error);
}

bool SshdFixture::prepare(QString *error)
{
    if (m_prepared)
        return true;
    if (!m_dir.isValid()) {
        if (error)
            *error = QStringLiteral("no temporary directory");
        return false;
    }
    // The privilege separation directory that Debian's sshd expects; normally made
    // by the service unit, which does not run in containers.
    ::mkdir("/run/sshd", 0755);
    QDir().mkpath(stateDir());
    if (!keygen(plainKeyPath(), error) || !keygen(simKeyPath(), error)
        || !keygen(hostKeyPath(), error))
        return false;
    // SHLVL=1: bash run by sshd sources ~/.bashrc only at shell level 1, and a
    // developer's rc (pyenv, nvm) can cost seconds per command; tests want the
    // shell's parsing, not the account's startup files.
    const QByteArray auth = "environment=\"SHLVL=1\" "
        + pubKeyBody(plainKeyPath() + QStringLiteral(".pub")) + " plain\n"
        + "environment=\"SHLVL=1\",command=\"" + QByteArray(FTSIM_HOST_BIN) + " --state "
        + QFile::encodeName(stateDir())
        + "\",no-pty,no-port-forwarding,no-agent-forwarding,no-X11-forwarding "
        + pubKeyBody(simKeyPath() + QStringLiteral(".pub")) + " sim\n";
    if (!writeFile(dir() + QStringLiteral("/authorized_keys"), auth, error))
        return false;
    m_prepared = true;
    return true;
}

bool SshdFixture::launch(QString *error)
{
    const QByteArray config = "ListenAddress 127.0.0.1:" + QByteArray::number(m_port) + "\n"
        "HostKey " + QFile::encodeName(hostKeyPath()) + "\n"
        "PidFile none\n"
        "StrictModes no\n"
        "UsePAM " + QByteArray(m_kbdInteractive ? "yes" : "no") + "\n"
        "PermitRootLogin yes\n"
        "PermitUserEnvironment SHLVL\n"
        "PubkeyAuthentication yes\n"
        "PasswordAuthentication " + QByteArray(m_passwordAuth ? "yes" : "no") + "\n"
        "KbdInteractiveAuthentication " + QByteArray(m_kbdInteractive ? "yes" : "no") + "\n"
        "AuthorizedKeysFile " + QFile::encodeName(dir()) + "/authorized_keys\n"
        + (m_maxAuthTries > 0 ? "MaxAuthTries " + QByteArray::number(m_maxAuthTries) + "\n" : QByteArray()) +
        "MaxSessions 50\n"
        "MaxStartups 100\n"
        "UseDNS no\n"
        "PrintMotd no\n"
        "PrintLastLog no\n"
        "LogLevel ERROR\n";
    const QString configPath = dir() + QStringLiteral("/sshd_config");
    if (!writeFile(configPath, config, error))
        return false;
    m_proc = std::make_unique<QProcess>();
    m_proc->setStandardErrorFile(logPath(), QIODevice::Append);
    m_proc->setStandardOutputFile(logPath(), QIODevice::Append);
    m_proc->start(QStringLiteral("/usr/sbin/sshd"),
                  {QStringLiteral("-D"), QStringLiteral("-e"), QStringLiteral("-f"), configPath});
    if (!m_proc->waitForStarted(5000)) {
        if (error)
            *error = QStringLiteral("cannot start /usr/sbin/sshd: %1").arg(m_proc->errorString());
        m_proc.reset();
        return false;
    }
    // Ready means the banner arrives, not just that the port is bound.
    const QDeadlineTimer deadline(10000);
    while (!deadline.hasExpired()) {
        if (m_proc->state() != QProcess::Running) {
            if (error)
                *error = QStringLiteral("sshd exited: %1").arg(QString::fromLocal8Bit(log()));
            m_proc.reset();
            return false;
        }
        if (bannerArrives(m_port))
            return true;
        QThread::msleep(30);
    }
    if (error)
        *error = QStringLiteral("sshd did not answer on port %1: %2")
                     .arg(m_port).arg(QString::fromLocal8Bit(log()));
    stop();
    return false;
}

bool SshdFixture::start(QString *error)
{
    if (isRunning())
        return true;
    if (!prepare(error))
        return false;
    QString lastError;
    for (int attempt = 0; attempt < 5; ++attempt) {
        // Another process may take the port between here and sshd's bind: retry.
        m_port = freePort();
        if (m_port == 0)
            continue;
        if (!writeKnownHosts(error))
            return false;
        if (launch(&lastError))
            return true;
    }
    if (error)
        *error = lastError;
    return false;
}

bool SshdFixture::restart(bool newHostKey, QString *error)
{
    stop();
    if (newHostKey && !makeHostKey(error))
        return false;
    if (m_port == 0)
        return start(error);
    for (int attempt = 0; attempt < 20; ++attempt) {
        if (launch(error))
            return true;
        QThread::msleep(100);
    }
    return false;
}

bool SshdFixture::isRunning() const
{
    return m_proc && m_proc->state() == QProcess::Running;
}

void SshdFixture::stop()
{
    if (!m_proc)
        return;
    const pid_t pid = pid_t(m_proc->processId());
    if (pid > 0 && m_proc->state() == QProcess::Running) {
        // Stopped first so it cannot fork a new session while the tree is read.
        ::kill(pid, SIGSTOP);
        const QList<pid_t> tree = descendants(pid);
        for (pid_t p : tree)
            ::kill(p, SIGKILL);
        ::kill(pid, SIGKILL);
        const QDeadlineTimer deadline(3000);
        for (pid_t p : tree) {
            while (!gone(p) && !deadline.hasExpired())
                QThread::msleep(5);
        }
    }
    m_proc->waitForFinished(3000);
    m_proc.reset();
}

} // namespace ftc::test
