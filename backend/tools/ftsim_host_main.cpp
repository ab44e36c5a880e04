// ftsim-host --state DIR [-c 'COMMAND LINE']
//
// Runs one shell command line against a SimulatedHost whose state lives in
// DIR/state.json, so the demo host can stand behind a real sshd
// (authorized_keys: command="ftsim-host --state /srv/ftsim"). Without -c the line
// comes from $SSH_ORIGINAL_COMMAND. State timestamps are wall-clock, so a sync
// keeps progressing between invocations. An interactive `sh` or `virsh` line
// reads stdin line by line; anything else gets all of stdin.

#include "demo/MiniShell.h"
#include "demo/SimulatedHost.h"
#include "transport/ShellQuote.h"
#include "vms/VirshSession.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>

#include <cstdio>
#include <cstdlib>
#include <unistd.h>

namespace {

void writeAll(FILE *f, const QByteArray &data)
{
    if (!data.isEmpty()) {
        std::fwrite(data.constData(), 1, size_t(data.size()), f);
        std::fflush(f);
    }
}

int usage(const char *why)
{
    std::fprintf(stderr, "ftsim-host: %s\nusage: ftsim-host --state DIR [-c 'COMMAND LINE']\n", why);
    return 2;
}

QByteArray readStdin()
{
    QByteArray in;
    char buf[65536];
    size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, stdin)) > 0)
        in.append(buf, qsizetype(n));
    return in;
}

class StateDir {
public:
    explicit StateDir(const QString &dir)
        : m_file(QDir(dir).filePath(QStringLiteral("state.json"))),
          m_lockFd(::open(QFile::encodeName(QDir(dir).filePath(QStringLiteral("state.lock"))).constData(),
                          O_RDWR | O_CREAT | O_CLOEXEC, 0600))
    {
    }
    ~StateDir()
    {
        if (m_lockFd >= 0)
            ::close(m_lockFd);
    }
    StateDir(const StateDir &) = delete;
    StateDir &operator=(const StateDir &) = delete;

    // flock(2), not QLockFile: QLockFile syncs its file to disk on every lock,
    // which a persistent session pays once per line; a flock dies with its
    // holder, so no lock can go stale either.
    bool lock()
    {
        if (m_lockFd < 0)
            return false;
        for (int waited = 0; waited < 60000; waited += 5) {
            if (::flock(m_lockFd, LOCK_EX | LOCK_NB) == 0)
                return true;
            ::usleep(5000);
        }
        return false;
    }

    // Which version of the state file is on disk: saves replace it by rename,
    // so the inode changes with every write, whoever wrote it.
    QByteArray stamp() const
    {
        struct stat st {};
        if (::stat(QFile::encodeName(m_file).constData(), &st) != 0)
            return {};
        return QByteArray::number(qulonglong(st.st_ino)) + ':' + QByteArray::number(qlonglong(st.st_size)) + ':'
            + QByteArray::number(qlonglong(st.st_mtim.tv_sec)) + '.' + QByteArray::number(qlonglong(st.st_mtim.tv_nsec));
    }
    bool exists() const { return QFile::exists(m_file); }
    void unlock() { ::flock(m_lockFd, LOCK_UN); }

    // Loads the state, or leaves the host's fresh demo scenario in place.
    bool load(ftc::SimulatedHost &host, QString *error)
    {
        QFile f(m_file);
        if (!f.exists())
            return true;
        if (!f.open(QIODevice::ReadOnly)) {
            *error = f.errorString();
            return false;
        }
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &pe);
        if (!doc.isObject()) {
            *error = QStringLiteral("%1: %2").arg(m_file, pe.errorString());
            return false;
        }
        return host.loadState(doc.object(), error);
    }

    bool save(const ftc::SimulatedHost &host)
    {
        QSaveFile f(m_file);
        if (!f.open(QIODevice::WriteOnly))
            return false;
        f.write(QJsonDocument(host.saveState()).toJson(QJsonDocument::Indented));
        return f.commit();
    }

private:
    QString m_file;
    int m_lockFd = -1;
};

// `sh`, `sh -s`, `virsh`, `virsh -c URI`: programs that read commands from stdin.
bool isInteractive(const QByteArray &line)
{
    QList<ftc::Argv> cmds;
    if (!ftc::MiniShell::splitCommands(line, &cmds) || cmds.size() != 1)
        return false;
    const ftc::Argv &a = cmds[0];
    if ((a.size() == 1 || (a.size() == 2 && a[1] == "-s")) && (a[0] == "sh" || a[0] == "/bin/sh"))
        return true;
    if (a.value(0) != "virsh")
        return false;
    for (qsizetype i = 1; i < a.size(); ++i) {
        if ((a[i] == "-c" || a[i] == "--connect") && i + 1 < a.size())
            ++i;
        else if (!(a[i].startsWith("--connect=") || a[i] == "-q" || a[i] == "--quiet" || a[i] == "-r"))
            return false;
    }
    return true;
}

// The simulated host as last loaded, kept across the lines of an interactive
// session: reloading the state file for every line would cost more than the
// answers (the poller's persistent shell sends dozens of lines per refresh).
struct LoadedHost {
    std::unique_ptr<ftc::SimulatedHost> host;
    QByteArray stamp;
};

