#include "session/HostSpec.h"

#include <QtTest>

using namespace ftc;

class TestHostSpec : public QObject {
    Q_OBJECT
private slots:
    void good_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("label");
        QTest::newRow("demo") << "demo" << int(HostSpec::Kind::Demo) << "demo";
        QTest::newRow("local") << " local " << int(HostSpec::Kind::Local) << "local";
        QTest::newRow("ssh default port") << "ssh://root@host.example:22" << int(HostSpec::Kind::Ssh)
                                          << "ssh://root@host.example";
        QTest::newRow("ssh port") << "ssh://admin@10.0.0.5:2222" << int(HostSpec::Kind::Ssh)
                                  << "ssh://admin@10.0.0.5:2222";
        QTest::newRow("ssh no user") << "ssh://h" << int(HostSpec::Kind::Ssh) << "ssh://h";
        QTest::newRow("ssh ipv6") << "ssh://u@[::1]:2200" << int(HostSpec::Kind::Ssh) << "ssh://u@[::1]:2200";
        QTest::newRow("bundle") << "bundle:/tmp/x/../b" << int(HostSpec::Kind::Bundle) << "bundle:/tmp/b";
    }
    void good()
    {
        QFETCH(QString, text);
        QFETCH(int, kind);
        QFETCH(QString, label);
        HostSpec spec;
        QString error;
        QVERIFY2(parseHostSpec(text, &spec, &error), qPrintable(error));
        QCOMPARE(int(spec.kind), kind);
        QCOMPARE(spec.label(), label);
        // A label reads back as the same host: recent-host lists rely on it.
        HostSpec again;
        QVERIFY(parseHostSpec(spec.label(), &again, &error));
        QCOMPARE(again.label(), label);
    }

    void bad_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("says");
        QTest::newRow("empty") << "" << "No host given";
        QTest::newRow("word") << "prod1" << "Unknown host 'prod1'";
        QTest::newRow("no host") << "ssh://" << "not a valid SSH address";
        QTest::newRow("path") << "ssh://u@h/etc" << "has a path";
        QTest::newRow("password") << "ssh://u:secret@h" << "Do not put a password";
        QTest::newRow("port") << "ssh://u@h:70000" << "not a valid SSH address";
        QTest::newRow("bundle empty") << "bundle:" << "needs a directory";
    }
    void bad()
    {
        QFETCH(QString, text);
        QFETCH(QString, says);
        HostSpec spec;
        QString error;
        QVERIFY(!parseHostSpec(text, &spec, &error));
        QVERIFY2(error.contains(says), qPrintable(error));
        QVERIFY(!error.contains(QLatin1String("secret")));
    }
};

QTEST_GUILESS_MAIN(TestHostSpec)
#include "tst_hostspec.moc"
