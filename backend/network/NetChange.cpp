#include "NetChange.h"

#include "parse/NetChangeStatus.h"
#include "plan/PlansTr.h"
#include "transport/ShellQuote.h"

namespace ftc {

QByteArray netChangesRoot() { return QByteArrayLiteral("/var/lib/ftconsole/net"); }

QByteArray NetChange::dir() const { return netChangesRoot() + '/' + id.toUtf8(); }
QByteArray NetChange::rollbackUnit() const { return "ftconsole-net-" + id.toUtf8() + "-rollback"; }

namespace {
QByteArray q(const QString &s) { return shellQuoteWord(s.toUtf8()); }
QByteArray q(const QByteArray &s) { return shellQuoteWord(s); }

Command privileged(const Argv &argv, int timeoutMs, const QByteArray &input = {})
{
    Command c;
    c.argv = argv;
    c.input = input;
    c.privileged = true;
    c.timeoutMs = timeoutMs;
    return c;
}

PlanStep step(const QString &title, const QString &subject, const Command &c)
{
    return {title, c, subject};
}

// The helpers every script of a change starts with. flock serialises apply,
// rollback and confirm: a rollback that fires while apply.sh still runs waits
// for it, and a confirm cannot slip in after a rollback began.
QByteArray prologue(const NetChange &c, const char *what)
{
    QByteArray s = "#!/bin/sh\n";
    s += "# ftconsole network change " + c.id.toUtf8() + ": " + what + "\n";
    s += "# " + c.title.toUtf8() + " (" + netStackName(c.stack).toUtf8() + ")\n";
    s += "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin\n";
    s += "d=" + q(c.dir()) + "\n";
    // status and log are readable by the admin's own account (see the plan).
    s += "umask 022\n";
    s += "exec 9>>\"$d/lock\"\nflock 9\n";
    s += "say() { printf '%s %s\\n' \"$(date '+%F %T')\" \"$*\" >>\"$d/log\"; }\n";
    s += "mark() { w=$1; shift; printf '%s %s %s\\n' \"$w\" \"$(date +%s)\" \"$*\" >>\"$d/status\"; }\n";
    s += "fail() { say \"refused: $*\"; mark refused \"$*\"; exit 2; }\n";
    s += "run() { say \"+ $*\"; \"$@\" >>\"$d/log\" 2>&1 && return 0; rc=$?; say \"failed (exit $rc): $*\"; "
         "mark failed \"$* (exit $rc)\"; exit 1; }\n";
    s += "try() { say \"+ $*\"; \"$@\" >>\"$d/log\" 2>&1 || say \"(exit $?, carried on)\"; }\n";
    s += "last() { tail -n 1 \"$d/status\" 2>/dev/null | cut -d' ' -f1; }\n";
    return s;
}

QByteArray lines(const QStringList &l)
{
    QByteArray s;
    for (const QString &x : l)
        s += x.toUtf8() + '\n';
    return s;
}
} // namespace

Command NetChange::confirmCommand() const { return privileged({"sh", dir() + "/confirm.sh"}, 30000); }

Command NetChange::rollbackNowCommand() const
{
    return privileged({"systemd-run", "--wait", "--collect", "--quiet", "--unit=" + rollbackUnit() + "-now", "/bin/sh",
                       dir() + "/rollback.sh"},
                      120000);
}

Command NetChange::verifyCommand() const
{
    QByteArray s = "cat " + q(dir() + "/status") + "; echo @@";
    if (!verify.bond.isEmpty())
        s += "; cat " + q("/proc/net/bonding/" + verify.bond.toUtf8());
    s += "; echo @@";
    if (!verify.bridge.isEmpty())
        s += "; cat " + q("/sys/class/net/" + verify.bridge.toUtf8() + "/operstate");
    s += "; echo @@";
    if (!verify.link.isEmpty())
        s += "; cat " + q("/sys/class/net/" + verify.link.toUtf8() + "/operstate");
    // Short: a stalled session is dropped and the next try connects afresh.
    return privileged({"sh", "-c", s}, 10000);
}

QList<NetChangeEvent> parseNetChangeStatus(const QByteArray &status)
{
    QList<NetChangeEvent> out;
    for (const QByteArray &line : status.split('\n')) {
        const NetChangeStatusLine l = parseNetChangeStatusLine(QString::fromUtf8(line));
        if (!l.word.isEmpty())
            out.append({l.word, l.epoch, l.text});
    }
    return out;
}

void finishNetChange(NetChange *c, const StackScript &st, const QStringList &members)
{
    // apply.sh: checks first, so a refusal changes nothing.
    QByteArray a = prologue(*c, "apply");
    a += "case \"$(last)\" in '') ;; *) fail \"this change already ran ($(last))\" ;; esac\n";
    for (const QString &m : members) {
        const QByteArray sys = "/sys/class/net/" + m.toUtf8();
        a += "[ -e " + q(sys) + " ] || fail " + q(m + QStringLiteral(" is no longer on the host")) + "\n";
        a += "[ ! -e " + q(sys + "/master") + " ] || fail "
            + q(m + QStringLiteral(" is already in a team or bridge")) + "\n";
    }
    for (const QString &l : c->newLinks)
        a += "[ ! -e " + q("/sys/class/net/" + l.toUtf8()) + " ] || fail " + q(l + QStringLiteral(" already exists"))
            + "\n";
    for (const QString &l : c->existingLinks)
        a += "[ -e " + q("/sys/class/net/" + l.toUtf8()) + " ] || fail "
            + q(l + QStringLiteral(" is no longer on the host")) + "\n";
    for (const NetFileChange &f : c->files) {
        const QByteArray p = q(f.path);
        if (f.remove)
            a += "[ -e " + p + " ] || fail " + q(f.path + QStringLiteral(" is gone since the plan was made: plan again"))
                + "\n";
        else if (f.plannedSha256.isEmpty())
            a += "[ ! -e " + p + " ] || fail " + q(f.path + QStringLiteral(" appeared since the plan was made: plan again"))
                + "\n";
        else
            a += "[ \"$(sha256sum <" + p + " | cut -d' ' -f1)\" = " + f.plannedSha256 + " ] || fail "
                + q(f.path + QStringLiteral(" changed since the plan was made: plan again")) + "\n";
    }
    a += lines(st.checks);
    a += "mkdir -p -m 0700 \"$d/old\"\n";
    for (int i = 0; i < c->files.size(); ++i)
        a += "[ ! -e " + q(c->files[i].path) + " ] || run cp -p " + q(c->files[i].path) + " \"$d/old/"
            + QByteArray::number(i) + "\"\n";
    a += "mark saved " + q(QStringLiteral("the files this change writes")) + "\n";
    a += lines(st.before);
    for (int i = 0; i < c->files.size(); ++i) {
        const NetFileChange &f = c->files[i];
        if (f.remove)
            a += "run rm -f " + q(f.path) + "\n";
        else
            a += "run install -D -m " + QByteArray::number(f.mode, 8) + " \"$d/new/" + QByteArray::number(i) + "\" "
                + q(f.path) + "\n";
    }
    a += lines(st.up);
    a += "mark applied\n";
    c->applyScript = a;

    // rollback.sh: idempotent; only puts files back when apply.sh saved them.
    QByteArray r = prologue(*c, "rollback");
    r += "case \"$(last)\" in confirmed|rolled-back|refused) exit 0 ;; '') mark rolled-back "
         + q(QStringLiteral("nothing had been changed")) + "; exit 0 ;; esac\n";
    r += "say 'rolling back'\n";
    r += lines(st.teardown);
    if (!c->files.isEmpty()) {
        r += "if grep -q '^saved ' \"$d/status\"; then\n";
        for (int i = 0; i < c->files.size(); ++i) {
            const QByteArray n = QByteArray::number(i);
            r += "  if [ -e \"$d/old/" + n + "\" ]; then try cp -p \"$d/old/" + n + "\" " + q(c->files[i].path)
                + "; else try rm -f " + q(c->files[i].path) + "; fi\n";
        }
        r += "fi\n";
    }
    r += lines(st.restore);
    QStringList paths;
    for (const NetFileChange &f : c->files)
        paths << f.path;
    const QString restored = paths.isEmpty() ? st.restoredText
                                              : QStringLiteral("restored %1; %2").arg(paths.join(QStringLiteral(", ")),
                                                                                       st.restoredText);
    r += "mark rolled-back " + q(restored) + "\n";
    c->rollbackScript = r;

    QByteArray k = prologue(*c, "confirm");
    k += "case \"$(last)\" in applied) ;; *) tail -n 1 \"$d/status\"; exit 3 ;; esac\n";
    k += "mark confirmed\n";
    k += "try systemctl stop " + q(c->rollbackUnit() + ".timer") + "\n";
    k += lines(st.confirm);
    c->confirmScript = k;

    Plan &p = c->plan;
    p.title = c->title;
    p.warnings = c->warnings;
    p.errors = c->errors;
    p.steps.clear();
    if (!c->errors.isEmpty())
        return;
    const QByteArray d = c->dir();
    // The change's status and log can be read by the admin's own account (a
    // sudo session's poller reads them without sudo); the staged and saved
    // files cannot: new/ and old/ are root's alone.
    p.steps << step(Plans::tr("Create %1 for this change's files").arg(QString::fromUtf8(d)), QString(),
                    privileged({"install", "-d", "-m", "0755", netChangesRoot(), d}, 30000));
    p.steps << step(Plans::tr("Create %1/new for the staged files, readable by root only").arg(QString::fromUtf8(d)),
                    QString(), privileged({"install", "-d", "-m", "0700", d + "/new"}, 30000));
    for (int i = 0; i < c->files.size(); ++i)
        if (!c->files[i].remove)
            p.steps << step(Plans::tr("Stage the new %1 (%2)").arg(c->files[i].path, c->files[i].why), QString(),
                            privileged({"tee", d + "/new/" + QByteArray::number(i)}, 30000, c->files[i].content));
    p.steps << step(Plans::tr("Stage apply.sh, the change itself"), QString(),
                    privileged({"tee", d + "/apply.sh"}, 30000, c->applyScript));
    p.steps << step(Plans::tr("Stage rollback.sh, which restores the saved configuration"), QString(),
                    privileged({"tee", d + "/rollback.sh"}, 30000, c->rollbackScript));
    p.steps << step(Plans::tr("Stage confirm.sh, run once the console is back in and the team is up"), QString(),
                    privileged({"tee", d + "/confirm.sh"}, 30000, c->confirmScript));
    p.steps << step(Plans::tr("Arm the host-side rollback: restore the configuration in %1 s unless confirmed")
                        .arg(c->rollbackSec),
                    QString(),
                    privileged({"systemd-run", "--quiet", "--collect", "--unit=" + c->rollbackUnit(),
                                "--on-active=" + QByteArray::number(c->rollbackSec),
                                "--timer-property=AccuracySec=1s", "/bin/sh", d + "/rollback.sh"},
                               30000));
    // Started, not waited for: the session may stall or drop while the links
    // change, and apply.sh runs to its end in its own unit regardless. The
    // console follows it through the status file.
    p.steps << step(Plans::tr("Start the change in a unit of its own (%1)").arg(netStackName(c->stack)),
                    c->verify.bond,
                    privileged({"systemd-run", "--collect", "--quiet",
                                "--unit=ftconsole-net-" + c->id.toUtf8() + "-apply", "/bin/sh", d + "/apply.sh"},
                               120000));
}

} // namespace ftc
