// "Save VM states when the host stops": the edit of libvirt-guests' settings
// (only ON_SHUTDOWN changes, byte for byte), the plan's steps and refusals, the
// VMs whose own choice contradicts the host, and the plan applied for real: on
// the demo host (read back through the poller) and on a file in a temporary
// directory through a local shell.

#include "demo/SimulatedHost.h"
#include "model/Poller.h"
#include "model/RawSources.h"
#include "parse/LibvirtGuests.h"
#include "plan/Plan.h"
#include "transport/LocalRunner.h"
#include "vms/LibvirtGuestsPlanner.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

using namespace ftc;

namespace {

const QString kDebianPath = QStringLiteral("/etc/default/libvirt-guests");

// As the package ships it: everything commented out.
const QByteArray kPackaged = "# URIs to check for running guests\n"
                             "#URIS=default\n"
                             "\n"
                             "# action taken on host shutdown\n"
                             "#ON_SHUTDOWN=suspend\n"
                             "\n"
                             "#SHUTDOWN_TIMEOUT=300\n";

// A Debian host whose libvirt-guests file holds text (absent when null), as a
// full read builds it.
HostSnapshot debianHost(const QByteArray *text, bool serviceEnabled = true)
{
    RawSources raw;
    raw.label = QStringLiteral("ft1");
    for (const char *key : {"libvirt-guests/default", "libvirt-guests/sysconfig", "os-release",
                            "systemd/multi-user.target.wants"})
        raw.commands.insert(QLatin1String(key), QStringLiteral("read"));
    if (text)
        raw.files.insert(QStringLiteral("libvirt-guests/default"), *text);
    raw.files.insert(QStringLiteral("os-release"), "ID=debian\n");
    raw.files.insert(QStringLiteral("systemd/multi-user.target.wants"),
                     serviceEnabled ? "libvirt-guests.service\n" : "ssh.service\n");
    HostSnapshot s = buildSnapshot(raw);
    s.info.name = QStringLiteral("ft1");
    return s;
}

Vm vm(const QString &name, std::optional<bool> saveOnStop)
{
    Vm v;
    v.name = name;
    v.state = QStringLiteral("running");
    v.saveOnStop = saveOnStop;
    return v;
}

// The text with one line taken out: what it was before a line was added.
QByteArray withoutLine(const QByteArray &text, int line)
{
    QList<QByteArray> lines = text.split('\n');
    lines.removeAt(line - 1);
    return lines.join('\n');
}

QString joined(const QStringList &l)
{
    return l.join(QLatin1Char('\n'));
}

// Runs privileged steps as whoever runs the test: the file is the test's own.
class OwnFilesRunner : public LocalRunner {
public:
    bool needsSudo() const override { return false; }
};

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
}

bool writeAll(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

int modeOf(const QString &path)
{
    struct stat st {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 07777) : -1;
}

} // namespace

class TestLibvirtGuestsPlan : public QObject {
    Q_OBJECT
private slots:
    void editReplacesTheValueInPlace();
    void editAddsAfterTheCommentedDefault();
    void editAppendsWhenThereIsNoComment();
    void editChangesTheAssignmentInEffect();
    void planStepsForAnExistingFile();
    void planCreatesTheFileOnADebianHost();
    void planRefuses();
    void contradictions();
    void planWarnsOfTheContradictionsItMakes();
    void demoRoundTrip();
    void demoRefusesAFileChangedSinceItWasRead();
    void demoFilesSurviveTheStateFile();
    void localFileRoundTrip();
    void localFileCreated();
};

void TestLibvirtGuestsPlan::editReplacesTheValueInPlace()
{
    const QByteArray text = "# mine\n  export ON_SHUTDOWN=\"suspend\"   # keep this comment\nSHUTDOWN_TIMEOUT=60\n";
    int line = 0;
    QCOMPARE(libvirtGuestsWithOnShutdown(text, QStringLiteral("shutdown"), &line),
             QByteArray("# mine\n  export ON_SHUTDOWN=shutdown   # keep this comment\nSHUTDOWN_TIMEOUT=60\n"));
    QCOMPARE(line, 2);
}

void TestLibvirtGuestsPlan::editAddsAfterTheCommentedDefault()
{
    int line = 0;
    const QByteArray edited = libvirtGuestsWithOnShutdown(kPackaged, QStringLiteral("shutdown"), &line);
    QCOMPARE(line, 6);
    QCOMPARE(edited.split('\n').value(4), QByteArray("#ON_SHUTDOWN=suspend"));
    QCOMPARE(edited.split('\n').value(5), QByteArray("ON_SHUTDOWN=shutdown"));
    // Every other byte as it was.
    QCOMPARE(withoutLine(edited, line), kPackaged);
}

