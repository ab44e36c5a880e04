// A mirror's whole life on a real kernel, seen only through the console's own
// eyes: the wizard's plans applied over SSH, the Poller's snapshots watched as
// the virtual disk goes Simplex -> Syncing -> Duplex, loses a member, and
// recovers. The slots run in order and build on each other.

#include "LabGuest.h"
#include "model/Poller.h"
#include "storage/MirrorPlanner.h"

#include <QElapsedTimer>
#include <QThread>
#include <QtTest>
#include <functional>

using namespace ftc;

namespace {

struct Sample {
    qint64 ms = 0;             // since the step's plan was applied
    OpState state = OpState::Inactive;
    QString action;
    double percent = -1;
    qint64 speedKiBs = -1;
    qint64 finishSeconds = -1;
    QString members;
};

QString membersText(const Mirror &m)
{
    QStringList parts;
    for (const MirrorMember &mm : m.members)
        parts << mm.device + QLatin1Char(':') + memberStateName(mm.state);
    return parts.join(QLatin1Char(' '));
}

Sample sampleOf(const Mirror &m, qint64 ms)
{
    Sample s;
    s.ms = ms;
    s.state = m.state;
    s.members = membersText(m);
    if (m.sync) {
        s.action = m.sync->action;
        s.percent = m.sync->percent;
        s.speedKiBs = m.sync->speedKiBs;
        s.finishSeconds = m.sync->finishSeconds;
    }
    return s;
}

QString timelineText(const QList<Sample> &timeline)
{
    QStringList lines;
    for (const Sample &s : timeline)
        lines << QStringLiteral("  %1 s  %2  %3 %4%  %5 KiB/s  %6 s left  [%7]")
                     .arg(double(s.ms) / 1000.0, 6, 'f', 1)
                     .arg(opStateName(s.state), -8)
                     .arg(s.action.isEmpty() ? QStringLiteral("-") : s.action, -8)
                     .arg(s.percent, 5, 'f', 1)
                     .arg(s.speedKiBs)
                     .arg(s.finishSeconds)
                     .arg(s.members);
    return lines.join(QLatin1Char('\n'));
}

const Mirror *mirrorWith(const HostSnapshot &s, const QString &device)
{
    for (const Mirror &m : s.mirrors)
        for (const MirrorMember &mm : m.members)
            if (mm.device == device)
                return &m;
    return nullptr;
}

QString planText(const Plan &p)
{
    return QStringLiteral("%1\n  errors: %2\n  warnings: %3\n  steps:\n    %4")
        .arg(p.title, p.errors.join(QStringLiteral(" | ")), p.warnings.join(QStringLiteral(" | ")),
             p.commandLines().join(QStringLiteral("\n    ")));
}

} // namespace

class TestLabMirror : public QObject {
    Q_OBJECT

    ftlab::LabGuest m_guest;
    std::unique_ptr<Poller> m_poller;
    QString m_md;              // the array the wizard created
    QElapsedTimer m_total;
    bool m_failed = false;

    HostSnapshotPtr refresh()
    {
        HostSnapshotPtr s = m_poller->refresh();
        if (!s)
            qWarning("refresh failed: %s", qPrintable(m_poller->lastError()));
        return s;
    }

    QString rawSyncText() const
    {
        const RawSources &raw = m_poller->lastRaw();
        QStringList out{QString::fromUtf8(raw.files.value(QStringLiteral("mdstat"))).trimmed()};
        const QStringList sysfs = QString::fromUtf8(raw.files.value(QStringLiteral("md/%1/sysfs").arg(m_md)))
                                      .split(QLatin1Char('\n'));
        for (const QString &line : sysfs)
            if (line.contains(QLatin1String("/md/sync_")) || line.contains(QLatin1String("/md/degraded"))
                || line.contains(QLatin1String("/md/array_state")) || line.contains(QLatin1String("/state:")))
                out << line;
        return out.join(QLatin1Char('\n'));
    }

    // Applies a plan as the wizard would after the user typed what it asked for.
    bool apply(const Plan &plan, QString *why)
    {
        qInfo("applying: %s", qPrintable(planText(plan)));
        if (!plan.ok()) {
            *why = QStringLiteral("the planner refused: %1").arg(plan.errors.join(QStringLiteral(" ")));
            return false;
        }
        const ApplyResult r = applyPlan(m_guest.runner(), plan, plan.confirmation);
        if (!r.ok)
            *why = r.message;
        return r.ok;
    }

