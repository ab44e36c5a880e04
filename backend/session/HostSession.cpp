#include "HostSession.h"
#include "SessionTr.h"
#include "SessionWorker.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QMutex>
#include <QThread>

namespace ftc {

namespace {
QList<QThread *> &lingering()
{
    static QList<QThread *> threads;
    return threads;
}

QMutex &lingeringMutex()
{
    static QMutex mutex;
    return mutex;
}

QList<std::function<void()>> &deleters()
{
    static QList<std::function<void()>> list;
    return list;
}

void registerTypes()
{
    static bool done = false;
    if (done)
        return;
    qRegisterMetaType<ftc::HostSnapshotPtr>("ftc::HostSnapshotPtr");
    qRegisterMetaType<ftc::ConnectionState>("ftc::ConnectionState");
    qRegisterMetaType<ftc::HostEvent>("ftc::HostEvent");
    qRegisterMetaType<QList<ftc::HostEvent>>("QList<ftc::HostEvent>");
    qRegisterMetaType<ftc::Plan>("ftc::Plan");
    // Workers of sessions closed at exit end (and are deleted) before the
    // application object goes, whoever forgets to wait for them.
    qAddPostRoutine([] { HostSession::waitForStoppedSessions(3000); });
    qRegisterMetaType<ftc::DiskProbe>("ftc::DiskProbe");
    qRegisterMetaType<ftc::VmConfigReading>("ftc::VmConfigReading");
    qRegisterMetaType<ftc::PrivilegeCheck>("ftc::PrivilegeCheck");
    qRegisterMetaType<QList<ftc::PrivilegeCheck>>("QList<ftc::PrivilegeCheck>");
    qRegisterMetaType<QList<QByteArrayList>>("QList<QByteArrayList>");
    qRegisterMetaType<ftc::NetFacts>("ftc::NetFacts");
    qRegisterMetaType<ftc::VmHostQuery>("ftc::VmHostQuery");
    qRegisterMetaType<ftc::VmHostFacts>("ftc::VmHostFacts");
    qRegisterMetaType<ftc::VmDisplay>("ftc::VmDisplay");
    qRegisterMetaType<ftc::CheckFacts>("ftc::CheckFacts");
    qRegisterMetaType<ftc::NetChange>("ftc::NetChange");
    done = true;
}
} // namespace

HostSession::HostSession(const HostSpec &spec, SessionPrompter *prompter, QObject *parent)
    : QObject(parent), m_spec(spec)
{
    registerTypes();
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("host:") + spec.label());
    m_worker = new SessionWorker(spec, prompter);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SessionWorker::snapshotReady, this, [this](const HostSnapshotPtr &s) {
        m_latest = s;
        emit snapshotReady(s);
    });
    connect(m_worker, &SessionWorker::stateChanged, this, [this](ConnectionState st, const QString &msg) {
        m_state = st;
        emit stateChanged(st, msg);
    });
    connect(m_worker, &SessionWorker::eventsDetected, this, &HostSession::eventsDetected);
    connect(m_worker, &SessionWorker::planStepFinished, this, &HostSession::planStepFinished);
    connect(m_worker, &SessionWorker::planFinished, this, [this](int planId, bool ok, const QString &message) {
        m_planCancels.remove(planId);
        emit planFinished(planId, ok, message);
    });
    connect(m_worker, &SessionWorker::journalFailed, this, &HostSession::journalFailed);
    connect(m_worker, &SessionWorker::diskProbed, this, &HostSession::diskProbed);
    connect(m_worker, &SessionWorker::vmConfigRead, this, &HostSession::vmConfigRead);
    connect(m_worker, &SessionWorker::privilegesChecked, this, &HostSession::privilegesChecked);
    connect(m_worker, &SessionWorker::netFactsRead, this, &HostSession::netFactsRead);
    connect(m_worker, &SessionWorker::checkFactsRead, this, &HostSession::checkFactsRead);
    connect(m_worker, &SessionWorker::vmHostFactsRead, this, &HostSession::vmHostFactsRead);
    connect(m_worker, &SessionWorker::planStepProgress, this, &HostSession::planStepProgress);
    connect(m_worker, &SessionWorker::vmDisplayOpened, this, &HostSession::vmDisplayOpened);
    connect(m_worker, &SessionWorker::bundleSaved, this, &HostSession::bundleSaved);
    connect(m_worker, &SessionWorker::netChangeProgress, this, &HostSession::netChangeProgress);
    connect(m_worker, &SessionWorker::adapterIdentified, this, &HostSession::adapterIdentified);
    m_thread->start();
}