void TestLibvirtGuestsPlan::editAppendsWhenThereIsNoComment()
{
    int line = 0;
    const QByteArray noNewline = "URIS=default\n# last line without its newline";
    const QByteArray edited = libvirtGuestsWithOnShutdown(noNewline, QStringLiteral("shutdown"), &line);
    QCOMPARE(edited, noNewline + "\nON_SHUTDOWN=shutdown\n");
    QCOMPARE(line, 3);
    QCOMPARE(libvirtGuestsWithOnShutdown(QByteArray(), QStringLiteral("suspend"), &line),
             QByteArray("ON_SHUTDOWN=suspend\n"));
    QCOMPARE(line, 1);
}

void TestLibvirtGuestsPlan::editChangesTheAssignmentInEffect()
{
    const QByteArray text = "ON_SHUTDOWN=suspend\n#ON_SHUTDOWN=suspend\nON_SHUTDOWN='shutdown';URIS=default\n";
    int line = 0;
    QCOMPARE(libvirtGuestsWithOnShutdown(text, QStringLiteral("suspend"), &line),
             QByteArray("ON_SHUTDOWN=suspend\n#ON_SHUTDOWN=suspend\nON_SHUTDOWN=suspend;URIS=default\n"));
    QCOMPARE(line, 3);
}

void TestLibvirtGuestsPlan::planStepsForAnExistingFile()
{
    const QByteArray text = kPackaged + "ON_BOOT=ignore\n";
    const HostSnapshot s = debianHost(&text);
    const Plan plan = planLibvirtGuestsOnShutdown(s, false);
    QVERIFY2(plan.ok(), qPrintable(joined(plan.errors)));
    const QByteArray path = kDebianPath.toUtf8();
    const QByteArray temp = path + ".ftconsole-new";
    QCOMPARE(plan.steps.size(), 5);
    QCOMPARE(plan.steps[0].command.argv, (Argv{"cmp", "-", path}));
    QCOMPARE(plan.steps[0].command.input, text);
    QCOMPARE(plan.steps[1].command.argv, (Argv{"tee", temp}));
    QCOMPARE(plan.steps[1].command.input, libvirtGuestsWithOnShutdown(text, QStringLiteral("shutdown")));
    QCOMPARE(plan.steps[2].command.argv, (Argv{"chown", "--reference=" + path, temp}));
    QCOMPARE(plan.steps[3].command.argv, (Argv{"chmod", "--reference=" + path, temp}));
    QCOMPARE(plan.steps[4].command.argv, (Argv{"mv", "-f", "-T", temp, path}));
    for (const PlanStep &st : plan.steps)
        QVERIFY(st.command.privileged);
    // A failure says which file changed: the new one, or the real one.
    QCOMPARE(plan.steps[1].subject, QString::fromUtf8(temp));
    QCOMPARE(plan.steps[4].subject, kDebianPath);
    QVERIFY(plan.steps[0].subject.isEmpty());
    const QString w = joined(plan.warnings);
    QVERIFY2(w.contains(QLatin1String("/etc/default/libvirt-guests gets the line ON_SHUTDOWN=shutdown as line 6")),
             qPrintable(w));
    QVERIFY(w.contains(QLatin1String("300 s")));
    // No plan ever runs a shell line made of the host's text.
    for (const PlanStep &st : plan.steps)
        QVERIFY(st.command.argv.first() != "sh");
}

void TestLibvirtGuestsPlan::planCreatesTheFileOnADebianHost()
{
    const HostSnapshot s = debianHost(nullptr);
    QVERIFY(!s.libvirtGuests.present);
    QVERIFY(s.libvirtGuests.suspends());
    const Plan plan = planLibvirtGuestsOnShutdown(s, false);
    QVERIFY2(plan.ok(), qPrintable(joined(plan.errors)));
    const QByteArray path = kDebianPath.toUtf8();
    const QByteArray temp = path + ".ftconsole-new";
    QCOMPARE(plan.steps[0].command.argv, (Argv{"test", "!", "-e", path}));
    QCOMPARE(plan.steps[1].command.argv, (Argv{"tee", temp}));
    QVERIFY(plan.steps[1].command.input.endsWith("\nON_SHUTDOWN=shutdown\n"));
    QCOMPARE(plan.steps[2].command.argv, (Argv{"chmod", "0644", temp}));
    QCOMPARE(plan.steps.last().command.argv, (Argv{"mv", "-f", "-T", temp, path}));
    const QString w = joined(plan.warnings);
    QVERIFY2(w.contains(QLatin1String("does not exist: the plan creates it")), qPrintable(w));
    QVERIFY(w.contains(QLatin1String("Debian-like")));
}

