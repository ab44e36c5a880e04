// --libvirt-uri points the console at any libvirt: `ftconsole report --host
// local --libvirt-uri test:///PATH/node.xml` reports exactly that file's
// domains (libvirt's test driver, the same data any libvirt tool reads), with
// what the driver does not say as null; a URI that is not one is refused
// with a message naming it.

#include "TestNodeXml.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

class TestLibvirtCli : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    static QString console() { return QStringLiteral(FT_BUILD_DIR "/app/ftconsole"); }

private slots:
    void reportReadsTheTestDriversFile()
    {
        const QString odd = QStringLiteral("it's \"off\" 名前");
        const QString path = m_dir.filePath(QStringLiteral("node.xml"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(ftc::test::testNodeXml(3, {odd}));
        f.close();
        QProcess p;
        p.start(console(), {QStringLiteral("report"), QStringLiteral("--host"), QStringLiteral("local"),
                            QStringLiteral("--libvirt-uri"), QStringLiteral("test://") + path});
        QVERIFY(p.waitForFinished(120000));
        const QByteArray out = p.readAllStandardOutput();
        const QByteArray err = p.readAllStandardError();
        QVERIFY2(p.exitCode() == 0, err.constData());
        const QJsonObject report = QJsonDocument::fromJson(out).object();
        QVERIFY2(report.contains(QLatin1String("vms")), out.left(2000).constData());
        QMap<QString, QString> states;
        for (const QJsonValue &v : report.value(QStringLiteral("vms")).toArray())
            states.insert(v[QStringLiteral("name")].toString(), v[QStringLiteral("state")].toString());
        QVERIFY2(!states.isEmpty(), err.constData());
        QCOMPARE(states.keys(), (QStringList{QStringLiteral("bench-1"), QStringLiteral("bench-2"),
                                             QStringLiteral("bench-3"), odd}));
        QCOMPARE(states.value(QStringLiteral("bench-2")), QStringLiteral("running"));
        QCOMPARE(states.value(odd), QStringLiteral("shut off"));
        // The test driver prints no balloon for its domains: unknown, not 0.
        const QJsonObject first = report.value(QStringLiteral("vms")).toArray().first().toObject();
        QVERIFY(first.value(QStringLiteral("memory_bytes")).isNull() || first.value(QStringLiteral("memory_bytes")).toInteger() > 0);
    }

    void aBadUriIsRefused()
    {
        QProcess p;
        p.start(console(), {QStringLiteral("report"), QStringLiteral("--host"), QStringLiteral("demo"),
                            QStringLiteral("--libvirt-uri"), QStringLiteral("no scheme here")});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 64);   // bad usage (sysexits EX_USAGE)
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(err.contains(QLatin1String("libvirt URI")), qPrintable(err));
    }
};

QTEST_GUILESS_MAIN(TestLibvirtCli)
#include "tst_libvirt_cli.moc"