    // Refreshes about once a second, recording m_md's states, until done() holds
    // or timeoutS pass. Returns the last snapshot (null when none could be taken).
    HostSnapshotPtr watch(const std::function<bool(const Mirror &)> &done, int timeoutS,
                          QList<Sample> *timeline, const QElapsedTimer &since)
    {
        qInfo("timeline of %s: seconds since the plan, state, action, percent, speed, time left, members",
              qPrintable(m_md));
        HostSnapshotPtr last;
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < qint64(timeoutS) * 1000) {
            QElapsedTimer round;
            round.start();
            HostSnapshotPtr s = refresh();
            if (s) {
                last = s;
                if (const Mirror *m = s->mirror(m_md)) {
                    const Sample sample = sampleOf(*m, since.elapsed());
                    timeline->append(sample);
                    qInfo("%s", qPrintable(timelineText({sample})));
                    // A sync without progress figures is what a real kernel shows
                    // only in passing; keep what the console read to explain it.
                    if (sample.state == OpState::Syncing && sample.speedKiBs < 0)
                        qInfo("raw sources of that sample:\n%s", qPrintable(rawSyncText()));
                    if (done(*m))
                        return last;
                }
            }
            const qint64 rest = 1000 - round.elapsed();
            if (rest > 0)
                QThread::msleep(rest);
        }
        return last;
    }

    // What a resync run must look like in the console: visibly progressing with a
    // speed and an estimate, then Duplex.
    void checkSyncRun(const QList<Sample> &timeline, bool throttled)
    {
        const QString text = timelineText(timeline);
        QList<Sample> syncing;
        for (const Sample &s : timeline)
            if (s.state == OpState::Syncing)
                syncing << s;
        QVERIFY2(!syncing.isEmpty(), qPrintable(QStringLiteral("never saw Syncing:\n") + text));
        QVERIFY2(!timeline.isEmpty() && timeline.last().state == OpState::Duplex,
                 qPrintable(QStringLiteral("did not end Duplex:\n") + text));

        int rises = 0;
        bool withSpeed = false, withEstimate = false;
        for (int i = 0; i < syncing.size(); ++i) {
            const Sample &s = syncing[i];
            QVERIFY2(s.percent >= 0 && s.percent <= 100, qPrintable(QStringLiteral("percent out of range:\n") + text));
            if (i > 0) {
                QVERIFY2(s.percent >= syncing[i - 1].percent,
                         qPrintable(QStringLiteral("sync percent went backwards (the progress bar would jump back); "
                                                   "the raw sources of a sample without speed are logged above:\n")
                                    + text));
                if (s.percent > syncing[i - 1].percent)
                    ++rises;
            }
            withSpeed = withSpeed || s.speedKiBs > 0;
            withEstimate = withEstimate || s.finishSeconds > 0;
        }
        if (!throttled)
            return;
        // Three strictly rising samples: the console shows progress, not a jump.
        QVERIFY2(rises >= 2, qPrintable(QStringLiteral("percent rose only %1 times while Syncing:\n").arg(rises) + text));
        QVERIFY2(withSpeed, qPrintable(QStringLiteral("no sample had a sync speed:\n") + text));
        QVERIFY2(withEstimate, qPrintable(QStringLiteral("no sample had a time left:\n") + text));
        // Unthrottled, 256 MiB recover in about 2 s here; at 10 MB/s they take ~26 s.
        const qint64 lasted = timeline.last().ms - syncing.first().ms;
        QVERIFY2(lasted >= 10000,
                 qPrintable(QStringLiteral("Syncing lasted only %1 s: the Low priority did not throttle it:\n")
                                .arg(double(lasted) / 1000.0) + text));
    }

