// `virsh event --all --loop [--timestamp]` read as a stream: lines from
// virsh-domain-event.c's printf formats, split across chunks anywhere.

#include "parse/VirshEvent.h"

#include <QtTest>

using namespace ftc;

namespace {

// One line per event with every field, so two runs compare in one QCOMPARE.
QStringList summary(const QList<VirshEvent> &events)
{
    QStringList out;
    for (const VirshEvent &e : events) {
        QStringList values;
        for (auto it = e.values.cbegin(); it != e.values.cend(); ++it)
            values << it.key() + QLatin1Char('=') + it.value();
        out << QStringList({e.kind, e.domain, e.detail, e.lifecycleEvent, e.lifecycleDetail,
                            e.timestamp.toString(Qt::ISODateWithMs), values.join(QLatin1Char(',')),
                            QString::number(e.line)})
                   .join(QLatin1Char('|'));
    }
    return out;
}

// A session's worth of virsh output: UTF-8, quotes and "': " in names, both
// continuation styles, a blank line, and virsh's closing lines.
const QByteArray kTranscript =
    "2026-11-30 05:01:30.119+0000: event 'lifecycle' for domain 'spin1': Suspended Paused\n"
    "2026-11-30 05:01:31.002+0000: event 'tunable' for domain 'web 01':\n"
    "\tcputune.cpu_shares: 512\n"
    "\tcputune.vcpu_quota: 50000\n"
    "2026-11-30 05:01:32.500+0000: event 'metadata-change' for domain 'G\xc3\xa4ste-VM \xe2\x98\x83': type "
    "element, uri urn:ftconsole:cpu:1\n"
    "2026-11-30 05:01:33.000+0000: event 'device-added' for domain 'it's': net1\n"
    "2026-11-30 05:01:34.000+0000: event 'reboot' for domain 'o'neil'\n"
    "2026-11-30 05:01:35.000+0000: event 'job-completed' for domain 'spin1':\n"
    "\toperation: 1\n"
    "\ttime_elapsed: 1234\n"
    "\n"
    "2026-11-30 05:01:36.000+0000: event 'tray-change' for domain 'x y' disk ide0-1-0: opened\n"
    "2026-11-30 05:01:37.000+0000: event 'agent-lifecycle' for domain 'spin1': state: 'connected' reason: "
    "'channel event'\n"
    "2026-11-30 05:01:38.000+0000: event 'lifecycle' for domain 'a': b': Stopped Destroyed\n"
    "event loop interrupted\n"
    "events received: 9\n";

} // namespace

class TestVirshEvent : public QObject {
    Q_OBJECT
private slots:
    void realLines();
    void transcript();
    void splitAtEveryByte();
    void byteByByteAndCrLf();
    void heldUntilQuiet();
    void multiLineKinds();
    void namesAndDetails();
    void timestamps();
    void errorsAndNoise();
    void finishWithoutNewline();
    void overlongLine();
    void configAndState();
    void randomBytes();
};

void TestVirshEvent::realLines()
{
    VirshEventReader r;
    const QList<VirshEvent> a =
        r.feed("2026-11-30 05:01:30.119+0000: event 'lifecycle' for domain 'spin1': Suspended Paused\n");
    QCOMPARE(a.size(), 1);
    QCOMPARE(a[0].kind, QStringLiteral("lifecycle"));
    QCOMPARE(a[0].domain, QStringLiteral("spin1"));
    QCOMPARE(a[0].detail, QStringLiteral("Suspended Paused"));
    QCOMPARE(a[0].lifecycleEvent, QStringLiteral("Suspended"));
    QCOMPARE(a[0].lifecycleDetail, QStringLiteral("Paused"));
    QCOMPARE(a[0].timestamp, QDateTime(QDate(2026, 11, 30), QTime(5, 1, 30, 119), Qt::UTC));
    QCOMPARE(a[0].timestamp.timeSpec(), Qt::UTC);
    QCOMPARE(a[0].line, 1);
    const QList<VirshEvent> b = r.feed("event 'lifecycle' for domain 'spin1': Stopped Destroyed\n");
    QCOMPARE(b.size(), 1);
    QCOMPARE(b[0].lifecycleEvent, QStringLiteral("Stopped"));
    QCOMPARE(b[0].lifecycleDetail, QStringLiteral("Destroyed"));
    QVERIFY(!b[0].timestamp.isValid());
    QCOMPARE(b[0].line, 2);
    QVERIFY(r.takeErrors().isEmpty());
    QCOMPARE(r.eventsReceived(), -1);
}

