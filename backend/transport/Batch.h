#pragma once
// Many commands in one round trip: the poller's refresh is a single `sh -c SCRIPT`
// whose output is cut back into one result per step by nonce-tagged markers, so
// file contents cannot forge a boundary.

#include "Runner.h"

#include <QHash>
#include <QList>

namespace ftc {

struct BatchStep {
    QString id;                // unique within the batch, e.g. "mdstat", "detail:md0"
    Argv argv;
    bool privileged = false;
    // > 0: the step runs under coreutils' timeout, so one hung tool (a wedged
    // libvirtd, mdadm on a dying disk) costs its own seconds, not the refresh.
    int timeoutSec = 0;
};

// The script: for each step, begin markers on both streams, the quoted argv, and
// an end marker carrying $?. Only `printf` and plain commands are used, so the
// in-process hosts' small shell reads it too.
Command buildBatch(const QList<BatchStep> &steps, const QByteArray &nonce, bool useSudo,
                   int timeoutMs);

// Splits a batch's output; a step whose end marker never arrived is a
// TransportError carrying what did arrive.
QHash<QString, CommandResult> splitBatch(const QList<BatchStep> &steps, const QByteArray &nonce,
                                         const CommandResult &whole);

// Sends the batch into a shell that stays open (a Stream running `sh`), reads
// until both streams carry the batch's closing marker, and splits it. *shellLost
// is set when the shell ended, timed out or was cancelled: it must be reopened.
// Empty when the shell took no input at all (nothing ran).
QHash<QString, CommandResult> runBatchInShell(Stream &shell, bool useSudo, const QList<BatchStep> &steps,
                                              int timeoutMs, const CancelFlag &cancel, bool *shellLost);

// Builds, runs and splits with a fresh nonce.
QHash<QString, CommandResult> runBatch(Runner &runner, const QList<BatchStep> &steps,
                                       int timeoutMs, const CancelFlag &cancel = CancelFlag());

} // namespace ftc
