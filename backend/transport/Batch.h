#pragma once
// Many reads in one round trip: the poller's refresh is a script fed to `sh -s`
// on the host (a fresh one, or one kept open), and its output comes back as
// length-prefixed records, one pair per step, parsed strictly in order.
//
// Nothing a step prints can be taken for protocol: the decoder never looks
// inside a record's bytes, it only counts them. The script travels on stdin, so
// it is neither in any process's argv nor interpreted by the account's login
// shell (which only ever sees `sh -s`).
//
// The script is a one-line prologue that defines a few POSIX sh functions,
// then one simple command per step:
//   ftc_f N PATH          read one file with the shell's own `read` (no process)
//   ftc_k N PATH...       read several files the same way, as "PATH:LINE" lines
//                         (the `grep -H '' FILES` form); missing ones are left out
//   ftc_l N DIR           the names in DIR, one per line (a glob, no process)
//   ftc_x N ARGV...       run a command, stdin from /dev/null, output captured
//   ftc_end NONCE         the end of this batch
// Each step N answers with two records on stdout:
//   "@o N LEN\n" LEN bytes "\n"          its stdout
//   "@e N LEN RC\n" LEN bytes "\n"       its stderr and exit status
// and ftc_end with "@z NONCE\n". A command's output loses its trailing
// newlines in the shell; the decoder gives each non-empty output one back.
// In-process hosts (the demo) implement the same functions natively.

#include "Runner.h"

#include <QHash>
#include <QList>

namespace ftc {

struct BatchStep {
    enum class Kind {
        Run,           // argv is the command
        ReadFile,      // argv is {PATH}
        ReadFiles,     // argv is {PATH, PATH, ...}
        ListDir,       // argv is {DIR}
    };
    QString id;                // unique within the batch, e.g. "mdstat", "md/md0/detail"
    Argv argv;
    bool privileged = false;   // Run only: through `sudo -n` when the session is not root
    // Run only, > 0: the step runs under coreutils' timeout, so one hung tool (a
    // wedged libvirtd, mdadm on a dying disk) costs its own seconds, not the
    // refresh.
    int timeoutSec = 0;
    Kind kind = Kind::Run;

    static BatchStep run(const QString &id, const Argv &argv, bool privileged = false, int timeoutSec = 0);
    static BatchStep readFile(const QString &id, const QByteArray &path);
    static BatchStep readFiles(const QString &id, const QList<QByteArray> &paths);
    static BatchStep listDir(const QString &id, const QByteArray &dir);
};

// The protocol's first line: defines the functions above for a real sh. It
// starts with ": ftc-batch-v1;", which in-process shells recognise.
QByteArray batchPrologue();

// The lines that run the steps (without the prologue), ending with ftc_end NONCE.
QByteArray batchBody(const QList<BatchStep> &steps, const QByteArray &nonce, bool useSudo);

// `sh -s` with prologue and body on stdin: one complete batch as a Command.
Command buildBatch(const QList<BatchStep> &steps, const QByteArray &nonce, bool useSudo, int timeoutMs);

// One record as the shell functions print it; kind 'o', 'e' (with rc) or 'z'.
// In-process shells build their answers with it.
QByteArray batchRecord(char kind, int index, const QByteArray &data, int rc = 0);

// Reads records from the start of `stream`. Returns results by step id for the
// steps whose two records arrived; *complete says whether "@z NONCE" arrived;
// *consumed how many bytes were read; *protocolError is set (and decoding stops)
// when something that is not a record of this batch appears.
QHash<QString, CommandResult> decodeBatch(const QList<BatchStep> &steps, const QByteArray &nonce,
                                          const QByteArray &stream, bool *complete,
                                          qsizetype *consumed = nullptr, QString *protocolError = nullptr);

// Decodes a whole batch run: steps without their records become TransportError
// (or the run's own TimedOut/Cancelled) carrying what went wrong.
QHash<QString, CommandResult> splitBatch(const QList<BatchStep> &steps, const QByteArray &nonce,
                                         const CommandResult &whole);

// Sends the batch into a shell that stays open (a Stream running `sh -s` that
// has been given batchPrologue()), reads until the batch's "@z" record, and
// decodes it. *shellLost is set when the shell ended, timed out, was cancelled
// or printed something out of protocol: it must be reopened. Empty when the
// shell took no input at all (nothing ran).
QHash<QString, CommandResult> runBatchInShell(Stream &shell, bool useSudo, const QList<BatchStep> &steps,
                                              int timeoutMs, const CancelFlag &cancel, bool *shellLost);

// Builds, runs and splits with a fresh nonce through one `sh -s`.
QHash<QString, CommandResult> runBatch(Runner &runner, const QList<BatchStep> &steps,
                                       int timeoutMs, const CancelFlag &cancel = CancelFlag());

} // namespace ftc
