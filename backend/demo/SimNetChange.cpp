// The console's network changes (network/NetChange.h) on the demo host. The
// console stages apply.sh, rollback.sh and confirm.sh under
// /var/lib/ftconsole/net/ID/ and runs them with systemd-run and sh; the demo
// host does not interpret those scripts as a shell would. It performs what
// they do for an ifupdown host from the staged files: the checks apply.sh
// makes first (its `[ TEST ] || fail TEXT` lines, evaluated against the
// host), then the new /etc/network/interfaces from DIR/new/N brought up with
// the demo's ifupdown (SimIfupdown.cpp), and the status and log lines the
// scripts write, with the texts taken from the scripts themselves. A timer
// armed with `systemd-run --on-active` fires on the host's clock.
//
// A change to a team that exists (network/TeamEditPlanner.h) is known by the
// title line of its scripts ("# Add eth3 to team bond0 (ifupdown)"); what it
// does is read from the staged file against the one it replaces (the adapter
// added to or taken off bond-slaves, the new bond-primary, the adapter whose
// new stanza takes over a deleted team's address) and done as its scripts do
// it: ifdown, `ip link set` and the bonding sysfs around installing the new
// file, and the reverse when it is rolled back.

#include "MiniShell.h"
#include "SimCommands.h"
#include "SimulatedHost.h"

#include "network/IfupdownConfig.h"
#include "network/NetChange.h"
#include "transport/ShellQuote.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QRegularExpression>

namespace ftc {

using namespace sim;

namespace {

QByteArray b(const QString &s) { return s.toUtf8(); }

// The words of a script line's first simple command, as sh splits them.
QStringList words(const QByteArray &line)
{
    QList<Argv> cmds;
    QStringList out;
    if (!MiniShell::splitCommands(line, &cmds) || cmds.isEmpty())
        return out;
    for (const QByteArray &w : cmds.first())
        out << QString::fromUtf8(w);
    return out;
}

// The text after `mark WORD` on the last such line of script ("" when none).
QString markText(const QByteArray &script, const QByteArray &word)
{
    QString text;
    for (const QByteArray &line : script.split('\n'))
        if (line.startsWith("mark " + word + ' '))
            text = words(line).mid(2).join(QLatin1Char(' '));
    return text;
}

const QStringList &settled()
{
    // rollback.sh leaves a change alone once it ended one of these ways.
    static const QStringList words{QStringLiteral("confirmed"), QStringLiteral("rolled-back"), QStringLiteral("refused")};
    return words;
}

// One staged file of the change: `run install -D -m MODE "$d/new/N" PATH`.
struct Staged {
    QByteArray index;          // N
    int mode = 0644;
    QByteArray path;
};

QList<Staged> stagedFiles(const QByteArray &applyScript)
{
    static const QRegularExpression install(QStringLiteral(R"re(^run install -D -m ([0-7]+) "\$d/new/(\d+)" (.+)$)re"));
    QList<Staged> out;
    for (const QByteArray &line : applyScript.split('\n'))
        if (const auto m = install.match(QString::fromUtf8(line)); m.hasMatch())
            out << Staged{m.captured(2).toUtf8(), m.captured(1).toInt(nullptr, 8),
                          words(m.captured(3).toUtf8()).value(0).toUtf8()};
    return out;
}

// /var/lib/ftconsole/net/ID/{apply,rollback,confirm}.sh: the only scripts the
// demo host runs from files.
bool isStagedScript(const QByteArray &path)
{
    const QByteArray root = netChangesRoot() + '/';
    const QByteArray rest = path.mid(root.size());
    return path.startsWith(root) && rest.count('/') == 1
        && (rest.endsWith("/apply.sh") || rest.endsWith("/rollback.sh") || rest.endsWith("/confirm.sh"));
}

// The interfaces(5) stanzas in text that build a bond or a bridge and are
// not in the file before.
void teamStanzas(const QByteArray &text, const IfupdownFile &before, QStringList *bonds, QStringList *bridges,
                 QStringList *members)
{
    for (const IfupdownIface &st : parseInterfaces(text).ifaces) {
        if (st.family != QLatin1String("inet") || !before.stanzasOf(st.name).isEmpty() || bonds->contains(st.name)
            || bridges->contains(st.name))
            continue;
        for (const QString &o : st.options) {
            const QString key = o.section(QLatin1Char(' '), 0, 0);
            if (key == QLatin1String("bond-slaves")) {
                *bonds << st.name;
                if (members)
                    *members << o.section(QLatin1Char(' '), 1).split(QLatin1Char(' '), Qt::SkipEmptyParts);
            } else if (key == QLatin1String("bridge_ports")) {
                *bridges << st.name;
            }
        }
    }
}

bool wasSaved(const QList<NetChangeEvent> &events)
{
    for (const NetChangeEvent &e : events)
        if (e.word == QLatin1String("saved"))
            return true;
    return false;
}

// bond-slaves of team's inet stanza, "none" left out.
QStringList bondSlaves(const IfupdownFile &file, const QString &team)
{
    QStringList out = ifaceOption(file, team, QStringLiteral("bond-slaves")).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    out.removeAll(QStringLiteral("none"));
    return out;
}

QStringList without(QStringList a, const QStringList &gone)
{
    for (const QString &x : gone)
        a.removeAll(x);
    return a;
}

bool hasInet(const IfupdownFile &file, const QString &name)
{
    for (const IfupdownIface *st : file.stanzasOf(name))
        if (st->family == QLatin1String("inet"))
            return true;
    return false;
}

// The primary rollback.sh writes back into the bonding sysfs:
// `try sh -c 'echo NAME >/sys/class/net/TEAM/bonding/primary'`. The shell
// line (after `sh -c`) and the name; false when there is none.
bool primaryWrittenBack(const QByteArray &rollbackScript, const QString &team, QByteArray *line, QString *name)
{
    const QByteArray sysfs = ">/sys/class/net/" + b(team) + "/bonding/primary";
    for (const QByteArray &raw : rollbackScript.split('\n')) {
        const QStringList w = words(raw);
        if (w.size() != 4 || w[0] != QLatin1String("try") || w[1] != QLatin1String("sh") || w[2] != QLatin1String("-c"))
            continue;
        const QByteArray inner = b(w[3]);
        const QStringList echo = words(inner);
        if (!inner.endsWith(' ' + sysfs) || echo.size() != 2 || echo[0] != QLatin1String("echo"))
            continue;
        *line = inner;
        *name = echo[1];
        return true;
    }
    return false;
}

} // namespace

// A change to a team that exists, as the title line of its scripts names it
// (TeamEditPlanner's titles), with what the staged file says it does.
struct SimTeamEdit {
    enum class Kind { None, AddMember, RemoveMember, SetPrimary, Delete };
    Kind kind = Kind::None;
    QString stack;             // "ifupdown", from the title's parentheses
    QString team;              // "bond0"
    QString adapter;           // AddMember, RemoveMember: the adapter; SetPrimary: the primary ("" clears it)
    QString heir;              // Delete: the adapter whose new stanza takes the team's address

