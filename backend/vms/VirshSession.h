#pragma once
// One interactive `virsh` kept open on a host, so the libvirt connection is
// opened once and not once per command: 100 separate `virsh dominfo` calls
// take seconds, the same 100 lines fed to one virsh a tenth of one.
//
// Commands are written to virsh's stdin as lines; each answer is bracketed by
// two `echo` commands whose printed text cannot appear in the echo of the
// command line itself, so answers are cut apart without timing guesses. Many
// commands can be sent before any answer is read (one round trip for all).

#include "transport/Runner.h"

#include <QList>

namespace ftc {

// The libvirt connection a console uses unless the host's settings name another.
inline constexpr const char *kDefaultLibvirtUri = "qemu:///system";

// The host-side command behind every virsh stream: `sh -c` exports a UTF-8 C
// locale (readline otherwise mangles non-ASCII names), a dumb terminal of very
// wide lines (readline otherwise scrolls long command lines with \r), merges
// stderr into stdout (so an "error:" line stays beside the answer it belongs
// to) and execs `virsh -q -c URI ARGS...`. With no args it is the interactive
// shell; with `event --all --loop` the event stream.
Command virshStreamCommand(const QByteArray &uri, const Argv &args = {});
// The inverse, for hosts simulated in process: true when argv is such a
// command; fills *uri and *args.
bool parseVirshStreamCommand(const Argv &argv, QByteArray *uri, Argv *args);

// One virsh command line for virsh's own parser (tools/vsh.c): every word in
// single quotes, a quote inside as '\''. Empty when a word holds a line break
// or NUL, which no line-based shell can carry: the caller refuses such a name.
QByteArray virshCommandLine(const Argv &words);

class VirshSession {
public:
    // uri: the libvirt connection ("qemu:///system", "test:///path/node.xml").
    VirshSession(Runner &runner, QByteArray uri);
    ~VirshSession();
    VirshSession(const VirshSession &) = delete;
    VirshSession &operator=(const VirshSession &) = delete;

    // Sends virsh commands (words after "virsh", e.g. {"domstats", "--raw"})
    // and returns without waiting; opens the session first when needed (a
    // session that ended is opened again, and notice() says so).
    void send(const QList<Argv> &commands);
    // The answers to everything sent since the last collect, in order. Each is
    // Finished with exit 0, or 1 when virsh printed an "error:" line (those
    // lines are in err as well as in out); 127 when the host has no virsh;
    // TimedOut or TransportError when the session hung (it is then closed) or
    // ended. timeoutMs bounds the whole wait.
    QList<CommandResult> collect(int timeoutMs, const CancelFlag &cancel = CancelFlag());
    QList<CommandResult> run(const QList<Argv> &commands, int timeoutMs, const CancelFlag &cancel = CancelFlag());

    QByteArray uri() const { return m_uri; }
    // Why the previous session ended, once, after a restart; empty otherwise.
    QString takeNotice();
    // How many sessions were opened (1 for a session that never died).
    int opened() const { return m_opened; }
    void close();
    // After the admin installs virsh: try again instead of answering 127.
    void forgetMissing()
    {
        m_missing = false;
        m_endReason.clear();
    }

private:
    struct Pending {
        Argv words;
        quint64 seq = 0;
        bool refused = false;  // not sendable (a line break in a word)
    };
    bool ensureOpen();
    // Cuts the answer of p out of m_buffer; false while it is not complete.
    bool takeAnswer(const Pending &p, CommandResult *result);

    Runner &m_runner;
    QByteArray m_uri;
    std::unique_ptr<Stream> m_stream;
    QList<Pending> m_pending;
    QByteArray m_buffer;
    quint64 m_seq = 0;
    int m_opened = 0;
    QString m_notice;
    QString m_endReason;       // why the current stream ended, for the next notice
    bool m_missing = false;    // the host has no virsh (exit 127 at start)
    bool m_answered = false;   // the current (or last) stream answered at least once
};

} // namespace ftc
