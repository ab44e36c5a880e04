#include "Poller.h"
#include "transport/ShellQuote.h"

namespace ftc {

PollTargets targetsOf(const HostSnapshot &snapshot)
{
    PollTargets t;
    for (const Mirror &m : snapshot.mirrors) {
        QStringList members;
        for (const MirrorMember &mm : m.members)
            if (!mm.device.isEmpty())
                members << mm.device;
        t.arrays.insert(m.name, members);
    }
    for (const Team &team : snapshot.teams) {
        t.bonds << team.name;
        t.links << team.name;
    }
    for (const Nic &n : snapshot.nics)
        t.links << n.name;
    for (const Vm &vm : snapshot.vms)
        t.vms << vm.name;
    return t;
}

namespace {
bool covers(const PollTargets &have, const PollTargets &want)
{
    auto sub = [](const QStringList &a, const QStringList &b) {
        for (const QString &x : b)
            if (!a.contains(x))
                return false;
        return true;
    };
    for (auto it = want.arrays.constBegin(); it != want.arrays.constEnd(); ++it)
        if (!have.arrays.contains(it.key()) || !sub(have.arrays.value(it.key()), it.value()))
            return false;
    return sub(have.bonds, want.bonds) && sub(have.vms, want.vms) && sub(have.links, want.links);
}

// The command an admin would type to see what a step read.
QString commandLineOf(const BatchStep &s)
{
    switch (s.kind) {
    case BatchStep::Kind::ReadFile:
        return QStringLiteral("cat ") + QString::fromUtf8(shellQuoteWord(s.argv.value(0)));
    case BatchStep::Kind::ReadFiles:
        return QStringLiteral("grep -H '' ") + QString::fromUtf8(shellQuote(s.argv));
    case BatchStep::Kind::ListDir:
        return QStringLiteral("ls ") + QString::fromUtf8(shellQuoteWord(s.argv.value(0)));
    case BatchStep::Kind::Run:
        break;
    }
    return QString::fromUtf8(shellQuote(s.argv));
}

// Sources that name one object: dropped when the object is gone.
bool belongsToGoneObject(const QString &key, const PollTargets &t)
{
    if (key.startsWith(QLatin1String("md/")))
        return !t.arrays.contains(key.section(QLatin1Char('/'), 1, 1));
    if (key.startsWith(QLatin1String("bonding/")))
        return !t.bonds.contains(key.mid(8));
    if (key.startsWith(QLatin1String("virsh/schedinfo/")))
        return !t.vms.contains(key.mid(16));
    return false;
}
} // namespace

SourceReading interpretSource(const QString &key, const QString &host, const QString &commandLine,
                              const CommandResult &r)
{
    SourceReading reading;
    if (r.ok()) {
        reading.present = true;
        return reading;
    }
    Problem p;
    p.source = key;
    p.command = commandLine;
    if (r.status != CommandResult::Status::Finished) {
        p.message = QStringLiteral("%1: could not read %2: %3").arg(host, key, r.summary());
        reading.problem = p;
        return reading;
    }
    const QString tool = toolForSource(key);
    if (r.exitCode == 127) {
        p.message = QStringLiteral("%1 has no %2 command: install the %3 package on the host to see this part.")
                        .arg(host, tool, packageForTool(tool));
        reading.problem = p;
        return reading;
    }
    if (sudoWantsPassword(r.err)) {
        p.message = QStringLiteral("%1: sudo wants a password for %2: add a NOPASSWD sudoers rule for it, or connect as root.")
                        .arg(host, tool);
        reading.problem = p;
        return reading;
    }
    if (isOptionalSource(key))
        return reading;
    p.message = QStringLiteral("%1: %2 failed: %3").arg(host, tool, r.summary());
    reading.problem = p;
    return reading;
}

Poller::Poller(Runner &runner, QString label)
    : m_runner(runner), m_label(std::move(label))
{
}

Poller::~Poller()
{
    if (m_shell)
        m_shell->terminate();
}

QHash<QString, CommandResult> Poller::runSteps(const QList<BatchStep> &steps, const CancelFlag &cancel)
{
    if (m_persistent) {
        QHash<QString, CommandResult> viaShell = runInShell(steps, cancel);
        if (!viaShell.isEmpty())
            return viaShell;
    }
    return runBatch(m_runner, steps, m_timeoutMs, cancel);
}

QHash<QString, CommandResult> Poller::runInShell(const QList<BatchStep> &steps, const CancelFlag &cancel)
{
    if (!m_shell) {
        Command sh;
        sh.argv = {"sh", "-s"};
        // Defined once per shell; each batch then only calls the functions.
        sh.input = batchPrologue();
        m_shell = m_runner.openStream(sh);
        if (!m_shell)
            return {};
    }
    bool lost = false;
    QHash<QString, CommandResult> results =
        runBatchInShell(*m_shell, m_runner.needsSudo(), steps, m_timeoutMs, cancel, &lost);
    if (lost)
        m_shell.reset();
    return results;
}

bool Poller::readOnce(PollDepth depth, const CancelFlag &cancel)
{
    const QList<BatchStep> steps = pollSteps(m_targets, depth, m_missingTools);
    const QHash<QString, CommandResult> results = runSteps(steps, cancel);
    ++m_roundTrips;

    // A full read starts afresh (what it did not find is gone); a live one
    // updates the latest full read.
    RawSources raw;
    if (depth == PollDepth::Live)
        raw = m_raw;
    raw.label = m_label;
    raw.takenAt = m_clock();
    raw.moduleOverrides = m_overrides;
    raw.user = m_runner.userName();
    raw.viaSudo = m_runner.needsSudo();
    int transportFailures = 0;
    for (const BatchStep &step : steps) {
        const CommandResult r = results.value(step.id);
        const QString line = commandLineOf(step);
        raw.commands.insert(step.id, line);
        if (r.status != CommandResult::Status::Finished)
            ++transportFailures;
        // coreutils' timeout exits 124 (137 after its KILL) when the step hung.
        const bool hung = step.timeoutSec > 0 && r.status == CommandResult::Status::Finished
            && (r.exitCode == 124 || r.exitCode == 137);
        const bool cutOff = r.status != CommandResult::Status::Finished || hung;
        SourceReading reading = interpretSource(step.id, m_label, line, r);
        if (hung && reading.problem)
            reading.problem->message = QStringLiteral("%1: %2 did not answer within %3 s; showing the last reading")
                                           .arg(m_label, toolForSource(step.id))
                                           .arg(step.timeoutSec);
        if (reading.present && !hung)
            raw.files.insert(step.id, r.out);
        else if (cutOff && m_raw.files.contains(step.id))
            // A step cut off by a timeout or a dropped link says nothing about the
            // host: keeping the last reading avoids a flood of "disk removed" /
            // "VM undefined" events followed by their opposites.
            raw.files.insert(step.id, m_raw.files.value(step.id));
        else
            raw.files.remove(step.id);
        // A host without the tool is not asked again until the admin refreshes
        // by hand; the problem stays on show meanwhile.
        if (step.kind == BatchStep::Kind::Run && r.status == CommandResult::Status::Finished && r.exitCode == 127
            && !(step.privileged && m_runner.needsSudo()))
            m_missingTools.insert(QString::fromUtf8(step.argv.value(0)));
        if (reading.problem)
            m_problems.insert(step.id, *reading.problem);
        else
            m_problems.remove(step.id);
    }
    if (transportFailures == steps.size()) {
        const CommandResult any = results.value(steps.first().id);
        m_lastError = any.summary().isEmpty()
            ? QStringLiteral("%1 did not answer").arg(m_label) : any.summary();
        return false;
    }
    for (auto it = raw.files.begin(); it != raw.files.end();)
        it = belongsToGoneObject(it.key(), m_targets) ? raw.files.erase(it) : std::next(it);
    for (auto it = m_problems.begin(); it != m_problems.end();)
        it = belongsToGoneObject(it.key(), m_targets) ? m_problems.erase(it) : std::next(it);
    raw.problems = m_problems.values();
    m_raw = raw;
    m_lastError.clear();
    return true;
}

std::shared_ptr<HostSnapshot> Poller::build()
{
    return std::make_shared<HostSnapshot>(buildSnapshot(m_raw));
}

HostSnapshotPtr Poller::refresh(const CancelFlag &cancel, bool full)
{
    m_roundTrips = 0;
    if (full)
        m_missingTools.clear();
    bool readFull = full || m_sinceFull < 0 || m_sinceFull + 1 >= m_fullEvery;
    if (!readOnce(readFull ? PollDepth::Full : PollDepth::Live, cancel))
        return {};
    std::shared_ptr<HostSnapshot> snapshot = build();
    const PollTargets found = targetsOf(*snapshot);
    const bool stale = !readFull && changeFingerprint(m_raw.files) != m_fingerprint;
    if (stale || !covers(m_targets, found)) {
        // New objects need their own sources, and a change the live read saw
        // needs the tools' view: read it all again at once.
        m_targets = found;
        if (!readOnce(PollDepth::Full, cancel))
            return {};
        readFull = true;
        snapshot = build();
    }
    // Objects that vanished are dropped from the plan for the next refresh.
    m_targets = targetsOf(*snapshot);
    m_fingerprint = changeFingerprint(m_raw.files);
    m_sinceFull = readFull ? 0 : m_sinceFull + 1;
    m_lastWasFull = readFull;
    m_syncSmoother.apply(*snapshot);
    return snapshot;
}

} // namespace ftc
