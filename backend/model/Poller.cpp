#include "Poller.h"
#include "ReadingsTr.h"
#include "transport/ShellQuote.h"
#include "vms/VmPoll.h"

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
    for (const Nic &n : snapshot.nics) {
        t.links << n.name;
        t.nics << n.name;
    }
    for (const Vm &vm : snapshot.vms)
        t.vms << vm.name;
    for (const NetChangeRecord &c : snapshot.netChanges)
        t.netChanges << c.id;
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
    // New VMs need no follow-up read: their state is in domstats already, and
    // their configuration (schedinfo, metadata) comes with the next refresh,
    // so a host with a thousand of them is shown at once.
    return sub(have.bonds, want.bonds) && sub(have.links, want.links) && sub(have.nics, want.nics);
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
    const QString vm = vmOfSourceKey(key);
    if (!vm.isEmpty())
        return !t.vms.contains(vm);
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
    if (toolForSource(key) == QLatin1String("virsh")
        && (r.err.contains("failed to connect to the hypervisor")
            || r.error.contains(QLatin1String("failed to connect to the hypervisor")))) {
        // The one libvirt problem an admin meets first (virsh ends at once
        // when it cannot connect): said once, through domstats, with what to do.
        if (key != QLatin1String("virsh/domstats"))
            return reading;
        const bool daemon = commandLine.contains(QLatin1String("qemu:///system"))
            || commandLine.contains(QLatin1String("qemu:///session"));
        p.message = daemon
            ? Readings::tr("%1: libvirt does not answer (%2): start it on the host (systemctl start libvirtd), or "
                           "choose another connection (Host ▸ Libvirt Connection, or --libvirt-uri).")
                  .arg(host, r.summary())
            : Readings::tr("%1: libvirt cannot open this connection (%2): check the URI (Host ▸ Libvirt "
                           "Connection, or --libvirt-uri).")
                  .arg(host, r.summary());
        reading.problem = p;
        return reading;
    }
    if (r.status != CommandResult::Status::Finished) {
        p.message = Readings::tr("%1: could not read %2: %3").arg(host, key, r.summary());
        reading.problem = p;
        return reading;
    }
    const QString tool = toolForSource(key);
    if (r.exitCode == 127) {
        p.message = Readings::tr("%1 has no %2 command: install the %3 package on the host to see this part.")
                        .arg(host, tool, packageForTool(tool));
        reading.problem = p;
        return reading;
    }
    if (sudoWantsPassword(r.err)) {
        p.message = Readings::tr("%1: sudo wants a password for %2: add a NOPASSWD sudoers rule for it, or connect as root.")
                        .arg(host, tool);
        reading.problem = p;
        return reading;
    }
    if (isOptionalSource(key))
        return reading;
    p.message = Readings::tr("%1: %2 failed: %3").arg(host, tool, r.summary());
    reading.problem = p;
    return reading;
}

Poller::Poller(Runner &runner, QString label)
    : m_runner(runner), m_label(std::move(label)), m_virsh(std::make_unique<VirshSession>(runner, kDefaultLibvirtUri))
{
}

Poller::~Poller()
{
    if (m_shell)
        m_shell->terminate();
    if (m_events)
        m_events->terminate();
}

void Poller::setLibvirtUri(const QByteArray &uri)
{
    if (uri == m_virsh->uri())
        return;
    m_virsh = std::make_unique<VirshSession>(m_runner, uri);
    if (m_events)
        m_events->terminate();
    m_events.reset();
    invalidateVmConfig();
}

void Poller::invalidateVmConfig(const QStringList &vms)
{
    if (vms.isEmpty()) {
        m_vmConfigRead.clear();
        m_vmConfig.clear();
        return;
    }
    for (const QString &vm : vms)
        for (const QString &key : vmConfigKeys(vm)) {
            m_vmConfigRead.remove(key);
            m_vmConfig.remove(key);
        }
}

VmConfigReading Poller::readVmConfig(const QString &vm, const CancelFlag &cancel)
{
    VmConfigReading r;
    r.vm = vm;
    const QByteArray name = vm.toUtf8();
    const QList<CommandResult> answers =
        m_virsh->run({{"dumpxml", "--domain", name}, {"dominfo", "--domain", name},
                      {"dumpxml", "--inactive", "--domain", name}}, m_timeoutMs, cancel);
    const CommandResult xml = answers.value(0);
    if (!xml.ok()) {
        r.error = xml.summary().isEmpty() ? Readings::tr("virsh dumpxml %1 failed").arg(vm) : xml.summary();
        return r;
    }
    r.xml = parseDomainXml(xml.out);
    if (!r.xml.errors.isEmpty())
        r.error = Readings::tr("the definition of %1 could not be read: %2").arg(vm, r.xml.errors.first().message);
    if (answers.value(1).ok())
        r.info = parseVirshDomInfo(answers.value(1).out);
    r.inactiveXml = answers.value(2).ok() ? parseDomainXml(answers.value(2).out) : r.xml;
    return r;
}

CheckFacts Poller::readCheckFacts(const HostSnapshot &snapshot, const CancelFlag &cancel)
{
    return ftc::readCheckFacts(m_runner, *m_virsh, snapshot, cancel);
}

