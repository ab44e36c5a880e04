#pragma once
// A command run to its end through a Stream: the one loop behind every
// transport's run(), so timeouts, cancellation and output of any size are
// handled in one place.

#include "Runner.h"

#include <functional>

namespace ftc {

// stream: just opened for cmd. Writes cmd.input, closes stdin, and collects
// stdout and stderr until the command ends, cmd.timeoutMs passes (> 0) or
// cancel is set; then the stream is terminated and what arrived within
// drainMs more is kept. Status: Finished (with the exit status, and the
// stream's note in error, e.g. sudo's password question explained),
// TimedOut, Cancelled, or TransportError when the stream ended without an
// exit status (a lost connection, a program that could not start).
// onOutput (optional) sees stdout as it grows, after each piece that arrives:
// for a step that prints its progress as it goes (qemu-img -p).
CommandResult collectStream(Stream &stream, const Command &cmd, const CancelFlag &cancel, int drainMs = 500,
                            const std::function<void(const QByteArray &out)> &onOutput = {});

} // namespace ftc