HostSession::~HostSession()
{
    stop();
}

QString HostSession::label() const
{
    return m_spec.label();
}

void HostSession::start(int intervalMs)
{
    QMetaObject::invokeMethod(m_worker, "start", Qt::QueuedConnection, Q_ARG(int, intervalMs));
}

void HostSession::refreshNow()
{
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, "refreshFull", Qt::QueuedConnection);
}

int HostSession::applyPlan(const Plan &plan, const QString &confirmation)
{
    return startChange([plan, confirmation](SessionWorker *worker, int id, const CancelFlag &cancel) {
        worker->applyPlan(id, plan, confirmation, cancel);
    });
}

int HostSession::startChange(const std::function<void(SessionWorker *, int, const CancelFlag &)> &run)
{
    const int id = m_nextPlanId++;
    if (!m_worker) {
        QMetaObject::invokeMethod(this, [this, id] {
            emit planFinished(id, false, Session::tr("%1 is closed: nothing was changed.").arg(label()));
        }, Qt::QueuedConnection);
        return id;
    }
    CancelFlag planCancel;
    m_planCancels.insert(id, planCancel);
    SessionWorker *worker = m_worker;
    QMetaObject::invokeMethod(worker, [worker, id, run, planCancel] { run(worker, id, planCancel); },
                              Qt::QueuedConnection);
    return id;
}

void HostSession::cancelPlan(int planId)
{
    if (m_planCancels.contains(planId))
        m_planCancels.value(planId).cancel();
}

void HostSession::setLibvirtUri(const QString &uri)
{
    m_spec.libvirtUri = uri;
    if (!m_worker)
        return;
    SessionWorker *worker = m_worker;
    QMetaObject::invokeMethod(worker, [worker, uri] { worker->setLibvirtUri(uri); }, Qt::QueuedConnection);
}

void HostSession::setModuleOverrides(const QMap<QString, QString> &overrides)
{
    if (!m_worker)
        return;
    SessionWorker *worker = m_worker;
    QMetaObject::invokeMethod(worker, [worker, overrides] { worker->setModuleOverrides(overrides); },
                              Qt::QueuedConnection);
}

int HostSession::probeDisk(const QString &disk)
{
    const int id = m_nextProbeId++;
    if (!m_worker) {
        QMetaObject::invokeMethod(this, [this, id, disk] {
            DiskProbe closed;
            closed.disk = disk;
            closed.failures << Session::tr("%1 is closed").arg(label());
            emit diskProbed(id, closed);
        }, Qt::QueuedConnection);
        return id;
    }
    QMetaObject::invokeMethod(m_worker, "probeDisk", Qt::QueuedConnection, Q_ARG(int, id), Q_ARG(QString, disk));
    return id;
}

int HostSession::readVmConfig(const QString &vm)
{
    const int id = m_nextProbeId++;
    if (!m_worker) {
        QMetaObject::invokeMethod(this, [this, id, vm] {
            VmConfigReading closed;
            closed.vm = vm;
            closed.error = Session::tr("%1 is closed").arg(label());
            emit vmConfigRead(id, closed);
        }, Qt::QueuedConnection);
        return id;
    }
    QMetaObject::invokeMethod(m_worker, "readVmConfig", Qt::QueuedConnection, Q_ARG(int, id), Q_ARG(QString, vm));
    return id;
}

int HostSession::checkPrivileges(const QList<QByteArrayList> &argvs)
{
    const int id = m_nextProbeId++;
    if (!m_worker) {
        QMetaObject::invokeMethod(this, [this, id] { emit privilegesChecked(id, {}); }, Qt::QueuedConnection);
        return id;
    }
    QMetaObject::invokeMethod(m_worker, "checkPrivileges", Qt::QueuedConnection, Q_ARG(int, id),
                              Q_ARG(QList<QByteArrayList>, argvs));
    return id;
}

int HostSession::readNetFacts()
{
    const int id = m_nextProbeId++;
    if (!m_worker) {
        QMetaObject::invokeMethod(this, [this, id] {
            NetFacts closed;
            closed.error = Session::tr("%1 is closed").arg(label());
            emit netFactsRead(id, closed);
        }, Qt::QueuedConnection);
        return id;
    }
    QMetaObject::invokeMethod(m_worker, "readNetFacts", Qt::QueuedConnection, Q_ARG(int, id));
    return id;
}