    // The third line of a staged script: "# TITLE (STACK)".
    static SimTeamEdit fromScript(const QByteArray &script)
    {
        static const QRegularExpression title(QStringLiteral(R"(^# (.+) \(([^()]+)\)$)"));
        static const QRegularExpression add(QStringLiteral(R"(^Add (\S+) to team (\S+)$)"));
        static const QRegularExpression remove(QStringLiteral(R"(^Remove (\S+) from team (\S+)$)"));
        static const QRegularExpression primary(QStringLiteral(R"(^Make (\S+) the primary adapter of team (\S+)$)"));
        static const QRegularExpression clear(QStringLiteral(R"(^Clear the primary adapter of team (\S+)$)"));
        static const QRegularExpression del(QStringLiteral(R"(^Delete team (\S+)$)"));
        SimTeamEdit e;
        const auto t = title.match(QString::fromUtf8(script.split('\n').value(2)));
        if (!t.hasMatch())
            return e;
        const QString what = t.captured(1);
        const QString stack = t.captured(2);
        if (const auto m = add.match(what); m.hasMatch())
            e = {Kind::AddMember, stack, m.captured(2), m.captured(1), {}};
        else if (const auto m = remove.match(what); m.hasMatch())
            e = {Kind::RemoveMember, stack, m.captured(2), m.captured(1), {}};
        else if (const auto m = primary.match(what); m.hasMatch())
            e = {Kind::SetPrimary, stack, m.captured(2), m.captured(1), {}};
        else if (const auto m = clear.match(what); m.hasMatch())
            e = {Kind::SetPrimary, stack, m.captured(1), {}, {}};
        else if (const auto m = del.match(what); m.hasMatch())
            e = {Kind::Delete, stack, m.captured(1), {}, {}};
        return e;
    }