bool Poller::pollEvents()
{
    if (!m_events)
        return false;
    const StreamChunk c = m_events->read(0);
    bool changed = false;
    for (const VirshEvent &e : m_eventReader.feed(c.out)) {
        if (changesConfig(e)) {
            invalidateVmConfig({e.domain});
            changed = true;
        }
        if (changesState(e))
            changed = true;
    }
    if (c.finished) {
        // libvirtd restarted or went away: the next refresh reopens it.
        m_events.reset();
        changed = true;
    }
    return changed;
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
    QList<BatchStep> steps = pollSteps(m_targets, depth, m_missingTools);
    const qsizetype shellSteps = steps.size();

    // libvirt is asked through the host's virsh session, alongside the shell's
    // batch: both are sent before either answer is read, so the refresh is
    // still one round trip.
    QList<VirshQuery> queries;
    if (!m_missingTools.contains(QStringLiteral("virsh"))) {
        QStringList needConfig;
        for (const QString &vm : std::as_const(m_targets.vms))
            if (safeObjectName(vm) && !m_vmConfigRead.contains(vmConfigKeys(vm).first()))
                needConfig << vm;
        queries = vmQueries(depth == PollDepth::Full, needConfig);
        QList<Argv> words;
        for (const VirshQuery &q : std::as_const(queries)) {
            words << q.words;
            steps.append(BatchStep::run(q.key, Argv{"virsh", "-c", m_virsh->uri()} + q.words, false, 0));
        }
        m_virsh->send(words);
    }
    QHash<QString, CommandResult> results = runSteps(steps.mid(0, shellSteps), cancel);
    if (!queries.isEmpty()) {
        const QList<CommandResult> answers = m_virsh->collect(m_timeoutMs, cancel);
        for (qsizetype i = 0; i < queries.size(); ++i) {
            const CommandResult r = answers.value(i);
            results.insert(queries[i].key, r);
            const QString vm = vmOfSourceKey(queries[i].key);
            if (!vm.isEmpty() && r.status == CommandResult::Status::Finished && r.exitCode != 127) {
                // Kept as answered, errors included: the builder names them,
                // and virsh's "metadata not found" reads as "asked, none"
                // (parseVmMetadata), not "unknown".
                m_vmConfigRead.insert(queries[i].key);
                m_vmConfig.insert(queries[i].key, r.out);
            }
        }
    }
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
    raw.libvirtUri = QString::fromUtf8(m_virsh->uri());
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
            reading.problem->message = Readings::tr("%1: %2 did not answer within %3 s; showing the last reading")
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
            ? Readings::tr("%1 did not answer").arg(m_label) : any.summary();
        return false;
    }
    // A domain's configuration is read once and kept until it changes.
    for (auto it = m_vmConfig.constBegin(); it != m_vmConfig.constEnd(); ++it)
        raw.files.insert(it.key(), it.value());
    for (auto it = raw.files.begin(); it != raw.files.end();)
        it = belongsToGoneObject(it.key(), m_targets) ? raw.files.erase(it) : std::next(it);
    for (auto it = m_vmConfig.begin(); it != m_vmConfig.end();)
        it = belongsToGoneObject(it.key(), m_targets) ? m_vmConfig.erase(it) : std::next(it);
    for (auto it = m_problems.begin(); it != m_problems.end();)
        it = belongsToGoneObject(it.key(), m_targets) ? m_problems.erase(it) : std::next(it);
    raw.problems = m_problems.values();
    const QString notice = m_virsh->takeNotice();
    if (!notice.isEmpty())
        raw.problems.append(Problem{QStringLiteral("virsh/session"), QString(), notice, QString()});
    m_raw = raw;
    m_lastError.clear();
    return true;
}

std::shared_ptr<HostSnapshot> Poller::build()
{
    m_raw.formerDisks = m_seenDisks.values();
    auto s = std::make_shared<HostSnapshot>(buildSnapshot(m_raw));
    for (const Disk &d : std::as_const(s->disks))
        if (!d.sysPath.isEmpty())
            m_seenDisks.insert(d.name, DeviceLocation{d.name, d.sysPath, moduleOverrideKey(d)});
    return s;
}

HostSnapshotPtr Poller::refresh(const CancelFlag &cancel, bool full)
{
    m_roundTrips = 0;
    if (full) {
        m_missingTools.clear();
        m_virsh->forgetMissing();
    }
    bool readFull = full || m_sinceFull < 0 || m_sinceFull + 1 >= m_fullEvery;
    if (!readOnce(readFull ? PollDepth::Full : PollDepth::Live, cancel))
        return {};
    std::shared_ptr<HostSnapshot> snapshot = build();
    const PollTargets found = targetsOf(*snapshot);
    const bool stale = !readFull && changeFingerprint(m_raw.files) != m_fingerprint;
    if (stale || !covers(m_targets, found)) {
        // New objects need their own sources, and a change the live read saw
        // needs the tools' view: read it all again at once. VMs first seen
        // now keep their configuration for the next refresh (see covers()).
        const QStringList knownVms = m_targets.vms;
        m_targets = found;
        m_targets.vms = knownVms;
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
    m_cpuRates.apply(*snapshot);
    // The event stream opens once libvirt answered, so a host without it is
    // not asked twice per refresh.
    if (!m_events && m_raw.files.contains(QStringLiteral("virsh/domstats"))) {
        m_events = m_runner.openStream(virshStreamCommand(m_virsh->uri(), {"event", "--all", "--loop", "--timestamp"}));
        m_eventReader = VirshEventReader();
    }
    return snapshot;
}

} // namespace ftc
