// SSH logins and sudo as real accounts do them, against a real sshd with its
// default MaxAuthTries and a real sudo: the key the admin named is tried before
// an agent full of other keys; a password and a keyboard-interactive login
// with a real account's password; an account allowed one command through sudo,
// and one allowed nothing, see what they may not run before they click and a
// refusal explained in the console's words.
//
// Creates (and removes) local accounts and a sudoers file: it needs root, as CI
// has. Without root it fails, saying so.

#include "SshdFixture.h"
#include "plan/Privileges.h"
#include "storage/MirrorPlanner.h"
#include "transport/SshRunner.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace ftc;

namespace {

const QString kPasswordUser = QStringLiteral("ftc-test-pw");
const QString kProbeUser = QStringLiteral("ftc-test-probe");
const QString kNoSudoUser = QStringLiteral("ftc-test-nosudo");
const QString kPassword = QStringLiteral("Correct Horse 7 battery");
const QString kSudoers = QStringLiteral("/etc/sudoers.d/ftconsole-test");

bool run(const QString &program, const QStringList &args, const QByteArray &input = {}, QString *out = nullptr)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForStarted(5000))
        return false;
    p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(30000);
    if (out)
        *out = QString::fromLocal8Bit(p.readAllStandardOutput() + p.readAllStandardError());
    return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

class AnsweringPrompter : public SessionPrompter {
public:
    explicit AnsweringPrompter(QString answer) : m_answer(std::move(answer)) {}
    HostKeyDecision confirmHostKey(const HostKeyPrompt &) override { return HostKeyDecision::Refuse; }
    std::optional<QString> askSecret(const QString &, const QString &prompt) override
    {
        prompts << prompt;
        return m_answer;
    }
    QStringList prompts;

private:
    QString m_answer;
};

// A snapshot with a Duplex md0, enough for planStartCheck.
HostSnapshot withMd0()
{
    HostSnapshot s;
    s.label = QStringLiteral("test");
    Mirror m;
    m.name = QStringLiteral("md0");
    m.level = QStringLiteral("raid1");
    m.state = OpState::Duplex;
    m.membersExpected = m.membersWorking = 2;
    s.mirrors << m;
    return s;
}

} // namespace

class TestSshAccounts : public QObject {
    Q_OBJECT
    test::SshdFixture m_sshd;
    mode_t m_rootMode = 0;
    bool m_reconfigured = false;