void TestVirshEvent::transcript()
{
    VirshEventReader r;
    QList<VirshEvent> e = r.feed(kTranscript);
    QVERIFY(!r.hasHeldEvent());
    QVERIFY(r.finish().isEmpty());
    QCOMPARE(e.size(), 9);
    QCOMPARE(r.eventsReceived(), 9);
    QCOMPARE(r.loopEnd(), QStringLiteral("interrupted"));
    QVERIFY(r.takeErrors().isEmpty());
    QVERIFY(r.takeToolErrors().isEmpty());

    QCOMPARE(e[1].kind, QStringLiteral("tunable"));
    QCOMPARE(e[1].domain, QStringLiteral("web 01"));
    QVERIFY(e[1].detail.isEmpty());
    QCOMPARE(e[1].values.value(QStringLiteral("cputune.cpu_shares")), QStringLiteral("512"));
    QCOMPARE(e[1].values.value(QStringLiteral("cputune.vcpu_quota")), QStringLiteral("50000"));
    QCOMPARE(e[1].values.size(), 2);
    QCOMPARE(e[2].domain, QString::fromUtf8("G\xc3\xa4ste-VM \xe2\x98\x83"));
    QCOMPARE(e[2].detail, QStringLiteral("type element, uri urn:ftconsole:cpu:1"));
    QCOMPARE(e[3].domain, QStringLiteral("it's"));
    QCOMPARE(e[3].detail, QStringLiteral("net1"));
    QCOMPARE(e[4].kind, QStringLiteral("reboot"));
    QCOMPARE(e[4].domain, QStringLiteral("o'neil"));
    QCOMPARE(e[5].kind, QStringLiteral("job-completed"));
    QCOMPARE(e[5].values.value(QStringLiteral("time_elapsed")), QStringLiteral("1234"));
    QCOMPARE(e[5].values.size(), 2);
    QCOMPARE(e[6].domain, QStringLiteral("x y"));
    QCOMPARE(e[6].detail, QStringLiteral("disk ide0-1-0: opened"));
    QCOMPARE(e[7].detail, QStringLiteral("state: 'connected' reason: 'channel event'"));
    QCOMPARE(e[8].domain, QStringLiteral("a': b"));
    QCOMPARE(e[8].lifecycleDetail, QStringLiteral("Destroyed"));
    QCOMPARE(e[8].line, 14);
}

void TestVirshEvent::splitAtEveryByte()
{
    VirshEventReader whole;
    const QStringList expected = summary(whole.feed(kTranscript) + whole.finish());
    QCOMPARE(expected.size(), 9);
    for (qsizetype i = 0; i <= kTranscript.size(); ++i) {
        VirshEventReader r;
        QList<VirshEvent> got = r.feed(kTranscript.left(i));
        got += r.feed(kTranscript.mid(i));
        got += r.finish();
        QCOMPARE(summary(got), expected);
        QCOMPARE(r.eventsReceived(), 9);
        QVERIFY2(r.takeErrors().isEmpty(), qPrintable(QString::number(i)));
    }
}

void TestVirshEvent::byteByByteAndCrLf()
{
    VirshEventReader whole;
    const QStringList expected = summary(whole.feed(kTranscript));
    VirshEventReader r;
    QList<VirshEvent> got;
    for (char c : kTranscript)
        got += r.feed(QByteArray(1, c));
    QCOMPARE(summary(got), expected);
    // A pty (ssh -t) turns every newline into CRLF.
    QByteArray crlf = kTranscript;
    crlf.replace("\n", "\r\n");
    VirshEventReader c;
    QCOMPARE(summary(c.feed(crlf)), expected);
    QVERIFY(c.takeErrors().isEmpty());
}

