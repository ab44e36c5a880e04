// Wiping a password overwrites the bytes every copy shares, not a detached copy.

#include "transport/Secret.h"

#include <QtTest>

using namespace ftc;

class TestSecret : public QObject {
    Q_OBJECT
private slots:
    void sharedStorageIsWiped()
    {
        QString password = QString::fromUtf8("s3cret passphrase");
        const QString copy = password;      // shares the storage
        QCOMPARE(copy.constData(), password.constData());
        wipeSecret(password);
        QVERIFY(password.isEmpty());
        QCOMPARE(copy.size(), 17);
        QCOMPARE(copy, QString(17, QChar(u'\0')));

        QByteArray bytes = QByteArray("s3cret passphrase").append('!');
        const QByteArray other = bytes;
        wipeSecret(bytes);
        QCOMPARE(other, QByteArray(18, '\0'));
    }

    void literalsAreLeftAlone()
    {
        // Static data is read-only and holds no secret: no write, no crash.
        QString literal = QStringLiteral("not a secret");
        wipeSecret(literal);
        QVERIFY(literal.isEmpty());
        QByteArray raw = QByteArray::fromRawData("raw", 3);
        wipeSecret(raw);
        QVERIFY(raw.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSecret)
#include "tst_secret.moc"