    // Whether the new file does what the title says (and which adapter
    // inherits a deleted team's address): empty when it does, else why not.
    QString readFiles(const QByteArray &oldText, const QByteArray &newText)
    {
        const IfupdownFile before = parseInterfaces(oldText);
        const IfupdownFile after = parseInterfaces(newText);
        const QStringList was = bondSlaves(before, team), now = bondSlaves(after, team);
        if (!hasInet(before, team) || was.isEmpty())
            return QStringLiteral("/etc/network/interfaces has no stanza for bond %1 with its bond-slaves").arg(team);
        switch (kind) {
        case Kind::AddMember:
            if (without(now, was) != QStringList{adapter} || !without(was, now).isEmpty())
                return QStringLiteral("the new /etc/network/interfaces does not add %1 to %2's bond-slaves")
                    .arg(adapter, team);
            return {};
        case Kind::RemoveMember:
            if (without(was, now) != QStringList{adapter} || !without(now, was).isEmpty())
                return QStringLiteral("the new /etc/network/interfaces does not take %1 off %2's bond-slaves")
                    .arg(adapter, team);
            return {};
        case Kind::SetPrimary:
            if (ifaceOption(after, team, QStringLiteral("bond-primary")) != adapter || now != was)
                return QStringLiteral("the new /etc/network/interfaces does not set %1's bond-primary to \"%2\"")
                    .arg(team, adapter);
            return {};
        case Kind::Delete: {
            if (!after.stanzasOf(team).isEmpty())
                return QStringLiteral("the new /etc/network/interfaces still configures %1").arg(team);
            QStringList added;
            for (const IfupdownIface &st : after.ifaces)
                if (st.family == QLatin1String("inet") && !hasInet(before, st.name) && !added.contains(st.name))
                    added << st.name;
            if (added.size() != 1 || !was.contains(added.first()))
                return QStringLiteral("the new /etc/network/interfaces does not give %1's address to one of its "
                                      "members")
                    .arg(team);
            heir = added.first();
            return {};
        }
        case Kind::None: break;
        }
        return QStringLiteral("it changes no team");
    }
};

// ---- the change's files --------------------------------------------------

QByteArray SimulatedHost::fileText(const QByteArray &path) const
{
    return m_state.files.value(QString::fromUtf8(path)).content;
}

bool SimulatedHost::hasFile(const QByteArray &path) const
{
    const auto it = m_state.files.constFind(QString::fromUtf8(path));
    return it != m_state.files.constEnd() && !it->dir;
}

void SimulatedHost::appendFile(const QByteArray &path, const QByteArray &text)
{
    m_state.files[QString::fromUtf8(path)].content += text;
}

QString SimulatedHost::lastStatusWord(const QByteArray &dir) const
{
    const QList<NetChangeEvent> events = parseNetChangeStatus(fileText(dir + "/status"));
    return events.isEmpty() ? QString() : events.last().word;
}

void SimulatedHost::mark(const QByteArray &dir, const QString &word, qint64 nowMs, const QString &text)
{
    // mark(): "WORD EPOCH TEXT", the text empty for applied and confirmed.
    appendFile(dir + "/status", b(word) + ' ' + QByteArray::number(nowMs / 1000) + ' ' + b(text) + '\n');
}

void SimulatedHost::say(const QByteArray &dir, qint64 nowMs, const QByteArray &text)
{
    const QByteArray when =
        QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")).toUtf8();
    appendFile(dir + "/log", when + ' ' + text + '\n');
}

// ---- the scripts -----------------------------------------------------------

int SimulatedHost::netApply(const QByteArray &d, qint64 now)
{
    const QByteArray script = fileText(d + "/apply.sh");
    const auto refuse = [&](const QString &why) {
        say(d, now, "refused: " + b(why));
        mark(d, QStringLiteral("refused"), now, why);
        return 2;
    };
    if (const QString last = lastStatusWord(d); !last.isEmpty())
        return refuse(QStringLiteral("this change already ran (%1)").arg(last));

    // The checks, in the script's order, before anything changes.
    static const QRegularExpression shaCheck(
        QStringLiteral(R"re(^\[ "\$\(sha256sum <(.+) \| cut -d' ' -f1\)" = ([0-9a-f]{64}) \] \|\| fail (.+)$)re"));
    static const QRegularExpression testCheck(QStringLiteral(R"(^\[ (.+) \] \|\| fail .+$)"));
    const QList<Staged> staged = stagedFiles(script);
    bool inChecks = false;
    for (const QByteArray &raw : script.split('\n')) {
        const QString line = QString::fromUtf8(raw);
        if (line.startsWith(QLatin1String("case \"$(last)\" in ''"))) {
            inChecks = true;
            continue;
        }
        if (line == QLatin1String("mkdir -p -m 0700 \"$d/old\""))
            inChecks = false;
        if (!inChecks || line.isEmpty())
            continue;
        if (const auto m = shaCheck.match(line); m.hasMatch()) {
            const QByteArray path = words(m.captured(1).toUtf8()).value(0).toUtf8();
            QByteArray content;
            bool dir = false;
            const bool read = readFile(path, &content, &dir) && !dir;
            const QByteArray sha = QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex();
            if (!read || sha != m.captured(2).toLatin1())
                return refuse(words(m.captured(3).toUtf8()).join(QLatin1Char(' ')));
            continue;
        }
        if (testCheck.match(line).hasMatch()) {
            QList<Argv> cmds;
            MiniShell::splitCommands(raw, &cmds);
            Argv t = cmds.value(0);
            if (cmds.size() == 2 && t.size() >= 3 && t.last() == "]" && cmds[1].value(0) == "fail") {
                t.removeLast();
                t[0] = "test";
                const CommandResult r = test(t);
                if (r.exitCode == 1)
                    return refuse(QString::fromUtf8(cmds[1].mid(1).join(' ')));
                if (r.exitCode == 0)
                    continue;
            }
        }
        return refuse(QStringLiteral("the demo host does not simulate this check of apply.sh: %1").arg(line));
    }
    for (const Staged &f : std::as_const(staged)) {
        if (f.path != "/etc/network/interfaces")
            return refuse(QStringLiteral("the demo host runs ifupdown and does not simulate changes to %1")
                              .arg(QString::fromUtf8(f.path)));
        if (!hasFile(d + "/new/" + f.index))
            return refuse(QStringLiteral("%1/new/%2 was not staged").arg(QString::fromUtf8(d), QString::fromUtf8(f.index)));
    }
    if (staged.size() != 1)
        return refuse(QStringLiteral("the demo host simulates a change of /etc/network/interfaces alone"));
    const Staged &file = staged.first();
    const QByteArray oldText = fileText(file.path);
    const QByteArray newText = fileText(d + "/new/" + file.index);

    // A team that exists changed, or a new one built: the new file's bonds
    // and bridges are the change's own links.
    SimTeamEdit edit = SimTeamEdit::fromScript(script);
    QStringList bonds, bridges, members;
    if (edit.kind != SimTeamEdit::Kind::None) {
        if (edit.stack != QLatin1String("ifupdown"))
            return refuse(QStringLiteral("the demo host runs ifupdown and does not simulate changes made with %1")
                              .arg(edit.stack));
        if (const QString why = edit.readFiles(oldText, newText); !why.isEmpty())
            return refuse(QStringLiteral("the demo host does not simulate this change: %1").arg(why));
    } else {
        teamStanzas(newText, parseInterfaces(oldText), &bonds, &bridges, &members);
        for (const QString &l : bonds + bridges)
            if (m_state.hasLink(l))
                return refuse(QStringLiteral("%1 already exists").arg(l));
        if (bonds.isEmpty())
            return refuse(QStringLiteral("the new /etc/network/interfaces builds no bond: the demo host simulates "
                                         "building and changing teams only"));
    }

    // What apply.sh does from here: save, take the members down (a new
    // team's, or the adapter joining one) or the team (deleted), install the
    // new file, bring the team up or change it.
    SimFile saved = m_state.files.value(QString::fromUtf8(file.path));
    m_state.files.insert(QString::fromUtf8(d + "/old/" + file.index), saved);
    say(d, now, "+ cp -p " + file.path + ' ' + d + "/old/" + file.index);
    mark(d, QStringLiteral("saved"), now, markText(script, "saved"));
    if (edit.kind == SimTeamEdit::Kind::AddMember)
        members << edit.adapter;
    for (const QString &m : std::as_const(members)) {
        if (ifupdownUp(m_state, oldText, m)) {
            appendFile(d + "/was-up", b(m) + '\n');
            QByteArray log;
            const int rc = ifdown(m_state, oldText, m, &log);
            if (!scriptRun(d, now, "ifdown --force " + b(m), rc, log))
                return 1;
        }
        if (m_state.hasLink(m))
            flushAddresses(m_state, m);
        say(d, now, "+ ip addr flush dev " + b(m));
    }
    if (edit.kind == SimTeamEdit::Kind::Delete) {
        QByteArray log;
        const int rc = ifdown(m_state, oldText, edit.team, &log);
        if (!scriptRun(d, now, "ifdown --force " + b(edit.team), rc, log))
            return 1;
        if (m_state.hasLink(edit.team)) {
            const CommandResult r = deleteLink(m_state, edit.team);
            if (!scriptRun(d, now, "ip link del " + b(edit.team), r.exitCode, r.out + r.err))
                return 1;
        }
    }
    SimFile installed;
    installed.content = newText;
    installed.mode = file.mode;
    m_state.files.insert(QString::fromUtf8(file.path), installed);
    say(d, now, "+ install -D -m " + QByteArray::number(file.mode, 8) + ' ' + d + "/new/" + file.index + ' ' + file.path);
    for (const QString &l : bonds + bridges) {
        QByteArray log;
        const int rc = ifup(m_state, newText, l, &log);
        if (!scriptRun(d, now, "ifup " + b(l), rc, log))
            return 1;
    }
    if (!netEditUp(d, now, edit, newText))
        return 1;
    mark(d, QStringLiteral("applied"), now, QString());
    cutIfArmed(d);
    return 0;
}

bool SimulatedHost::netEditUp(const QByteArray &d, qint64 now, const SimTeamEdit &e, const QByteArray &newText)
{
    const QByteArray team = b(e.team), m = b(e.adapter);
    const auto ipSet = [&](const Argv &args) {
        const CommandResult r = ipLink(m_state, "set", args);
        return std::pair<int, QByteArray>(r.exitCode, r.out + r.err);
    };
    switch (e.kind) {
    case SimTeamEdit::Kind::AddMember:
        // A bond takes an adapter that is down, and opens it.
        for (const Argv &args : {Argv{m, "down"}, Argv{m, "master", team}, Argv{m, "up"}}) {
            const auto [rc, out] = ipSet(args);
            if (!scriptRun(d, now, "ip link set " + args.join(' '), rc, out))
                return false;
        }
        return true;
    case SimTeamEdit::Kind::RemoveMember: {
        // The bonding driver closes the adapter it lets go.
        const auto [rc, out] = ipSet({m, "nomaster"});
        if (!scriptRun(d, now, "ip link set " + m + " nomaster", rc, out))
            return false;
        const auto [rc2, out2] = ipSet({m, "down"});
        scriptTry(d, now, "ip link set " + m + " down", rc2, out2);
        return true;
    }
    case SimTeamEdit::Kind::SetPrimary: {
        const CommandResult r = setBondPrimary(m_state, e.team, e.adapter);
        // dash's echo says so when the kernel refuses the write.
        return scriptRun(d, now,
                         "sh -c echo " + shellQuoteWord(m) + " >/sys/class/net/" + team + "/bonding/primary",
                         r.exitCode, r.exitCode == 0 ? QByteArray() : QByteArray("sh: 1: echo: echo: I/O error\n"));
    }
    case SimTeamEdit::Kind::Delete: {
        // The heir's own stanza, appended to the new file, takes the address.
        QByteArray log;
        const int rc = ifup(m_state, newText, e.heir, &log);
        return scriptRun(d, now, "ifup " + b(e.heir), rc, log);
    }
    case SimTeamEdit::Kind::None: break;
    }
    return true;
}

int SimulatedHost::netRollback(const QByteArray &d, qint64 now)
{
    const QByteArray script = fileText(d + "/rollback.sh");
    const QString last = lastStatusWord(d);
    if (settled().contains(last))
        return 0;
    if (last.isEmpty()) {
        static const QRegularExpression nothing(QStringLiteral(R"('\) mark rolled-back ('[^']*'|\S+); exit 0)"));
        const auto m = nothing.match(QString::fromUtf8(script));
        mark(d, QStringLiteral("rolled-back"), now,
             m.hasMatch() ? words(m.captured(1).toUtf8()).join(QLatin1Char(' ')) : QStringLiteral("nothing had been changed"));
        return 0;
    }
    say(d, now, "rolling back");
    const QList<Staged> staged = stagedFiles(fileText(d + "/apply.sh"));
    const Staged file = staged.value(0);
    const QByteArray newText = fileText(d + "/new/" + file.index);
    const QByteArray oldPath = d + "/old/" + file.index;
    SimTeamEdit edit = SimTeamEdit::fromScript(script);
    if (edit.kind != SimTeamEdit::Kind::None)
        edit.readFiles(fileText(oldPath), newText);
    // ifdown needs the new file to know how to take the team down: the
    // bridge first, then the bond; only links this change added.
    QStringList bonds, bridges;
    if (edit.kind == SimTeamEdit::Kind::None)
        teamStanzas(newText, parseInterfaces(fileText(oldPath)), &bonds, &bridges, nullptr);
    for (const QString &l : bridges + bonds) {
        QByteArray log;
        const int rc = ifdown(m_state, newText, l, &log);
        scriptTry(d, now, "ifdown --force " + b(l), rc, log);
    }
    if (edit.kind == SimTeamEdit::Kind::Delete && !edit.heir.isEmpty()) {
        // The heir goes down by the file as it is now: the new one, unless
        // apply.sh stopped before installing it.
        QByteArray log;
        const int rc = ifdown(m_state, fileText(file.path), edit.heir, &log);
        scriptTry(d, now, "ifdown --force " + b(edit.heir), rc, log);
    }
    if (wasSaved(parseNetChangeStatus(fileText(d + "/status")))) {
        for (const Staged &f : staged) {
            const QByteArray old = d + "/old/" + f.index;
            if (hasFile(old)) {
                m_state.files.insert(QString::fromUtf8(f.path), m_state.files.value(QString::fromUtf8(old)));
                say(d, now, "+ cp -p " + old + ' ' + f.path);
            } else {
                m_state.files.remove(QString::fromUtf8(f.path));
                say(d, now, "+ rm -f " + f.path);
            }
        }
    }
    if (edit.kind != SimTeamEdit::Kind::None) {
        netEditRestore(d, now, edit, script);
        mark(d, QStringLiteral("rolled-back"), now, markText(script, "rolled-back"));
        return 0;
    }
    for (const QString &l : bridges + bonds)
        if (m_state.hasLink(l)) {
            deleteLink(m_state, l);
            say(d, now, "+ ip link del " + b(l));
        }
    const QByteArray restored = fileText(file.path);
    for (const QByteArray &m : fileText(d + "/was-up").split('\n')) {
        if (m.trimmed().isEmpty())
            continue;
        QByteArray log;
        const int rc = ifup(m_state, restored, QString::fromUtf8(m.trimmed()), &log);
        scriptTry(d, now, "ifup " + m.trimmed(), rc, log);
    }
    mark(d, QStringLiteral("rolled-back"), now, markText(script, "rolled-back"));
    return 0;
}

void SimulatedHost::netEditRestore(const QByteArray &d, qint64 now, const SimTeamEdit &e, const QByteArray &script)
{
    const QByteArray team = b(e.team), m = b(e.adapter);
    const QByteArray file = fileText("/etc/network/interfaces");
    const auto ipSet = [&](const Argv &args) {
        const CommandResult r = ipLink(m_state, "set", args);
        scriptTry(d, now, "ip link set " + args.join(' '), r.exitCode, r.out + r.err);
    };
    switch (e.kind) {
    case SimTeamEdit::Kind::AddMember:
        ipSet({m, "nomaster"});
        if (hasFile(d + "/was-up")) {
            QByteArray log;
            const int rc = ifup(m_state, file, e.adapter, &log);
            scriptTry(d, now, "ifup " + m, rc, log);
        }
        return;
    case SimTeamEdit::Kind::RemoveMember:
        ipSet({m, "down"});
        ipSet({m, "master", team});
        ipSet({m, "up"});
        return;
    case SimTeamEdit::Kind::SetPrimary: {
        // The primary the team had when the change was planned, as
        // rollback.sh writes it back.
        QByteArray line;
        QString primary;
        if (primaryWrittenBack(script, e.team, &line, &primary)) {
            const CommandResult r = setBondPrimary(m_state, e.team, primary);
            scriptTry(d, now, "sh -c " + line, r.exitCode,
                      r.exitCode == 0 ? QByteArray() : QByteArray("sh: 1: echo: echo: I/O error\n"));
        }
        return;
    }
    case SimTeamEdit::Kind::Delete: {
        QByteArray log;
        const int rc = ifup(m_state, file, e.team, &log);
        scriptTry(d, now, "ifup " + team, rc, log);
        return;
    }
    case SimTeamEdit::Kind::None: break;
    }
}

bool SimulatedHost::scriptRun(const QByteArray &d, qint64 now, const QByteArray &command, int rc, const QByteArray &output)
{
    say(d, now, "+ " + command);
    appendFile(d + "/log", output);
    if (rc == 0)
        return true;
    say(d, now, "failed (exit " + QByteArray::number(rc) + "): " + command);
    mark(d, QStringLiteral("failed"), now, QStringLiteral("%1 (exit %2)").arg(QString::fromUtf8(command)).arg(rc));
    cutIfArmed(d);
    return false;
}

void SimulatedHost::scriptTry(const QByteArray &d, qint64 now, const QByteArray &command, int rc, const QByteArray &output)
{
    say(d, now, "+ " + command);
    appendFile(d + "/log", output);
    if (rc != 0)
        say(d, now, "(exit " + QByteArray::number(rc) + ", carried on)");
}

void SimulatedHost::cutIfArmed(const QByteArray &d)
{
    // `ftsim lose-connection`: once the change has run its course, the
    // console is cut off until this change's rollback timer has fired.
    if (!m_state.loseConnectionArmed)
        return;
    for (const SimTimer &t : std::as_const(m_state.timers))
        if (t.command.value(1) == QString::fromUtf8(d + "/rollback.sh")) {
            m_state.loseConnectionArmed = false;
            m_state.cutOffUntil = t.unit;
        }
}

int SimulatedHost::netConfirm(const QByteArray &d, qint64 now, QByteArray *out)
{
    if (lastStatusWord(d) != QLatin1String("applied")) {
        const QList<QByteArray> lines = fileText(d + "/status").trimmed().split('\n');
        *out += lines.last() + '\n';
        return 3;
    }
    mark(d, QStringLiteral("confirmed"), now, QString());
    // confirm.sh names the timer it stops: `try systemctl stop UNIT.timer`.
    for (const QByteArray &line : fileText(d + "/confirm.sh").split('\n'))
        if (line.startsWith("try systemctl stop ")) {
            const QString unit = words(line).value(3);
            say(d, now, "+ systemctl stop " + b(unit));
            const CommandResult r = systemctl({"systemctl", "stop", b(unit)});
            appendFile(d + "/log", r.err);
            if (r.exitCode != 0)
                say(d, now, "(exit " + QByteArray::number(r.exitCode) + ", carried on)");
        }
    return 0;
}

int SimulatedHost::runNetScript(const QByteArray &path, qint64 now, QByteArray *out, QByteArray *err)
{
    const QByteArray dir = path.left(path.lastIndexOf('/'));
    const QByteArray name = path.mid(path.lastIndexOf('/') + 1);
    if (!isStagedScript(path)) {
        *err += "sh: the demo host runs only the console's staged network scripts (" + netChangesRoot()
            + "/ID/*.sh) from files\n";
        return 2;
    }
    if (!hasFile(path)) {
        *err += "/bin/sh: 0: cannot open " + path + ": No such file\n";
        return 2;
    }
    if (name == "apply.sh")
        return netApply(dir, now);
    if (name == "rollback.sh")
        return netRollback(dir, now);
    return netConfirm(dir, now, out);
}

// ---- systemd -----------------------------------------------------------------

CommandResult SimulatedHost::systemdRun(const Argv &argv, qint64 now)
{
    bool quiet = false, wait = false;
    QString unit;
    qint64 onActiveMs = -1;
    qsizetype i = 1;
    for (; i < argv.size() && argv[i].startsWith('-'); ++i) {
        const QByteArray &a = argv[i];
        if (a == "--quiet" || a == "-q")
            quiet = true;
        else if (a == "--wait" || a == "-W")
            wait = true;
        else if (a == "--collect" || a == "-G" || a.startsWith("--timer-property=") || a.startsWith("--property="))
            continue;
        else if (a.startsWith("--unit="))
            unit = QString::fromUtf8(a.mid(7));
        else if (a.startsWith("--on-active=")) {
            QByteArray v = a.mid(12);
            if (v.endsWith('s'))
                v.chop(1);
            bool good = false;
            onActiveMs = v.toLongLong(&good) * 1000;
            if (!good || onActiveMs <= 0)
                return fail(1, "Failed to parse timer value: " + a.mid(12) + "\n");
        } else
            return fail(1, "systemd-run: the demo host does not simulate the option " + a + "\n");
    }
    const Argv command = argv.mid(i);
    if (command.isEmpty())
        return fail(1, "Command line to execute required.\n");
    if (command.size() != 2 || (command[0] != "/bin/sh" && command[0] != "sh") || !isStagedScript(command[1]))
        return fail(1, "systemd-run: the demo host runs only the console's staged network scripts as units\n");
    if (unit.isEmpty())
        unit = QStringLiteral("run-u%1").arg(now % 100000);
    if (onActiveMs > 0) {
        for (const SimTimer &t : std::as_const(m_state.timers))
            if (t.unit == unit)
                return fail(1, "Failed to start transient timer unit: Unit " + b(unit)
                                   + ".timer was already loaded or has a fragment file.\n");
        m_state.timers.append({unit, now + onActiveMs, {QStringLiteral("/bin/sh"), QString::fromUtf8(command[1])}});
        return ok({}, quiet ? QByteArray()
                            : "Running timer as unit: " + b(unit) + ".timer\nWill run service as unit: " + b(unit)
                                  + ".service\n");
    }
    QByteArray out, err;
    const int rc = runNetScript(command[1], now, &out, &err);
    const QByteArray started = quiet ? QByteArray() : "Running as unit: " + b(unit) + ".service\n";
    // Without --wait systemd-run returns once the unit started; the script's
    // output goes to the journal.
    if (!wait)
        return ok({}, started);
    return fail(rc, started + err, out);
}

CommandResult SimulatedHost::systemctl(const Argv &argv)
{
    const QByteArray verb = argv.value(1);
    const Argv units = argv.mid(2);
    const auto timerIndex = [&](const QByteArray &u) -> qsizetype {
        for (qsizetype k = 0; k < m_state.timers.size(); ++k)
            if (b(m_state.timers[k].unit) + ".timer" == u)
                return k;
        return -1;
    };
    if (verb == "is-active" && !units.isEmpty()) {
        // Enabled services run; armed timers are active; anything else,
        // NetworkManager and systemd-networkd included, is "inactive" (exit 3).
        QByteArray out;
        bool all = true;
        for (const QByteArray &u : units) {
            const QByteArray name = u.contains('.') ? u : u + ".service";
            const bool active = timerIndex(name) >= 0
                || m_state.files.contains(QStringLiteral("/etc/systemd/system/multi-user.target.wants/") + QString::fromUtf8(name));
            out += active ? "active\n" : "inactive\n";
            all = all && active;
        }
        return fail(all ? 0 : 3, {}, out);
    }
    if (verb == "stop" && !units.isEmpty()) {
        QByteArray err;
        for (const QByteArray &u : units) {
            const qsizetype k = timerIndex(u);
            if (k >= 0)
                m_state.timers.removeAt(k);
            else if (u.endsWith(".timer"))
                err += "Failed to stop " + u + ": Unit " + u + " not loaded.\n";
            else
                return fail(1, "systemctl: the demo host stops only the timers it armed, not " + u + "\n");
        }
        return err.isEmpty() ? ok() : fail(5, err);
    }
    // systemd re-reading its settings: the demo reads them on every show.
    if (verb == "daemon-reexec" || verb == "daemon-reload")
        return ok();
    // systemd's watchdog setting as system.conf and its drop-ins give it
    // (the last assignment wins), printed as `systemctl show --value` does.
    if (verb == "show" && argv.contains("--property=RuntimeWatchdogUSec")) {
        QString value = QStringLiteral("0");
        for (auto it = m_state.files.constBegin(); it != m_state.files.constEnd(); ++it) {
            if (it.key() != QLatin1String("/etc/systemd/system.conf")
                && !(it.key().startsWith(QLatin1String("/etc/systemd/system.conf.d/")) && it.key().endsWith(QLatin1String(".conf"))))
                continue;
            for (const QByteArray &l : it->content.split('\n'))
                if (l.trimmed().startsWith("RuntimeWatchdogSec="))
                    value = QString::fromUtf8(l.trimmed().mid(19)).trimmed();
        }
        if (value == QLatin1String("off") || value.isEmpty())
            value = QStringLiteral("0");
        else if (value != QLatin1String("0") && value.back().isDigit())
            value += QLatin1Char('s');
        const bool bare = argv.contains("--value");
        return ok((bare ? QByteArray() : QByteArray("RuntimeWatchdogUSec=")) + value.toUtf8() + "\n");
    }
    return fail(1, "systemctl: the demo host answers is-active UNIT..., stop UNIT.timer, daemon-reexec and show "
                   "--property=RuntimeWatchdogUSec only\n");
}

CommandResult SimulatedHost::shFile(const Argv &argv, qint64 now)
{
    QByteArray out, err;
    const int rc = runNetScript(argv.value(1), now, &out, &err);
    return fail(rc, err, out);
}

CommandResult SimulatedHost::ifupdownCommand(const Argv &argv)
{
    Argv names;
    for (const QByteArray &a : argv.mid(1))
        if (a != "--force" && a != "-f")
            names << a;
    if (names.size() != 1)
        return fail(1, "Usage: " + argv[0] + " [--force] IFACE (the demo host takes one interface)\n");
    QByteArray log;
    const QByteArray file = fileText("/etc/network/interfaces");
    const QString iface = QString::fromUtf8(names[0]);
    const int rc = argv[0] == "ifup" ? ifup(m_state, file, iface, &log) : ifdown(m_state, file, iface, &log);
    return fail(rc, log);
}

void SimulatedHost::settle(qint64 now)
{
    m_state.advance(now);
    // Timers fire in the order they are due, each at its own time.
    while (true) {
        qsizetype due = -1;
        for (qsizetype k = 0; k < m_state.timers.size(); ++k)
            if (m_state.timers[k].dueMs <= now && (due < 0 || m_state.timers[k].dueMs < m_state.timers[due].dueMs))
                due = k;
        if (due < 0)
            return;
        const SimTimer t = m_state.timers.takeAt(due);
        QByteArray out, err;
        runNetScript(t.command.value(1).toUtf8(), t.dueMs, &out, &err);
        if (m_state.cutOffUntil == t.unit)
            m_state.cutOffUntil.clear();
    }
}

QString SimulatedHost::unreachable()
{
    std::lock_guard<std::mutex> lock(m_mutex);
    const qint64 now = m_clock->nowMs();
    settle(now);
    if (m_state.cutOffUntil.isEmpty())
        return {};
    for (const SimTimer &t : std::as_const(m_state.timers))
        if (t.unit == m_state.cutOffUntil)
            return QStringLiteral("connection timed out: the demo host cut the console off until its rollback timer "
                                  "fires (in %1 s)")
                .arg((t.dueMs - now + 999) / 1000);
    // No timer left to restore the links (stopped by hand, or a state file
    // from elsewhere): nothing would ever let the console back in.
    m_state.cutOffUntil.clear();
    return {};
}

} // namespace ftc