void TestVirshEvent::heldUntilQuiet()
{
    VirshEventReader r;
    QVERIFY(r.feed("event 'tunable' for domain 'a':\n\tcputune.cpu_shares: 512\n").isEmpty());
    QVERIFY(r.hasHeldEvent());
    // Nothing more came: virsh wrote the event whole, so it is done.
    const QList<VirshEvent> quiet = r.feed(QByteArray());
    QCOMPARE(quiet.size(), 1);
    QCOMPARE(quiet[0].values.value(QStringLiteral("cputune.cpu_shares")), QStringLiteral("512"));
    QVERIFY(!r.hasHeldEvent());

    // Mid-line when the stream pauses: still held.
    QVERIFY(r.feed("event 'tunable' for domain 'b':\n\tcputune.vcpu_period: 10").isEmpty());
    QVERIFY(r.feed(QByteArray()).isEmpty());
    QVERIFY(r.feed("0000\n").isEmpty());
    const QList<VirshEvent> done = r.feed(QByteArray());
    QCOMPARE(done.size(), 1);
    QCOMPARE(done[0].domain, QStringLiteral("b"));
    QCOMPARE(done[0].values.value(QStringLiteral("cputune.vcpu_period")), QStringLiteral("100000"));

    // The next header ends a held event and, being single-line, comes too.
    QVERIFY(r.feed("event 'job-completed' for domain 'c':\n\toperation: 3\n").isEmpty());
    const QList<VirshEvent> two = r.feed("event 'lifecycle' for domain 'c': Resumed Unpaused\n");
    QCOMPARE(two.size(), 2);
    QCOMPARE(two[0].kind, QStringLiteral("job-completed"));
    QCOMPARE(two[1].kind, QStringLiteral("lifecycle"));
}

void TestVirshEvent::multiLineKinds()
{
    VirshEventReader r;
    QList<VirshEvent> e = r.feed("event 'memory-failure' for domain 'db':\n"
                                 "recipient: guest\n"
                                 "action: inject\n"
                                 "flags:\n"
                                 "\taction required: 1\n"
                                 "\trecursive: 0\n"
                                 "event 'graphics' for domain 'vm': connect local[IPv4 127.0.0.1 5900] "
                                 "remote[IPv4 127.0.0.1 50000] x509\n"
                                 "\tx509dname=CN=client,O=Example\n"
                                 "event 'memory-device-size-change' for domain 'vm':\n"
                                 "alias: virtiomem0\n"
                                 "size: 1048576\n");
    e += r.finish();
    QCOMPARE(e.size(), 3);
    QVERIFY(r.takeErrors().isEmpty());
    QCOMPARE(e[0].values.value(QStringLiteral("recipient")), QStringLiteral("guest"));
    QCOMPARE(e[0].values.value(QStringLiteral("action")), QStringLiteral("inject"));
    QVERIFY(e[0].values.contains(QStringLiteral("flags")));
    QCOMPARE(e[0].values.value(QStringLiteral("action required")), QStringLiteral("1"));
    QCOMPARE(e[0].values.value(QStringLiteral("recursive")), QStringLiteral("0"));
    QCOMPARE(e[1].kind, QStringLiteral("graphics"));
    QCOMPARE(e[1].detail, QStringLiteral("connect local[IPv4 127.0.0.1 5900] remote[IPv4 127.0.0.1 50000] x509"));
    QCOMPARE(e[1].values.value(QStringLiteral("x509dname")), QStringLiteral("CN=client,O=Example"));
    QCOMPARE(e[2].values.value(QStringLiteral("size")), QStringLiteral("1048576"));
    QCOMPARE(e[2].values.value(QStringLiteral("alias")), QStringLiteral("virtiomem0"));
}

