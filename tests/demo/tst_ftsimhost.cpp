// ftsim-host keeps the demo host's state in a directory between invocations.

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {

struct Run {
    int code = -1;
    QByteArray out;
    QByteArray err;
};

Run ftsim(const QStringList &args, const QByteArray &input = {}, const QByteArray &sshCommand = {})
{
    QProcess p;
    if (!sshCommand.isNull()) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SSH_ORIGINAL_COMMAND"), QString::fromUtf8(sshCommand));
        p.setProcessEnvironment(env);
    }
    p.start(QStringLiteral(FTSIM_HOST_BIN), args);
    if (!p.waitForStarted())
        return {};
    p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(60000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

} // namespace

class TestFtsimHost : public QObject {
    Q_OBJECT
private slots:
    void statePersistsBetweenCalls()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString d = dir.path();
        Run r = ftsim({"--state", d, "-c", "cat /proc/mdstat"});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("[2/1] [U_]"));
        QVERIFY(!r.out.contains("recovery"));
        QVERIFY(QFile::exists(d + QStringLiteral("/state.json")));

        r = ftsim({"--state", d, "-c", "sudo -n -- mdadm /dev/md2 --add /dev/sdf"});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.err, QByteArray("mdadm: added /dev/sdf\n"));

        r = ftsim({"--state", d, "-c", "cat /proc/mdstat"});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains("md2 : active raid1 sdf[2] sdc[0]"), r.out.constData());
        QVERIFY(r.out.contains("recovery =") || r.out.contains("[2/2] [UU]"));
    }

    void commandFromSshAndExitCodes()
    {
        QTemporaryDir dir;
        const QString d = dir.path();
        Run r = ftsim({"--state", d}, {}, "virsh -c qemu:///system dominfo nosuchdom");
        QCOMPARE(r.code, 1);
        QCOMPARE(r.err, QByteArray("error: failed to get domain 'nosuchdom'\n\n"));
        r = ftsim({"--state", d, "-c", "no-such-program"});
        QCOMPARE(r.code, 127);
        r = ftsim({"--state", d, "-c", "ftsim unplug eth0; cat /sys/class/net/eth0/operstate"});
        QCOMPARE(r.out, QByteArray("down\n"));
        r = ftsim({"--state", d, "-c", "ip -j link show eth0"});
        QVERIFY(r.out.contains("NO-CARRIER"));
    }

    void stdinReachesTheCommand()
    {
        QTemporaryDir dir;
        const QString d = dir.path();
        Run r = ftsim({"--state", d, "-c", "tee /sys/block/md0/md/sync_action"}, "check\n");
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, QByteArray("check\n"));
        r = ftsim({"--state", d, "-c", "cat /sys/block/md0/md/sync_action"});
        QVERIFY(r.out == "check\n" || r.out == "idle\n");
        r = ftsim({"--state", d, "-c", "cat /sys/block/md0/md/last_sync_action"});
        QVERIFY(r.out == "none\n" || r.out == "check\n");
    }

    void interactiveVirshReadsLines()
    {
        QTemporaryDir dir;
        const Run r = ftsim({"--state", dir.path(), "-c", "virsh -c qemu:///system"},
                            "list --all --name\nschedinfo EX1\nquit\n");
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith("DC1\nFS1\nEX1\n\n"));
        QVERIFY(r.out.contains("cpu_shares     : 1024\n"));
    }

    void usageErrors()
    {
        QTemporaryDir dir;
        QCOMPARE(ftsim({"-c", "true"}).code, 2);
        QCOMPARE(ftsim({"--state", dir.path()}).code, 2); // no -c and no SSH_ORIGINAL_COMMAND
    }
};

QTEST_GUILESS_MAIN(TestFtsimHost)
#include "tst_ftsimhost.moc"