// mergeErr: stderr goes to stdout, as the console's virsh session asks with 2>&1.
int runOnce(StateDir &dir, LoadedHost &loaded, const QByteArray &line, const QByteArray &input, bool mergeErr = false)
{
    if (!dir.lock())
        return usage("could not lock the state directory");
    const QByteArray stamp = dir.stamp();
    if (!loaded.host || stamp.isEmpty() || stamp != loaded.stamp) {
        loaded.host = std::make_unique<ftc::SimulatedHost>();
        QString error;
        if (!dir.load(*loaded.host, &error)) {
            dir.unlock();
            loaded.host.reset();
            std::fprintf(stderr, "ftsim-host: %s\n", qPrintable(error));
            return 2;
        }
        loaded.stamp = stamp;
    }
    ftc::SimulatedHost &host = *loaded.host;
    ftc::Command cmd;
    cmd.argv = {"sh", "-c", line};
    cmd.input = input;
    // The first call writes the scenario it started from, so time zero sticks.
    const bool fresh = !dir.exists();
    const ftc::SimState before = host.state();
    const ftc::CommandResult r = host.run(cmd);
    // Most calls only read (every poll is one); writing and syncing the state
    // file for them would cost more than answering.
    bool saved = true;
    if (fresh || host.state() != before) {
        saved = dir.save(host);
        loaded.stamp = dir.stamp();
    }
    dir.unlock();
    writeAll(stdout, r.out);
    writeAll(mergeErr ? stdout : stderr, r.err);
    // A simulated lost connection (ftsim lose-connection) says why.
    if (r.status != ftc::CommandResult::Status::Finished && !r.error.isEmpty())
        std::fprintf(stderr, "ftsim-host: %s\n", qPrintable(r.error));
    if (!saved)
        std::fprintf(stderr, "ftsim-host: could not save the state\n");
    return r.status == ftc::CommandResult::Status::Finished ? r.exitCode : 1;
}

// The console's virsh stream (vms/VirshSession): `sh -c SCRIPT ftc-virsh URI
// [ARGS]`. True with *prefix "virsh -c URI"; *events for `event --loop`.
bool isVirshStream(const QByteArray &line, ftc::Argv *prefix, bool *events)
{
    QList<ftc::Argv> cmds;
    if (!ftc::MiniShell::splitCommands(line, &cmds) || cmds.size() != 1)
        return false;
    QByteArray uri;
    ftc::Argv args;
    if (!ftc::parseVirshStreamCommand(cmds[0], &uri, &args))
        return false;
    *prefix = ftc::Argv{"virsh", "-c", uri};
    *events = args.value(0) == "event";
    return args.isEmpty() || *events;
}

int runInteractive(StateDir &dir, const QByteArray &line)
{
    QList<ftc::Argv> cmds;
    ftc::MiniShell::splitCommands(line, &cmds);
    ftc::Argv prefix = cmds.value(0);
    bool events = false;
    const bool session = isVirshStream(line, &prefix, &events);
    if (session && events) {
        // The simulated host's changes all come from the console, which reads
        // the host after each: an event stream with nothing to say, open
        // until the console closes it.
        while (std::getchar() != EOF) {}
        return 0;
    }
    const bool virsh = prefix.value(0) == "virsh";
    int status = 0;
    char *buf = nullptr;
    size_t cap = 0;
    ssize_t n;
    LoadedHost loaded;
    while ((n = getline(&buf, &cap, stdin)) >= 0) {
        QByteArray l(buf, qsizetype(n));
        while (l.endsWith('\n'))
            l.chop(1);
        if (virsh && (l.trimmed() == "quit" || l.trimmed() == "exit"))
            break;
        if (l.trimmed().isEmpty())
            continue;
        QByteArray script = l;
        if (virsh) {
            // Each line is a virsh command: quote the prefix back in front of it.
            script = ftc::shellQuote(prefix) + ' ' + l;
        }
        status = runOnce(dir, loaded, script, {}, session);
    }
    std::free(buf);
    return status;
}

} // namespace

int main(int argc, char **argv)
{
    QString stateDir;
    QByteArray line;
    bool haveLine = false;
    for (int i = 1; i < argc; ++i) {
        const QByteArray a = argv[i];
        if (a == "--state" && i + 1 < argc)
            stateDir = QString::fromLocal8Bit(argv[++i]);
        else if (a.startsWith("--state="))
            stateDir = QString::fromLocal8Bit(a.mid(8));
        else if (a == "-c" && i + 1 < argc) {
            line = argv[++i];
            haveLine = true;
        } else
            return usage("unknown argument");
    }
    if (stateDir.isEmpty())
        return usage("--state DIR is required");
    if (!haveLine) {
        const char *env = std::getenv("SSH_ORIGINAL_COMMAND");
        if (!env)
            return usage("no command: give -c or run from sshd with SSH_ORIGINAL_COMMAND");
        line = env;
    }
    if (!QDir().mkpath(stateDir))
        return usage("cannot create the state directory");
    StateDir dir(stateDir);
    ftc::Argv streamPrefix;
    bool streamEvents = false;
    if (isInteractive(line) || isVirshStream(line, &streamPrefix, &streamEvents))
        return runInteractive(dir, line);
    const QByteArray input = isatty(STDIN_FILENO) ? QByteArray() : readStdin();
    LoadedHost loaded;
    return runOnce(dir, loaded, line, input);
}
