// The console's network changes as the host keeps them (/var/lib/ftconsole/net/
// ID/status): read by the poller, and reported when the console gets back in
// after the host rolled one back while no console watched.

#include "model/ChangeTracker.h"
#include "model/PollPlan.h"
#include "model/Poller.h"
#include "model/RawSources.h"

#include <QtTest>

using namespace ftc;

namespace {
RawSources raw(const QByteArray &listing, const QByteArray &status, qint64 takenAt)
{
    RawSources r;
    r.label = QStringLiteral("ssh://root@h1");
    r.takenAt = QDateTime::fromSecsSinceEpoch(takenAt);
    r.files.insert(QStringLiteral("net-changes"), listing);
    if (!status.isNull())
        r.files.insert(QStringLiteral("net-change-status"), status);
    return r;
}

QStringList messages(const QList<HostEvent> &events)
{
    QStringList out;
    for (const HostEvent &e : events)
        out << e.message;
    return out;
}
} // namespace

class TestNetChanges : public QObject {
    Q_OBJECT
private slots:
    void readAndTargeted()
    {
        // A full read lists the directory; the next reads the status files.
        const HostSnapshot first = buildSnapshot(raw("bond0-20261130T081502Z\nbond1-20261130T090000Z\n", {}, 1764493300));
        QCOMPARE(first.netChanges.size(), 2);
        QVERIFY(first.netChanges[0].word.isEmpty());
        const PollTargets t = targetsOf(first);
        QCOMPARE(t.netChanges, (QStringList{QStringLiteral("bond0-20261130T081502Z"), QStringLiteral("bond1-20261130T090000Z")}));
        bool asked = false;
        for (const BatchStep &s : pollSteps(t, PollDepth::Full, {}))
            if (s.id == QLatin1String("net-change-status")) {
                asked = true;
                QCOMPARE(s.argv.value(0), QByteArray("/var/lib/ftconsole/net/bond0-20261130T081502Z/status"));
            }
        QVERIFY(asked);
        QVERIFY(isOptionalSource(QStringLiteral("net-changes"))); // only root may list it; most hosts have none

        const HostSnapshot s = buildSnapshot(
            raw("bond0-20261130T081502Z\nbond1-20261130T090000Z\n",
                "/var/lib/ftconsole/net/bond0-20261130T081502Z/status:saved 1764490502 the files this change writes\n"
                "/var/lib/ftconsole/net/bond0-20261130T081502Z/status:applied 1764490510 \n"
                "/var/lib/ftconsole/net/bond0-20261130T081502Z/status:confirmed 1764490516 \n"
                "/var/lib/ftconsole/net/bond1-20261130T090000Z/status:saved 1764493200 the files\n"
                "/var/lib/ftconsole/net/bond1-20261130T090000Z/status:applied 1764493205 \n"
                "/var/lib/ftconsole/net/bond1-20261130T090000Z/status:rolled-back 1764493290 restored "
                "/etc/network/interfaces; removed bond1; eth0, eth2 back as before\n",
                1764493300));
        QCOMPARE(s.netChanges.size(), 2);
        QCOMPARE(s.netChanges[0].word, QStringLiteral("confirmed"));
        QCOMPARE(s.netChanges[1].word, QStringLiteral("rolled-back"));
        QCOMPARE(s.netChanges[1].epoch, 1764493290);
        QVERIFY(s.netChanges[1].text.startsWith(QLatin1String("restored /etc/network/interfaces")));
    }

    void reportedWhenTheConsoleGetsBackIn()
    {
        const QByteArray listing = "bond0-20261129T081502Z\nbond1-20261130T090000Z\nbond2-20261130T091000Z\n";
        const QByteArray status =
            "/var/lib/ftconsole/net/bond0-20261129T081502Z/status:rolled-back 1764404102 long ago\n"
            "/var/lib/ftconsole/net/bond1-20261130T090000Z/status:rolled-back 1764493290 restored x; removed bond1\n"
            "/var/lib/ftconsole/net/bond2-20261130T091000Z/status:applied 1764493800 \n";
        ChangeTracker tracker;
        const QStringList first = messages(
            tracker.update(std::make_shared<const HostSnapshot>(buildSnapshot(raw(listing, status, 1764493900)))));
        // The one from more than a day ago is history, not news.
        QVERIFY2(!first.join(QLatin1Char('\n')).contains(QLatin1String("bond0-")), qPrintable(first.join(QLatin1Char('\n'))));
        QVERIFY(first.contains(QStringLiteral("network change bond1-20261130T090000Z: the host rolled it back at %1: "
                                              "restored x; removed bond1")
                                   .arg(QDateTime::fromSecsSinceEpoch(1764493290).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")))));
        QVERIFY(first.join(QLatin1Char('\n')).contains(QLatin1String("network change bond2-20261130T091000Z is not confirmed")));
        // Nothing new: nothing said again.
        QVERIFY(messages(tracker.update(std::make_shared<const HostSnapshot>(buildSnapshot(raw(listing, status, 1764493910)))))
                    .filter(QStringLiteral("network change")).isEmpty());
        // The pending one is rolled back by the host's timer meanwhile.
        QByteArray later = status;
        later.replace("bond2-20261130T091000Z/status:applied 1764493800 \n",
                      "bond2-20261130T091000Z/status:rolled-back 1764493890 removed bond2\n");
        const QStringList after = messages(
            tracker.update(std::make_shared<const HostSnapshot>(buildSnapshot(raw(listing, later, 1764493920)))));
        QCOMPARE(after.filter(QStringLiteral("network change")).size(), 1);
        QVERIFY(after.filter(QStringLiteral("network change")).first().contains(QLatin1String("bond2-20261130T091000Z: the host rolled it back")));
    }
};

QTEST_GUILESS_MAIN(TestNetChanges)
#include "tst_netchanges.moc"
