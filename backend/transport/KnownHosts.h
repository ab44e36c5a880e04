#pragma once
// OpenSSH known_hosts files, read and appended without libssh so that the line of a
// conflicting entry can be named and hashed entries (HashKnownHosts) are understood.
// Format per sshd(8) "SSH_KNOWN_HOSTS FILE FORMAT": [marker] hostpatterns keytype
// base64key [comment].

#include <QByteArray>
#include <QString>

namespace ftc {

struct KnownHostsMatch {
    enum class Status {
        Known,          // a line for this host carries exactly this key
        Changed,        // a line for this host carries another key of the same type
        Revoked,        // the key is listed under @revoked
        Unknown,        // no line for this host with this key type
    };
    Status status = Status::Unknown;
    // 1-based: the matching or conflicting line; for Unknown with otherTypesKnown,
    // the first line holding a key of another type for the host.
    int line = 0;
    bool otherTypesKnown = false;  // Unknown, but the host has keys of other types
    QByteArray otherKeyType;       // with otherTypesKnown: the type on that line
};

namespace KnownHosts {

// "host" for port 22, "[host]:port" otherwise: the name OpenSSH writes and hashes.
QString hostEntryName(const QString &host, int port);

// Whether one hostpatterns field (comma list, wildcards * and ?, !negation, or a
// |1|salt|hash hashed name) covers entryName.
bool patternsMatch(const QByteArray &patterns, const QByteArray &entryName);

// Looks host:port up in the text of a known_hosts file. keyType is the key's name
// ("ssh-ed25519"), keyBlob the decoded public key blob.
KnownHostsMatch lookup(const QByteArray &fileText, const QString &host, int port,
                       const QByteArray &keyType, const QByteArray &keyBlob);

// Reads the file and looks up. A missing file knows no host (Unknown); a file
// that exists but cannot be read sets *error to why, and the result must not be
// trusted: a changed key would look new.
KnownHostsMatch lookupFile(const QString &path, const QString &host, int port,
                           const QByteArray &keyType, const QByteArray &keyBlob, QString *error = nullptr);

// The line to append, without the newline.
QByteArray entryLine(const QString &host, int port, const QByteArray &keyType,
                     const QByteArray &keyBlob);

// Appends the entry, creating the file (and its directory, mode 0700) when missing.
bool append(const QString &path, const QString &host, int port, const QByteArray &keyType,
            const QByteArray &keyBlob, QString *error);

// "SHA256:..." as ssh-keygen -l prints it: base64 of the blob's SHA-256, no padding.
QString sha256Fingerprint(const QByteArray &keyBlob);

} // namespace KnownHosts
} // namespace ftc