    SshTarget target(const QString &user) const
    {
        SshTarget t;
        t.user = user;
        t.host = m_sshd.host();
        t.port = m_sshd.port();
        t.identityFile = m_sshd.plainKeyPath();
        t.knownHostsPath = m_sshd.knownHostsPath();
        t.globalKnownHostsPath.clear();
        t.connectTimeoutMs = 5000;
        t.keepaliveIntervalMs = 0;
        t.useDefaultKeys = false;
        t.useAgent = false;
        return t;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(::geteuid() == 0, "creating test accounts and a sudoers file needs root (CI runs as root)");
        // Accounts other than root must be able to reach the system at all. A
        // root directory made with mktemp -d (some chroot builders do) is 0700;
        // a real host's is 0755. Open it up for the test and put it back after.
        struct stat st {};
        QVERIFY(::stat("/", &st) == 0);
        m_rootMode = st.st_mode & 07777;
        if ((m_rootMode & 0005) != 0005)
            QVERIFY(::chmod("/", m_rootMode | 0005) == 0);
        for (const QString &u : {kPasswordUser, kProbeUser, kNoSudoUser}) {
            run(QStringLiteral("userdel"), {QStringLiteral("-r"), u});
            QString out;
            QVERIFY2(run(QStringLiteral("useradd"), {QStringLiteral("-m"), QStringLiteral("-s"), QStringLiteral("/bin/sh"), u},
                         {}, &out), qPrintable(out));
        }
        QVERIFY(run(QStringLiteral("chpasswd"), {}, (kPasswordUser + QLatin1Char(':') + kPassword + QLatin1Char('\n')).toUtf8()));
        // useradd leaves the others locked ("!"), which sshd refuses even for
        // keys; "*" is no password, not locked.
        for (const QString &u : {kProbeUser, kNoSudoUser})
            QVERIFY(run(QStringLiteral("usermod"), {QStringLiteral("-p"), QStringLiteral("*"), u}));
        QFile sudoers(kSudoers);
        QVERIFY(sudoers.open(QIODevice::WriteOnly | QIODevice::Truncate));
        // Only the disk probe's read-only wipefs, on any disk.
        sudoers.write((kProbeUser + QStringLiteral(" ALL=(root) NOPASSWD: /usr/sbin/wipefs --no-act --json /dev/*\n")).toUtf8());
        sudoers.close();
        QVERIFY(QFile::setPermissions(kSudoers, QFile::ReadOwner | QFile::ReadGroup));
        QString out;
        QVERIFY2(run(QStringLiteral("visudo"), {QStringLiteral("-c"), QStringLiteral("-f"), kSudoers}, {}, &out), qPrintable(out));
        QString error;
        QVERIFY2(m_sshd.start(&error), qPrintable(error));
        // sshd reads authorized_keys as the user logging in: the other accounts
        // must be able to reach it (the keys themselves stay 0600).
        const auto rx = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup
            | QFile::ReadOther | QFile::ExeOther;
        QVERIFY(QFile::setPermissions(m_sshd.dir(), rx));
        QVERIFY(QFile::setPermissions(m_sshd.dir() + QStringLiteral("/authorized_keys"),
                                      QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
    }

    // Each test starts from keys only, whatever the one before it left.
    void init()
    {
        if (!m_reconfigured)
            return;
        m_sshd.setPasswordAuthentication(false);
        m_sshd.setKeyboardInteractive(false);
        QString error;
        QVERIFY2(m_sshd.restart(false, &error), qPrintable(error));
        m_reconfigured = false;
    }

    void cleanupTestCase()
    {
        if (m_rootMode && (m_rootMode & 0005) != 0005)
            ::chmod("/", m_rootMode);
        m_sshd.stop();
        QFile::remove(kSudoers);
        for (const QString &u : {kPasswordUser, kProbeUser, kNoSudoUser})
            run(QStringLiteral("userdel"), {QStringLiteral("-r"), u});
    }

    // sshd's default MaxAuthTries is 6; an agent with seven other keys would
    // use them all up if it went first.
    void theNamedKeyGoesBeforeAnAgentFullOfOtherKeys()
    {
        QTemporaryDir dir;
        const QString sock = dir.filePath(QStringLiteral("agent.sock"));
        QProcess agent;
        agent.start(QStringLiteral("ssh-agent"), {QStringLiteral("-D"), QStringLiteral("-a"), sock});
        QVERIFY(agent.waitForStarted(5000));
        QTRY_VERIFY(QFile::exists(sock));
        const QByteArray oldSock = qgetenv("SSH_AUTH_SOCK");
        qputenv("SSH_AUTH_SOCK", QFile::encodeName(sock));
        for (int i = 0; i < 7; ++i) {
            const QString key = dir.filePath(QStringLiteral("other%1").arg(i));
            QVERIFY(run(QStringLiteral("ssh-keygen"), {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
                                                       QStringLiteral("-N"), QString(), QStringLiteral("-f"), key}));
            QProcess add;
            add.setProcessEnvironment(QProcessEnvironment::systemEnvironment());
            QVERIFY(run(QStringLiteral("ssh-add"), {QStringLiteral("-q"), key}));
        }
        QString listed;
        run(QStringLiteral("ssh-add"), {QStringLiteral("-l")}, {}, &listed);
        QCOMPARE(listed.count(QStringLiteral("ED25519")), 7);

        SshTarget t = target(m_sshd.userName());
        t.useAgent = true;
        SshRunner r(t, nullptr);
        QString error;
        const bool connected = r.connectNow(&error);
        qputenv("SSH_AUTH_SOCK", oldSock);
        agent.kill();
        agent.waitForFinished();
        QVERIFY2(connected, qPrintable(error));
        QCOMPARE(r.run(Command{{"true"}, {}, 10000, false}).exitCode, 0);
    }

    void passwordLoginWithARealAccount()
    {
        m_sshd.setPasswordAuthentication(true);
        m_reconfigured = true;
        QString error;
        QVERIFY2(m_sshd.restart(false, &error), qPrintable(error));
        SshTarget t = target(kPasswordUser);
        t.identityFile.clear();
        AnsweringPrompter prompter(kPassword);
        SshRunner r(t, &prompter);
        QVERIFY2(r.connectNow(&error), qPrintable(error));
        QCOMPARE(prompter.prompts.size(), 1);
        const CommandResult who = r.run(Command{{"id", "-un"}, {}, 10000, false});
        QVERIFY2(who.out.trimmed() == kPasswordUser.toUtf8(),
                 qPrintable(QString::fromUtf8(who.err) + QString::fromLocal8Bit(m_sshd.log())));

        AnsweringPrompter wrong(QStringLiteral("not it"));
        SshRunner w(t, &wrong);
        QVERIFY(!w.connectNow(&error));
        QVERIFY2(error.contains(QLatin1String("was not accepted")), qPrintable(error));
    }

    // Keyboard-interactive through PAM: the prompt comes from the host.
    void keyboardInteractiveLoginWithARealAccount()
    {
        m_sshd.setKeyboardInteractive(true);
        m_reconfigured = true;
        QString error;
        QVERIFY2(m_sshd.restart(false, &error), qPrintable(error));
        SshTarget t = target(kPasswordUser);
        t.identityFile.clear();
        AnsweringPrompter prompter(kPassword);
        SshRunner r(t, &prompter);
        const bool ok = r.connectNow(&error);
        QVERIFY2(ok, qPrintable(error + QLatin1Char('\n') + QString::fromLocal8Bit(m_sshd.log())));
        QVERIFY(!prompter.prompts.isEmpty());
        QVERIFY2(prompter.prompts.first().contains(QLatin1String("assword")), qPrintable(prompter.prompts.first()));
        QCOMPARE(r.run(Command{{"id", "-un"}, {}, 10000, false}).out.trimmed(), kPasswordUser.toUtf8());
    }

    // An account sudo lets run the disk probe's wipefs only: the sysfs writes
    // of Check and Priority are known refused before the click, with the exact
    // line to add; wipefs with other arguments is refused too.
    void anAccountAllowedOneCommandOnly()
    {
        SshRunner r(target(kProbeUser), nullptr);
        QString error;
        QVERIFY2(r.connectNow(&error), qPrintable(error));
        QVERIFY(r.needsSudo());
        const Argv tee{"tee", "/sys/block/md0/md/sync_action"};
        const Argv probe{"wipefs", "--no-act", "--json", "/dev/sda"};
        const Argv erase{"wipefs", "--all", "/dev/sda"};
        const QList<PrivilegeCheck> checks = checkPrivileges(r, {tee, probe, erase});
        QCOMPARE(checks.size(), 3);
        QVERIFY2(!checks[0].allowed(), qPrintable(checks[0].detail));
        QVERIFY2(checks[1].allowed(), qPrintable(checks[1].detail));
        QVERIFY2(!checks[2].allowed(), qPrintable(checks[2].detail));
        QCOMPARE(checks[1].programPath, QStringLiteral("/usr/sbin/wipefs"));
        QCOMPARE(checks[0].programPath, QStringLiteral("/usr/bin/tee"));
        const QString remedy = privilegeRemedy(kProbeUser, checks[0]);
        QVERIFY2(remedy.contains(kProbeUser + QStringLiteral(" ALL=(root) NOPASSWD: /usr/bin/tee /sys/block/md0/md/sync_action")),
                 qPrintable(remedy));

        // The preview shows the sudo the step runs with.
        const Plan check = planStartCheck(withMd0(), QStringLiteral("md0"));
        QVERIFY(check.ok());
        QCOMPARE(check.commandLines(true).value(0), QStringLiteral("echo check | sudo -n -- tee /sys/block/md0/md/sync_action"));
        // Applied anyway, the refusal says who, what and the line to add.
        const ApplyResult applied = applyPlan(r, check, QString());
        QVERIFY(!applied.ok);
        QVERIFY2(applied.message.contains(QStringLiteral("may not run")) && applied.message.contains(kProbeUser)
                     && applied.message.contains(QStringLiteral("NOPASSWD: /usr/bin/tee /sys/block/md0/md/sync_action"))
                     && applied.message.contains(QStringLiteral("Nothing was changed")),
                 qPrintable(applied.message));
    }

    void anAccountWithoutSudo()
    {
        SshRunner r(target(kNoSudoUser), nullptr);
        QString error;
        QVERIFY2(r.connectNow(&error), qPrintable(error));
        const QList<PrivilegeCheck> checks = checkPrivileges(r, {{"mdadm", "--detail", "--export", "/dev/md0"}});
        QCOMPARE(checks.size(), 1);
        QVERIFY(!checks[0].allowed());
        QVERIFY(checks[0].verdict == PrivilegeCheck::Verdict::NeedsPassword
                || checks[0].verdict == PrivilegeCheck::Verdict::NotAllowed);
        const ApplyResult applied = applyPlan(r, planStartCheck(withMd0(), QStringLiteral("md0")), QString());
        QVERIFY(!applied.ok);
        QVERIFY2(applied.message.contains(kNoSudoUser) && applied.message.contains(QStringLiteral("visudo")),
                 qPrintable(applied.message));
    }
};

QTEST_GUILESS_MAIN(TestSshAccounts)
#include "tst_sshaccounts.moc"
