#include "LibvirtGuests.h"

#include "model/ReadingsTr.h"

namespace ftc {

namespace {

bool isNameStart(char c)
{
    return c == '_' || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

bool isNameChar(char c)
{
    return isNameStart(c) || (c >= '0' && c <= '9');
}

bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

// Characters that end a word and mean more than a word to sh: pipes, lists,
// redirections, subshells. A file that needs them is not only assignments.
bool isOperator(char c)
{
    return c == '&' || c == '|' || c == '<' || c == '>' || c == '(' || c == ')';
}

bool endsWord(char c)
{
    return isBlank(c) || c == '\n' || c == ';' || isOperator(c);
}

// Reads one word starting at i the way sh does (quotes removed, `\` escapes and
// line continuations, $NAME and ${NAME} expanded from vars). vars null: only
// finds where the word ends. *why says what sh would do that is not modelled.
class WordReader {
public:
    WordReader(const QByteArray &text, const QMap<QString, QString> *vars) : t(text), vars(vars) {}

    QByteArray read(qsizetype *pos, int *line, QString *why)
    {
        i = *pos;
        ln = *line;
        out.clear();
        problem.clear();
        const qsizetype n = t.size();
        while (i < n && !endsWord(t[i])) {
            const char c = t[i];
            if (c == '\\') {
                if (i + 1 < n && t[i + 1] == '\n') {
                    ++ln;
                } else if (i + 1 < n) {
                    out += t[i + 1];
                }
                i += 2;
            } else if (c == '\'') {
                const qsizetype close = t.indexOf('\'', i + 1);
                if (close < 0) {
                    note(Readings::tr("a quote (') that is not closed"));
                    ln += int(t.mid(i).count('\n'));
                    i = n;
                    break;
                }
                const QByteArray part = t.mid(i + 1, close - i - 1);
                ln += int(part.count('\n'));
                out += part;
                i = close + 1;
            } else if (c == '"') {
                readDoubleQuoted();
            } else if (c == '$') {
                expand();
            } else if (c == '`') {
                commandSubstitution();
            } else {
                out += c;
                ++i;
            }
        }
        *pos = qMin(i, n);
        *line = ln;
        if (why)
            *why = problem;
        return out;
    }

private:
    void note(const QString &what)
    {
        if (problem.isEmpty())
            problem = what;
    }

    void readDoubleQuoted()
    {
        const qsizetype n = t.size();
        ++i;
        while (i < n && t[i] != '"') {
            const char c = t[i];
            if (c == '\\' && i + 1 < n && QByteArrayView("$`\"\\\n").contains(t[i + 1])) {
                if (t[i + 1] == '\n')
                    ++ln;
                else
                    out += t[i + 1];
                i += 2;
            } else if (c == '$') {
                expand();
            } else if (c == '`') {
                commandSubstitution();
            } else {
                if (c == '\n')
                    ++ln;
                out += c;
                ++i;
            }
        }
        if (i >= n)
            note(Readings::tr("a quote (\") that is not closed"));
        else
            ++i;
    }

    void commandSubstitution()
    {
        note(Readings::tr("a command substitution (`...`)"));
        const qsizetype close = t.indexOf('`', i + 1);
        const qsizetype end = close < 0 ? t.size() : close + 1;
        ln += int(t.mid(i, end - i).count('\n'));
        i = end;
    }

    void value(const QByteArray &name)
    {
        if (vars)
            out += vars->value(QString::fromUtf8(name)).toUtf8();
    }

    // t[i] is '$'.
    void expand()
    {
        const qsizetype n = t.size();
        ++i;
        if (i >= n) {
            out += '$';
            return;
        }
        const char c = t[i];
        if (c == '{') {
            qsizetype e = i + 1;
            while (e < n && isNameChar(t[e]))
                ++e;
            if (e < n && t[e] == '}' && e > i + 1 && isNameStart(t[i + 1])) {
                value(t.mid(i + 1, e - i - 1));
                i = e + 1;
                return;
            }
            note(Readings::tr("a ${...} form other than ${NAME}"));
            while (i < n && t[i] != '}' && t[i] != '\n')
                ++i;
            if (i < n && t[i] == '}')
                ++i;
        } else if (isNameStart(c)) {
            qsizetype e = i;
            while (e < n && isNameChar(t[e]))
                ++e;
            value(t.mid(i, e - i));
            i = e;
        } else if (c == '(') {
            note(Readings::tr("a command substitution or arithmetic ($(...))"));
            int depth = 0;
            while (i < n) {
                if (t[i] == '(')
                    ++depth;
                else if (t[i] == ')' && --depth == 0) {
                    ++i;
                    break;
                } else if (t[i] == '\n')
                    ++ln;
                ++i;
            }
        } else if ((c >= '0' && c <= '9') || QByteArrayView("@*#?$!-").contains(c)) {
            note(Readings::tr("a special parameter ($%1)").arg(QLatin1Char(c)));
            ++i;
        } else {
            out += '$';     // "$" before anything else stands for itself
        }
    }

    const QByteArray &t;
    const QMap<QString, QString> *vars;
    qsizetype i = 0;
    int ln = 1;
    QByteArray out;
    QString problem;
};

struct RawWord {
    qsizetype start = 0;
    qsizetype end = 0;
    bool op = false;           // an operator character, not a word
};

// "NAME=" at the start of the word as written (nothing quoted in the name).
qsizetype assignmentNameLength(const QByteArray &t, const RawWord &w)
{
    if (w.op || w.start >= w.end || !isNameStart(t[w.start]))
        return -1;
    qsizetype k = w.start;
    while (k < w.end && isNameChar(t[k]))
        ++k;
    return k < w.end && t[k] == '=' ? k - w.start : -1;
}

bool isName(const QByteArray &t, const RawWord &w)
{
    if (w.op || w.start >= w.end || !isNameStart(t[w.start]))
        return false;
    for (qsizetype k = w.start; k < w.end; ++k)
        if (!isNameChar(t[k]))
            return false;
    return true;
}

} // namespace

const ShellAssignment *ShellVars::last(const QString &key) const
{
    for (qsizetype k = assignments.size() - 1; k >= 0; --k)
        if (assignments[k].key == key)
            return &assignments[k];
    return nullptr;
}

ShellVars parseShellVars(const QByteArray &text, const QMap<QString, QString> &defaults)
{
    ShellVars vars;
    vars.values = defaults;
    const QList<QByteArray> lines = text.split('\n');
    const auto lineText = [&lines](int line) { return QString::fromUtf8(lines.value(line - 1)); };
    const auto error = [&](int line, const QString &message) {
        vars.errors.append({line, message, lineText(line)});
    };

    const qsizetype n = text.size();
    qsizetype i = 0;
    int line = 1;
    while (i < n) {
        const char c = text[i];
        if (isBlank(c) || c == ';') {
            ++i;
            continue;
        }
        if (c == '\n') {
            ++line;
            ++i;
            continue;
        }
        if (c == '#') {
            while (i < n && text[i] != '\n')
                ++i;
            continue;
        }
        // One simple command: its words up to a newline, `;` or a comment.
        const int statementLine = line;
        QList<RawWord> words;
        QString why;
        while (i < n) {
            while (i < n && isBlank(text[i]))
                ++i;
            if (i >= n || text[i] == '\n' || text[i] == ';')
                break;
            if (text[i] == '#') {
                while (i < n && text[i] != '\n')
                    ++i;
                break;
            }
            RawWord w;
            w.start = i;
            if (isOperator(text[i])) {
                w.op = true;
                w.end = ++i;
            } else {
                QString wordWhy;
                WordReader(text, nullptr).read(&i, &line, &wordWhy);
                w.end = i;
                if (why.isEmpty())
                    why = wordWhy;
            }
            words.append(w);
        }
        if (words.isEmpty())
            continue;

        qsizetype k = 0;
        bool exported = false;
        if (!words[0].op && text.mid(words[0].start, words[0].end - words[0].start) == "export") {
            exported = true;
            k = 1;
        }
        qsizetype firstOther = k;
        while (firstOther < words.size() && assignmentNameLength(text, words[firstOther]) > 0)
            ++firstOther;
        bool command = false;
        for (qsizetype w = firstOther; w < words.size(); ++w)
            if (!exported || !isName(text, words[w]))   // `export NAME` only marks it
                command = true;
        if (command) {
            error(statementLine, Readings::tr("not a variable assignment: the shell would run it as a command, "
                                              "which the console does not follow"));
            continue;
        }
        if (!why.isEmpty()) {
            error(statementLine, Readings::tr("the value holds %1, which the console does not follow").arg(why));
            continue;
        }
        // Assignments take effect left to right: B=$A sees the A before it.
        for (qsizetype w = k; w < firstOther; ++w) {
            const qsizetype nameLength = assignmentNameLength(text, words[w]);
            ShellAssignment a;
            a.key = QString::fromLatin1(text.mid(words[w].start, nameLength));
            a.exported = exported;
            a.valueStart = words[w].start + nameLength + 1;
            a.valueEnd = words[w].end;
            a.line = statementLine;
            qsizetype pos = a.valueStart;
            int scratchLine = statementLine;
            a.value = QString::fromUtf8(WordReader(text, &vars.values).read(&pos, &scratchLine, nullptr));
            vars.values.insert(a.key, a.value);
            vars.assignments.append(a);
        }
    }
    return vars;
}

QMap<QString, QString> libvirtGuestsDefaults()
{
    return {{QStringLiteral("URIS"), QStringLiteral("default")},
            {QStringLiteral("ON_BOOT"), QStringLiteral("start")},
            {QStringLiteral("ON_SHUTDOWN"), QStringLiteral("suspend")},
            {QStringLiteral("SHUTDOWN_TIMEOUT"), QStringLiteral("300")},
            {QStringLiteral("PARALLEL_SHUTDOWN"), QStringLiteral("0")},
            {QStringLiteral("START_DELAY"), QStringLiteral("0")},
            {QStringLiteral("BYPASS_CACHE"), QStringLiteral("0")},
            {QStringLiteral("SYNC_TIME"), QStringLiteral("0")}};
}

namespace {
int wholeNumber(const QString &text)
{
    // The script uses it unquoted in [ ... -gt 0 ]: blanks around it do not matter.
    bool ok = false;
    const int v = text.trimmed().toInt(&ok);
    return ok && v >= 0 ? v : -1;
}
} // namespace

int LibvirtGuestsConfig::shutdownTimeout() const
{
    return wholeNumber(value(QStringLiteral("SHUTDOWN_TIMEOUT")));
}

int LibvirtGuestsConfig::parallelShutdown() const
{
    return wholeNumber(value(QStringLiteral("PARALLEL_SHUTDOWN")));
}

LibvirtGuestsConfig parseLibvirtGuests(const QByteArray &text)
{
    LibvirtGuestsConfig c;
    c.vars = parseShellVars(text, libvirtGuestsDefaults());
    return c;
}

} // namespace ftc
