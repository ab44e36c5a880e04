// The command line as a user runs it: the real binary, no display.

#include "SshdFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <unistd.h>

namespace {

struct Run {
    int code = -1;
    QByteArray out, err;
};

Run ftconsole(const QStringList &args, const QMap<QString, QString> &extraEnv = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // A null value removes the variable.
    for (auto it = extraEnv.cbegin(); it != extraEnv.cend(); ++it)
        if (it.value().isNull())
            env.remove(it.key());
        else
            env.insert(it.key(), it.value());
    // Headless subcommands must work with no display at all.
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(FTCONSOLE_BIN), args);
    if (!p.waitForFinished(60000))
        p.kill();
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

// A tool's standard output; a missing tool fails the test that needs it.
QByteArray tool(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        qWarning("%s failed: %s", qPrintable(program), p.readAllStandardError().constData());
    return p.readAllStandardOutput();
}

QSet<QString> names(const QJsonArray &arr)
{
    QSet<QString> out;
    for (const QJsonValue &v : arr)
        out.insert(v.toObject().value(QStringLiteral("name")).toString());
    return out;
}

QJsonObject reportOf(const QString &host)
{
    const Run r = ftconsole({QStringLiteral("report"), QStringLiteral("--host"), host,
                             QStringLiteral("--format"), QStringLiteral("json")});
    if (r.code != 0)
        qWarning() << r.err;
    QJsonParseError e{};
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &e);
    if (e.error != QJsonParseError::NoError)
        qWarning() << "not JSON:" << e.errorString() << r.out.left(200);
    return doc.object();
}

} // namespace