int HostSession::readCheckFacts()
{
    const int id = m_nextProbeId++;
    if (!m_worker) {
        QMetaObject::invokeMethod(this, [this, id] {
            CheckFacts closed;
            closed.error = Session::tr("%1 is closed").arg(label());
            emit checkFactsRead(id, closed);
        }, Qt::QueuedConnection);
        return id;
    }
    QMetaObject::invokeMethod(m_worker, "readCheckFacts", Qt::QueuedConnection, Q_ARG(int, id));
    return id;
}

int HostSession::readVmHostFacts(const VmHostQuery &query)
{
    const int id = m_nextProbeId++;
    if (!m_worker) {
        QMetaObject::invokeMethod(this, [this, id] {
            VmHostFacts closed;
            closed.error = Session::tr("%1 is closed").arg(label());
            emit vmHostFactsRead(id, closed);
        }, Qt::QueuedConnection);
        return id;
    }
    QMetaObject::invokeMethod(m_worker, "readVmHostFacts", Qt::QueuedConnection, Q_ARG(int, id),
                              Q_ARG(ftc::VmHostQuery, query), Q_ARG(ftc::HostSnapshotPtr, m_latest));
    return id;
}

int HostSession::openVmDisplay(const QString &vm)
{
    const int id = m_nextProbeId++;
    if (!m_worker) {
        QMetaObject::invokeMethod(this, [this, id, vm] {
            VmDisplay closed;
            closed.vm = vm;
            closed.problem = Session::tr("%1 is closed").arg(label());
            emit vmDisplayOpened(id, closed);
        }, Qt::QueuedConnection);
        return id;
    }
    QMetaObject::invokeMethod(m_worker, "openVmDisplay", Qt::QueuedConnection, Q_ARG(int, id), Q_ARG(QString, vm));
    return id;
}

int HostSession::saveBundle(const QString &dir)
{
    const int id = m_nextProbeId++;
    if (!m_worker) {
        QMetaObject::invokeMethod(this, [this, id] {
            emit bundleSaved(id, false, Session::tr("%1 is closed: no bundle was written").arg(label()));
        }, Qt::QueuedConnection);
        return id;
    }
    QMetaObject::invokeMethod(m_worker, "saveBundle", Qt::QueuedConnection, Q_ARG(int, id), Q_ARG(QString, dir));
    return id;
}

int HostSession::applyNetChange(const NetChange &change)
{
    return startChange([change](SessionWorker *worker, int id, const CancelFlag &cancel) {
        worker->applyNetChange(id, change, cancel);
    });
}

int HostSession::identifyAdapter(const QString &adapter, int seconds)
{
    const int id = m_nextProbeId++;
    if (!m_worker) {
        QMetaObject::invokeMethod(this, [this, id, adapter] {
            emit adapterIdentified(id, adapter, Session::tr("%1 is closed").arg(label()));
        }, Qt::QueuedConnection);
        return id;
    }
    QMetaObject::invokeMethod(m_worker, "identifyAdapter", Qt::QueuedConnection, Q_ARG(int, id),
                              Q_ARG(QString, adapter), Q_ARG(int, seconds));
    return id;
}

void HostSession::stop()
{
    if (!m_thread)
        return;
    m_worker->cancelFlag().cancel();
    for (const CancelFlag &plan : std::as_const(m_planCancels))
        plan.cancel();
    m_planCancels.clear();
    m_worker->disconnect(this);
    QMetaObject::invokeMethod(m_worker, "shutdown", Qt::QueuedConnection);
    QThread *thread = m_thread;
    m_thread = nullptr;
    m_worker = nullptr;
    QMutexLocker lock(&lingeringMutex());
    lingering().append(thread);
}

void HostSession::waitForStoppedSessions(int ms)
{
    QDeadlineTimer deadline(ms);
    QList<QThread *> threads;
    {
        QMutexLocker lock(&lingeringMutex());
        threads.swap(lingering());
    }
    QList<QThread *> stuck;
    for (QThread *t : threads) {
        if (t->wait(deadline))
            delete t;
        else
            stuck << t;
    }
    QList<std::function<void()>> run;
    {
        QMutexLocker lock(&lingeringMutex());
        lingering() += stuck;
        if (lingering().isEmpty())
            run.swap(deleters());
    }
    for (const auto &d : run)
        d();
}

void HostSession::deleteWhenSessionsEnd(std::function<void()> deleter)
{
    QMutexLocker lock(&lingeringMutex());
    deleters().append(std::move(deleter));
}

} // namespace ftc
