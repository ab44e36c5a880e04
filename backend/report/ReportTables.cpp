#include "ReportTables.h"

#include "ReportTr.h"
#include "model/NaturalOrder.h"
#include "checks/CheckText.h"

#include <QLocale>

namespace ftc {

namespace {

const QString kDash = QStringLiteral("—");

QString orDash(const QString &s)
{
    return s.isEmpty() ? kDash : s;
}

QString number(qint64 n)
{
    return n < 0 ? kDash : QString::number(n);
}

QString yesNo(const std::optional<bool> &b)
{
    return !b ? kDash : *b ? Report::tr("yes") : Report::tr("no");
}

QString hostName(const HostSnapshot &s)
{
    return s.info.name.isEmpty() ? s.label : s.info.name;
}

// What the mirror is doing, as its page says it: "recovery 34.0 %, 200000 KiB/s".
QString activity(const Mirror &m)
{
    if (!m.sync)
        return kDash;
    QString a = Report::tr("%1 %2 %").arg(m.sync->action, QString::number(m.sync->percent, 'f', 1));
    if (m.sync->speedKiBs >= 0)
        a += Report::tr(", %1 KiB/s").arg(m.sync->speedKiBs);
    return a;
}

QString memberText(const MirrorMember &mm)
{
    QString state;
    switch (mm.state) {
    case MemberState::InSync: state = Report::tr("in sync"); break;
    case MemberState::Rebuilding: state = Report::tr("rebuilding"); break;
    case MemberState::Spare: state = Report::tr("spare"); break;
    case MemberState::Faulty: state = Report::tr("faulty"); break;
    case MemberState::Missing: state = Report::tr("missing"); break;
    }
    return QStringLiteral("%1 (%2)").arg(orDash(mm.device), state);
}

QString roleText(DiskRole r)
{
    switch (r) {
    case DiskRole::Unconfigured: return Report::tr("not in a virtual disk");
    case DiskRole::MirrorMember: return Report::tr("member");
    case DiskRole::InUse: return Report::tr("in use");
    }
    return {};
}

} // namespace

QString reportBytes(qint64 bytes)
{
    if (bytes < 0)
        return kDash;
    return QStringLiteral("%1 GiB").arg(QString::number(double(bytes) / (1024.0 * 1024 * 1024), 'f', 1));
}

QString reportTitle(const HostSnapshot &s)
{
    return Report::tr("Configuration report: %1").arg(hostName(s));
}

QList<ReportTable> reportTables(const ReportInput &in)
{
    const HostSnapshot &s = *in.snapshot;
    QList<ReportTable> out;

    ReportTable host{QStringLiteral("host"), Report::tr("Host"), {Report::tr("Property"), Report::tr("Value")}, {}};
    host.rows << QStringList{Report::tr("Name"), orDash(s.info.name)}
              << QStringList{Report::tr("Opened as"), s.label}
              << QStringList{Report::tr("CPUs"), s.info.cpus > 0 ? QString::number(s.info.cpus) : kDash}
              << QStringList{Report::tr("CPU model"), orDash(s.info.cpuModel)}
              << QStringList{Report::tr("MHz"), s.info.mhz > 0 ? QString::number(s.info.mhz) : kDash}
              << QStringList{Report::tr("Memory"), reportBytes(s.info.memoryBytes > 0 ? s.info.memoryBytes : -1)};
    if (s.isCapture)
        host.rows << QStringList{Report::tr("Captured from"), orDash(s.capturedFrom)};
    host.rows << QStringList{Report::tr("Read at"), s.takenAt.toLocalTime().toString(Qt::ISODate)}
              << QStringList{Report::tr("Report made at"), in.generatedAt.toLocalTime().toString(Qt::ISODate)}
              << QStringList{Report::tr("Console version"), QStringLiteral(FT_VERSION)};
    out << host;

    ReportTable modules{QStringLiteral("modules"), Report::tr("Modules"),
                        {Report::tr("Module"), Report::tr("Disks"), Report::tr("Adapters")}, {}};
    for (const Module &m : s.modules)
        modules.rows << QStringList{m.id, m.disks.join(QStringLiteral(", ")), m.nics.join(QStringLiteral(", "))};
    out << modules;

    ReportTable disks{QStringLiteral("disks"), Report::tr("Physical disks"),
                      {Report::tr("Disk"), Report::tr("Module"), Report::tr("Slot"), Report::tr("Size"),
                       Report::tr("Serial"), Report::tr("Model"), Report::tr("Role"), Report::tr("Virtual disk")},
                      {}};
    for (const Disk *d : sortedByName(s.disks))
        disks.rows << QStringList{d->name,      orDash(d->module),        d->slot < 0 ? kDash : QString::number(d->slot),
                                  reportBytes(d->sizeBytes), orDash(d->serial), orDash(d->model),
                                  roleText(d->role), orDash(d->mirror)};
    out << disks;

    ReportTable mirrors{QStringLiteral("mirrors"), Report::tr("Virtual disks"),
                        {Report::tr("Virtual disk"), Report::tr("Level"), Report::tr("OpState"), Report::tr("Size"),
                         Report::tr("Members working"), Report::tr("Members"), Report::tr("Activity")},
                        {}};
    for (const Mirror *m : sortedByName(s.mirrors)) {
        QStringList members;
        for (const MirrorMember &mm : m->members)
            members << memberText(mm);
        mirrors.rows << QStringList{m->name, m->level, opStateName(m->state), reportBytes(m->sizeBytes),
                                    QStringLiteral("%1 / %2").arg(m->membersWorking).arg(m->membersExpected),
                                    members.join(QStringLiteral(", ")), activity(*m)};
    }
    out << mirrors;

    ReportTable nics{QStringLiteral("adapters"), Report::tr("Adapters"),
                     {Report::tr("Adapter"), Report::tr("Module"), Report::tr("MAC"), Report::tr("Link"),
                      Report::tr("Speed"), Report::tr("Driver"), Report::tr("Team")},
                     {}};
    for (const Nic *n : sortedByName(s.nics))
        nics.rows << QStringList{n->name, orDash(n->module), orDash(n->mac),
                                 n->carrier ? Report::tr("up") : Report::tr("down"),
                                 n->speedMbps > 0 ? Report::tr("%1 Mb/s").arg(n->speedMbps) : kDash, orDash(n->driver),
                                 orDash(n->master)};
    out << nics;

    ReportTable teams{QStringLiteral("teams"), Report::tr("Teams"),
                      {Report::tr("Team"), Report::tr("Kind"), Report::tr("Mode"), Report::tr("Active adapter"),
                       Report::tr("Primary"), Report::tr("Members")},
                      {}};
    for (const Team *t : sortedByName(s.teams)) {
        QStringList members;
        for (const TeamMember &m : t->members)
            members << QStringLiteral("%1 (%2)").arg(m.name, m.link);
        teams.rows << QStringList{t->name, t->kind, t->mode, orDash(t->active), orDash(t->primary),
                                  members.join(QStringLiteral(", "))};
    }
    out << teams;

    ReportTable vms{QStringLiteral("vms"), Report::tr("Virtual machines"),
                    {Report::tr("VM"), Report::tr("State"), Report::tr("Memory"), Report::tr("vCPUs"),
                     Report::tr("Starts with host"), Report::tr("Weight"), Report::tr("Reserve %"),
                     Report::tr("Maximum %")},
                    {}};
    for (const Vm *v : sortedByName(s.vms))
        vms.rows << QStringList{v->name,         v->state,           reportBytes(qMax(v->memoryBytes, v->maxMemoryBytes)),
                                number(v->vcpus), yesNo(v->autostart), number(v->cpu.weight),
                                number(v->cpu.reservePct), number(v->cpu.maxPct)};
    out << vms;

    ReportTable findings{QStringLiteral("findings"), Report::tr("Findings"),
                         {Report::tr("Severity"), Report::tr("Area"), Report::tr("Object"), Report::tr("Finding"),
                          Report::tr("Remedy")},
                         {}};
    for (const Finding &f : in.findings)
        findings.rows << QStringList{severityLabel(f.severity), areaTitle(findingArea(f.id)), orDash(f.object),
                                     f.message, f.remedy};
    out << findings;

    ReportTable events{QStringLiteral("events"), Report::tr("Last events"),
                       {Report::tr("Time"), Report::tr("Object"), Report::tr("Event")}, {}};
    for (const HostEvent &e : in.events)
        events.rows << QStringList{e.time.toLocalTime().toString(Qt::ISODate), orDash(e.object), e.message};
    out << events;
    return out;
}

} // namespace ftc
