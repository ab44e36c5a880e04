// The demo host's virsh beyond reading: the life cycle (suspend, resume, reset,
// managedsave and the restore, destroy, shutdown), metadata, the CPU time that
// follows load, pauses and caps, and the state file keeping all of it. Texts
// are virsh 9.0's (fixtures/libvirt) and the qemu driver's.

#include "demo/SimClock.h"
#include "demo/SimState.h"
#include "demo/SimulatedHost.h"
#include "parse/Virsh.h"
#include "vms/VirshSession.h"
#include "vms/VmMetadata.h"
#include "vms/VmPoll.h"

#include <QFile>
#include <QtTest>

using namespace ftc;

namespace {

const QByteArray kUri = "urn:ftconsole:vm:1";

QByteArray fixture(const QString &rel)
{
    QFile f(QStringLiteral(FT_FIXTURES) + QLatin1Char('/') + rel);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(rel));
    return f.readAll();
}

// virsh with its words as given (no shell quoting in the way), as the console sends them.
CommandResult virsh(Runner &r, const Argv &args)
{
    Command c;
    c.argv = Argv{"virsh", "-c", "qemu:///system"} + args;
    return r.run(c);
}

QByteArray out(Runner &r, const Argv &args)
{
    const CommandResult res = virsh(r, args);
    if (res.exitCode != 0)
        qWarning("virsh %s -> %d %s", args.join(' ').constData(), res.exitCode, res.err.constData());
    return res.out;
}

// One value of a domain's `domstats --raw`; empty when the key is not printed.
QByteArray stat(Runner &r, const QByteArray &dom, const QByteArray &key)
{
    for (const QByteArray &line : out(r, {"domstats", "--raw", dom}).split('\n'))
        if (line.startsWith("  " + key + '='))
            return line.mid(key.size() + 3);
    return {};
}

qint64 cpuNs(Runner &r, const QByteArray &dom)
{
    return stat(r, dom, "cpu.time").toLongLong();
}

// The state, cpu, balloon and vcpu keys of the first domain in domstats output:
// the groups the console asks for.
QList<QByteArray> statKeys(const QByteArray &text)
{
    QList<QByteArray> keys;
    for (const QByteArray &l : text.split('\n')) {
        if (l.startsWith("Domain:") && !keys.isEmpty())
            break;
        const QByteArray key = l.trimmed().left(l.trimmed().indexOf('='));
        if (l.startsWith("  ") && (key.startsWith("state.") || key.startsWith("cpu.") || key.startsWith("balloon.")
                                   || key.startsWith("vcpu.")))
            keys.append(key);
    }
    return keys;
}

// The error a refused life-cycle command prints.
QByteArray refused(const QByteArray &failedTo, const QByteArray &dom, const QByteArray &why)
{
    return "error: Failed to " + failedTo + " domain '" + dom + "'\nerror: Requested operation is not valid: " + why
        + "\n\n";
}

} // namespace

class TestSimVirsh : public QObject {
    Q_OBJECT
private slots:
    void guideTableThree()
    {
        SimulatedHost h(std::make_shared<ManualClock>(0));
        QCOMPARE(stat(h, "DC1", "balloon.maximum"), QByteArray("524288"));
        QCOMPARE(stat(h, "FS1", "balloon.maximum"), QByteArray("1048576"));
        QCOMPARE(stat(h, "EX1", "balloon.maximum"), QByteArray("1572864"));
        QCOMPARE(out(h, {"list", "--state-running", "--name"}), QByteArray("DC1\nFS1\nEX1\n\n"));
        QCOMPARE(out(h, {"list", "--all", "--autostart", "--name"}), QByteArray("DC1\nFS1\nEX1\n\n"));
        QCOMPARE(out(h, {"domstate", "DC1", "--reason"}), QByteArray("running (booted)\n\n"));
    }

