#pragma once
// Hands a Stream (a channel of the SSH session, a local socket, the demo's
// in-process server) to code that wants a socket: libvncclient reads and
// selects on a file descriptor. A socketpair joins the two, and a thread
// moves the bytes both ways; nothing listens anywhere. When either side
// ends, the other is closed and endReason() says why.

#include "transport/Runner.h"

#include <QString>
#include <atomic>
#include <memory>
#include <mutex>
#include <thread>

namespace ftc {

class StreamSocketBridge {
public:
    explicit StreamSocketBridge(std::shared_ptr<Stream> stream);
    ~StreamSocketBridge();
    StreamSocketBridge(const StreamSocketBridge &) = delete;
    StreamSocketBridge &operator=(const StreamSocketBridge &) = delete;

    // The descriptor for the reader (libvncclient), once; the caller closes
    // it. -1 when the socketpair could not be made (endReason says why).
    int takeClientFd();
    bool ended() const { return m_ended; }
    // Empty while running or when the reader closed its end; else what ended
    // the stream ("connection to HOST lost: ...", "the server closed the connection").
    QString endReason() const;
    // Stops moving bytes and closes both ends.
    void stop();

private:
    void run();
    void end(const QString &why);

    std::shared_ptr<Stream> m_stream;
    int m_bridgeFd = -1;       // ours
    int m_clientFd = -1;       // the reader's, until taken
    std::atomic_bool m_stop{false};
    std::atomic_bool m_ended{false};
    mutable std::mutex m_mutex;
    QString m_reason;
    std::thread m_thread;
};

} // namespace ftc