void TestLibvirtGuestsPlan::planRefuses()
{
    const QByteArray text = kPackaged;
    HostSnapshot capture = debianHost(&text);
    capture.isCapture = true;
    Plan p = planLibvirtGuestsOnShutdown(capture, false);
    QVERIFY(!p.ok());
    QVERIFY(p.steps.isEmpty());
    QVERIFY(joined(p.errors).contains(QLatin1String("read-only capture")));

    HostSnapshot unread = debianHost(&text);
    unread.libvirtGuests = LibvirtGuests();
    p = planLibvirtGuestsOnShutdown(unread, false);
    QVERIFY(p.steps.isEmpty());
    QVERIFY(joined(p.errors).contains(QLatin1String("not been read")));

    // Already so: suspend is libvirt-guests' default.
    p = planLibvirtGuestsOnShutdown(debianHost(&text), true);
    QVERIFY(p.steps.isEmpty());
    QVERIFY(joined(p.errors).contains(QLatin1String("nothing to change")));

    const QByteArray odd = "ON_SHUTDOWN=suspend\n[ -r /etc/local ] && . /etc/local\n";
    p = planLibvirtGuestsOnShutdown(debianHost(&odd), false);
    QVERIFY(p.steps.isEmpty());
    QVERIFY(joined(p.errors).contains(QLatin1String("does not understand")));

    HostSnapshot unknown = debianHost(nullptr);
    unknown.libvirtGuests.path.clear();
    unknown.libvirtGuests.osFamily = QStringLiteral("arch");
    p = planLibvirtGuestsOnShutdown(unknown, false);
    QVERIFY(p.steps.isEmpty());
    QVERIFY(joined(p.errors).contains(QLatin1String("\"arch\"")));

    // A later line that reads ON_SHUTDOWN would change too: no edit does
    // only what was asked.
    const QByteArray reads = "ON_SHUTDOWN=suspend\nWHAT=$ON_SHUTDOWN\n";
    p = planLibvirtGuestsOnShutdown(debianHost(&reads), false);
    QVERIFY(p.steps.isEmpty());
    QVERIFY(joined(p.errors).contains(QLatin1String("changes only ON_SHUTDOWN")));
}

void TestLibvirtGuestsPlan::contradictions()
{
    const QByteArray shutdown = "ON_SHUTDOWN=shutdown\n";
    HostSnapshot s = debianHost(&shutdown);
    s.vms = {vm(QStringLiteral("DC1"), true), vm(QStringLiteral("FS1"), false), vm(QStringLiteral("EX1"), {})};
    QStringList c = libvirtGuestsContradictions(s);
    QCOMPARE(c.size(), 1);
    QVERIFY2(c[0].startsWith(QLatin1String("DC1 is set to save its state")), qPrintable(c[0]));
    QVERIFY(c[0].contains(QLatin1String("ON_SHUTDOWN=shutdown in /etc/default/libvirt-guests")));
    QVERIFY(c[0].contains(QLatin1String("turn on Save VM States When the Host Stops")));

    const QByteArray suspend = kPackaged;
    s = debianHost(&suspend);
    s.vms = {vm(QStringLiteral("DC1"), true), vm(QStringLiteral("FS1"), false), vm(QStringLiteral("EX1"), {})};
    c = libvirtGuestsContradictions(s);
    QCOMPARE(c.size(), 1);
    QVERIFY2(c[0].startsWith(QLatin1String("FS1 is set to be shut down")), qPrintable(c[0]));
    QVERIFY(c[0].contains(QLatin1String("no setting per VM")));

    // The service off: nothing saves DC1, and FS1 is shut down as it wants.
    s = debianHost(&suspend, false);
    s.vms = {vm(QStringLiteral("DC1"), true), vm(QStringLiteral("FS1"), false)};
    c = libvirtGuestsContradictions(s);
    QCOMPARE(c.size(), 1);
    QVERIFY(c[0].startsWith(QLatin1String("DC1")));
    QVERIFY(c[0].contains(QLatin1String("systemctl enable --now libvirt-guests")));

    // libvirt-guests looking at another connection does not save DC1.
    const QByteArray otherUri = "URIS=qemu:///session\n";
    s = debianHost(&otherUri);
    s.vms = {vm(QStringLiteral("DC1"), true)};
    c = libvirtGuestsContradictions(s);
    QCOMPARE(c.size(), 1);
    QVERIFY(c[0].contains(QLatin1String("add qemu:///system to URIS")));

    s.libvirtGuests = LibvirtGuests();
    QVERIFY(libvirtGuestsContradictions(s).isEmpty());
}