    void suspendStopsTheCpuClockAndResumeRestartsIt()
    {
        auto clock = std::make_shared<ManualClock>(0);
        SimulatedHost h(clock);
        QCOMPARE(out(h, {"suspend", "--domain", "DC1"}), QByteArray("Domain 'DC1' suspended\n\n"));
        QCOMPARE(out(h, {"domstate", "DC1", "--reason"}), QByteArray("paused (user)\n\n"));
        QCOMPARE(stat(h, "DC1", "state.state"), QByteArray("3"));
        QCOMPARE(stat(h, "DC1", "state.reason"), QByteArray("1"));
        // Still active: the same groups as a running domain, memory included.
        QCOMPARE(statKeys(out(h, {"domstats", "--raw", "--state", "--cpu-total", "--balloon", "--vcpu", "DC1"})),
                 statKeys(fixture(QStringLiteral("libvirt/qemu_domstats_running.txt"))));
        QVERIFY(out(h, {"list"}).contains(" 1    DC1    paused\n"));
        QVERIFY(out(h, {"dominfo", "DC1"}).contains("State:          paused\n"));
        const qint64 paused = cpuNs(h, "DC1");
        clock->advanceSeconds(100);
        QCOMPARE(cpuNs(h, "DC1"), paused);
        // A second suspend changes nothing and succeeds, as in the qemu driver.
        QCOMPARE(virsh(h, {"suspend", "DC1"}).exitCode, 0);

        QCOMPARE(out(h, {"resume", "--domain", "DC1"}), QByteArray("Domain 'DC1' resumed\n\n"));
        QCOMPARE(out(h, {"domstate", "DC1", "--reason"}), QByteArray("running (unpaused)\n\n"));
        clock->advanceSeconds(10);
        // DC1 keeps 23 % of its one vCPU busy.
        QVERIFY(qAbs(cpuNs(h, "DC1") - paused - 2300000000LL) < 1000000);
    }

    void managedSaveStopsAndStartRestores()
    {
        auto clock = std::make_shared<ManualClock>(0);
        SimulatedHost h(clock);
        const qint64 before = cpuNs(h, "EX1");
        QCOMPARE(out(h, {"managedsave", "--domain", "EX1"}), fixture(QStringLiteral("libvirt/qemu_managedsave.txt"))
                                                                  .replace("spin1", "EX1"));
        QCOMPARE(out(h, {"domstate", "EX1", "--reason"}), fixture(QStringLiteral("libvirt/qemu_domstate_reason_saved.txt")));
        QCOMPARE(out(h, {"list", "--all", "--with-managed-save", "--name"}), QByteArray("EX1\n\n"));
        QCOMPARE(out(h, {"list", "--all", "--without-managed-save", "--name"}), QByteArray("DC1\nFS1\n\n"));
        QCOMPARE(out(h, {"list", "--all", "--managed-save"}),
                 QByteArray(" Id   Name   State\n----------------------\n 1    DC1    running\n"
                            " 2    FS1    running\n -    EX1    saved\n\n"));
        QVERIFY(out(h, {"list", "--all"}).contains(" -    EX1    shut off\n"));
        QVERIFY(out(h, {"dominfo", "EX1"}).contains("Managed save:   yes\n"));
        const QByteArray saved = out(h, {"domstats", "--raw", "--state", "--cpu-total", "--balloon", "--vcpu", "EX1"});
        QCOMPARE(statKeys(saved), statKeys(fixture(QStringLiteral("libvirt/qemu_domstats_shutoff_saved.txt"))));
        QVERIFY(saved.contains("  state.state=5\n  state.reason=5\n"));
        QVERIFY(!saved.contains("balloon.rss"));
        clock->advanceSeconds(100);
        QCOMPARE(cpuNs(h, "EX1"), before); // off: no CPU used

        QCOMPARE(out(h, {"start", "--domain", "EX1"}), fixture(QStringLiteral("libvirt/qemu_start_from_managedsave.txt"))
                                                            .replace("spin1", "EX1"));
        QCOMPARE(out(h, {"domstate", "EX1", "--reason"}),
                 fixture(QStringLiteral("libvirt/qemu_domstate_reason_restored.txt")));
        QCOMPARE(stat(h, "EX1", "state.reason"), QByteArray("3"));
        QCOMPARE(out(h, {"list", "--all", "--with-managed-save", "--name"}), QByteArray("\n")); // the image is gone
        QVERIFY(out(h, {"dominfo", "EX1"}).contains("Managed save:   no\n"));
        clock->advanceSeconds(10);
        // Two vCPUs at 20 %: 4 s of CPU in 10 s, on top of what it had.
        QVERIFY(qAbs(cpuNs(h, "EX1") - before - 4000000000LL) < 1000000);
    }

    void aPausedSaveRestoresPaused()
    {
        SimulatedHost h(std::make_shared<ManualClock>(0));
        QCOMPARE(virsh(h, {"suspend", "FS1"}).exitCode, 0);
        QCOMPARE(virsh(h, {"managedsave", "FS1"}).exitCode, 0);
        QCOMPARE(out(h, {"domstate", "FS1", "--reason"}), QByteArray("shut off (saved)\n\n"));
        QCOMPARE(virsh(h, {"start", "FS1"}).exitCode, 0);
        QCOMPARE(out(h, {"domstate", "FS1", "--reason"}), QByteArray("paused (migrating)\n\n"));
        QCOMPARE(out(h, {"resume", "FS1"}), QByteArray("Domain 'FS1' resumed\n\n"));
    }

