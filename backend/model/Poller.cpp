#include "Poller.h"
#include "transport/ShellQuote.h"


namespace ftc {

PollTargets targetsOf(const HostSnapshot &snapshot)
{
    PollTargets t;
    for (const Mirror &m : snapshot.mirrors)
        t.arrays << m.name;
    for (const Team &team : snapshot.teams)
        t.bonds << team.name;
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
    return sub(have.arrays, want.arrays) && sub(have.bonds, want.bonds) && sub(have.vms, want.vms);
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
    // Some tools print usable output and still exit non-zero (grep -r over sysfs
    // files that cannot be read); keep what came.
    if (!r.out.isEmpty() && key.endsWith(QLatin1String("/sysfs")))
        reading.present = true;
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
        sh.argv = {"sh"};
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

bool Poller::readOnce(const CancelFlag &cancel)
{
    const QList<BatchStep> steps = pollSteps(m_targets);
    const QHash<QString, CommandResult> results = runSteps(steps, cancel);
    ++m_roundTrips;

    RawSources raw;
    raw.label = m_label;
    raw.takenAt = m_clock();
    raw.moduleOverrides = m_overrides;
    int transportFailures = 0;
    for (const BatchStep &step : steps) {
        const CommandResult r = results.value(step.id);
        const QString line = QString::fromUtf8(shellQuote(step.argv));
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
        else if (cutOff && m_lastRaw.files.contains(step.id))
            // A step cut off by a timeout or a dropped link says nothing about the
            // host: keeping the last reading avoids a flood of "disk removed" /
            // "VM undefined" events followed by their opposites.
            raw.files.insert(step.id, m_lastRaw.files.value(step.id));
        if (reading.problem && !(m_runner.isCapture() && r.status == CommandResult::Status::Finished))
            raw.problems.append(*reading.problem);
    }
    if (transportFailures == steps.size()) {
        const CommandResult any = results.value(steps.first().id);
        m_lastError = any.summary().isEmpty()
            ? QStringLiteral("%1 did not answer").arg(m_label) : any.summary();
        return false;
    }
    m_lastRaw = raw;
    m_lastError.clear();
    return true;
}

HostSnapshotPtr Poller::refresh(const CancelFlag &cancel)
{
    m_roundTrips = 0;
    if (!readOnce(cancel))
        return {};
    auto snapshot = std::make_shared<HostSnapshot>(buildSnapshot(m_lastRaw));
    const PollTargets found = targetsOf(*snapshot);
    if (!covers(m_targets, found)) {
        m_targets = found;
        if (!readOnce(cancel))
            return {};
        snapshot = std::make_shared<HostSnapshot>(buildSnapshot(m_lastRaw));
    }
    // Objects that vanished are dropped from the plan for the next refresh.
    m_targets = targetsOf(*snapshot);
    m_syncSmoother.apply(*snapshot);
    return snapshot;
}

} // namespace ftc
