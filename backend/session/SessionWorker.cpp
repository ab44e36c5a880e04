#include "SessionWorker.h"

#include "SessionTr.h"
#include "network/IdentifyAdapter.h"
#include "network/NetChangeApply.h"
#include "RunnerFactory.h"
#include "capture/BundleReader.h"
#include "capture/SosReader.h"
#include "capture/BundleWriter.h"

#include <QThread>

namespace ftc {

SessionWorker::SessionWorker(HostSpec spec, SessionPrompter *prompter)
    : m_spec(std::move(spec)), m_prompter(prompter)
{
}

SessionWorker::~SessionWorker() = default;

void SessionWorker::setState(ConnectionState state, const QString &message)
{
    if (state == m_state && message == m_stateMessage)
        return;
    m_state = state;
    m_stateMessage = message;
    emit stateChanged(state, message);
    HostEvent ev;
    ev.time = QDateTime::currentDateTimeUtc();
    ev.host = m_spec.label();
    switch (state) {
    case ConnectionState::Connected:
        // A capture is read, not connected to.
        ev.message = m_spec.isCapture() ? Session::tr("capture read (read-only)")
                                                           : Session::tr("connected");
        break;
    case ConnectionState::Connecting:
        ev.message = Session::tr("connecting");
        break;
    case ConnectionState::Disconnected:
        ev.message = message;
        ev.severity = HostEvent::Severity::Warning;
        break;
    case ConnectionState::Failed:
        ev.message = message;
        ev.severity = HostEvent::Severity::Error;
        break;
    }
    emit eventsDetected({ev});
}

void SessionWorker::start(int intervalMs)
{
    QString error;
    if (m_spec.isCapture()) {
        // A captured bundle never changes: one read of its files is all there is.
        const bool read = m_spec.kind == HostSpec::Kind::Sos ? readSosReport(m_spec.path, m_spec.label(), &m_bundle, &error)
                                                             : readBundle(m_spec.path, m_spec.label(), &m_bundle, &error);
        if (!read) {
            m_failedForGood = true;
            setState(ConnectionState::Failed, error);
            return;
        }
        m_bundle.moduleOverrides = m_overrides;
        publish(std::make_shared<HostSnapshot>(buildSnapshot(m_bundle)));
        return;
    }
    m_runner = makeRunner(m_spec, m_prompter, &error);
    if (!m_runner) {
        m_failedForGood = true;
        setState(ConnectionState::Failed, error);
        return;
    }
    m_poller = std::make_unique<Poller>(*m_runner, m_spec.label());
    m_poller->setModuleOverrides(m_overrides);
    // Over SSH a new channel and login shell per refresh cost more than the
    // refresh itself; a watched host keeps one shell open instead.
    m_poller->setPersistentShell(m_spec.kind == HostSpec::Kind::Ssh);
    if (!m_spec.libvirtUri.isEmpty())
        m_poller->setLibvirtUri(m_spec.libvirtUri.toUtf8());
    refresh();
    if (m_failedForGood)
        return;
    m_timer = new QTimer(this);
    m_timer->setInterval(qMax(100, intervalMs));
    connect(m_timer, &QTimer::timeout, this, &SessionWorker::refresh);
    m_timer->start();
    // libvirt's events (a VM stopped, its settings changed) are looked at
    // often and cheaply, so the window shows them at once, not at the next tick.
    m_eventTimer = new QTimer(this);
    m_eventTimer->setInterval(200);
    connect(m_eventTimer, &QTimer::timeout, this, [this] {
        if (m_poller && m_poller->pollEvents())
            refresh();
    });
    m_eventTimer->start();
}

void SessionWorker::refresh()
{
    poll(false);
}

void SessionWorker::refreshFull()
{
    poll(true);
}

void SessionWorker::poll(bool full)
{
    if (!m_poller || m_failedForGood || m_cancel.isCancelled())
        return;
    HostSnapshotPtr snapshot = m_poller->refresh(m_cancel, full);
    if (!snapshot) {
        const bool everConnected = m_state == ConnectionState::Connected
            || m_state == ConnectionState::Disconnected;
        if (!everConnected) {
            // A host that never answered (refused, unknown name, wrong password,
            // changed key) is not retried every second: that would repeat
            // prompts and flood the log. Reopening it tries again.
            m_failedForGood = true;
            if (m_timer)
                m_timer->stop();
        }
        setState(everConnected ? ConnectionState::Disconnected : ConnectionState::Failed,
                 m_poller->lastError());
        return;
    }
    publish(snapshot);
}

void SessionWorker::publish(const HostSnapshotPtr &read)
{
    setState(ConnectionState::Connected, QString());
    const QList<HostEvent> events = m_tracker.update(read);
    // The snapshot goes on with what the tracker has seen so far (a shallow copy:
    // Qt's lists share their data).
    auto snapshot = std::make_shared<HostSnapshot>(*read);
    snapshot->history = m_tracker.history();
    m_latest = snapshot;
    emit snapshotReady(snapshot);
    if (!events.isEmpty())
        emit eventsDetected(events);
}

void SessionWorker::finishPlan(int planId, const QString &title, bool ok, const QString &message)
{
    HostEvent ev;
    ev.time = QDateTime::currentDateTimeUtc();
    ev.host = m_spec.label();
    ev.message = ok ? Session::tr("%1: done").arg(title) : QStringLiteral("%1: %2").arg(title, message);
    ev.severity = ok ? HostEvent::Severity::Info : HostEvent::Severity::Error;
    emit eventsDetected({ev});
    emit planFinished(planId, ok, ok ? ev.message : message);
}

void SessionWorker::applyPlan(int planId, const Plan &plan, const QString &confirmation, const CancelFlag &planCancel)
{
    // The host may have been closed while this plan waited behind a refresh:
    // a closed host is never changed.
    const QString refused = whyNotChangeable(planCancel);
    if (!refused.isEmpty()) {
        finishPlan(planId, plan.title, false, refused);
        return;
    }
    const int count = int(plan.steps.size());
    Plan toApply = plan;
    if (toApply.libvirtUri.isEmpty())
        toApply.libvirtUri = m_spec.libvirtUri.toUtf8();
    ApplyResult result = ftc::applyPlan(*m_runner, toApply, confirmation, planCancel, [&](const StepResult &sr) {
        const CommandResult &r = sr.result;
        const QString detail = QString::fromUtf8(r.ok() ? r.out + r.err : r.err).trimmed();
        emit planStepFinished(planId, sr.index, count, plan.steps[sr.index].title, r.ok(),
                              r.ok() ? detail : r.summary() + (detail.isEmpty() ? QString() : QLatin1Char('\n') + detail));
    }, [&](int index, const QString &progress) { emit planStepProgress(planId, index, progress); });
    // The journal knows the host by the label the admin opened it as, the
    // same under which History looks for it.
    result.report.host = m_spec.label();
    QString journalError;
    if (!m_journal.append(result.report, &journalError))
        emit journalFailed(journalError);
    finishPlan(planId, plan.title, result.ok, result.message);
    // A plan changes what the tools describe (arrays, disks, links): read it
    // all, not only what a steady refresh reads.
    m_poller->invalidateVmConfig();
    poll(true);
}

QString SessionWorker::whyNotChangeable(const CancelFlag &planCancel) const
{
    if (m_cancel.isCancelled())
        return Session::tr("%1 was closed before the plan started: nothing was changed.").arg(m_spec.label());
    if (planCancel.isCancelled())
        return Session::tr("Cancelled before it started: nothing was changed.");
    if (!m_runner)
        return m_spec.isCapture()
            ? Session::tr("%1 is a read-only capture: nothing can be changed there.").arg(m_spec.label())
            : Session::tr("%1 is not connected: nothing was changed.").arg(m_spec.label());
    return {};
}

void SessionWorker::readNetFacts(int requestId)
{
    if (!m_runner) {
        NetFacts none;
        none.error = m_spec.isCapture()
            ? Session::tr("%1 is a read-only capture").arg(m_spec.label())
            : Session::tr("%1 is not connected").arg(m_spec.label());
        emit netFactsRead(requestId, none);
        return;
    }
    emit netFactsRead(requestId, probeNetFacts(*m_runner, m_cancel));
}

void SessionWorker::readVmHostFacts(int requestId, const VmHostQuery &query, HostSnapshotPtr snapshot)
{
    if (!m_runner || !snapshot) {
        VmHostFacts none;
        none.error = m_spec.isCapture() ? Session::tr("%1 is a read-only capture").arg(m_spec.label())
                                        : Session::tr("%1 is not connected").arg(m_spec.label());
        emit vmHostFactsRead(requestId, none);
        return;
    }
    emit vmHostFactsRead(requestId, ftc::readVmHostFacts(*m_runner, *snapshot, query, m_spec.libvirtUri.toUtf8(), m_cancel));
}

void SessionWorker::openVmDisplay(int requestId, const QString &vm)
{
    VmDisplay d;
    d.vm = vm;
    if (!m_poller || !m_runner) {
        d.problem = m_spec.isCapture()
            ? Session::tr("%1 is a read-only capture: it has no VM screens").arg(m_spec.label())
            : Session::tr("%1 is not connected: the screen of %2 opens when it is back").arg(m_spec.label(), vm);
        emit vmDisplayOpened(requestId, d);
        return;
    }
    const VmConfigReading config = m_poller->readVmConfig(vm, m_cancel);
    if (!config.error.isEmpty()) {
        d.problem = Session::tr("The definition of %1 could not be read: %2").arg(vm, config.error);
        emit vmDisplayOpened(requestId, d);
        return;
    }
    if (config.xml.id < 0) {
        d.problem = Session::tr("%1 is not running: start it to see its screen.").arg(vm);
        emit vmDisplayOpened(requestId, d);
        return;
    }
    d.target = vncTargetFor(config.xml, vm);
    if (!d.target.ok()) {
        d.problem = d.target.problem;
        emit vmDisplayOpened(requestId, d);
        return;
    }
    d.stream = std::shared_ptr<Stream>(m_runner->openForward(d.target.host, d.target.port));
    emit vmDisplayOpened(requestId, d);
}

void SessionWorker::readCheckFacts(int requestId)
{
    if (!m_latest) {
        CheckFacts none;
        none.error = Session::tr("%1 has not been read yet").arg(m_spec.label());
        emit checkFactsRead(requestId, none);
        return;
    }
    if (m_spec.isCapture()) {
        emit checkFactsRead(requestId, checkFactsFromCapture(m_bundle.files, *m_latest));
        return;
    }
    if (!m_poller) {
        CheckFacts none;
        none.error = Session::tr("%1 is not connected").arg(m_spec.label());
        emit checkFactsRead(requestId, none);
        return;
    }
    emit checkFactsRead(requestId, m_poller->readCheckFacts(*m_latest, m_cancel));
}

void SessionWorker::saveBundle(int requestId, const QString &dir)
{
    RawSources raw;
    if (m_spec.isCapture()) {
        raw = m_bundle;
    } else if (m_poller && m_latest) {
        raw = m_poller->lastRaw();
        const CheckFacts facts = m_poller->readCheckFacts(*m_latest, m_cancel);
        for (auto it = facts.raw.constBegin(); it != facts.raw.constEnd(); ++it)
            raw.files.insert(it.key(), it.value());
    } else {
        emit bundleSaved(requestId, false,
                         Session::tr("%1 has not been read yet: no bundle was written").arg(m_spec.label()));
        return;
    }
    QString error;
    if (!writeBundle(raw, dir, &error)) {
        emit bundleSaved(requestId, false, QStringLiteral("%1: %2").arg(m_spec.label(), error));
        return;
    }
    emit bundleSaved(requestId, true,
                     Session::tr("%1: support bundle written to %2 (%3 sources)")
                         .arg(m_spec.label(), dir)
                         .arg(raw.files.size()));
}

void SessionWorker::applyNetChange(int planId, const NetChange &change, const CancelFlag &planCancel)
{
    const QString refused = whyNotChangeable(planCancel);
    if (!refused.isEmpty()) {
        finishPlan(planId, change.title, false, refused);
        return;
    }
    const int count = int(change.plan.steps.size());
    // The refresh timer keeps running on this thread only between calls: the
    // change holds the thread until it is confirmed or rolled back, so no poll
    // runs into a half-changed network.
    const NetChangeOutcome outcome = ftc::applyNetChange(
        *m_runner, change, {}, planCancel,
        [&](const StepResult &sr) {
            const CommandResult &r = sr.result;
            const QString detail = QString::fromUtf8(r.ok() ? r.out + r.err : r.err).trimmed();
            emit planStepFinished(planId, sr.index, count, change.plan.steps[sr.index].title, r.ok(),
                                  r.ok() ? detail : r.summary() + (detail.isEmpty() ? QString() : QLatin1Char('\n') + detail));
        },
        [&](const QString &text) { emit netChangeProgress(planId, text); });
    OperationReport report = outcome.apply.report;
    report.host = m_spec.label();
    // The plan's steps ran; whether the change holds is the outcome's word.
    report.ok = outcome.kind == NetChangeOutcome::Kind::Confirmed;
    report.message = outcome.message;
    QString journalError;
    if (!m_journal.append(report, &journalError))
        emit journalFailed(journalError);
    finishPlan(planId, change.title, outcome.kind == NetChangeOutcome::Kind::Confirmed, outcome.message);
    poll(true);
}

void SessionWorker::identifyAdapter(int requestId, const QString &adapter, int seconds)
{
    if (!m_runner) {
        emit adapterIdentified(requestId, adapter, Session::tr("%1 is not connected").arg(m_spec.label()));
        return;
    }
    emit adapterIdentified(requestId, adapter, ftc::identifyAdapter(*m_runner, adapter, seconds, m_cancel));
}

void SessionWorker::readVmConfig(int requestId, const QString &vm)
{
    if (!m_poller) {
        VmConfigReading none;
        none.vm = vm;
        none.error = m_spec.isCapture()
            ? Session::tr("%1 is a read-only capture: it holds no VM definitions").arg(m_spec.label())
            : Session::tr("%1 is not connected").arg(m_spec.label());
        emit vmConfigRead(requestId, none);
        return;
    }
    emit vmConfigRead(requestId, m_poller->readVmConfig(vm, m_cancel));
}

void SessionWorker::probeDisk(int requestId, const QString &disk)
{
    if (!m_runner) {
        DiskProbe none;
        none.disk = disk;
        none.failures << (m_spec.isCapture()
                              ? Session::tr("%1 is a read-only capture").arg(m_spec.label())
                              : Session::tr("%1 is not connected").arg(m_spec.label()));
        emit diskProbed(requestId, none);
        return;
    }
    emit diskProbed(requestId, ftc::probeDisk(*m_runner, disk, m_cancel, m_spec.libvirtUri.toUtf8()));
}

void SessionWorker::checkPrivileges(int requestId, const QList<QByteArrayList> &argvs)
{
    if (!m_runner) {
        emit privilegesChecked(requestId, {});
        return;
    }
    emit privilegesChecked(requestId, ftc::checkPrivileges(*m_runner, argvs, m_cancel));
}

void SessionWorker::setModuleOverrides(const QMap<QString, QString> &overrides)
{
    m_overrides = overrides;
    if (m_spec.isCapture()) {
        if (m_bundle.files.isEmpty())
            return;                // not read yet, or unreadable: start() applies them
        m_bundle.moduleOverrides = overrides;
        publish(std::make_shared<HostSnapshot>(buildSnapshot(m_bundle)));
        return;
    }
    if (!m_poller)
        return;                    // start() hands them to the poller
    m_poller->setModuleOverrides(overrides);
    poll(true);
}

void SessionWorker::setLibvirtUri(const QString &uri)
{
    m_spec.libvirtUri = uri;
    if (!m_poller)
        return;                    // start() hands it to the poller
    m_poller->setLibvirtUri(uri.isEmpty() ? QByteArray(kDefaultLibvirtUri) : uri.toUtf8());
    poll(true);
}

void SessionWorker::shutdown()
{
    if (m_timer)
        m_timer->stop();
    if (m_eventTimer)
        m_eventTimer->stop();
    m_poller.reset();
    m_runner.reset();
    thread()->quit();
}

} // namespace ftc