class TestCli : public QObject {
    Q_OBJECT
private slots:
    void version()
    {
        const Run r = ftconsole({QStringLiteral("--version")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith("ftconsole "));
    }

    void reportDemoFollowsTheContract()
    {
        const QJsonObject rep = reportOf(QStringLiteral("demo"));
        QVERIFY(!rep.isEmpty());
        const QJsonObject host = rep.value(QStringLiteral("host")).toObject();
        QCOMPARE(host.value(QStringLiteral("cpus")).toInt(), 2);
        QCOMPARE(host.value(QStringLiteral("mhz")).toInt(), 3000);
        QCOMPARE(host.value(QStringLiteral("memory_bytes")).toDouble(), 8589934592.0);
        QCOMPARE(names(rep.value(QStringLiteral("vms")).toArray()),
                 (QSet<QString>{QStringLiteral("DC1"), QStringLiteral("FS1"), QStringLiteral("EX1")}));
        const QJsonArray mirrors = rep.value(QStringLiteral("mirrors")).toArray();
        QCOMPARE(names(mirrors), (QSet<QString>{QStringLiteral("md0"), QStringLiteral("md1"), QStringLiteral("md2")}));
        for (const QJsonValue &v : mirrors) {
            const QJsonObject m = v.toObject();
            const QString state = m.value(QStringLiteral("state")).toString();
            QVERIFY2(QStringList({"Duplex", "Syncing", "Simplex", "Broken", "Inactive"}).contains(state), qPrintable(state));
            QCOMPARE(m.value(QStringLiteral("level")).toString(), QStringLiteral("raid1"));
            QCOMPARE(m.value(QStringLiteral("members_expected")).toInt(), 2);
            QVERIFY(m.contains(QStringLiteral("sync")));
            for (const QJsonValue &mem : m.value(QStringLiteral("members")).toArray())
                QVERIFY(QStringList({"in_sync", "rebuilding", "spare", "faulty", "missing"})
                            .contains(mem.toObject().value(QStringLiteral("state")).toString()));
            if (m.value(QStringLiteral("name")).toString() == QLatin1String("md2")) {
                QCOMPARE(state, QStringLiteral("Simplex"));
                QCOMPARE(m.value(QStringLiteral("members_working")).toInt(), 1);
            }
        }
        for (const QJsonValue &v : rep.value(QStringLiteral("vms")).toArray()) {
            const QJsonObject vm = v.toObject();
            QVERIFY(vm.value(QStringLiteral("memory_bytes")).toDouble() > 0);
            QVERIFY(vm.value(QStringLiteral("cpu")).toObject().contains(QStringLiteral("weight")));
        }
        // The guide's scenario: one disk still waits to be mirrored.
        bool unmirrored = false;
        for (const QJsonValue &v : rep.value(QStringLiteral("findings")).toArray())
            unmirrored |= v.toObject().value(QStringLiteral("id")).toString() == QLatin1String("storage.unmirrored-disk");
        QVERIFY(unmirrored);
        QVERIFY(rep.value(QStringLiteral("teams")).isArray());
        // Adapters, teamed or not, with what sysfs says of them.
        const QJsonArray nics = rep.value(QStringLiteral("nics")).toArray();
        QCOMPARE(nics.size(), 4);
        for (const QJsonValue &v : nics) {
            const QJsonObject n = v.toObject();
            QCOMPARE(n.value(QStringLiteral("driver")).toString(), QStringLiteral("e1000e"));
            QCOMPARE(n.value(QStringLiteral("speed_mbps")).toInt(), 1000);
            QCOMPARE(n.value(QStringLiteral("duplex")).toString(), QStringLiteral("full"));
        }
    }

    void bundleThenReportGivesTheSameHost()
    {
        QTemporaryDir dir;
        const QString out = dir.path() + QStringLiteral("/b");
        const Run cap = ftconsole({QStringLiteral("bundle"), QStringLiteral("--host"), QStringLiteral("demo"),
                                   QStringLiteral("-o"), out});
        QVERIFY2(cap.code == 0, cap.err.constData());
        QVERIFY(QFile::exists(out + QStringLiteral("/mdstat")));
        QVERIFY(QFile::exists(out + QStringLiteral("/MANIFEST.json")));
        QVERIFY(QFile::exists(out + QStringLiteral("/md/md0/detail")));
        QVERIFY(QFile::exists(out + QStringLiteral("/virsh/domstats")));

        const QJsonObject live = reportOf(QStringLiteral("demo"));
        const QJsonObject captured = reportOf(QStringLiteral("bundle:") + out);
        QVERIFY(!captured.isEmpty());
        QCOMPARE(names(captured.value(QStringLiteral("mirrors")).toArray()),
                 names(live.value(QStringLiteral("mirrors")).toArray()));
        QCOMPARE(names(captured.value(QStringLiteral("vms")).toArray()),
                 names(live.value(QStringLiteral("vms")).toArray()));
        QCOMPARE(names(captured.value(QStringLiteral("disks")).toArray()),
                 names(live.value(QStringLiteral("disks")).toArray()));
        for (const QJsonValue &v : captured.value(QStringLiteral("mirrors")).toArray()) {
            const QJsonObject m = v.toObject();
            for (const QJsonValue &w : live.value(QStringLiteral("mirrors")).toArray())
                if (w.toObject().value(QStringLiteral("name")) == m.value(QStringLiteral("name")))
                    QCOMPARE(m.value(QStringLiteral("state")), w.toObject().value(QStringLiteral("state")));
        }
        // The adapters' driver, speed and duplex travel in the bundle too.
        QVERIFY(QFile::exists(out + QStringLiteral("/nic-sysfs")));
        QCOMPARE(captured.value(QStringLiteral("nics")).toArray().size(), 4);
        QCOMPARE(captured.value(QStringLiteral("nics")), live.value(QStringLiteral("nics")));
        // Writing over a directory that holds something else is refused.
        QFile junk(dir.path() + QStringLiteral("/other/file"));
        QVERIFY(QDir().mkpath(dir.path() + QStringLiteral("/other")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.close();
        const Run refused = ftconsole({QStringLiteral("bundle"), QStringLiteral("--host"), QStringLiteral("demo"),
                                       QStringLiteral("-o"), dir.path() + QStringLiteral("/other")});
        QVERIFY(refused.code != 0);
        QVERIFY(refused.err.contains("not empty"));
    }

    void badHostsSayWhatIsWrong_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("expect");
        QTest::addColumn<int>("code");
        QTest::newRow("unknown word") << "frobnicate" << "Unknown host 'frobnicate'" << 64;
        QTest::newRow("missing bundle") << "bundle:/nonexistent/ftc" << "/nonexistent/ftc is not a directory" << 69;
        QTest::newRow("bad ssh url") << "ssh://" << "not a valid SSH address" << 64;
        QTest::newRow("refused") << "ssh://root@127.0.0.1:1" << "127.0.0.1" << 69;
        QTest::newRow("unresolvable") << "ssh://root@no-such-host.invalid" << "no-such-host.invalid" << 69;
    }

    void badHostsSayWhatIsWrong()
    {
        QFETCH(QString, host);
        QFETCH(QString, expect);
        QFETCH(int, code);
        const Run r = ftconsole({QStringLiteral("report"), QStringLiteral("--host"), host});
        QCOMPARE(r.code, code);
        QVERIFY2(r.err.contains(expect.toUtf8()), r.err.constData());
        QVERIFY(r.out.isEmpty());
        // The host is named once, not "ssh://…: ssh://…: connection refused".
        QVERIFY2(!r.err.contains((host + QStringLiteral(": ") + host).toUtf8()), r.err.constData());
        if (host.startsWith(QLatin1String("ssh://root@")))
            QVERIFY2(r.err.count(host.toUtf8()) == 1, r.err.constData());
    }

    void aHostWithoutVirshIsToldWhatToInstall()
    {
        // A PATH with the basic tools but no virsh, whatever this machine has.
        QTemporaryDir bin;
        for (const char *tool : {"sh", "cat", "ls", "grep", "lsblk", "ip", "timeout"}) {
            const QString real = QStandardPaths::findExecutable(QString::fromLatin1(tool));
            QVERIFY2(!real.isEmpty(), tool);
            QVERIFY(QFile::link(real, bin.path() + QLatin1Char('/') + QLatin1String(tool)));
        }
        const Run r = ftconsole({QStringLiteral("report"), QStringLiteral("--host"), QStringLiteral("local")},
                                {{QStringLiteral("PATH"), bin.path()}});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.err.contains("local has no virsh command: install the libvirt-clients package"), r.err.constData());
        const QJsonObject rep = QJsonDocument::fromJson(r.out).object();
        bool listed = false;
        for (const QJsonValue &v : rep.value(QStringLiteral("problems")).toArray())
            listed |= v.toObject().value(QStringLiteral("message")).toString().contains(QLatin1String("libvirt-clients"));
        QVERIFY(listed);
        QVERIFY(rep.value(QStringLiteral("host")).toObject().value(QStringLiteral("cpus")).toInt() > 0);
    }

    void aChangedHostKeyIsRefusedWithTheLineToFix()
    {
        ftc::test::SshdFixture sshd;
        QString error;
        QVERIFY2(sshd.start(&error), qPrintable(error));
        QTemporaryDir home;
        QVERIFY(QDir().mkpath(home.path() + QStringLiteral("/.ssh")));
        // Line 2 claims another key for this host and port.
        QFile known(home.path() + QStringLiteral("/.ssh/known_hosts"));
        QVERIFY(known.open(QIODevice::WriteOnly));
        known.write("# earlier hosts\n");
        known.write(QStringLiteral("[127.0.0.1]:%1 ssh-ed25519 "
                                   "AAAAC3NzaC1lZDI1NTE5AAAAIHBhc3N3b3JkcGFzc3dvcmRwYXNzd29yZHBhc3N3\n")
                        .arg(sshd.port()).toUtf8());
        known.close();
        const Run r = ftconsole({QStringLiteral("report"), QStringLiteral("--host"),
                                 QStringLiteral("ssh://%1@127.0.0.1:%2").arg(sshd.userName()).arg(sshd.port())},
                                {{QStringLiteral("HOME"), home.path()}});
        QCOMPARE(r.code, 69);
        QVERIFY2(r.err.contains("CHANGED"), r.err.constData());
        QVERIFY2(r.err.contains("line 2 of " + known.fileName().toUtf8()), r.err.constData());
        QVERIFY(r.err.contains("ssh-keygen -R"));
        QVERIFY(r.out.isEmpty());
    }

    // A bundle is someone else's data: its text reaches the terminal with
    // control characters shown, never obeyed, and a file that is a link to
    // something outside it is refused and named.
    void hostTextNeverReachesTheTerminalRaw()
    {
        QTemporaryDir dir;
        QFile mdstat(dir.filePath(QStringLiteral("mdstat")));
        QVERIFY(mdstat.open(QIODevice::WriteOnly));
        mdstat.write("Personalities : [raid1]\n\x1b]0;pwned\x07\x1b[2Jgarbage line\n");
        mdstat.close();
        QTemporaryDir outside;
        QFile secret(outside.filePath(QStringLiteral("secret")));
        QVERIFY(secret.open(QIODevice::WriteOnly));
        secret.write("processor : 0\nSECRET-KEY-MATERIAL\n");
        secret.close();
        QVERIFY(QFile::link(secret.fileName(), dir.filePath(QStringLiteral("cpuinfo"))));
        const Run r = ftconsole({QStringLiteral("report"), QStringLiteral("--host"), QStringLiteral("bundle:") + dir.path()});
        QCOMPARE(r.code, 0);
        QVERIFY(!r.err.contains('\x1b'));
        QVERIFY(!r.err.contains('\x07'));
        QVERIFY2(r.err.contains("\\x1b]0;pwned"), r.err.constData());
        QVERIFY2(r.err.contains("cpuinfo was not read") && r.err.contains("symbolic link"), r.err.constData());
        QVERIFY(!r.out.contains("SECRET") && !r.err.contains("SECRET"));
        // Re-exported, the capture carries neither the secret nor a link.
        QTemporaryDir again;
        const QString out = again.filePath(QStringLiteral("b"));
        const Run b = ftconsole({QStringLiteral("bundle"), QStringLiteral("--host"), QStringLiteral("bundle:") + dir.path(),
                                 QStringLiteral("-o"), out});
        QCOMPARE(b.code, 0);
        QVERIFY(!QFile::exists(out + QStringLiteral("/cpuinfo")));
    }

    void unknownFormatIsRefused()
    {
        const Run r = ftconsole({QStringLiteral("report"), QStringLiteral("--host"), QStringLiteral("demo"),
                                 QStringLiteral("--format"), QStringLiteral("xml")});
        QCOMPARE(r.code, 64);
        QVERIFY(r.err.contains("--format json"));
    }

    // No window ever opens by surprise: an unknown word or option is a usage
    // error, said in one line, with no display at all.
    void usageErrorsOpenNoWindow_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("says");
        QTest::newRow("unknown subcommand") << QStringList{QStringLiteral("frobnicate")}
                                            << "'frobnicate' is not a subcommand: use check, report or bundle";
        QTest::newRow("misspelled option") << QStringList{QStringLiteral("--hots"), QStringLiteral("demo")}
                                           << "Unknown option 'hots'";
        QTest::newRow("report without host") << QStringList{QStringLiteral("report")} << "which host?";
        QTest::newRow("check without host") << QStringList{QStringLiteral("check")} << "which host?";
        QTest::newRow("bundle without host") << QStringList{QStringLiteral("bundle"), QStringLiteral("-o"), QStringLiteral("/tmp/x")}
                                             << "which host?";
        QTest::newRow("report option") << QStringList{QStringLiteral("report"), QStringLiteral("--hots"), QStringLiteral("demo")}
                                       << "Unknown option 'hots'";
        QTest::newRow("check format") << QStringList{QStringLiteral("check"), QStringLiteral("--host"), QStringLiteral("demo"),
                                                     QStringLiteral("--format"), QStringLiteral("xml")}
                                      << "use --format text or json";
        QTest::newRow("stray word") << QStringList{QStringLiteral("check"), QStringLiteral("--host"), QStringLiteral("demo"),
                                                   QStringLiteral("now")}
                                    << "unexpected argument 'now'";
    }

