// A real sosreport of a real host: Debian's own `sos report` runs in the lab
// guest with a mirror and a team configured, its archive is copied out over
// SSH and opened as "sos:ARCHIVE"; the mirrors, the team and the disks read
// from it match what the console reads live from the same guest.

#include "LabGuest.h"
#include "capture/SosReader.h"
#include "model/Poller.h"
#include "model/RawSources.h"

#include <QFile>
#include <QtTest>

using namespace ftc;

namespace {

CommandResult sh(SshRunner &runner, const QByteArray &script, int timeoutMs = 60000)
{
    Command c;
    c.argv = {"sh", "-c", script};
    c.timeoutMs = timeoutMs;
    return runner.run(c);
}

QString mirrorsText(const HostSnapshot &s)
{
    QStringList out;
    for (const Mirror &m : s.mirrors) {
        QStringList members;
        for (const MirrorMember &mm : m.members)
            members << mm.device + QLatin1Char(':') + memberStateName(mm.state);
        members.sort();
        // The UUID comes from mdadm: --detail --export live, sos's `mdadm -D` in the report.
        out << QStringLiteral("%1 %2 %3 %4 [%5]").arg(m.name, m.level, opStateName(m.state), m.uuid, members.join(QLatin1Char(' ')));
    }
    out.sort();
    return out.join(QLatin1Char('\n'));
}

QString teamsText(const HostSnapshot &s)
{
    QStringList out;
    for (const Team &t : s.teams) {
        QStringList members;
        for (const TeamMember &m : t.members)
            members << m.name + QLatin1Char(':') + m.link;
        members.sort();
        out << QStringLiteral("%1 %2 %3 active=%4 [%5]").arg(t.name, t.kind, t.mode, t.active, members.join(QLatin1Char(' ')));
    }
    out.sort();
    return out.join(QLatin1Char('\n'));
}

QString disksText(const HostSnapshot &s)
{
    QStringList out;
    for (const Disk &d : s.disks)
        out << QStringLiteral("%1 %2 %3").arg(d.name, QString::number(int(d.role)), d.mirror);
    out.sort();
    return out.join(QLatin1Char('\n'));
}

} // namespace

class TestLabSos : public QObject {
    Q_OBJECT
private slots:
    void sosreportMatchesTheLiveHost()
    {
        ftlab::LabGuest guest;
        QString error;
        QVERIFY2(guest.start(&error), qPrintable(error));
        SshRunner &runner = guest.runner();

        // A mirror on the two blank disks and an AFT team of eth1 and eth2.
        CommandResult r = sh(runner,
                             "mdadm --create /dev/md0 --run --level=1 --raid-devices=2 --metadata=1.2 /dev/vdb /dev/vdc "
                             "&& modprobe bonding && ip link add bond0 type bond mode active-backup miimon 100 "
                             "&& ip link set eth1 down && ip link set eth1 master bond0 "
                             "&& ip link set eth2 down && ip link set eth2 master bond0 && ip link set bond0 up");
        QVERIFY2(r.ok(), qPrintable(r.summary() + QString::fromUtf8(r.err)));
        // Let the mirror finish its first resync, so both reads see the same state.
        r = sh(runner, "mdadm --wait /dev/md0; true", 300000);
        QVERIFY2(r.status == CommandResult::Status::Finished, qPrintable(r.summary()));

        Poller poller(runner, QStringLiteral("lab"));
        const HostSnapshotPtr live = poller.refresh(CancelFlag(), true);
        QVERIFY2(live, qPrintable(poller.lastError()));
        QVERIFY(live->mirror(QStringLiteral("md0")));
        QVERIFY(live->team(QStringLiteral("bond0")));

        // Debian's sosreport, only the plugins the console reads.
        r = sh(runner,
               "rm -rf /root/sos && mkdir -p /root/sos && sos report --batch --tmp-dir /root/sos "
               "-o md,block,networking,host,memory,processor >/root/sos.log 2>&1; "
               // xz when the host has it, else gzip (the lab's minimal image has no xz).
               "cd /root/sos && ls -1 | grep -E '^sosreport-.*[.]tar[.](xz|gz)$' | sed 's|^|/root/sos/|'",
               900000);
        QVERIFY2(r.ok(), qPrintable(r.summary() + QString::fromUtf8(r.out + r.err)
                                    + QString::fromUtf8(sh(runner, "tail -n 30 /root/sos.log").out)));
        const QByteArray remote = r.out.trimmed().split('\n').last();
        Command cat;
        cat.argv = {"cat", remote};
        cat.timeoutMs = 120000;
        const CommandResult archive = runner.run(cat);
        QVERIFY2(archive.ok() && archive.out.size() > 1000, qPrintable(archive.summary()));
        const QString local = guest.workDir() + QStringLiteral("/") + QString::fromUtf8(remote.mid(remote.lastIndexOf('/') + 1));
        QFile f(local);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QCOMPARE(f.write(archive.out), archive.out.size());
        f.close();

        RawSources raw;
        QVERIFY2(readSosReport(local, QStringLiteral("sos:") + local, &raw, &error), qPrintable(error));
        const HostSnapshot fromSos = buildSnapshot(raw);
        QCOMPARE(fromSos.info.name, live->info.name);
        QCOMPARE(mirrorsText(fromSos), mirrorsText(*live));
        QCOMPARE(teamsText(fromSos), teamsText(*live));
        QCOMPARE(disksText(fromSos), disksText(*live));
        QVERIFY(!fromSos.mirrors.isEmpty());
        QCOMPARE(fromSos.mirror(QStringLiteral("md0"))->state, OpState::Duplex);
        QVERIFY(!fromSos.mirror(QStringLiteral("md0"))->uuid.isEmpty());
        qInfo("sosreport of %lld bytes read: %s", qint64(archive.out.size()), qPrintable(mirrorsText(fromSos)));
    }
};

QTEST_GUILESS_MAIN(TestLabSos)
#include "tst_lab_sos.moc"
