#include "ChecksKeeper.h"

#include "host/HostSettings.h"
#include "session/HostSession.h"

#include <QLocale>

namespace ftc {

ChecksKeeper::ChecksKeeper(QObject *parent)
    : QObject(parent)
{
}

void ChecksKeeper::watch(const QString &host, HostSession *session)
{
    m_hosts[host].session = session;
    connect(session, &HostSession::checkFactsRead, this, [this, host](int, const CheckFacts &facts) {
        auto it = m_hosts.find(host);
        if (it == m_hosts.end())
            return;
        it->facts = facts;
        it->readAt = QDateTime::currentDateTime();
        it->busy = false;
        emit factsChanged(host);
    });
}

void ChecksKeeper::forget(const QString &host)
{
    m_hosts.remove(host);
}

void ChecksKeeper::snapshotArrived(const QString &host)
{
    auto it = m_hosts.find(host);
    if (it == m_hosts.end() || it->asked)
        return;
    checkNow(host);
}

void ChecksKeeper::checkNow(const QString &host)
{
    auto it = m_hosts.find(host);
    if (it == m_hosts.end() || !it->session || it->busy)
        return;
    it->asked = true;
    it->busy = true;
    it->session->readCheckFacts();
    emit factsChanged(host);
}

QList<Finding> ChecksKeeper::findings(const QString &host, const HostSnapshot &snapshot) const
{
    CheckOptions options;
    options.hostCpuReservePct = loadHostReservePct(host);
    const auto it = m_hosts.constFind(host);
    return findingsFor(snapshot, it == m_hosts.constEnd() ? CheckFacts{} : it->facts, options);
}

QString ChecksKeeper::factsNote(const QString &host) const
{
    const auto it = m_hosts.constFind(host);
    if (it == m_hosts.constEnd() || (!it->asked && !it->busy))
        return tr("The host's own facts (watchdog, updates, power, guest agents, images) have not been read yet.");
    if (it->busy && !it->readAt.isValid())
        return tr("Reading the host's facts (watchdog, updates, power, guest agents, images)…");
    if (!it->facts.read)
        return tr("The host's facts could not be read: %1. Checks that need them say unknown.").arg(it->facts.error);
    return tr("Host facts read at %1; the rest follows every refresh.")
        .arg(QLocale().toString(it->readAt.time(), QLocale::LongFormat));
}

CheckFacts ChecksKeeper::facts(const QString &host) const
{
    return m_hosts.value(host).facts;
}

bool ChecksKeeper::busy(const QString &host) const
{
    const auto it = m_hosts.constFind(host);
    return it != m_hosts.constEnd() && it->busy;
}

} // namespace ftc