void TestVirshEvent::namesAndDetails()
{
    VirshEventReader r;
    const QList<VirshEvent> e =
        r.feed("event 'lifecycle' for domain 'db': Shutdown Finished after guest request\n"
               "event 'lifecycle' for domain 'db': Suspended I/O Error\n"
               "event 'disk-change' for domain 'my 'vm'' disk ide0-1-0: /a.iso -> /b.iso: changed\n"
               "event 'control-error' for domain 'x':y'\n"
               "event 'balloon-change' for domain 'db': 1048576KiB\n"
               "event 'device-removed' for domain '\xe6\x97\xa5\xe6\x9c\xac': virtio-disk1\n"
               "event 'rtc-change' for domain 'db': -3600\n");
    QCOMPARE(e.size(), 7);
    QCOMPARE(e[0].lifecycleEvent, QStringLiteral("Shutdown"));
    QCOMPARE(e[0].lifecycleDetail, QStringLiteral("Finished after guest request"));
    QCOMPARE(e[1].lifecycleDetail, QStringLiteral("I/O Error"));
    QCOMPARE(e[2].domain, QStringLiteral("my 'vm'"));
    QCOMPARE(e[2].detail, QStringLiteral("disk ide0-1-0: /a.iso -> /b.iso: changed"));
    QCOMPARE(e[3].domain, QStringLiteral("x':y")); // no detail: up to the final quote
    QVERIFY(e[3].detail.isEmpty());
    QCOMPARE(e[4].detail, QStringLiteral("1048576KiB"));
    QCOMPARE(e[5].domain, QString::fromUtf8("\xe6\x97\xa5\xe6\x9c\xac"));
    QCOMPARE(e[5].detail, QStringLiteral("virtio-disk1"));
    QCOMPARE(e[6].detail, QStringLiteral("-3600"));
    QVERIFY(e[4].lifecycleEvent.isEmpty()); // only lifecycle events split their detail
}

void TestVirshEvent::timestamps()
{
    VirshEventReader r;
    const QList<VirshEvent> e = r.feed("2026-11-30 06:31:30.119+0130: event 'reboot' for domain 'a'\n"
                                       "2026-12-31 23:59:59.999+0000: event 'reboot' for domain 'b'\n"
                                       "2026-02-30 10:00:00.000+0000: event 'reboot' for domain 'c'\n");
    QCOMPARE(e.size(), 3);
    QCOMPARE(e[0].timestamp, QDateTime(QDate(2026, 11, 30), QTime(5, 1, 30, 119), Qt::UTC));
    QCOMPARE(e[1].timestamp, QDateTime(QDate(2026, 12, 31), QTime(23, 59, 59, 999), Qt::UTC));
    QVERIFY(!e[2].timestamp.isValid()); // no 30 February: the event stays, the time is flagged
    QCOMPARE(e[2].domain, QStringLiteral("c"));
    const ParseErrors errors = r.takeErrors();
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors[0].line, 3);
}

void TestVirshEvent::errorsAndNoise()
{
    VirshEventReader r;
    const QList<VirshEvent> e = r.feed("\n   \n"
                                       "event 'lifecycle' for domain 'a': Started Booted\n"
                                       "\tcputune.cpu_shares: 1\n"
                                       "garbage\n"
                                       "event 'lifecycle' for domain 'unterminated\n"
                                       "error: Disconnected from qemu:///system due to end of file\n"
                                       "event loop timed out\n"
                                       "events received: 1\n");
    QCOMPARE(e.size(), 1);
    QVERIFY(e[0].values.isEmpty()); // a lifecycle event takes no continuation lines
    const ParseErrors errors = r.takeErrors();
    QCOMPARE(errors.size(), 3);
    QCOMPARE(errors[0].line, 4);
    QCOMPARE(errors[1].line, 5);
    QCOMPARE(errors[1].text, QStringLiteral("garbage"));
    QCOMPARE(errors[2].line, 6);
    QVERIFY(r.takeErrors().isEmpty()); // taken
    QCOMPARE(r.takeToolErrors(),
             QStringList({QStringLiteral("error: Disconnected from qemu:///system due to end of file")}));
    QCOMPARE(r.loopEnd(), QStringLiteral("timed out"));
    QCOMPARE(r.eventsReceived(), 1);
}

