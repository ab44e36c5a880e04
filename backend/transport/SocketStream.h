#pragma once
// A Stream over a connected socket: what Runner::openForward gives for a
// local host (a TCP or unix socket connected here) and for the demo host
// (one end of a socketpair whose other end an in-process server holds).
// Reads and writes are the socket's bytes; out is everything received, err
// stays empty; the stream finishes when the peer closes.

#include "Runner.h"
#include "UniqueFd.h"

namespace ftc {

// Takes fd (connected, blocking or not). label names the peer in errors
// ("127.0.0.1:5901").
std::unique_ptr<Stream> socketStream(UniqueFd fd, const QString &label);
// A stream that failed before it began: its first read reports error.
std::unique_ptr<Stream> failedStream(const QString &error);

// Connects to host:port (numeric or a name), or to the unix socket at path
// when port < 0, with timeoutMs. A failure is a failed stream naming the
// address and the system's reason.
std::unique_ptr<Stream> connectStream(const QByteArray &hostOrPath, int port, int timeoutMs = 5000);

} // namespace ftc