private slots:
    void initTestCase()
    {
        m_total.start();
        QString error;
        QVERIFY2(m_guest.start(&error), qPrintable(QStringLiteral("lab guest unavailable: ") + error));
        qInfo("lab guest: image ready in %.1f s, boot to SSH login %.1f s, 127.0.0.1:%d, work dir %s",
              double(m_guest.imageMs()) / 1000.0, double(m_guest.bootMs()) / 1000.0, m_guest.sshPort(),
              qPrintable(m_guest.workDir()));
        // The guest's key was new to known_hosts and went through the prompter once.
        QCOMPARE(m_guest.prompter().hostKeyPrompts, 1);
        QCOMPARE(m_guest.prompter().secretPrompts, 0);
        m_poller = std::make_unique<Poller>(m_guest.runner(), m_guest.runner().hostLabel());
    }

    void blankDisksAreUnconfigured()
    {
        const HostSnapshotPtr s = refresh();
        QVERIFY2(s, qPrintable(m_poller->lastError()));
        QVERIFY2(s->mirrors.isEmpty(), "fresh blank disks must not come up as an array");
        for (const char *name : {"vdb", "vdc"}) {
            const Disk *d = s->disk(QString::fromLatin1(name));
            QVERIFY2(d, qPrintable(QStringLiteral("the snapshot lacks %1").arg(QString::fromLatin1(name))));
            QCOMPARE(diskRoleName(d->role), diskRoleName(DiskRole::Unconfigured));
            QCOMPARE(d->sizeBytes, qint64(256) << 20);
        }
        const Disk *root = s->disk(QStringLiteral("vda"));
        QVERIFY2(root && root->role == DiskRole::InUse, "vda holds / and must be in use");
    }

    void createSimplexMirror()
    {
        const HostSnapshotPtr s = refresh();
        QVERIFY2(s, qPrintable(m_poller->lastError()));
        const Plan plan = planNewMirror(*s, QStringLiteral("vdb"));
        QString why;
        QVERIFY2(apply(plan, &why), qPrintable(why));

        QElapsedTimer since;
        since.start();
        QList<Sample> timeline;
        // The name the planner chose is whatever array now holds vdb.
        HostSnapshotPtr after;
        for (int i = 0; i < 30 && !m_md.size(); ++i) {
            after = refresh();
            if (after)
                if (const Mirror *m = mirrorWith(*after, QStringLiteral("vdb")))
                    m_md = m->name;
            if (m_md.isEmpty())
                QThread::msleep(1000);
        }
        QVERIFY2(!m_md.isEmpty(), "no array holding vdb appeared within 30 s");
        after = watch([](const Mirror &m) { return m.state == OpState::Simplex; }, 30, &timeline, since);
        QVERIFY(after);
        const Mirror *m = after->mirror(m_md);
        QVERIFY(m);
        QCOMPARE(opStateName(m->state), QStringLiteral("Simplex"));
        QCOMPARE(m->level, QStringLiteral("raid1"));
        QCOMPARE(m->membersExpected, 2);
        QCOMPARE(m->membersWorking, 1);
        const Disk *vdb = after->disk(QStringLiteral("vdb"));
        QVERIFY(vdb);
        QCOMPARE(diskRoleName(vdb->role), diskRoleName(DiskRole::MirrorMember));
        QCOMPARE(vdb->mirror, m_md);
    }

    void throttleBeforeAdding()
    {
        QVERIFY2(!m_md.isEmpty(), "no mirror was created");
        const HostSnapshotPtr s = refresh();
        QVERIFY2(s, qPrintable(m_poller->lastError()));
        QString why;
        QVERIFY2(apply(planSetResyncPriority(*s, m_md, ResyncPriority::Low), &why), qPrintable(why));
        QVERIFY(refresh());
        const QByteArray sysfs = m_poller->lastRaw().files.value(QStringLiteral("md/%1/sysfs").arg(m_md));
        QVERIFY2(sysfs.contains("/md/sync_speed_max:10000"),
                 qPrintable(QStringLiteral("the poller's sysfs reading shows no 10000 limit:\n") + QString::fromUtf8(sysfs)));
    }

    void addSecondDiskSyncsToDuplex()
    {
        QVERIFY2(!m_md.isEmpty(), "no mirror was created");
        const HostSnapshotPtr s = refresh();
        QVERIFY2(s, qPrintable(m_poller->lastError()));
        QString why;
        QVERIFY2(apply(planAddToMirror(*s, m_md, QStringLiteral("vdc")), &why), qPrintable(why));

        QElapsedTimer since;
        since.start();
        QList<Sample> timeline;
        const HostSnapshotPtr last = watch([](const Mirror &m) { return m.state == OpState::Duplex; }, 90,
                                           &timeline, since);
        checkSyncRun(timeline, true);
        if (QTest::currentTestFailed())
            return;
        const Mirror *m = last->mirror(m_md);
        QVERIFY(m);
        QCOMPARE(m->membersWorking, 2);
        QVERIFY(!m->sync);
        for (const MirrorMember &mm : m->members)
            QCOMPARE(memberStateName(mm.state), memberStateName(MemberState::InSync));
    }

    void removeMemberLeavesSimplex()
    {
        QVERIFY2(!m_md.isEmpty(), "no mirror was created");
        const HostSnapshotPtr s = refresh();
        QVERIFY2(s, qPrintable(m_poller->lastError()));
        QString why;
        QVERIFY2(apply(planRemoveMember(*s, m_md, QStringLiteral("vdc")), &why), qPrintable(why));

        QElapsedTimer since;
        since.start();
        QList<Sample> timeline;
        const HostSnapshotPtr last = watch([](const Mirror &m) { return m.state == OpState::Simplex; }, 30,
                                           &timeline, since);
        QVERIFY2(last, "no snapshot after removing vdc");
        const Mirror *m = last->mirror(m_md);
        QVERIFY(m);
        QVERIFY2(m->state == OpState::Simplex,
                 qPrintable(QStringLiteral("not Simplex after removing vdc:\n") + timelineText(timeline)));
        QCOMPARE(m->membersWorking, 1);
        for (const MirrorMember &mm : m->members)
            if (mm.device == QLatin1String("vdc"))
                QCOMPARE(memberStateName(mm.state), memberStateName(MemberState::Faulty));
    }

    void reAddRecoversToDuplex()
    {
        QVERIFY2(!m_md.isEmpty(), "no mirror was created");
        // The array carries a write-intent bitmap, so a re-add copies only what was
        // written while vdc was out. The workload a real host keeps running is
        // stood in for by 64 MiB of writes, which makes a recovery long enough to
        // watch at the throttled speed.
        Command write;
        write.argv = {"dd", "if=/dev/zero", "of=/dev/" + m_md.toUtf8(), "bs=1M", "count=64", "oflag=direct"};
        write.timeoutMs = 120000;
        const CommandResult w = m_guest.runner().run(write);
        QVERIFY2(w.ok(), qPrintable(QStringLiteral("writing to the degraded mirror failed: ") + w.summary()));

        const HostSnapshotPtr s = refresh();
        QVERIFY2(s, qPrintable(m_poller->lastError()));
        if (const Disk *vdc = s->disk(QStringLiteral("vdc")))
            qInfo("vdc out of the array: role %s, mirror '%s', signature '%s'", qPrintable(diskRoleName(vdc->role)),
                  qPrintable(vdc->mirror), qPrintable(vdc->fstype));
        const Mirror *before = s->mirror(m_md);
        QVERIFY(before);
        QVERIFY2(!before->bitmap.isEmpty(), "the wizard's mirror should carry a write-intent bitmap");
        const Plan plan = planReAddMember(*s, m_md, QStringLiteral("vdc"));
        QString why;
        QVERIFY2(apply(plan, &why), qPrintable(why));
        QVERIFY2(plan.steps.first().command.argv.contains("--re-add"),
                 "with a bitmap the member must be re-added, not copied again in full");

        QElapsedTimer since;
        since.start();
        QList<Sample> timeline;
        const HostSnapshotPtr last = watch([](const Mirror &m) { return m.state == OpState::Duplex; }, 90,
                                           &timeline, since);
        checkSyncRun(timeline, false);
        if (QTest::currentTestFailed())
            return;
        bool recovery = false;
        for (const Sample &smp : timeline)
            recovery = recovery || (smp.state == OpState::Syncing && smp.action == QLatin1String("recovery"));
        QVERIFY2(recovery, qPrintable(QStringLiteral("no recovery seen:\n") + timelineText(timeline)));
        const Mirror *m = last->mirror(m_md);
        QVERIFY(m);
        QCOMPARE(m->membersWorking, 2);
    }

    void cleanup() { m_failed = m_failed || QTest::currentTestFailed(); }

    void cleanupTestCase()
    {
        qInfo("lab mirror test: %.1f s in all", double(m_total.elapsed()) / 1000.0);
        if (m_failed)
            qInfo("%s", qPrintable(m_guest.diagnostics()));
        m_poller.reset();
        m_guest.stop();
    }
};

QTEST_GUILESS_MAIN(TestLabMirror)
#include "tst_lab_mirror.moc"