void TestLibvirtGuestsPlan::planWarnsOfTheContradictionsItMakes()
{
    const QByteArray text = kPackaged;
    HostSnapshot s = debianHost(&text);
    s.vms = {vm(QStringLiteral("DC1"), true)};
    QVERIFY(libvirtGuestsContradictions(s).isEmpty());
    const Plan plan = planLibvirtGuestsOnShutdown(s, false);
    QVERIFY(plan.ok());
    QVERIFY2(joined(plan.warnings).contains(QLatin1String("DC1 is set to save its state")), qPrintable(joined(plan.warnings)));
}

void TestLibvirtGuestsPlan::demoRoundTrip()
{
    SimulatedHost host;
    // An admin's own mode and group, which the edit must keep.
    QVERIFY(host.run(Command{{"chmod", "0640", kDebianPath.toUtf8()}}).ok());
    QVERIFY(host.run(Command{{"chown", "root:libvirt", kDebianPath.toUtf8()}}).ok());
    const QByteArray original = host.state().files.value(kDebianPath).content;

    Poller poller(host, QStringLiteral("demo"));
    HostSnapshotPtr s = poller.refresh(CancelFlag(), true);
    QVERIFY2(s, qPrintable(poller.lastError()));
    const LibvirtGuests &g = s->libvirtGuests;
    QVERIFY(g.known);
    QVERIFY(g.present);
    QCOMPARE(g.path, kDebianPath);
    QCOMPARE(g.text, original);
    QCOMPARE(g.osFamily, QStringLiteral("debian"));
    QCOMPARE(g.serviceEnabled, std::optional<bool>(true));
    QVERIFY(g.suspends());
    QVERIFY(!g.onShutdownSet);
    QVERIFY2(s->problems.isEmpty(), qPrintable(s->problems.value(0).message));

    const Plan off = planLibvirtGuestsOnShutdown(*s, false);
    QVERIFY2(off.ok(), qPrintable(joined(off.errors)));
    ApplyResult r = applyPlan(host, off, QString());
    QVERIFY2(r.ok, qPrintable(r.message));
    SimState st = host.state();
    const SimFile f = st.files.value(kDebianPath);
    int line = 0;
    QCOMPARE(f.content, libvirtGuestsWithOnShutdown(original, QStringLiteral("shutdown"), &line));
    QCOMPARE(withoutLine(f.content, line), original);
    QCOMPARE(f.mode, 0640);
    QCOMPARE(f.group, QStringLiteral("libvirt"));
    QVERIFY(!st.files.contains(kDebianPath + QStringLiteral(".ftconsole-new")));

    s = poller.refresh(CancelFlag(), true);
    QVERIFY(s);
    QVERIFY(!s->libvirtGuests.suspends());
    QVERIFY(s->libvirtGuests.onShutdownSet);
    QCOMPARE(s->libvirtGuests.onShutdownLine, line);

    // And back: the line the console added now says suspend; nothing else moved.
    const Plan on = planLibvirtGuestsOnShutdown(*s, true);
    QVERIFY2(on.ok(), qPrintable(joined(on.errors)));
    r = applyPlan(host, on, QString());
    QVERIFY2(r.ok, qPrintable(r.message));
    const QByteArray back = host.state().files.value(kDebianPath).content;
    QCOMPARE(back.split('\n').value(line - 1), QByteArray("ON_SHUTDOWN=suspend"));
    QCOMPARE(withoutLine(back, line), original);
    s = poller.refresh(CancelFlag(), true);
    QVERIFY(s->libvirtGuests.suspends());
    QVERIFY(s->libvirtGuests.onShutdownSet);
}

