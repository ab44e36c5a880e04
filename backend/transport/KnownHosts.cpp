#include "KnownHosts.h"

#include "session/SessionTr.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageAuthenticationCode>

namespace ftc::KnownHosts {

namespace {

QList<QByteArray> fields(const QByteArray &line)
{
    QList<QByteArray> out;
    qsizetype i = 0;
    const qsizetype n = line.size();
    while (i < n) {
        while (i < n && (line[i] == ' ' || line[i] == '\t'))
            ++i;
        const qsizetype from = i;
        while (i < n && line[i] != ' ' && line[i] != '\t')
            ++i;
        if (i > from)
            out.append(line.mid(from, i - from));
    }
    return out;
}

// OpenSSH's match_pattern: '*' any run, '?' one character, nothing else special.
bool wildcardMatch(const char *s, const char *se, const char *p, const char *pe)
{
    while (p < pe) {
        if (*p == '*') {
            while (p < pe && *p == '*')
                ++p;
            if (p == pe)
                return true;
            for (const char *t = s; t <= se; ++t) {
                if (wildcardMatch(t, se, p, pe))
                    return true;
            }
            return false;
        }
        if (s == se)
            return false;
        if (*p != '?' && *p != *s)
            return false;
        ++p;
        ++s;
    }
    return s == se;
}

bool hashedMatch(const QByteArray &field, const QByteArray &entryName)
{
    // |1|base64(salt)|base64(HMAC-SHA1(salt, name))
    const QList<QByteArray> parts = field.split('|');
    if (parts.size() != 4 || !parts[0].isEmpty() || parts[1] != "1")
        return false;
    const QByteArray salt = QByteArray::fromBase64(parts[2]);
    const QByteArray want = QByteArray::fromBase64(parts[3]);
    if (salt.isEmpty() || want.isEmpty())
        return false;
    return QMessageAuthenticationCode::hash(entryName, salt, QCryptographicHash::Sha1) == want;
}

struct Entry {
    enum class Marker { None, Revoked, CertAuthority, Unknown } marker = Marker::None;
    QByteArray patterns;
    QByteArray keyType;
    QByteArray blob;
};

bool parseLine(const QByteArray &raw, Entry *e)
{
    QByteArray line = raw;
    if (line.endsWith('\r'))
        line.chop(1);
    QList<QByteArray> f = fields(line);
    if (f.isEmpty() || f[0].startsWith('#'))
        return false;
    if (f[0].startsWith('@')) {
        if (f[0] == "@revoked")
            e->marker = Entry::Marker::Revoked;
        else if (f[0] == "@cert-authority")
            e->marker = Entry::Marker::CertAuthority;
        else
            e->marker = Entry::Marker::Unknown;
        f.removeFirst();
    }
    if (f.size() < 3)
        return false;
    e->patterns = f[0];
    e->keyType = f[1];
    e->blob = QByteArray::fromBase64(f[2]);
    return !e->blob.isEmpty();
}

} // namespace

QString hostEntryName(const QString &host, int port)
{
    const QString h = host.toLower();
    if (port == 22 || port <= 0)
        return h;
    return QStringLiteral("[%1]:%2").arg(h).arg(port);
}

bool patternsMatch(const QByteArray &patterns, const QByteArray &entryName)
{
    if (patterns.startsWith("|1|"))
        return hashedMatch(patterns, entryName);
    const QByteArray name = entryName.toLower();
    bool matched = false;
    for (const QByteArray &pat0 : patterns.split(',')) {
        QByteArray pat = pat0.toLower();
        const bool negated = pat.startsWith('!');
        if (negated)
            pat.remove(0, 1);
        if (pat.isEmpty())
            continue;
        if (wildcardMatch(name.constData(), name.constData() + name.size(), pat.constData(),
                          pat.constData() + pat.size())) {
            // A matching negation vetoes the whole line, whatever else matched.
            if (negated)
                return false;
            matched = true;
        }
    }
    return matched;
}

KnownHostsMatch lookup(const QByteArray &fileText, const QString &host, int port,
                       const QByteArray &keyType, const QByteArray &keyBlob)
{
    const QByteArray name = hostEntryName(host, port).toUtf8();
    KnownHostsMatch known, changed, revoked, otherType;
    int lineNo = 0;
    for (const QByteArray &raw : fileText.split('\n')) {
        ++lineNo;
        Entry e;
        if (!parseLine(raw, &e))
            continue;
        // Certificate authorities vouch for certificates, which are not plain host
        // keys; an unknown marker is a line this version does not understand.
        if (e.marker == Entry::Marker::CertAuthority || e.marker == Entry::Marker::Unknown)
            continue;
        if (!patternsMatch(e.patterns, name))
            continue;
        if (e.marker == Entry::Marker::Revoked) {
            if (e.blob == keyBlob && revoked.line == 0) {
                revoked.status = KnownHostsMatch::Status::Revoked;
                revoked.line = lineNo;
            }
            continue;
        }
        if (e.keyType != keyType) {
            if (otherType.line == 0) {
                otherType.otherTypesKnown = true;
                otherType.line = lineNo;
                otherType.otherKeyType = e.keyType;
            }
            continue;
        }
        if (e.blob == keyBlob) {
            if (known.line == 0) {
                known.status = KnownHostsMatch::Status::Known;
                known.line = lineNo;
            }
        } else if (changed.line == 0) {
            changed.status = KnownHostsMatch::Status::Changed;
            changed.line = lineNo;
        }
    }
    // Revocation wins over everything; a matching line wins over a stale one, as
    // in OpenSSH where any line with the right key makes the host known.
    if (revoked.line)
        return revoked;
    if (known.line)
        return known;
    if (changed.line)
        return changed;
    return otherType;
}

KnownHostsMatch lookupFile(const QString &path, const QString &host, int port,
                           const QByteArray &keyType, const QByteArray &keyBlob, QString *error)
{
    if (error)
        error->clear();
    const QFileInfo info(path);
    // A file that is not there knows no host; one that is there but cannot be
    // read might hold exactly the line that says the key changed.
    if (!info.exists() && !info.isSymLink())
        return lookup({}, host, port, keyType, keyBlob);
    QFile f(path);
    QByteArray text;
    if (info.isDir() || !f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = info.isDir() ? Session::tr("it is a directory") : f.errorString();
        return {};
    }
    text = f.readAll();
    if (f.error() != QFileDevice::NoError) {
        if (error)
            *error = f.errorString();
        return {};
    }
    return lookup(text, host, port, keyType, keyBlob);
}

QByteArray entryLine(const QString &host, int port, const QByteArray &keyType,
                     const QByteArray &keyBlob)
{
    return hostEntryName(host, port).toUtf8() + ' ' + keyType + ' ' + keyBlob.toBase64();
}

bool append(const QString &path, const QString &host, int port, const QByteArray &keyType,
            const QByteArray &keyBlob, QString *error)
{
    const QFileInfo info(path);
    QDir dir = info.absoluteDir();
    if (!dir.exists()) {
        if (!dir.mkpath(QStringLiteral("."))) {
            if (error)
                *error = QStringLiteral("cannot create %1").arg(dir.path());
            return false;
        }
        QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadWrite | QIODevice::Append)) {
        if (error)
            *error = QStringLiteral("cannot write %1: %2").arg(path, f.errorString());
        return false;
    }
    QByteArray line = entryLine(host, port, keyType, keyBlob) + '\n';
    // A file whose last line lacks its newline would otherwise glue two entries.
    if (f.size() > 0) {
        f.seek(f.size() - 1);
        char last = '\n';
        f.getChar(&last);
        if (last != '\n')
            line.prepend('\n');
    }
    if (f.write(line) != line.size()) {
        if (error)
            *error = QStringLiteral("cannot write %1: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

QString sha256Fingerprint(const QByteArray &keyBlob)
{
    QByteArray b64 = QCryptographicHash::hash(keyBlob, QCryptographicHash::Sha256).toBase64(
        QByteArray::OmitTrailingEquals);
    return QStringLiteral("SHA256:") + QString::fromLatin1(b64);
}

} // namespace ftc::KnownHosts