    void usageErrorsOpenNoWindow()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, says);
        const Run r = ftconsole(args);
        QCOMPARE(r.code, 64);
        QVERIFY2(r.err.contains(says.toUtf8()), r.err.constData());
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY(r.out.isEmpty());
    }

    void helpListsEverySubcommand()
    {
        const Run r = ftconsole({QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        for (const char *word : {"check ", "report ", "bundle ", "64 bad usage", "69 the host", "73 the output"})
            QVERIFY2(r.out.contains(word), word);
        QCOMPARE(ftconsole({QStringLiteral("check"), QStringLiteral("--help")}).code, 0);
    }

    // check's exit status is its worst finding: 2 with an error (the demo's
    // md2 is Simplex), 1 with warnings or checks that could not decide, 0
    // when nothing was found.
    void checkExitStatus()
    {
        Run r = ftconsole({QStringLiteral("check"), QStringLiteral("--host"), QStringLiteral("demo")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.out.contains("ERROR    md2: 1 of 2 members of md2 work (Simplex)"));
        QVERIFY(r.out.contains("WARNING  The hardware watchdog (watchdog0) is not used"));

        // A bundle carries the checks' facts: the same findings from it.
        QTemporaryDir dir;
        const QString b = dir.filePath(QStringLiteral("demo"));
        QCOMPARE(ftconsole({QStringLiteral("bundle"), QStringLiteral("--host"), QStringLiteral("demo"), QStringLiteral("-o"), b}).code, 0);
        QVERIFY(QFile::exists(b + QStringLiteral("/checks/watchdog-runtime")));
        QVERIFY(QFile::exists(b + QStringLiteral("/checks/dumpxml/DC1")));
        Run fromBundle = ftconsole({QStringLiteral("check"), QStringLiteral("--host"), QStringLiteral("bundle:") + b,
                                    QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(fromBundle.code, 2);
        r = ftconsole({QStringLiteral("check"), QStringLiteral("--host"), QStringLiteral("demo"), QStringLiteral("--format"),
                       QStringLiteral("json")});
        const QJsonObject live = QJsonDocument::fromJson(r.out).object();
        const QJsonObject captured = QJsonDocument::fromJson(fromBundle.out).object();
        QCOMPARE(captured.value(QStringLiteral("status")).toString(), QStringLiteral("errors"));
        QCOMPARE(captured.value(QStringLiteral("counts")), live.value(QStringLiteral("counts")));

        // A clean host: a bundle with one Duplex mirror across modules and
        // the host's facts all good.
        QTemporaryDir cleanDir;
        const auto put = [&](const QString &name, const QByteArray &data) {
            QDir().mkpath(QFileInfo(cleanDir.filePath(name)).absolutePath());
            QFile f(cleanDir.filePath(name));
            return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
        };
        QVERIFY(put(QStringLiteral("mdstat"), "Personalities : [raid1]\nmd0 : active raid1 sdb1[1] sda1[0]\n"
                                              "      1046528 blocks super 1.2 [2/2] [UU]\n\nunused devices: <none>\n"));
        QVERIFY(put(QStringLiteral("checks/watchdog-devices"), "watchdog0\n"));
        QVERIFY(put(QStringLiteral("checks/watchdog-runtime"), "30s\n"));
        QVERIFY(put(QStringLiteral("checks/wants/multi-user"), "libvirtd.service\n"));
        QVERIFY(put(QStringLiteral("checks/apt-conf"), "20auto-upgrades\n"));
        QVERIFY(put(QStringLiteral("checks/ipmitool"), "PS1 Status | C8h | ok | 10.1 | Presence detected\n"
                                                       "PS2 Status | C9h | ok | 10.2 | Presence detected\n"));
        QVERIFY(put(QStringLiteral("checks/upsc"), "ups\n"));
        r = ftconsole({QStringLiteral("check"), QStringLiteral("--host"), QStringLiteral("bundle:") + cleanDir.path()});
        QVERIFY2(r.code == 0, r.out.constData());
        QVERIFY(r.out.contains("0 errors, 0 warnings, 0 unknown"));
        // Without the host's facts, the same capture cannot pass.
        QVERIFY(QFile::remove(cleanDir.filePath(QStringLiteral("checks/ipmitool"))));
        r = ftconsole({QStringLiteral("check"), QStringLiteral("--host"), QStringLiteral("bundle:") + cleanDir.path()});
        QCOMPARE(r.code, 1);
        QVERIFY(r.out.contains("UNKNOWN  Power supplies: not in the capture."));
    }

    // PDF, HTML and CSV from the command line, read back with the tools an
    // admin has: pdftotext and pdffonts (poppler-utils), an XML parser, a CSV
    // split. The PDF speaks the system's language and embeds its fonts.
    void reportFormats()
    {
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("demo.pdf"));
        Run r = ftconsole({QStringLiteral("report"), QStringLiteral("--host"), QStringLiteral("demo"), QStringLiteral("--format"),
                           QStringLiteral("pdf"), QStringLiteral("-o"), pdf});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.err.isEmpty(), r.err.constData());   // no platform or runtime-dir chatter
        // NFKC: the "fi" of "Configuration" is set as a ligature glyph.
        const QByteArray text = QString::fromUtf8(tool(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}))
                                    .normalized(QString::NormalizationForm_KC)
                                    .toUtf8();
        for (const char *fact : {"Configuration report: ftdemo", "DC1", "FS1", "EX1", "md2", "Duplex", "Simplex",
                                 "Page 1 of"})
            QVERIFY2(text.contains(fact), fact);
        const QByteArray fonts = tool(QStringLiteral("pdffonts"), {pdf});
        QVERIFY2(fonts.count("\n") >= 3, fonts.constData());
        for (const QByteArray &line : fonts.split('\n').mid(2))
            if (!line.trimmed().isEmpty())
                QVERIFY2(line.contains(" yes "), line.constData());   // embedded

        // Japanese: the headings in Japanese, the host's names as they are.
        const QString ja = dir.filePath(QStringLiteral("ja.pdf"));
        r = ftconsole({QStringLiteral("report"), QStringLiteral("--host"), QStringLiteral("demo"), QStringLiteral("--format"),
                       QStringLiteral("pdf"), QStringLiteral("-o"), ja},
                      {{QStringLiteral("LANG"), QStringLiteral("ja_JP.UTF-8")}, {QStringLiteral("LC_ALL"), QString()},
                       {QStringLiteral("LANGUAGE"), QString()}});
        QCOMPARE(r.code, 0);
        const QString jaText = QString::fromUtf8(tool(QStringLiteral("pdftotext"), {ja, QStringLiteral("-")}));
        QVERIFY2(jaText.contains(QStringLiteral("仮想マシン")), qPrintable(jaText.left(400)));
        QVERIFY(jaText.contains(QLatin1String("DC1")) && jaText.contains(QLatin1String("Simplex")));
        QVERIFY(!jaText.contains(QChar(0xfffd)));
        QVERIFY(tool(QStringLiteral("pdffonts"), {ja}).contains("NotoSansCJK"));

        // HTML to stdout; CSV into a folder, one file per table.
        r = ftconsole({QStringLiteral("report"), QStringLiteral("--host"), QStringLiteral("demo"), QStringLiteral("--format"),
                       QStringLiteral("html")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith("<?xml"));
        QVERIFY(r.out.contains("<td>EX1</td>"));
        const QString csv = dir.filePath(QStringLiteral("csv"));
        r = ftconsole({QStringLiteral("report"), QStringLiteral("--host"), QStringLiteral("demo"), QStringLiteral("--format"),
                       QStringLiteral("csv"), QStringLiteral("-o"), csv});
        QCOMPARE(r.code, 0);
        QFile vms(csv + QStringLiteral("/vms.csv"));
        QVERIFY(vms.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = vms.readAll().split('\n');
        QVERIFY(lines.first().startsWith("VM,State,Memory,vCPUs,"));
        QVERIFY(lines.value(1).startsWith("DC1,running,0.5 GiB,1,"));
        // PDF and CSV need somewhere to go.
        for (const char *format : {"pdf", "csv"})
            QCOMPARE(ftconsole({QStringLiteral("report"), QStringLiteral("--host"), QStringLiteral("demo"),
                                QStringLiteral("--format"), QString::fromLatin1(format)})
                         .code,
                     64);
    }

    // A report goes to its file whole or not at all: into a directory it may
    // not write (an ordinary account) or onto a full file system (root, whom
    // permissions do not stop: a 4 KiB tmpfs), it fails with the reason and
    // leaves no file behind.
    void reportToAnUnwritablePlaceLeavesNothing()
    {
        QTemporaryDir dir;
        const bool root = ::geteuid() == 0;
        if (root)
            QCOMPARE(QProcess::execute(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"),
                                                                 QStringLiteral("-o"), QStringLiteral("size=4k"),
                                                                 QStringLiteral("tmpfs"), dir.path()}),
                     0);
        else
            QVERIFY(QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        const QString target = dir.filePath(QStringLiteral("report.json"));
        const Run r = ftconsole({QStringLiteral("report"), QStringLiteral("--host"), QStringLiteral("demo"),
                                 QStringLiteral("-o"), target});
        const Run pdf = ftconsole({QStringLiteral("report"), QStringLiteral("--host"), QStringLiteral("demo"),
                                   QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("-o"),
                                   dir.filePath(QStringLiteral("report.pdf"))});
        const QStringList left = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
        if (root)
            QProcess::execute(QStringLiteral("umount"), {dir.path()});
        else
            QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QCOMPARE(r.code, 73);
        QVERIFY2(r.err.contains("cannot write " + target.toUtf8()), r.err.constData());
        QCOMPARE(pdf.code, 73);
        QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char(' '))));

        const Run ok = ftconsole({QStringLiteral("report"), QStringLiteral("--host"), QStringLiteral("demo"),
                                  QStringLiteral("-o"), target});
        QCOMPARE(ok.code, 0);
        QFile f(target);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(QJsonDocument::fromJson(f.readAll()).object().contains(QStringLiteral("findings")));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
