#include "MiniShell.h"

#include "transport/Batch.h"

#include <QMap>
#include <cstdio>
#include <cstdlib>

namespace ftc {

namespace {

// A piece of a word: literal bytes, or `$?` to be filled in when the command runs.
struct Segment {
    bool status = false;
    QByteArray text;
};

struct Word {
    QList<Segment> segs;
    bool quoted = false;   // "" and '' make an argument even when empty
    bool expanded = false; // an unquoted expansion that yields nothing drops out
};

struct Redir {
    enum Kind { Dup, Close, ToFile, AppendFile, FromFile, Ignore };
    int fd = 1;
    Kind kind = ToFile;
    int dupFd = 1;
    Word target;
};

struct SimpleCmd {
    QList<Word> words;
    QList<Redir> redirs;
    bool empty() const { return words.isEmpty() && redirs.isEmpty(); }
};

struct Pipeline {
    QList<SimpleCmd> cmds;
};

struct AndOr {
    QList<Pipeline> pipes;
    QList<bool> andOps; // between pipes: true for &&, false for ||
};

bool isBlank(char c) { return c == ' ' || c == '\t'; }
bool isMeta(char c)
{
    return isBlank(c) || c == '\n' || c == ';' || c == '&' || c == '|' || c == '<' || c == '>'
        || c == '(' || c == ')';
}
bool isNameStart(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_'; }
bool isNameChar(char c) { return isNameStart(c) || (c >= '0' && c <= '9'); }

// Parses the whole script up front; items parsed before a syntax error still run,
// like dash, which reads and runs one list at a time.
class Parser {
public:
    explicit Parser(const QByteArray &s) : m_s(s) {}

    QList<AndOr> items;
    QByteArray error; // dash's wording after "Syntax error: "

    void parse()
    {
        while (true) {
            skipBlanks();
            if (atEnd()) {
                finishAndOr();
                return;
            }
            const char c = m_s[m_i];
            if (c == '#') {
                while (!atEnd() && m_s[m_i] != '\n')
                    ++m_i;
                continue;
            }
            if (c == '\n' || c == ';' || (c == '&' && peek(1) != '&')) {
                ++m_i;
                if (c == ';' && m_cmd.empty() && m_pipe.cmds.isEmpty()) {
                    if (m_andOr.pipes.isEmpty() || m_pendingOp) {
                        fail("\";\" unexpected");
                        return;
                    }
                }
                if (!finishAndOr())
                    return;
                continue;
            }
            if ((c == '&' && peek(1) == '&') || (c == '|' && peek(1) == '|')) {
                m_i += 2;
                if (!finishPipeline(true))
                    return;
                m_andOr.andOps.append(c == '&');
                m_pendingOp = true;
                continue;
            }
            if (c == '|') {
                ++m_i;
                if (m_cmd.empty()) {
                    fail("\"|\" unexpected");
                    return;
                }
                m_pipe.cmds.append(m_cmd);
                m_cmd = SimpleCmd();
                m_pendingPipe = true;
                continue;
            }
            if (c == '(' || c == ')') {
                fail(QByteArray("\"") + c + "\" unexpected");
                return;
            }
            if (c == '>' || c == '<') {
                if (!parseRedir(c == '>' ? 1 : 0))
                    return;
                continue;
            }
            Word w;
            const qsizetype start = m_i;
            if (!parseWord(&w))
                return;
            // "2>" : a lone digit glued to a redirection operator names the fd.
            if (!atEnd() && (m_s[m_i] == '>' || m_s[m_i] == '<') && m_i - start == 1
                && m_s[start] >= '0' && m_s[start] <= '9') {
                if (!parseRedir(m_s[start] - '0'))
                    return;
                continue;
            }
            m_cmd.words.append(w);
        }
    }

private:
    const QByteArray &m_s;
    qsizetype m_i = 0;
    SimpleCmd m_cmd;
    Pipeline m_pipe;
    AndOr m_andOr;
    bool m_pendingOp = false;
    bool m_pendingPipe = false;

    bool atEnd() const { return m_i >= m_s.size(); }
    char peek(qsizetype ahead) const
    {
        return m_i + ahead < m_s.size() ? m_s[m_i + ahead] : '\0';
    }
    void fail(const QByteArray &msg)
    {
        if (error.isEmpty())
            error = msg;
    }
    void skipBlanks()
    {
        while (!atEnd()) {
            if (isBlank(m_s[m_i]))
                ++m_i;
            else if (m_s[m_i] == '\\' && peek(1) == '\n')
                m_i += 2;
            else
                break;
        }
    }

    bool finishPipeline(bool needOne)
    {
        if (!m_cmd.empty()) {
            m_pipe.cmds.append(m_cmd);
            m_cmd = SimpleCmd();
        } else if (m_pendingPipe) {
            fail("end of file unexpected (expecting \"|\" operand)");
            return false;
        }
        m_pendingPipe = false;
        if (m_pipe.cmds.isEmpty()) {
            if (needOne) {
                fail("\"&&\" or \"||\" unexpected");
                return false;
            }
            return true;
        }
        m_andOr.pipes.append(m_pipe);
        m_pipe = Pipeline();
        m_pendingOp = false;
        return true;
    }

    bool finishAndOr()
    {
        if (!finishPipeline(false))
            return false;
        if (m_pendingOp) {
            // `a &&` followed by a newline continues on the next line in sh.
            if (m_i < m_s.size())
                return true;
            fail("end of file unexpected");
            return false;
        }
        if (!m_andOr.pipes.isEmpty())
            items.append(m_andOr);
        m_andOr = AndOr();
        return true;
    }

    bool parseRedir(int fd)
    {
        Redir r;
        r.fd = fd;
        const char op = m_s[m_i++];
        if (op == '<') {
            if (peek(0) == '&') {
                ++m_i;
                r.kind = Redir::Ignore;
                Word w;
                skipBlanks();
                return parseWord(&w);
            }
            r.kind = Redir::FromFile;
        } else if (peek(0) == '>') {
            ++m_i;
            r.kind = Redir::AppendFile;
        } else if (peek(0) == '&') {
            ++m_i;
            skipBlanks();
            if (peek(0) == '-') {
                ++m_i;
                r.kind = Redir::Close;
                m_cmd.redirs.append(r);
                return true;
            }
            if (peek(0) >= '0' && peek(0) <= '9') {
                r.kind = Redir::Dup;
                r.dupFd = m_s[m_i++] - '0';
                if (peek(0) >= '0' && peek(0) <= '9') {
                    fail("Bad fd number");
                    return false;
                }
                m_cmd.redirs.append(r);
                return true;
            }
            fail("Bad fd number");
            return false;
        } else if (peek(0) == '|') {
            ++m_i;
        }
        skipBlanks();
        if (atEnd() || isMeta(m_s[m_i])) {
            fail(atEnd() ? QByteArray("end of file unexpected")
                         : QByteArray("\"") + m_s[m_i] + "\" unexpected");
            return false;
        }
        if (!parseWord(&r.target))
            return false;
        m_cmd.redirs.append(r);
        return true;
    }

    void appendLiteral(Word *w, char c)
    {
        if (w->segs.isEmpty() || w->segs.last().status)
            w->segs.append(Segment());
        w->segs.last().text += c;
    }

    // `$` at m_i: `$?`, `$NAME` / `${...}` (unset: empty), else a literal `$`.
    void parseDollar(Word *w, bool inQuotes)
    {
        ++m_i;
        if (peek(0) == '?') {
            ++m_i;
            w->segs.append(Segment{true, {}});
            if (!inQuotes)
                w->expanded = true;
            return;
        }
        if (isNameStart(peek(0))) {
            while (!atEnd() && isNameChar(m_s[m_i]))
                ++m_i;
            if (!inQuotes)
                w->expanded = true;
            return;
        }
        if (peek(0) == '{') {
            while (!atEnd() && m_s[m_i] != '}')
                ++m_i;
            if (!atEnd())
                ++m_i;
            if (!inQuotes)
                w->expanded = true;
            return;
        }
        appendLiteral(w, '$');
    }

    bool parseWord(Word *w)
    {
        bool literalSeen = false;
        while (!atEnd()) {
            const char c = m_s[m_i];
            if (isMeta(c))
                break;
            if (c == '\\') {
                if (peek(1) == '\n') {
                    m_i += 2;
                    continue;
                }
                if (m_i + 1 >= m_s.size()) {
                    appendLiteral(w, '\\');
                    ++m_i;
                } else {
                    appendLiteral(w, m_s[m_i + 1]);
                    m_i += 2;
                }
                w->quoted = true;
                continue;
            }
            if (c == '\'') {
                const qsizetype end = m_s.indexOf('\'', m_i + 1);
                if (end < 0) {
                    fail("Unterminated quoted string");
                    return false;
                }
                for (qsizetype k = m_i + 1; k < end; ++k)
                    appendLiteral(w, m_s[k]);
                w->quoted = true;
                m_i = end + 1;
                continue;
            }
            if (c == '"') {
                ++m_i;
                w->quoted = true;
                bool closed = false;
                while (!atEnd()) {
                    const char d = m_s[m_i];
                    if (d == '"') {
                        ++m_i;
                        closed = true;
                        break;
                    }
                    if (d == '\\') {
                        const char n = peek(1);
                        if (n == '$' || n == '`' || n == '"' || n == '\\') {
                            appendLiteral(w, n);
                            m_i += 2;
                        } else if (n == '\n') {
                            m_i += 2;
                        } else {
                            appendLiteral(w, '\\');
                            ++m_i;
                        }
                        continue;
                    }
                    if (d == '$') {
                        parseDollar(w, true);
                        continue;
                    }
                    appendLiteral(w, d);
                    ++m_i;
                }
                if (!closed) {
                    fail("Unterminated quoted string");
                    return false;
                }
                continue;
            }
            if (c == '$') {
                parseDollar(w, false);
                continue;
            }
            appendLiteral(w, c);
            literalSeen = true;
            ++m_i;
        }
        if (literalSeen)
            w->expanded = false;
        return true;
    }
};

QByteArray expand(const Word &w, int status)
{
    QByteArray out;
    for (const Segment &s : w.segs)
        out += s.status ? QByteArray::number(status) : s.text;
    return out;
}

// Interprets backslash escapes as printf's format and %b do. Returns false when
// `\c` asked to stop all further output.
bool appendEscaped(const QByteArray &s, qsizetype *i, QByteArray *out, bool percentB)
{
    const qsizetype n = s.size();
    ++*i; // past the backslash
    if (*i >= n) {
        *out += '\\';
        return true;
    }
    const char c = s[*i];
    switch (c) {
    case 'n': *out += '\n'; break;
    case 't': *out += '\t'; break;
    case 'r': *out += '\r'; break;
    case 'a': *out += '\a'; break;
    case 'b': *out += '\b'; break;
    case 'f': *out += '\f'; break;
    case 'v': *out += '\v'; break;
    case '\\': *out += '\\'; break;
    case 'c':
        if (percentB)
            return false;
        *out += "\\c";
        break;
    default:
        if (c >= '0' && c <= '7') {
            // %b takes \0NNN, the format takes \NNN.
            qsizetype k = *i;
            int maxDigits = 3;
            if (percentB && c == '0') {
                ++k;
                maxDigits = 3;
            }
            int v = 0;
            int digits = 0;
            while (k < n && digits < maxDigits && s[k] >= '0' && s[k] <= '7') {
                v = v * 8 + (s[k] - '0');
                ++k;
                ++digits;
            }
            *out += char(v & 0xff);
            *i = k - 1;
        } else {
            *out += '\\';
            *out += c;
        }
    }
    ++*i;
    return true;
}

qint64 numericArg(const QByteArray &arg, bool *ok)
{
    *ok = true;
    if (arg.isEmpty())
        return 0;
    if (arg[0] == '\'' || arg[0] == '"')
        return arg.size() > 1 ? static_cast<unsigned char>(arg[1]) : 0;
    const QByteArray t = arg.trimmed();
    bool good = false;
    qint64 v = t.toLongLong(&good, 0);
    if (good)
        return v;
    // Like strtoll: the leading number, and an error for the rest.
    qsizetype k = 0;
    if (k < t.size() && (t[k] == '-' || t[k] == '+'))
        ++k;
    while (k < t.size() && t[k] >= '0' && t[k] <= '9')
        ++k;
    *ok = false;
    return t.left(k).toLongLong();
}

QByteArray pad(const QByteArray &s, int width, bool left)
{
    if (s.size() >= width)
        return s;
    const QByteArray fill(width - s.size(), ' ');
    return left ? s + fill : fill + s;
}

} // namespace

MiniShell::MiniShell(ExecFn exec) : m_exec(std::move(exec)) {}

CommandResult MiniShell::notFound(const QByteArray &name)
{
    CommandResult r;
    r.status = CommandResult::Status::Finished;
    r.exitCode = 127;
    r.err = "sh: 1: " + name + ": not found\n";
    return r;
}

int MiniShell::printfFormat(const Argv &args, QByteArray *out, QByteArray *err)
{
    if (args.isEmpty()) {
        *err += "printf: usage: printf format [arg ...]\n";
        return 2;
    }
    const QByteArray fmt = args[0];
    const Argv rest = args.mid(1);
    qsizetype next = 0;
    int status = 0;
    const auto takeArg = [&](bool *had) -> QByteArray {
        if (next < rest.size()) {
            *had = true;
            return rest[next++];
        }
        *had = false;
        return {};
    };
    // Widths beyond this only serve to exhaust memory.
    constexpr int kMaxWidth = 4096;
    while (true) {
        const qsizetype before = next;
        const qsizetype n = fmt.size();
        for (qsizetype i = 0; i < n;) {
            const char c = fmt[i];
            if (c == '\\') {
                appendEscaped(fmt, &i, out, false);
                continue;
            }
            if (c != '%') {
                *out += c;
                ++i;
                continue;
            }
            ++i;
            if (i < n && fmt[i] == '%') {
                *out += '%';
                ++i;
                continue;
            }
            QByteArray flags;
            while (i < n && QByteArray("-+ #0").contains(fmt[i]))
                flags += fmt[i++];
            bool had = false;
            int width = -1;
            if (i < n && fmt[i] == '*') {
                ++i;
                bool ok = true;
                width = int(qBound<qint64>(-qint64(kMaxWidth), numericArg(takeArg(&had), &ok), qint64(kMaxWidth)));
                if (width < 0) {
                    flags += '-';
                    width = -width;
                }
            } else {
                int w = 0;
                bool any = false;
                while (i < n && fmt[i] >= '0' && fmt[i] <= '9') {
                    w = qMin(w * 10 + (fmt[i] - '0'), kMaxWidth);
                    any = true;
                    ++i;
                }
                if (any)
                    width = w;
            }
            int prec = -1;
            if (i < n && fmt[i] == '.') {
                ++i;
                prec = 0;
                if (i < n && fmt[i] == '*') {
                    ++i;
                    bool ok = true;
                    prec = int(qBound<qint64>(0, numericArg(takeArg(&had), &ok), qint64(kMaxWidth)));
                } else {
                    while (i < n && fmt[i] >= '0' && fmt[i] <= '9') {
                        prec = qMin(prec * 10 + (fmt[i] - '0'), kMaxWidth);
                        ++i;
                    }
                }
            }
            // Length modifiers are accepted and ignored.
            while (i < n && QByteArray("hlLqjzt").contains(fmt[i]))
                ++i;
            if (i >= n) {
                *err += "printf: %" + flags + ": invalid directive\n";
                return 1;
            }
            const char conv = fmt[i++];
            const bool left = flags.contains('-');
            switch (conv) {
            case 's': {
                QByteArray a = takeArg(&had);
                if (prec >= 0)
                    a.truncate(prec);
                *out += pad(a, width, left);
                break;
            }
            case 'b': {
                const QByteArray a = takeArg(&had);
                QByteArray expanded;
                bool go = true;
                for (qsizetype k = 0; k < a.size() && go;) {
                    if (a[k] == '\\')
                        go = appendEscaped(a, &k, &expanded, true);
                    else
                        expanded += a[k++];
                }
                if (prec >= 0)
                    expanded.truncate(prec);
                *out += pad(expanded, width, left);
                if (!go)
                    return status;
                break;
            }
            case 'c': {
                const QByteArray a = takeArg(&had);
                *out += pad(a.left(1), width, left);
                break;
            }
            case 'd': case 'i': case 'u': case 'x': case 'X': case 'o':
            case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
                const QByteArray a = takeArg(&had);
                bool ok = true;
                QByteArray spec = "%" + flags;
                if (width >= 0)
                    spec += QByteArray::number(width);
                if (prec >= 0)
                    spec += "." + QByteArray::number(prec);
                char buf[2 * kMaxWidth + 64];
                const bool floating = QByteArray("eEfFgG").contains(conv);
                if (floating) {
                    const double v = a.isEmpty() ? 0.0 : a.trimmed().toDouble(&ok);
                    spec += conv;
                    std::snprintf(buf, sizeof buf, spec.constData(), v);
                } else {
                    const qint64 v = numericArg(a, &ok);
                    spec += "ll";
                    spec += conv;
                    std::snprintf(buf, sizeof buf, spec.constData(), static_cast<long long>(v));
                }
                if (!ok) {
                    *err += "printf: " + a + ": expected numeric value\n";
                    status = 1;
                }
                *out += buf;
                break;
            }
            default:
                *err += "printf: %" + flags + conv + ": invalid directive\n";
                return 1;
            }
        }
        // Like real printf: reuse the format only while it consumes arguments.
        if (next >= rest.size() || next == before)
            break;
    }
    return status;
}

namespace {
bool isAssignment(const QByteArray &word)
{
    const qsizetype eq = word.indexOf('=');
    if (eq <= 0)
        return false;
    for (qsizetype i = 0; i < eq; ++i) {
        const char c = word[i];
        const bool ok = c == '_' || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (i > 0 && c >= '0' && c <= '9');
        if (!ok)
            return false;
    }
    return true;
}
} // namespace

CommandResult MiniShell::runSimple(const Argv &argvIn, const QByteArray &input)
{
    Argv argv = argvIn;
    // Leading NAME=value words set the command's environment (the poller sends
    // LC_ALL=C); the simulated programs speak only the C locale anyway.
    while (!argv.isEmpty() && isAssignment(argv.first()))
        argv.removeFirst();
    // `env NAME=VALUE... CMD`: plans run their steps so (LC_ALL=C).
    if (!argv.isEmpty() && argv.first() == "env") {
        argv.removeFirst();
        while (!argv.isEmpty() && isAssignment(argv.first()))
            argv.removeFirst();
    }
    // `timeout [-k DUR] [-s SIG] DUR CMD...`: simulated programs never hang.
    if (!argv.isEmpty() && argv.first() == "timeout") {
        qsizetype i = 1;
        while (i < argv.size() && argv[i].startsWith('-')) {
            const QByteArray opt = argv[i++];
            if ((opt == "-k" || opt == "-s") && i < argv.size())
                ++i;
        }
        argv = i + 1 < argv.size() ? argv.mid(i + 1) : Argv{};
        if (argv.isEmpty()) {
            CommandResult usage;
            usage.status = CommandResult::Status::Finished;
            usage.exitCode = 125;
            usage.err = "timeout: missing operand\n";
            return usage;
        }
    }
    // The simulated session is root: sudo's own options are dropped.
    while (!argv.isEmpty() && argv[0] == "sudo") {
        argv.removeFirst();
        while (!argv.isEmpty() && argv[0].startsWith('-')) {
            const QByteArray opt = argv.takeFirst();
            if (opt == "--")
                break;
            if ((opt == "-u" || opt == "-g") && !argv.isEmpty())
                argv.removeFirst();
        }
        if (argv.isEmpty()) {
            CommandResult r;
            r.status = CommandResult::Status::Finished;
            r.exitCode = 1;
            r.err = "usage: sudo -h | -K | -k | -V\n";
            return r;
        }
    }
    CommandResult r;
    r.status = CommandResult::Status::Finished;
    r.exitCode = 0;
    if (argv.isEmpty())
        return r;
    const QByteArray &prog = argv[0];
    if (prog == "true" || prog == ":")
        return r;
    // `set --` alone clears the positional parameters, which this shell never
    // has (a probe splits $SSH_CONNECTION with it, unset in process).
    if (prog == "set") {
        if (argv.size() == 2 && argv[1] == "--")
            return r;
        r.exitCode = 2;
        r.err = "sh: set: the simulated shell keeps no positional parameters or options\n";
        return r;
    }
    // `[ EXPR ]` is test(1) with a closing bracket.
    if (prog == "[") {
        if (argv.last() != "]") {
            r.exitCode = 2;
            r.err = "sh: 1: [: missing ]\n";
            return r;
        }
        Argv t = argv.mid(0, argv.size() - 1);
        t[0] = "test";
        return m_exec ? m_exec(t, input) : notFound("test");
    }
    // A nested `sh -c SCRIPT`: what arrives through sshd's forced command is a
    // command line that itself starts a shell (the poller's batch does).
    if ((prog == "sh" || prog == "/bin/sh" || prog == "dash" || prog == "/bin/dash" || prog == "bash"
         || prog == "/bin/bash") && argv.size() >= 3 && argv[1] == "-c") {
        const ShellOutcome o = run(argv[2], input);
        r.exitCode = o.status;
        r.out = o.out;
        r.err = o.err;
        return r;
    }
    // `sh -s`: the script comes on stdin (the poller's one-shot batch).
    if ((prog == "sh" || prog == "/bin/sh" || prog == "dash" || prog == "bash") && argv.size() == 2 && argv[1] == "-s") {
        const ShellOutcome o = run(input, {});
        r.exitCode = o.status;
        r.out = o.out;
        r.err = o.err;
        return r;
    }
    if (prog.startsWith("ftc_"))
        return runBatchBuiltin(argv);
    if (prog == "false") {
        r.exitCode = 1;
        return r;
    }
    if (prog == "printf") {
        r.exitCode = printfFormat(argv.mid(1), &r.out, &r.err);
        return r;
    }
    if (prog == "echo") {
        // dash's echo: -n only as the first word, escapes always interpreted.
        qsizetype first = 1;
        bool newline = true;
        if (argv.size() > 1 && argv[1] == "-n") {
            newline = false;
            first = 2;
        }
        QByteArray text;
        bool go = true;
        for (qsizetype a = first; a < argv.size() && go; ++a) {
            if (a > first)
                text += ' ';
            const QByteArray &w = argv[a];
            for (qsizetype k = 0; k < w.size() && go;) {
                if (w[k] == '\\')
                    go = appendEscaped(w, &k, &text, true);
                else
                    text += w[k++];
            }
        }
        if (go && newline)
            text += '\n';
        r.out = text;
        return r;
    }
    if (!m_exec)
        return notFound(prog);
    CommandResult res = m_exec(argv, input);
    if (res.status != CommandResult::Status::Finished && res.error.isEmpty())
        res.error = QStringLiteral("in-process command failed");
    return res;
}

CommandResult MiniShell::runBatchBuiltin(const Argv &argv)
{
    // The functions batchPrologue() defines for a real sh, answering with the
    // same records (transport/Batch.h), through this host's own programs.
    CommandResult r;
    r.status = CommandResult::Status::Finished;
    r.exitCode = 0;
    const QByteArray &fn = argv[0];
    if (fn == "ftc_end") {
        r.out = batchRecord('z', 0, argv.value(1));
        return r;
    }
    bool okIndex = false;
    const int index = argv.value(1).toInt(&okIndex);
    if (!okIndex || argv.size() < 3) {
        r.exitCode = 2;
        r.err = fn + ": usage: " + fn + " INDEX ARG...\n";
        return r;
    }
    const Argv args = argv.mid(2);
    const auto cat = [this](const QByteArray &path) {
        return m_exec ? m_exec({"cat", path}, {}) : notFound("cat");
    };
    if (fn == "ftc_f") {
        const CommandResult c = cat(args[0]);
        const bool read = c.exitCode == 0;
        r.out = batchRecord('o', index, read ? c.out : QByteArray())
            + batchRecord('e', index, read ? QByteArray() : args[0] + ": No such file or cannot be read", read ? 0 : 1);
        return r;
    }
    if (fn == "ftc_k") {
        QByteArray text;
        for (const QByteArray &path : args) {
            const CommandResult c = cat(path);
            if (c.exitCode != 0)
                continue;
            QList<QByteArray> lines = c.out.split('\n');
            if (c.out.endsWith('\n'))
                lines.removeLast();
            for (const QByteArray &line : std::as_const(lines))
                text += path + ':' + line + '\n';
        }
        r.out = batchRecord('o', index, text) + batchRecord('e', index, {}, 0);
        return r;
    }
    if (fn == "ftc_l") {
        const CommandResult c = m_exec ? m_exec({"ls", args[0]}, {}) : notFound("ls");
        r.out = batchRecord('o', index, c.exitCode == 0 ? c.out : QByteArray())
            + batchRecord('e', index, c.exitCode == 0 ? QByteArray() : args[0] + ": No such directory",
                          c.exitCode == 0 ? 0 : 2);
        return r;
    }
    if (fn == "ftc_x") {
        const CommandResult c = runSimple(args, {});
        r.out = batchRecord('o', index, c.out)
            + batchRecord('e', index, c.err, c.status == CommandResult::Status::Finished ? c.exitCode : 126);
        return r;
    }
    return notFound(fn);
}

bool MiniShell::splitCommands(const QByteArray &line, QList<Argv> *commands)
{
    Parser p(line);
    p.parse();
    commands->clear();
    for (const AndOr &ao : p.items)
        for (const Pipeline &pl : ao.pipes)
            for (const SimpleCmd &c : pl.cmds) {
                Argv argv;
                for (const Word &w : c.words)
                    if (!(w.expanded && !w.quoted && expand(w, 0).isEmpty()))
                        argv.append(expand(w, 0));
                if (!argv.isEmpty())
                    commands->append(argv);
            }
    return p.error.isEmpty();
}

ShellOutcome MiniShell::run(const QByteArray &script, const QByteArray &input,
                            const CancelFlag &cancel, int lastStatus)
{
    ShellOutcome o;
    o.status = lastStatus;
    // The batch protocol's prologue defines shell functions this shell has as
    // builtins (runBatchBuiltin): its line is skipped, not parsed.
    QByteArray body = script;
    if (body.startsWith(": ftc-batch-v1;")) {
        const qsizetype nl = body.indexOf('\n');
        body = nl < 0 ? QByteArray() : body.mid(nl + 1);
    }
    Parser parser(body);
    parser.parse();

    QByteArray stdinLeft = input;
    bool exiting = false;

    enum Dest { ToOut, ToErr, ToNull, ToFile, ToPipe };
    struct Target {
        Dest dest = ToNull;
        QByteArray path;
        bool append = false;
    };

    const auto runCommand = [&](const SimpleCmd &cmd, const QByteArray *pipeIn, bool toPipe,
                                QByteArray *pipeOut) -> int {
        Target fds[10];
        fds[1].dest = toPipe ? ToPipe : ToOut;
        fds[2].dest = ToErr;
        QByteArray in;
        bool inFromRedir = false;
        for (const Redir &r : cmd.redirs) {
            if (r.fd < 0 || r.fd > 9)
                continue;
            switch (r.kind) {
            case Redir::Dup:
                fds[r.fd] = fds[r.dupFd];
                break;
            case Redir::Close:
                fds[r.fd] = Target();
                break;
            case Redir::ToFile:
            case Redir::AppendFile: {
                const QByteArray path = expand(r.target, o.status);
                Target t;
                if (path == "/dev/null") {
                    t.dest = ToNull;
                } else if (path == "/dev/stderr") {
                    t.dest = ToErr;
                } else if (path == "/dev/stdout") {
                    t.dest = fds[1].dest == ToPipe ? ToPipe : ToOut;
                } else {
                    t.dest = ToFile;
                    t.path = path;
                    t.append = r.kind == Redir::AppendFile;
                }
                fds[r.fd] = t;
                break;
            }
            case Redir::FromFile: {
                const QByteArray path = expand(r.target, o.status);
                if (path == "/dev/null") {
                    in.clear();
                } else {
                    const CommandResult c = m_exec ? m_exec({"cat", path}, {}) : notFound("cat");
                    if (c.exitCode != 0) {
                        o.err += "sh: 1: cannot open " + path + ": No such file\n";
                        return 2;
                    }
                    in = c.out;
                }
                inFromRedir = true;
                break;
            }
            case Redir::Ignore:
                break;
            }
        }
        Argv argv;
        for (const Word &w : cmd.words) {
            const QByteArray v = expand(w, o.status);
            if (w.expanded && !w.quoted && v.isEmpty())
                continue;
            argv.append(v);
        }
        if (!argv.isEmpty() && argv[0] == "exit") {
            bool ok = false;
            const int code = argv.size() > 1 ? argv[1].toInt(&ok) : o.status;
            exiting = true;
            return (argv.size() > 1 && !ok) ? 2 : (code & 0xff);
        }
        if (!inFromRedir) {
            if (pipeIn) {
                in = *pipeIn;
            } else if (!argv.isEmpty() && argv[0] != "printf" && argv[0] != "echo") {
                in = stdinLeft;
                stdinLeft.clear();
            }
        }
        CommandResult res = argv.isEmpty() ? CommandResult{CommandResult::Status::Finished, 0, {}, {}, {}}
                                           : runSimple(argv, in);
        QMap<QByteArray, QPair<QByteArray, bool>> files;
        const auto deliver = [&](const Target &t, const QByteArray &data) {
            if (data.isEmpty() && t.dest != ToFile)
                return;
            switch (t.dest) {
            case ToOut: o.out += data; break;
            case ToErr: o.err += data; break;
            case ToPipe: *pipeOut += data; break;
            case ToFile: {
                auto &f = files[t.path];
                f.first += data;
                f.second = t.append;
                break;
            }
            case ToNull: break;
            }
        };
        deliver(fds[1], res.out);
        deliver(fds[2], res.err);
        int code = res.status == CommandResult::Status::Finished ? res.exitCode : 126;
        for (auto it = files.cbegin(); it != files.cend(); ++it) {
            Argv tee{"tee"};
            if (it.value().second)
                tee.append("-a");
            tee.append(it.key());
            const CommandResult t = m_exec ? m_exec(tee, it.value().first) : notFound("tee");
            if (t.exitCode != 0) {
                QByteArray msg = t.err;
                if (msg.startsWith("tee: "))
                    msg = "sh: 1: cannot create " + msg.mid(5);
                o.err += msg.isEmpty() ? "sh: 1: cannot create " + it.key() + "\n" : msg;
                code = code == 0 ? 2 : code;
            }
        }
        return code;
    };

    for (const AndOr &ao : parser.items) {
        for (qsizetype p = 0; p < ao.pipes.size() && !exiting; ++p) {
            if (p > 0) {
                const bool isAnd = ao.andOps.value(p - 1, true);
                if (isAnd != (o.status == 0))
                    continue;
            }
            const Pipeline &pl = ao.pipes[p];
            QByteArray carried;
            bool havePipe = false;
            for (qsizetype c = 0; c < pl.cmds.size(); ++c) {
                if (cancel.isCancelled()) {
                    o.cancelled = true;
                    return o;
                }
                const bool last = c + 1 == pl.cmds.size();
                QByteArray produced;
                const QByteArray input2 = carried;
                o.status = runCommand(pl.cmds[c], havePipe ? &input2 : nullptr, !last, &produced);
                carried = produced;
                havePipe = true;
                if (exiting)
                    break;
            }
        }
        if (exiting)
            break;
    }
    if (!parser.error.isEmpty() && !exiting) {
        o.err += "sh: 1: Syntax error: " + parser.error + "\n";
        o.status = 2;
    }
    return o;
}

} // namespace ftc