    void stopsLeaveTheirReasons()
    {
        SimulatedHost h(std::make_shared<ManualClock>(0));
        QCOMPARE(out(h, {"reset", "--domain", "FS1"}), QByteArray("Domain 'FS1' was reset\n\n"));
        QCOMPARE(out(h, {"domstate", "FS1", "--reason"}), QByteArray("running (booted)\n\n"));
        QCOMPARE(out(h, {"destroy", "--domain", "FS1"}), fixture(QStringLiteral("libvirt/qemu_destroy.txt"))
                                                              .replace("spin1", "FS1"));
        QCOMPARE(out(h, {"domstate", "FS1", "--reason"}),
                 fixture(QStringLiteral("libvirt/qemu_domstate_reason_destroyed.txt")));
        QCOMPARE(stat(h, "FS1", "state.reason"), QByteArray("2"));
        // A shut-off domain prints what virsh 9.0 prints for one: no qemu-only keys.
        QCOMPARE(statKeys(out(h, {"domstats", "--raw", "--state", "--cpu-total", "--balloon", "--vcpu", "FS1"})),
                 statKeys(fixture(QStringLiteral("libvirt/qemu_domstats_shutoff.txt"))));
        QCOMPARE(out(h, {"start", "FS1"}), QByteArray("Domain 'FS1' started\n\n"));
        QCOMPARE(out(h, {"domstate", "FS1", "--reason"}), QByteArray("running (booted)\n\n"));
        QCOMPARE(out(h, {"shutdown", "--domain", "FS1"}), QByteArray("Domain 'FS1' is being shutdown\n\n"));
        QCOMPARE(out(h, {"domstate", "FS1", "--reason"}), QByteArray("shut off (shutdown)\n\n"));
        QCOMPARE(stat(h, "FS1", "state.reason"), QByteArray("1"));
    }

