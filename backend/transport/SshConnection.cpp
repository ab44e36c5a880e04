#include "SshConnection.h"
#include "KnownHosts.h"
#include "Secret.h"
#include "ShellQuote.h"
#include "session/SessionTr.h"

#include <QDir>
#include <QFileInfo>
#include <QStringList>
#include <QtGlobal>

#include <netdb.h>
#include <sys/socket.h>

namespace ftc {

namespace {

QString sshError(ssh_session s)
{
    const char *e = s ? ssh_get_error(s) : nullptr;
    return e && *e ? QString::fromUtf8(e) : Session::tr("unknown error");
}

QString methodNames(int methods)
{
    QStringList names;
    if (methods & SSH_AUTH_METHOD_PUBLICKEY)
        names << QStringLiteral("publickey");
    if (methods & SSH_AUTH_METHOD_PASSWORD)
        names << QStringLiteral("password");
    if (methods & SSH_AUTH_METHOD_INTERACTIVE)
        names << QStringLiteral("keyboard-interactive");
    if (methods & SSH_AUTH_METHOD_GSSAPI_MIC)
        names << QStringLiteral("gssapi-with-mic");
    if (methods & SSH_AUTH_METHOD_HOSTBASED)
        names << QStringLiteral("hostbased");
    return names.isEmpty() ? Session::tr("nothing we know") : names.join(u',');
}

// Overwrites a secret where it is stored (Secret.h), shared copies included.
void wipe(QByteArray &b) { wipeSecret(b); }
void wipe(QString &s) { wipeSecret(s); }

// The name ssh-keyscan -t takes for a key type as known_hosts spells it, so the
// advice in a refusal can be pasted as it stands.
QString keyscanType(const QByteArray &keyType)
{
    if (keyType == "ssh-ed25519")
        return QStringLiteral("ed25519");
    if (keyType.startsWith("sk-ssh-ed25519"))
        return QStringLiteral("ed25519-sk");
    if (keyType.startsWith("sk-ecdsa-"))
        return QStringLiteral("ecdsa-sk");
    if (keyType.startsWith("ecdsa-"))
        return QStringLiteral("ecdsa");
    if (keyType == "ssh-rsa" || keyType.startsWith("rsa-sha2-"))
        return QStringLiteral("rsa");
    if (keyType == "ssh-dss")
        return QStringLiteral("dsa");
    return QString::fromLatin1(keyType);
}

} // namespace

SshConnection::~SshConnection()
{
    std::lock_guard lock(mutex);
    dropLocked();
}

QString SshConnection::knownHostsPath() const
{
    if (!target.knownHostsPath.isEmpty())
        return target.knownHostsPath;
    return QDir::homePath() + QStringLiteral("/.ssh/known_hosts");
}

void SshConnection::dropLocked()
{
    if (session) {
        if (ssh_is_connected(session))
            ssh_disconnect(session);
        ssh_free(session);
        session = nullptr;
    }
    fd = -1;
    ++generation;
    connected = false;
}

QString SshConnection::lostLocked(const QString &detail)
{
    dropLocked();
    return Session::tr("%1: connection to %2 lost (%3); the next command reconnects")
        .arg(label, target.host, detail);
}

bool SshConnection::ensureConnectedLocked(QString *error)
{
    if (session && connected && ssh_is_connected(session))
        return true;
    dropLocked();

    // Resolve first so a typo gets its own message instead of libssh's generic one.
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    addrinfo *res = nullptr;
    const QByteArray hostBytes = target.host.toUtf8();
    const int gai = getaddrinfo(hostBytes.constData(), nullptr, &hints, &res);
    if (gai != 0) {
        *error = Session::tr("%1: the host name \"%2\" does not resolve (%3): check the "
                             "spelling, DNS or /etc/hosts, or use an IP address")
                     .arg(label, target.host, QString::fromLocal8Bit(gai_strerror(gai)));
        return false;
    }
    freeaddrinfo(res);

    session = ssh_new();
    if (!session) {
        *error = Session::tr("%1: cannot create an SSH session (out of memory?)").arg(label);
        return false;
    }
    const int port = target.port > 0 ? target.port : 22;
    const long secs = std::max(0, target.connectTimeoutMs) / 1000;
    const long usecs = (std::max(0, target.connectTimeoutMs) % 1000) * 1000L;
    const QByteArray user = userName.toUtf8();
    const QByteArray kh = QFile::encodeName(knownHostsPath());
    // ~/.ssh/config is not read: the console's host spec is the whole truth, and
    // settings there (ProxyCommand, other users) would make failures puzzling.
    bool processConfig = false;
    ssh_options_set(session, SSH_OPTIONS_HOST, hostBytes.constData());
    ssh_options_set(session, SSH_OPTIONS_PORT, &port);
    ssh_options_set(session, SSH_OPTIONS_USER, user.constData());
    ssh_options_set(session, SSH_OPTIONS_TIMEOUT, &secs);
    ssh_options_set(session, SSH_OPTIONS_TIMEOUT_USEC, &usecs);
    ssh_options_set(session, SSH_OPTIONS_PROCESS_CONFIG, &processConfig);
    // Each command is a handful of small packets (channel open, exec, EOF, close);
    // with Nagle's algorithm each one waits for the peer's delayed ACK, ~40 ms.
    const int noDelay = 1;
    ssh_options_set(session, SSH_OPTIONS_NODELAY, &noDelay);
    // libssh reads this file only to prefer host key types already known for the
    // host, so a server with several keys offers the one we can verify.
    ssh_options_set(session, SSH_OPTIONS_KNOWNHOSTS, kh.constData());
    // The same goes for the system-wide file, and it must be the one we verify
    // against: a host known there only by a type libssh did not prefer would offer
    // another type and be refused as a possible impersonation.
    const QByteArray globalKh = target.globalKnownHostsPath.isEmpty()
        ? QByteArray("/dev/null")
        : QFile::encodeName(target.globalKnownHostsPath);
    ssh_options_set(session, SSH_OPTIONS_GLOBAL_KNOWNHOSTS, globalKh.constData());

    if (ssh_connect(session) != SSH_OK) {
        const QString detail = sshError(session);
        const QString lower = detail.toLower();
        if (lower.contains(QLatin1String("refused"))) {
            *error = Session::tr("%1: connection refused: nothing accepts SSH connections "
                                 "on port %2 of %3; check that sshd runs there and the "
                                 "port is right")
                         .arg(label).arg(port).arg(target.host);
        } else if (lower.contains(QLatin1String("timeout")) || lower.contains(QLatin1String("timed out"))) {
            *error = Session::tr("%1: connection timed out: %2 did not answer on port %3 "
                                 "within %4 s; check the address, the port and firewalls")
                         .arg(label, target.host).arg(port)
                         .arg(target.connectTimeoutMs / 1000.0);
        } else if (lower.contains(QLatin1String("unreachable"))) {
            *error = Session::tr("%1: %2 is unreachable (%3); check the network route")
                         .arg(label, target.host, detail);
        } else {
            *error = Session::tr("%1: cannot connect to %2: %3").arg(label, target.host, detail);
        }
        dropLocked();
        return false;
    }
    if (!verifyHostKeyLocked(error) || !authenticateLocked(error)) {
        dropLocked();
        return false;
    }
    fd = ssh_get_fd(session);
    ++generation;
    connected = true;
    touchLocked();
    return true;
}

bool SshConnection::verifyHostKeyLocked(QString *error)
{
    ssh_key key = nullptr;
    if (ssh_get_server_publickey(session, &key) != SSH_OK || !key) {
        *error = Session::tr("%1: the server sent no host key: %2").arg(label, sshError(session));
        return false;
    }
    char *b64 = nullptr;
    const int rc = ssh_pki_export_pubkey_base64(key, &b64);
    const QByteArray keyType = ssh_key_type_to_char(ssh_key_type(key));
    ssh_key_free(key);
    if (rc != SSH_OK || !b64) {
        *error = Session::tr("%1: cannot read the server's host key").arg(label);
        return false;
    }
    const QByteArray blob = QByteArray::fromBase64(QByteArray(b64));
    ssh_string_free_char(b64);

    const QString path = knownHostsPath();
    const int port = target.port > 0 ? target.port : 22;
    const QString fp = KnownHosts::sha256Fingerprint(blob);
    const QString typeStr = QString::fromLatin1(keyType);
    // Like ssh(1): the user's file and the system-wide one together; a key found
    // in either is known, a revocation or conflict in either is refused.
    QString unreadable;
    KnownHostsMatch m = KnownHosts::lookupFile(path, target.host, port, keyType, blob, &unreadable);
    const auto refuseUnreadable = [&](const QString &file) {
        *error = Session::tr("%1: REFUSED: cannot read %2 (%3), so the host key of %4 cannot be checked: a "
                             "changed key would look like a new one. Make the file readable by this user "
                             "(or remove it if it is not wanted), then connect again.")
                     .arg(label, file, unreadable, KnownHosts::hostEntryName(target.host, port));
        return false;
    };
    if (!unreadable.isEmpty())
        return refuseUnreadable(path);
    QString matchPath = path;
    const QString global = target.globalKnownHostsPath;
    if (!global.isEmpty() && m.status != KnownHostsMatch::Status::Revoked) {
        const KnownHostsMatch g = KnownHosts::lookupFile(global, target.host, port, keyType, blob, &unreadable);
        if (!unreadable.isEmpty())
            return refuseUnreadable(global);
        const bool takeGlobal = g.status == KnownHostsMatch::Status::Revoked
            || (g.status == KnownHostsMatch::Status::Known
                && m.status != KnownHostsMatch::Status::Known)
            || (g.status == KnownHostsMatch::Status::Changed
                && m.status == KnownHostsMatch::Status::Unknown)
            || (g.status == KnownHostsMatch::Status::Unknown && g.otherTypesKnown
                && m.status == KnownHostsMatch::Status::Unknown && !m.otherTypesKnown);
        if (takeGlobal) {
            m = g;
            matchPath = global;
        }
    }
    const QString entryName = KnownHosts::hostEntryName(target.host, port);
    switch (m.status) {
    case KnownHostsMatch::Status::Known:
        return true;
    case KnownHostsMatch::Status::Revoked:
        *error = Session::tr("%1: the host key (%2 %3) is marked @revoked on line %4 of %5; "
                             "refusing to connect")
                     .arg(label, typeStr, fp).arg(m.line).arg(matchPath);
        return false;
    case KnownHostsMatch::Status::Changed:
        *error = Session::tr(
                     "%1: REFUSED: the host key of %2 has CHANGED. The server now presents %3 "
                     "%4, which does not match line %5 of %6. Someone may be intercepting the "
                     "connection, or the host was reinstalled. If you know the key changed "
                     "legitimately, remove the old entry with: ssh-keygen -R %7 -f %8 "
                     "and connect again.")
                     .arg(label, entryName, typeStr, fp)
                     .arg(m.line)
                     .arg(matchPath,
                          QString::fromUtf8(shellQuoteWord(entryName.toUtf8())),
                          QString::fromUtf8(shellQuoteWord(QFile::encodeName(matchPath))));
        return false;
    case KnownHostsMatch::Status::Unknown:
        break;
    }
    // Asking here would let whoever cannot present the known key offer another
    // type and pass as a first connection, and "Accept and save" would record the
    // impostor's key. libssh asks for the known types first (SSH_OPTIONS_KNOWNHOSTS
    // above), so a genuine host only gets here once it no longer has that key.
    // Checked before acceptedOnceBlob: the file may have gained the entry since.
    if (m.otherTypesKnown) {
        *error = Session::tr(
                     "%1: REFUSED: %2 presents the host key %3 %4, but line %5 of %6 holds "
                     "a key of another type (%7) for this host, and the server did not offer "
                     "that type. Someone may be impersonating the host. If the host really changed its key type, verify "
                     "the new fingerprint out of band (on the host: ssh-keygen -lf on its "
                     "/etc/ssh/ssh_host_*_key.pub), then add it, e.g. with: ssh-keyscan -t %8 "
                     "-p %9 %10 >> %11 (or remove the old entry with: ssh-keygen -R %12 -f %11) "
                     "and connect again.")
                     // One call: a path or host holding "%1" is not substituted again.
                     .arg(label, entryName, typeStr, fp, QString::number(m.line), matchPath,
                          QString::fromLatin1(m.otherKeyType), keyscanType(keyType),
                          QString::number(port),
                          QString::fromUtf8(shellQuoteWord(target.host.toUtf8())),
                          QString::fromUtf8(shellQuoteWord(QFile::encodeName(matchPath))),
                          QString::fromUtf8(shellQuoteWord(entryName.toUtf8())));
        return false;
    }
    if (!acceptedOnceBlob.isEmpty() && acceptedOnceBlob == blob)
        return true;
    if (!prompter) {
        *error = Session::tr("%1: the host key of %2 (%3 %4) is not in %5 and nobody is "
                             "there to confirm it; connect once with ssh(1) to add it, or "
                             "open the host in the console")
                     .arg(label, entryName, typeStr, fp, path);
        return false;
    }
    HostKeyPrompt prompt;
    prompt.host = target.host;
    prompt.port = port;
    prompt.keyType = typeStr;
    prompt.fingerprint = fp;
    prompt.knownHostsPath = path;
    switch (prompter->confirmHostKey(prompt)) {
    case HostKeyDecision::Refuse:
        *error = Session::tr("%1: the host key of %2 (%3 %4) was not accepted")
                     .arg(label, entryName, typeStr, fp);
        return false;
    case HostKeyDecision::AcceptAndSave: {
        QString why;
        if (!KnownHosts::append(path, target.host, port, keyType, blob, &why))
            qWarning("ftconsole: host key accepted but not saved: %s", qPrintable(why));
        break;
    }
    case HostKeyDecision::AcceptOnce:
        break;
    }
    // Remembered for this runner so a reconnect does not ask again.
    acceptedOnceBlob = blob;
    return true;
}

int SshConnection::tryKeyFileLocked(const QString &path)
{
    const QByteArray file = QFile::encodeName(path);
    const QByteArray pubFile = QFile::encodeName(path + QStringLiteral(".pub"));
    // Offer the public half first when it exists: no passphrase is asked for a key
    // the server would not take anyway.
    if (QFileInfo::exists(path + QStringLiteral(".pub"))) {
        ssh_key pub = nullptr;
        if (ssh_pki_import_pubkey_file(pubFile.constData(), &pub) == SSH_OK) {
            const int rc = ssh_userauth_try_publickey(session, nullptr, pub);
            ssh_key_free(pub);
            if (rc != SSH_AUTH_SUCCESS)
                return rc;
        }
    }
    ssh_key priv = nullptr;
    int rc = ssh_pki_import_privkey_file(file.constData(), nullptr, nullptr, nullptr, &priv);
    if (rc != SSH_OK && prompter) {
        std::optional<QString> pass = prompter->askSecret(
            target.host, Session::tr("Passphrase for key %1:").arg(path));
        if (!pass)
            return SSH_AUTH_DENIED;
        QByteArray p = pass->toUtf8();
        wipe(*pass);
        rc = ssh_pki_import_privkey_file(file.constData(), p.constData(), nullptr, nullptr, &priv);
        wipe(p);
    }
    if (rc != SSH_OK || !priv)
        return SSH_AUTH_DENIED;
    rc = ssh_userauth_publickey(session, nullptr, priv);
    ssh_key_free(priv);
    return rc;
}

bool SshConnection::authenticateLocked(QString *error)
{
    int rc = ssh_userauth_none(session, nullptr);
    if (rc == SSH_AUTH_SUCCESS)
        return true;
    if (rc == SSH_AUTH_ERROR) {
        *error = Session::tr("%1: connection to %2 lost during authentication: %3")
                     .arg(label, target.host, sshError(session));
        return false;
    }
    int methods = ssh_userauth_list(session, nullptr);
    const int offered = methods;
    QStringList tried;
    const QString home = QDir::homePath();
    auto done = [&](int r) {
        if (r == SSH_AUTH_PARTIAL) {
            // Another factor is required: continue with what the server asks now.
            methods = ssh_userauth_list(session, nullptr);
            return false;
        }
        return r == SSH_AUTH_SUCCESS;
    };

    if (methods & SSH_AUTH_METHOD_PUBLICKEY) {
        // The key the admin named comes first, as with `ssh -i`: sshd counts
        // every key offered (MaxAuthTries, 6 by default), and an agent holding
        // a few other keys would use them all up before it.
        if (!target.identityFile.isEmpty()) {
            tried << Session::tr("identity %1").arg(target.identityFile);
            if (!QFileInfo::exists(target.identityFile))
                tried.last() += Session::tr(" (missing)");
            else if (done(tryKeyFileLocked(target.identityFile)))
                return true;
        }
        if (target.useAgent && !qEnvironmentVariableIsEmpty("SSH_AUTH_SOCK") && (methods & SSH_AUTH_METHOD_PUBLICKEY)
            && ssh_is_connected(session)) {
            tried << QStringLiteral("agent");
            if (done(ssh_userauth_agent(session, nullptr)))
                return true;
        }
        if (target.useDefaultKeys) {
            for (const char *name : {"id_ed25519", "id_ecdsa", "id_ecdsa_sk", "id_ed25519_sk",
                                     "id_rsa"}) {
                const QString path = home + QStringLiteral("/.ssh/") + QLatin1String(name);
                if (!QFileInfo::exists(path))
                    continue;
                tried << QStringLiteral("~/.ssh/") + QLatin1String(name);
                if (done(tryKeyFileLocked(path)))
                    return true;
                if (!(methods & SSH_AUTH_METHOD_PUBLICKEY))
                    break;
            }
        }
    }
    if (!ssh_is_connected(session)) {
        *error = Session::tr("%1: connection to %2 lost during authentication: %3")
                     .arg(label, target.host, sshError(session));
        return false;
    }
    const QString who = QStringLiteral("%1@%2").arg(userName, target.host);
    int passwordsRejected = 0;
    if ((methods & SSH_AUTH_METHOD_PASSWORD) && prompter) {
        tried << QStringLiteral("password");
        for (int attempt = 0; attempt < 3; ++attempt) {
            std::optional<QString> secret = prompter->askSecret(
                target.host, attempt == 0 ? Session::tr("Password for %1:").arg(who)
                                          : Session::tr("Wrong password. Password for %1:").arg(who));
            if (!secret)
                break;
            QByteArray pw = secret->toUtf8();
            wipe(*secret);
            rc = ssh_userauth_password(session, nullptr, pw.constData());
            wipe(pw);
            if (done(rc))
                return true;
            ++passwordsRejected;
            if (rc == SSH_AUTH_ERROR || !(methods & SSH_AUTH_METHOD_PASSWORD))
                break;
        }
    }
    if ((methods & SSH_AUTH_METHOD_INTERACTIVE) && prompter && ssh_is_connected(session)) {
        tried << QStringLiteral("keyboard-interactive");
        bool cancelled = false;
        rc = ssh_userauth_kbdint(session, nullptr, nullptr);
        while (rc == SSH_AUTH_INFO && !cancelled) {
            const int n = ssh_userauth_kbdint_getnprompts(session);
            const QString instruction = QString::fromUtf8(ssh_userauth_kbdint_getinstruction(session));
            for (int i = 0; i < n; ++i) {
                char echo = 0;
                QString text = QString::fromUtf8(ssh_userauth_kbdint_getprompt(session, i, &echo));
                if (!instruction.isEmpty())
                    text = instruction + u'\n' + text;
                std::optional<QString> answer = prompter->askSecret(target.host, text);
                if (!answer) {
                    cancelled = true;
                    break;
                }
                QByteArray a = answer->toUtf8();
                wipe(*answer);
                ssh_userauth_kbdint_setanswer(session, i, a.constData());
                wipe(a);
            }
            if (!cancelled)
                rc = ssh_userauth_kbdint(session, nullptr, nullptr);
        }
        if (!cancelled && done(rc))
            return true;
    }
    if (!prompter && (offered & (SSH_AUTH_METHOD_PASSWORD | SSH_AUTH_METHOD_INTERACTIVE)))
        tried << Session::tr("no password (nobody to ask)");
    if (tried.isEmpty())
        tried << Session::tr("nothing (no agent, no keys)");
    if (passwordsRejected > 0 && !(methods & SSH_AUTH_METHOD_INTERACTIVE)) {
        *error = Session::tr("%1: authentication failed: the password for %2 was not accepted "
                             "(%3 tries). Check the user name and the password, or log in "
                             "with a key (tried %4).")
                     .arg(label, who).arg(passwordsRejected).arg(tried.join(QStringLiteral(", ")));
        return false;
    }
    *error = Session::tr("%1: authentication failed: server accepts %2; tried %3. Add your "
                         "public key to ~/.ssh/authorized_keys of %4 on the host, load it "
                         "into ssh-agent, or give an identity file")
                 .arg(label, methodNames(offered), tried.join(QStringLiteral(", ")), userName);
    return false;
}

} // namespace ftc
