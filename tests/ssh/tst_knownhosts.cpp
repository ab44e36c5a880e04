// known_hosts lookup, matching the rules of sshd(8) "SSH_KNOWN_HOSTS FILE FORMAT".

#include "transport/KnownHosts.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace ftc;
using S = KnownHostsMatch::Status;

namespace {

// Key blobs only need to be distinct bytes here; their structure is not read.
const QByteArray kKeyA = QByteArray("\x00\x00\x00\x0bssh-ed25519AAAA", 19);
const QByteArray kKeyB = QByteArray("\x00\x00\x00\x0bssh-ed25519BBBB", 19);
const QByteArray kRsa = QByteArray("\x00\x00\x00\x07ssh-rsaRRRR", 15);

QByteArray b64(const QByteArray &b)
{
    return b.toBase64();
}

QByteArray hashedName(const QByteArray &name, const QByteArray &salt)
{
    return "|1|" + salt.toBase64() + '|'
        + QMessageAuthenticationCode::hash(name, salt, QCryptographicHash::Sha1).toBase64();
}

} // namespace

class TestKnownHosts : public QObject {
    Q_OBJECT
private slots:
    void entryNames()
    {
        QCOMPARE(KnownHosts::hostEntryName(QStringLiteral("Example.ORG"), 22),
                 QStringLiteral("example.org"));
        QCOMPARE(KnownHosts::hostEntryName(QStringLiteral("10.0.0.1"), 2222),
                 QStringLiteral("[10.0.0.1]:2222"));
    }

    void plainHostKnown()
    {
        const QByteArray text = "# comment\n\nother.example ssh-ed25519 " + b64(kKeyB)
            + "\nhost.example,10.1.1.1 ssh-ed25519 " + b64(kKeyA) + " root@host\n";
        const KnownHostsMatch m = KnownHosts::lookup(text, QStringLiteral("host.example"), 22,
                                                     "ssh-ed25519", kKeyA);
        QCOMPARE(m.status, S::Known);
        QCOMPARE(m.line, 4);
        QCOMPARE(KnownHosts::lookup(text, QStringLiteral("10.1.1.1"), 22, "ssh-ed25519", kKeyA).status,
                 S::Known);
    }

    void portFormIsSeparate()
    {
        const QByteArray text = "host ssh-ed25519 " + b64(kKeyA) + "\n[host]:2222 ssh-ed25519 "
            + b64(kKeyB) + "\n";
        QCOMPARE(KnownHosts::lookup(text, QStringLiteral("host"), 2222, "ssh-ed25519", kKeyB).status,
                 S::Known);
        // The port-22 entry says nothing about port 2222 and vice versa.
        const KnownHostsMatch m = KnownHosts::lookup(text, QStringLiteral("host"), 2222,
                                                     "ssh-ed25519", kKeyA);
        QCOMPARE(m.status, S::Changed);
        QCOMPARE(m.line, 2);
        QCOMPARE(KnownHosts::lookup(text, QStringLiteral("host"), 2200, "ssh-ed25519", kKeyA).status,
                 S::Unknown);
    }

    void changedKeyNamesItsLine()
    {
        const QByteArray text = "a ssh-ed25519 " + b64(kKeyA) + "\r\n# x\nhost ssh-ed25519 "
            + b64(kKeyB) + "\n";
        const KnownHostsMatch m = KnownHosts::lookup(text, QStringLiteral("host"), 22,
                                                     "ssh-ed25519", kKeyA);
        QCOMPARE(m.status, S::Changed);
        QCOMPARE(m.line, 3);
    }