void TestVirshEvent::finishWithoutNewline()
{
    VirshEventReader r;
    QVERIFY(r.feed("event 'lifecycle' for domain 'a': Started Booted").isEmpty());
    QVERIFY(r.feed(QByteArray()).isEmpty()); // a partial line is not an event yet
    const QList<VirshEvent> e = r.finish();
    QCOMPARE(e.size(), 1);
    QCOMPARE(e[0].lifecycleDetail, QStringLiteral("Booted"));
    QVERIFY(r.finish().isEmpty());
}

void TestVirshEvent::overlongLine()
{
    VirshEventReader r;
    QVERIFY(r.feed(QByteArray(2 << 20, 'x')).isEmpty());
    QCOMPARE(r.takeErrors().size(), 1);
    const QList<VirshEvent> e = r.feed("\nevent 'lifecycle' for domain 'a': Resumed Unpaused\n");
    QCOMPARE(e.size(), 1);
    QCOMPARE(e[0].domain, QStringLiteral("a"));
}

void TestVirshEvent::configAndState()
{
    const auto event = [](const QByteArray &line) {
        VirshEventReader r;
        QList<VirshEvent> e = r.feed(line + '\n');
        e += r.finish();
        return e.value(0);
    };
    const VirshEvent defined = event("event 'lifecycle' for domain 'a': Defined Added");
    QCOMPARE(defined.kind, QStringLiteral("lifecycle"));
    QVERIFY(changesConfig(defined));
    QVERIFY(changesState(defined));
    const VirshEvent undefined = event("event 'lifecycle' for domain 'a': Undefined Removed");
    QVERIFY(changesConfig(undefined));
    QVERIFY(changesState(undefined));
    const VirshEvent started = event("event 'lifecycle' for domain 'a': Started Booted");
    QVERIFY(!changesConfig(started));
    QVERIFY(changesState(started));
    const VirshEvent tunable = event("event 'tunable' for domain 'a':");
    QCOMPARE(tunable.kind, QStringLiteral("tunable"));
    QVERIFY(changesConfig(tunable));
    QVERIFY(!changesState(tunable));
    QVERIFY(changesConfig(event("event 'metadata-change' for domain 'a': type element, uri urn:x")));
    QVERIFY(changesConfig(event("event 'device-added' for domain 'a': net1")));
    QVERIFY(changesConfig(event("event 'device-removed' for domain 'a': net1")));
    QVERIFY(changesConfig(event("event 'block-job' for domain 'a': Active Block Commit for vda completed")));
    QVERIFY(!changesConfig(event("event 'block-job' for domain 'a': Block Copy for vda ready")));
    const VirshEvent reboot = event("event 'reboot' for domain 'a'");
    QCOMPARE(reboot.kind, QStringLiteral("reboot"));
    QVERIFY(!changesConfig(reboot));
    QVERIFY(!changesState(reboot));
    QVERIFY(!changesConfig(event("event 'balloon-change' for domain 'a': 1024KiB")));
    QVERIFY(!changesConfig(event("event 'agent-lifecycle' for domain 'a': state: 'connected' reason: 'channel event'")));
}

void TestVirshEvent::randomBytes()
{
    // Whatever arrives, the reader keeps going and what it hands back is
    // well-formed: a kind, a line number, and lines counted in order.
    QRandomGenerator rng(20261130);
    for (int round = 0; round < 200; ++round) {
        QByteArray junk = kTranscript;
        for (int i = 0; i < 20; ++i)
            junk[rng.bounded(int(junk.size()))] = char(rng.bounded(256));
        VirshEventReader r;
        QList<VirshEvent> e;
        for (qsizetype at = 0; at < junk.size();) {
            const qsizetype n = 1 + rng.bounded(40);
            e += r.feed(junk.mid(at, n));
            at += n;
        }
        e += r.finish();
        int last = 0;
        for (const VirshEvent &ev : e) {
            QVERIFY(!ev.kind.isEmpty());
            QVERIFY(ev.line > last);
            last = ev.line;
        }
    }
}

QTEST_GUILESS_MAIN(TestVirshEvent)
#include "tst_virshevent.moc"
