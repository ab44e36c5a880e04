#pragma once
// The one way the backend reaches a host. Every call blocks the calling thread,
// which is never the GUI thread: each host lives in its own worker.

#include "Command.h"

#include <QString>
#include <memory>

namespace ftc {

// What arrived from a long-lived process since the last read.
struct StreamChunk {
    QByteArray out;
    QByteArray err;
    bool finished = false;     // the process ended and all its output was read
    int exitCode = -1;         // valid when finished
    QString error;             // transport failure; implies finished
};

// A process or channel whose stdin stays writable and whose output arrives as it
// comes (an interactive `virsh`, `virsh event --loop`).
class Stream {
public:
    virtual ~Stream() = default;
    virtual bool write(const QByteArray &data) = 0;
    virtual void closeInput() = 0;
    // Waits up to timeoutMs for output or the end; returns at once if some is there.
    virtual StreamChunk read(int timeoutMs) = 0;
    // Ends the process (tree) now; later reads report finished.
    virtual void terminate() = 0;
};

class Runner {
public:
    virtual ~Runner() = default;

    // "demo", "local", "ssh://user@host:22", "bundle:/path": what the user opened.
    virtual QString hostLabel() const = 0;

    virtual CommandResult run(const Command &cmd, const CancelFlag &cancel = CancelFlag()) = 0;

    virtual std::unique_ptr<Stream> openStream(const Command &cmd) = 0;

    // A byte stream to port on the host at address host as the host sees it
    // (its loopback, "127.0.0.1"), or with port < 0 to the unix socket at the
    // path host, carried by the runner's own connection: a channel of the SSH
    // session (direct-tcpip, direct-streamlocal), a socket of this machine
    // for the local host, an in-process server for the demo. Nothing listens
    // on either side. Failures show in the stream's first read; hosts that
    // cannot (captures) say so there. Defined in SocketStream.cpp.
    virtual std::unique_ptr<Stream> openForward(const QByteArray &host, int port);

    // Whether privileged commands need `sudo -n` in front (the session is not root).
    virtual bool needsSudo() const { return false; }
    // The account commands run as on the host ("root", "alice"), for messages
    // and sudoers lines.
    virtual QString userName() const { return QStringLiteral("root"); }

    // Runners that keep a connection report and re-establish it here; others are
    // always connected.
    virtual bool isConnected() const { return true; }
    // Abandons the connection, if the runner keeps one, so that the next
    // command connects afresh: for a session that stalled while the host's
    // links changed under it (its TCP connection may never recover).
    virtual void dropConnection() {}

};

} // namespace ftc
