#pragma once
// The small POSIX shell that in-process hosts put in front of their programs. It
// reads what the backend sends (Batch scripts, single command lines from
// ftsim-host): the batch protocol's functions (ftc_f, ftc_k, ftc_l, ftc_x,
// ftc_end) as builtins after its prologue line, words with quotes and escapes, `$?`, `;` and newlines, `&&`, `||`,
// `|`, redirections to the other stream, /dev/null or a file (written through the
// host's `tee`), and the builtins printf, echo, true, false, `:`, exit, `[`
// (the host's test) and `set --` (no positional parameters are kept). A
// leading `sudo [-n] [--]` is dropped: the simulated session is root.

#include "transport/Command.h"

#include <functional>

namespace ftc {

struct ShellOutcome {
    QByteArray out;
    QByteArray err;
    int status = 0;
    bool cancelled = false;
};

class MiniShell {
public:
    using ExecFn = std::function<CommandResult(const Argv &argv, const QByteArray &input)>;

    explicit MiniShell(ExecFn exec);

    // Runs a whole script. `input` is the shell's stdin: the first command that
    // reads stdin gets it, the way a real shell's children share one stdin.
    ShellOutcome run(const QByteArray &script, const QByteArray &input,
                     const CancelFlag &cancel = CancelFlag(), int lastStatus = 0);

    // One simple command: sudo stripped, builtins answered, the rest sent to exec.
    CommandResult runSimple(const Argv &argv, const QByteArray &input);

    // Splits a line into its simple commands' words as the shell would (`$?`
    // reads 0, redirections are dropped). False on a syntax error such as an
    // unterminated quote; interactive virsh reads its lines this way.
    static bool splitCommands(const QByteArray &line, QList<Argv> *commands);

    // What dash prints for a program it cannot find.
    static CommandResult notFound(const QByteArray &name);

    // printf(1) semantics: escapes in the format, %s %b %c %d %i %u %x %X %o %%,
    // the format reused while arguments remain.
    static int printfFormat(const Argv &args, QByteArray *out, QByteArray *err);

private:
    CommandResult runBatchBuiltin(const Argv &argv);

    ExecFn m_exec;
};

} // namespace ftc