void TestLibvirtGuestsPlan::demoRefusesAFileChangedSinceItWasRead()
{
    SimulatedHost host;
    Poller poller(host, QStringLiteral("demo"));
    const HostSnapshotPtr s = poller.refresh(CancelFlag(), true);
    QVERIFY(s);
    const Plan plan = planLibvirtGuestsOnShutdown(*s, false);
    QVERIFY(plan.ok());
    // Someone edits the file between the preview and the apply.
    Command edit{{"tee", "-a", kDebianPath.toUtf8()}};
    edit.input = "SHUTDOWN_TIMEOUT=30\n";
    QVERIFY(host.run(edit).ok());
    const QByteArray edited = host.state().files.value(kDebianPath).content;
    QVERIFY(edited.endsWith("SHUTDOWN_TIMEOUT=30\n"));

    const ApplyResult r = applyPlan(host, plan, QString());
    QVERIFY(!r.ok);
    QCOMPARE(r.stepsDone, 0);
    QVERIFY2(r.message.startsWith(QLatin1String("Step 1 (Check that /etc/default/libvirt-guests is as it was read")),
             qPrintable(r.message));
    QVERIFY(r.message.contains(QLatin1String("Nothing was changed.")));
    QCOMPARE(host.state().files.value(kDebianPath).content, edited);
    QVERIFY(!host.state().files.contains(kDebianPath + QStringLiteral(".ftconsole-new")));
}

void TestLibvirtGuestsPlan::demoFilesSurviveTheStateFile()
{
    SimulatedHost host;
    Command write{{"tee", kDebianPath.toUtf8()}};
    write.input = "ON_SHUTDOWN=shutdown\n";
    QVERIFY(host.run(write).ok());
    QJsonObject saved = host.saveState();
    SimulatedHost again;
    QString error;
    QVERIFY2(again.loadState(saved, &error), qPrintable(error));
    QCOMPARE(again.state().files.value(kDebianPath).content, QByteArray("ON_SHUTDOWN=shutdown\n"));
    QCOMPARE(again.state().files, host.state().files);
    // A state written before hosts had files gets the demo's.
    saved.remove(QStringLiteral("files"));
    QVERIFY(again.loadState(saved, &error));
    QCOMPARE(again.state().files, SimState::demoFiles());
}

void TestLibvirtGuestsPlan::localFileRoundTrip()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("libvirt-guests"));
    const QByteArray original = kPackaged + "export URIS='default'  # ours\n";
    QVERIFY(writeAll(path, original));
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup));

    HostSnapshot s = debianHost(&original);
    s.libvirtGuests.path = path;   // the file the plan edits: here, the test's own
    const Plan plan = planLibvirtGuestsOnShutdown(s, false);
    QVERIFY2(plan.ok(), qPrintable(joined(plan.errors)));
    OwnFilesRunner runner;
    ApplyResult r = applyPlan(runner, plan, QString());
    QVERIFY2(r.ok, qPrintable(r.message));
    const QByteArray now = readAll(path);
    QCOMPARE(now, libvirtGuestsWithOnShutdown(original, QStringLiteral("shutdown")));
    QCOMPARE(withoutLine(now, 6), original);
    QCOMPARE(modeOf(path), 0640);
    QVERIFY(!QFile::exists(path + QStringLiteral(".ftconsole-new")));
    QCOMPARE(parseLibvirtGuests(now).onShutdown(), QStringLiteral("shutdown"));

    // The same plan again: the file is no longer what it was made from.
    r = applyPlan(runner, plan, QString());
    QVERIFY(!r.ok);
    QCOMPARE(r.stepsDone, 0);
    QVERIFY2(r.message.contains(QLatin1String("Nothing was changed.")), qPrintable(r.message));
    QCOMPARE(readAll(path), now);
}

void TestLibvirtGuestsPlan::localFileCreated()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("libvirt-guests"));
    HostSnapshot s = debianHost(nullptr);
    s.libvirtGuests.path = path;
    const Plan plan = planLibvirtGuestsOnShutdown(s, false);
    QVERIFY2(plan.ok(), qPrintable(joined(plan.errors)));
    OwnFilesRunner runner;
    ApplyResult r = applyPlan(runner, plan, QString());
    QVERIFY2(r.ok, qPrintable(r.message));
    QCOMPARE(modeOf(path), 0644);
    const LibvirtGuestsConfig c = parseLibvirtGuests(readAll(path));
    QVERIFY(c.vars.errors.isEmpty());
    QCOMPARE(c.onShutdown(), QStringLiteral("shutdown"));

    // Once there, a plan made while it was absent stops before writing.
    QVERIFY(writeAll(path, "ON_SHUTDOWN=suspend\n"));
    r = applyPlan(runner, plan, QString());
    QVERIFY(!r.ok);
    QVERIFY(r.message.contains(QLatin1String("Nothing was changed.")));
    QCOMPARE(readAll(path), QByteArray("ON_SHUTDOWN=suspend\n"));
}

QTEST_GUILESS_MAIN(TestLibvirtGuestsPlan)
#include "tst_libvirtguestsplan.moc"