    void hashedEntries()
    {
        const QByteArray salt = "0123456789abcdefghij";
        const QByteArray text = "plain ssh-ed25519 " + b64(kKeyA) + "\n"
            + hashedName("[10.0.0.5]:2222", salt) + " ssh-ed25519 " + b64(kKeyB) + "\n";
        const KnownHostsMatch known = KnownHosts::lookup(text, QStringLiteral("10.0.0.5"), 2222,
                                                         "ssh-ed25519", kKeyB);
        QCOMPARE(known.status, S::Known);
        QCOMPARE(known.line, 2);
        const KnownHostsMatch changed = KnownHosts::lookup(text, QStringLiteral("10.0.0.5"), 2222,
                                                           "ssh-ed25519", kKeyA);
        QCOMPARE(changed.status, S::Changed);
        QCOMPARE(changed.line, 2);
        QCOMPARE(KnownHosts::lookup(text, QStringLiteral("10.0.0.5"), 22, "ssh-ed25519", kKeyB).status,
                 S::Unknown);
        // A damaged hash field never matches and never crashes.
        QVERIFY(!KnownHosts::patternsMatch("|1|!!|", "x"));
        QVERIFY(!KnownHosts::patternsMatch("|1|", "x"));
        QVERIFY(!KnownHosts::patternsMatch("|2|YQ==|YQ==", "x"));
    }

    void wildcardsAndNegation()
    {
        QVERIFY(KnownHosts::patternsMatch("*.example.org", "web.example.org"));
        QVERIFY(KnownHosts::patternsMatch("web?.example.org", "web1.example.org"));
        QVERIFY(!KnownHosts::patternsMatch("web?.example.org", "web10.example.org"));
        QVERIFY(!KnownHosts::patternsMatch("*.example.org,!bad.example.org", "bad.example.org"));
        QVERIFY(KnownHosts::patternsMatch("*.example.org,!bad.example.org", "good.example.org"));
        QVERIFY(!KnownHosts::patternsMatch("!only-negative", "other"));
        QVERIFY(KnownHosts::patternsMatch("HOST", "host"));
        QVERIFY(KnownHosts::patternsMatch("[h]:*", "[h]:2222"));
    }

    void markersAndOtherTypes()
    {
        const QByteArray text = "@cert-authority *.example ssh-ed25519 " + b64(kKeyB) + "\n"
            + "@future-marker host.example ssh-ed25519 " + b64(kKeyB) + "\n"
            + "host.example ssh-rsa " + b64(kRsa) + "\n";
        // A CA line is not a host key: the host is unknown for ed25519, not changed.
        const KnownHostsMatch m = KnownHosts::lookup(text, QStringLiteral("host.example"), 22,
                                                     "ssh-ed25519", kKeyA);
        QCOMPARE(m.status, S::Unknown);
        QVERIFY(m.otherTypesKnown);
        QCOMPARE(m.line, 3);
        QCOMPARE(m.otherKeyType, QByteArray("ssh-rsa"));

        const QByteArray revoked = "host.example ssh-ed25519 " + b64(kKeyA) + "\n@revoked * ssh-ed25519 "
            + b64(kKeyA) + "\n";
        const KnownHostsMatch r = KnownHosts::lookup(revoked, QStringLiteral("host.example"), 22,
                                                     "ssh-ed25519", kKeyA);
        QCOMPARE(r.status, S::Revoked);
        QCOMPARE(r.line, 2);
    }