    void refusalsReadLikeLibvirt()
    {
        SimulatedHost h(std::make_shared<ManualClock>(0));
        CommandResult r = virsh(h, {"suspend", "--domain", "nosuchdom"});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.err, fixture(QStringLiteral("libvirt/qemu_error_dominfo_nonexistent.txt")));
        QCOMPARE(virsh(h, {"resume", "DC1"}).err, refused("resume", "DC1", "domain is already running"));
        QCOMPARE(virsh(h, {"destroy", "DC1"}).exitCode, 0);
        r = virsh(h, {"suspend", "DC1"});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.err, refused("suspend", "DC1", "domain is not running"));
        QCOMPARE(virsh(h, {"resume", "DC1"}).err, refused("resume", "DC1", "domain is not running"));
        QCOMPARE(virsh(h, {"reset", "DC1"}).err, refused("reset", "DC1", "domain is not running"));
        QCOMPARE(virsh(h, {"managedsave", "DC1"}).err,
                 QByteArray("error: Failed to save domain 'DC1' state\n"
                            "error: Requested operation is not valid: domain is not running\n\n"));
        QCOMPARE(virsh(h, {"shutdown", "DC1"}).err,
                 fixture(QStringLiteral("libvirt/qemu_error_shutdown_not_running.txt")).replace("bigmem", "DC1"));
        // The guest of a paused domain cannot take the ACPI request: the qemu driver refuses.
        QCOMPARE(virsh(h, {"suspend", "FS1"}).exitCode, 0);
        QCOMPARE(virsh(h, {"shutdown", "FS1"}).err, refused("shutdown", "FS1", "domain is not running"));
        QCOMPARE(out(h, {"domstate", "FS1"}), QByteArray("paused\n\n"));
        QCOMPARE(virsh(h, {"list", "--name", "--uuid"}).err,
                 QByteArray("error: Only one argument from --table, --name and --uuid may be specified.\n"));
    }

    void metadataIsKeptPerNamespace()
    {
        SimulatedHost h(std::make_shared<ManualClock>(0));
        CommandResult r = virsh(h, {"metadata", "--domain", "DC1", "--uri", kUri});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.err, QByteArray("error: metadata not found: Requested metadata element is not present\n\n"));
        QCOMPARE(parseVmMetadata(r.err).weight, -1);

        // What the console's planner sends: single quotes, --key, both definitions.
        VmMetadata m;
        m.weight = 100;
        m.reservePct = 70;
        m.saveOnStop = true;
        QCOMPARE(out(h, {"metadata", "--domain", "DC1", "--uri", kUri, "--key", kVmMetadataKey, "--set",
                         vmMetadataXml(m), "--live", "--config"}),
                 QByteArray("Metadata modified\n\n"));
        const QByteArray read = out(h, {"metadata", "--domain", "DC1", "--uri", kUri});
        QCOMPARE(read, QByteArray("<vm weight=\"100\" reserve_pct=\"70\" save_on_stop=\"yes\"/>\n\n"));
        const VmMetadata back = parseVmMetadata(read);
        QCOMPARE(back.weight, 100);
        QCOMPARE(back.reservePct, 70);
        QCOMPARE(back.saveOnStop, std::optional<bool>(true));
        QCOMPARE(out(h, {"metadata", "DC1", kUri}), read); // DOMAIN and URI as plain data too
        QCOMPARE(virsh(h, {"metadata", "DC1", "urn:other"}).exitCode, 1);
        QCOMPARE(virsh(h, {"metadata", "FS1", kUri}).exitCode, 1);

        // A stopped domain has only its persistent definition.
        QCOMPARE(virsh(h, {"destroy", "FS1"}).exitCode, 0);
        QCOMPARE(virsh(h, {"metadata", "FS1", kUri, "--key", "ftc", "--set", "<vm weight='5'/>", "--live", "--config"})
                     .err,
                 QByteArray("error: Requested operation is not valid: domain is not running\n\n"));
        QCOMPARE(out(h, {"metadata", "FS1", kUri, "--key", "ftc", "--set", "<vm weight='5'/>", "--config"}),
                 QByteArray("Metadata modified\n\n"));
        QCOMPARE(out(h, {"metadata", "FS1", kUri}), QByteArray("<vm weight=\"5\"/>\n\n"));

        QCOMPARE(out(h, {"metadata", "DC1", kUri, "--remove", "--live", "--config"}), QByteArray("Metadata removed\n\n"));
        QCOMPARE(virsh(h, {"metadata", "DC1", kUri}).exitCode, 1);
    }

    void metadataRefusalsReadLikeVirsh()
    {
        SimulatedHost h(std::make_shared<ManualClock>(0));
        QCOMPARE(virsh(h, {"metadata", "DC1", kUri, "--set", "<vm/>"}).err,
                 QByteArray("error: namespace key is required when modifying metadata\n"));
        QCOMPARE(virsh(h, {"metadata", "DC1", kUri, "--key", "ftc", "--set", ""}).err,
                 QByteArray("error: Failed to get option 'set': Option argument is empty\n"));
        QCOMPARE(virsh(h, {"metadata", "DC1"}).err, QByteArray("error: command 'metadata' requires <uri> option\n"));
        QCOMPARE(virsh(h, {"metadata", "nosuchdom", kUri}).err,
                 fixture(QStringLiteral("libvirt/qemu_error_dominfo_nonexistent.txt")));
        QCOMPARE(virsh(h, {"metadata", "DC1", kUri, "--key", "ftc", "--set", "<vm/>", "--remove"}).err,
                 QByteArray("error: Options --remove and --set are mutually exclusive\n"));
        const CommandResult r = virsh(h, {"metadata", "DC1", kUri, "--key", "ftc", "--set", "<vm weight='1'"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.startsWith("error: (metadata_xml):1: "), r.err.constData());
        QCOMPARE(virsh(h, {"metadata", "DC1", kUri}).exitCode, 1); // nothing was stored
    }

    void vcpuQuotaCapsTheCpuTime()
    {
        auto clock = std::make_shared<ManualClock>(0);
        SimulatedHost h(clock);
        // DC1 wants 23 % of its vCPU; a cap at 10 % holds it there.
        QCOMPARE(virsh(h, {"schedinfo", "--domain", "DC1", "--set", "vcpu_period=100000", "--set", "vcpu_quota=10000",
                           "--live", "--config"})
                     .exitCode,
                 0);
        QVERIFY(out(h, {"schedinfo", "DC1"}).contains("vcpu_quota     : 10000\n"));
        qint64 t = cpuNs(h, "DC1");
        clock->advanceSeconds(100);
        QVERIFY(qAbs(cpuNs(h, "DC1") - t - 10000000000LL) < 1000000);
        // -1 lifts the cap.
        QCOMPARE(virsh(h, {"schedinfo", "--domain", "DC1", "--set", "vcpu_quota=-1", "--live", "--config"}).exitCode, 0);
        QVERIFY(out(h, {"schedinfo", "DC1"}).contains("vcpu_quota     : -1\n"));
        t = cpuNs(h, "DC1");
        clock->advanceSeconds(100);
        QVERIFY(qAbs(cpuNs(h, "DC1") - t - 23000000000LL) < 1000000);

        // A stopped domain takes --config alone, and its cap holds once it runs.
        QCOMPARE(virsh(h, {"destroy", "FS1"}).exitCode, 0);
        const CommandResult live = virsh(h, {"schedinfo", "FS1", "--set", "vcpu_quota=20000", "--live", "--config"});
        QCOMPARE(live.err, fixture(QStringLiteral("libvirt/qemu_error_schedinfo_set_on_inactive_live.txt"))
                               .remove(0, int(strlen("Scheduler      : posix\n"))));
        QCOMPARE(virsh(h, {"schedinfo", "FS1", "--set", "vcpu_quota=20000", "--config"}).exitCode, 0);
        QCOMPARE(virsh(h, {"start", "FS1"}).exitCode, 0);
        t = cpuNs(h, "FS1");
        clock->advanceSeconds(100);
        QVERIFY(qAbs(cpuNs(h, "FS1") - t - 20000000000LL) < 1000000); // 20 %, not its 33 %
    }

    void stateFileKeepsMetadataPauseAndManagedSave()
    {
        auto clock = std::make_shared<ManualClock>(0);
        SimulatedHost a(clock);
        QCOMPARE(virsh(a, {"metadata", "DC1", kUri, "--key", "ftc", "--set", "<vm weight='300'/>"}).exitCode, 0);
        QCOMPARE(virsh(a, {"managedsave", "EX1"}).exitCode, 0);
        QCOMPARE(virsh(a, {"suspend", "FS1"}).exitCode, 0);
        clock->advanceSeconds(30);

        const SimState st = a.state();
        SimState copy;
        QVERIFY(SimState::fromJson(st.toJson(), &copy, nullptr));
        QVERIFY(copy == st);

        SimulatedHost b(clock);
        QVERIFY(b.loadState(a.saveState()));
        QCOMPARE(out(b, {"metadata", "DC1", kUri}), QByteArray("<vm weight=\"300\"/>\n\n"));
        QCOMPARE(out(b, {"list", "--all", "--with-managed-save", "--name"}), QByteArray("EX1\n\n"));
        QCOMPARE(out(b, {"domstate", "FS1", "--reason"}), QByteArray("paused (user)\n\n"));
        QCOMPARE(out(b, {"domstats", "--raw"}), out(a, {"domstats", "--raw"}));
        QCOMPARE(out(b, {"start", "EX1"}), QByteArray("Domain 'EX1' started\n\n"));
        QCOMPARE(out(b, {"domstate", "EX1", "--reason"}), QByteArray("running (restored)\n\n"));
    }

    void theConsolesSessionGetsItsAnswers()
    {
        // What vms/VmPoll sends every refresh, through the same virsh session.
        SimulatedHost h(std::make_shared<ManualClock>(0));
        QCOMPARE(virsh(h, {"managedsave", "EX1"}).exitCode, 0);
        VirshSession session(h, kDefaultLibvirtUri);
        const QList<VirshQuery> queries = vmQueries(true, {QStringLiteral("DC1")});
        QList<Argv> commands;
        for (const VirshQuery &q : queries)
            commands << q.words;
        const QList<CommandResult> answers = session.run(commands, 10000);
        QCOMPARE(answers.size(), queries.size());
        for (int i = 0; i < queries.size(); ++i) {
            // A VM without the console's metadata answers "not found"; all else succeeds.
            const bool metadata = queries[i].words.value(0) == "metadata";
            QVERIFY2(answers[i].exitCode == (metadata ? 1 : 0), qPrintable(queries[i].key));
            if (queries[i].key == QLatin1String("virsh/managed-save"))
                QCOMPARE(parseVirshNameList(answers[i].out).names, QStringList{QStringLiteral("EX1")});
            if (queries[i].key == QLatin1String("virsh/domstats")) {
                const DomStats stats = parseVirshDomStats(answers[i].out);
                QCOMPARE(stats.domains.size(), 3);
                QCOMPARE(stats.domains[2].state, 5);
                QCOMPARE(stats.domains[2].stateReason, 5);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestSimVirsh)
#include "tst_simvirsh.moc"
