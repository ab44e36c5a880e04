#pragma once
// A real OpenSSH server on 127.0.0.1 for tests: generated host and client keys in
// a temporary directory, two authorized keys (a plain shell, and one forced to run
// ftsim-host against a state directory), started, killed and restarted at will.

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace ftc::test {

class SshdFixture {
public:
    SshdFixture();
    ~SshdFixture();

    SshdFixture(const SshdFixture &) = delete;
    SshdFixture &operator=(const SshdFixture &) = delete;

    // Generates keys (first time), picks a free port, starts sshd and waits until
    // it answers with its banner.
    bool start(QString *error = nullptr);
    // Kills sshd and every session process it forked: open connections die too.
    void stop();
    // Same port; newHostKey replaces the host key (a "reinstalled" host).
    bool restart(bool newHostKey = false, QString *error = nullptr);
    bool isRunning() const;
    // Take effect at the next start/restart. Passwords of real accounts
    // (sshd checks /etc/shadow itself); keyboard-interactive through PAM's
    // "sshd" service; sshd's own MaxAuthTries (6) unless set.
    void setPasswordAuthentication(bool on) { m_passwordAuth = on; }
    void setKeyboardInteractive(bool on) { m_kbdInteractive = on; }
    void setMaxAuthTries(int n) { m_maxAuthTries = n; }

    QString host() const { return QStringLiteral("127.0.0.1"); }
    int port() const { return m_port; }
    QString userName() const;
    QString dir() const { return m_dir.path(); }

    QString hostKeyPath() const { return dir() + QStringLiteral("/host_ed25519"); }
    QString hostKeyPubPath() const { return hostKeyPath() + QStringLiteral(".pub"); }
    // Key with an ordinary shell.
    QString plainKeyPath() const { return dir() + QStringLiteral("/client_plain"); }
    // Key whose every command runs through ftsim-host --state stateDir().
    QString simKeyPath() const { return dir() + QStringLiteral("/client_sim"); }
    QString stateDir() const { return dir() + QStringLiteral("/simstate"); }
    // A known_hosts file that trusts the current host key ([127.0.0.1]:port form).
    QString knownHostsPath() const { return dir() + QStringLiteral("/known_hosts"); }
    // The current host key as "TYPE BASE64".
    QByteArray hostKeyLine() const;
    // "SHA256:..." of the current host key, from ssh-keygen -lf.
    QString hostKeyFingerprint() const;
    QString logPath() const { return dir() + QStringLiteral("/sshd.log"); }
    QByteArray log() const;

private:
    bool prepare(QString *error);
    bool makeHostKey(QString *error);
    bool writeKnownHosts(QString *error);
    bool launch(QString *error);

    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_proc;
    int m_port = 0;
    bool m_prepared = false;
    bool m_passwordAuth = false;
    bool m_kbdInteractive = false;
    int m_maxAuthTries = 0;        // 0: sshd's default
};

} // namespace ftc::test