    void otherTypesNameTheirFirstLine()
    {
        const QByteArray text = "other.example ssh-rsa " + b64(kRsa) + "\n"
            + "host.example ssh-rsa " + b64(kRsa) + "\n"
            + "host.example,alias ecdsa-sha2-nistp256 " + b64(kKeyB) + "\n";
        const KnownHostsMatch m = KnownHosts::lookup(text, QStringLiteral("host.example"), 22,
                                                     "ssh-ed25519", kKeyA);
        QCOMPARE(m.status, S::Unknown);
        QVERIFY(m.otherTypesKnown);
        QCOMPARE(m.line, 2);
        QCOMPARE(m.otherKeyType, QByteArray("ssh-rsa"));

        // A line of the offered type decides; the other types are then irrelevant.
        const KnownHostsMatch known = KnownHosts::lookup(
            text + "host.example ssh-ed25519 " + b64(kKeyA) + "\n", QStringLiteral("host.example"), 22,
            "ssh-ed25519", kKeyA);
        QCOMPARE(known.status, S::Known);
        QCOMPARE(known.line, 4);
        QVERIFY(!known.otherTypesKnown);
        const KnownHostsMatch changed = KnownHosts::lookup(
            text + "host.example ssh-ed25519 " + b64(kKeyB) + "\n", QStringLiteral("host.example"), 22,
            "ssh-ed25519", kKeyA);
        QCOMPARE(changed.status, S::Changed);
        QCOMPARE(changed.line, 4);

        // Another port is another host: nothing known there.
        const KnownHostsMatch elsewhere = KnownHosts::lookup(text, QStringLiteral("host.example"), 2222,
                                                             "ssh-ed25519", kKeyA);
        QCOMPARE(elsewhere.status, S::Unknown);
        QVERIFY(!elsewhere.otherTypesKnown);
        QCOMPARE(elsewhere.line, 0);
    }

    void malformedLinesAreSkipped()
    {
        const QByteArray text = QByteArray("host\nhost ssh-ed25519\nhost ssh-ed25519 !!!notbase64\n")
            + QByteArray(1000, ' ') + "\n\t host ssh-ed25519 " + b64(kKeyA) + "\n" + QByteArray("\0\0\n", 3);
        const KnownHostsMatch m = KnownHosts::lookup(text, QStringLiteral("host"), 22,
                                                     "ssh-ed25519", kKeyA);
        QCOMPARE(m.status, S::Known);
        QCOMPARE(m.line, 5);
    }

    void appendWritesOpenSshFormat()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/known_hosts"));
        QString error;
        QVERIFY(KnownHosts::append(path, QStringLiteral("h"), 2222, "ssh-ed25519", kKeyA, &error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), "[h]:2222 ssh-ed25519 " + b64(kKeyA) + "\n");
        f.close();
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Append));
        f.write("x ssh-ed25519 " + b64(kKeyB));   // no trailing newline
        f.close();
        QVERIFY(KnownHosts::append(path, QStringLiteral("h"), 22, "ssh-ed25519", kKeyB, &error));
        QCOMPARE(KnownHosts::lookupFile(path, QStringLiteral("h"), 22, "ssh-ed25519", kKeyB).line, 3);
        QCOMPARE(KnownHosts::lookupFile(path, QStringLiteral("h"), 2222, "ssh-ed25519", kKeyA).line, 1);
    }

    void fingerprintLikeOpenSsh()
    {
        QTemporaryDir dir;
        const QString key = dir.filePath(QStringLiteral("k"));
        QProcess gen;
        gen.start(QStringLiteral("ssh-keygen"), {QStringLiteral("-q"), QStringLiteral("-t"),
                                                 QStringLiteral("ed25519"), QStringLiteral("-N"),
                                                 QString(), QStringLiteral("-f"), key});
        QVERIFY(gen.waitForFinished(10000) && gen.exitCode() == 0);
        QProcess fp;
        fp.start(QStringLiteral("ssh-keygen"), {QStringLiteral("-lf"), key + QStringLiteral(".pub")});
        QVERIFY(fp.waitForFinished(10000) && fp.exitCode() == 0);
        const QByteArray want = fp.readAllStandardOutput().simplified().split(' ').value(1);
        QFile pub(key + QStringLiteral(".pub"));
        QVERIFY(pub.open(QIODevice::ReadOnly));
        const QByteArray blob = QByteArray::fromBase64(pub.readAll().simplified().split(' ').value(1));
        QCOMPARE(KnownHosts::sha256Fingerprint(blob), QString::fromLatin1(want));
    }
};

QTEST_GUILESS_MAIN(TestKnownHosts)
#include "tst_knownhosts.moc"
