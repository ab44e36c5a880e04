// The Teaming Wizard's rules on a Linux host: every refusal and every warning
// of checkTeamRequest, and interface names as the kernel takes them.

#include "network/TeamRules.h"

#include <QtTest>

using namespace ftc;

namespace {

Nic nic(const char *name, const char *module, int speed = 1000, bool carrier = true, const char *master = "")
{
    Nic n;
    n.name = QString::fromLatin1(name);
    n.module = QString::fromLatin1(module);
    n.speedMbps = speed;
    n.carrier = carrier;
    n.adminUp = true;
    n.master = QString::fromLatin1(master);
    return n;
}

HostSnapshot host()
{
    HostSnapshot s;
    s.label = QStringLiteral("demo");
    s.nics = {nic("eth0", "10"), nic("eth1", "10"), nic("eth2", "11"), nic("eth3", "11", 100, false),
              nic("eth4", "11", 1000, true, "bond9")};
    Team t;
    t.name = QStringLiteral("bond9");
    s.teams = {t};
    return s;
}

bool says(const QStringList &list, const char *text)
{
    return list.join(QLatin1Char(' ')).contains(QLatin1String(text));
}

} // namespace

class TestTeamRules : public QObject {
    Q_OBJECT
private slots:
    void interfaceNames()
    {
        QVERIFY(interfaceNameProblem(QStringLiteral("bond0")).isEmpty());
        QVERIFY(interfaceNameProblem(QStringLiteral("team-vm.1")).isEmpty());
        QVERIFY(!interfaceNameProblem(QString()).isEmpty());
        QVERIFY(interfaceNameProblem(QStringLiteral("a234567890123456")).contains(QLatin1String("16 bytes")));
        QVERIFY(!interfaceNameProblem(QStringLiteral("..")).isEmpty());
        QVERIFY(!interfaceNameProblem(QStringLiteral("bond 0")).isEmpty());
        QVERIFY(!interfaceNameProblem(QStringLiteral("bond:0")).isEmpty());
        QVERIFY(!interfaceNameProblem(QStringLiteral("bond/0")).isEmpty());
        // 15 bytes of UTF-8, not 15 characters.
        QVERIFY(!interfaceNameProblem(QStringLiteral("ääääääää")).isEmpty());
    }

    void aGoodTeamAcrossModules()
    {
        const TeamCheck c = checkTeamRequest(host(), {QStringLiteral("bond0"), TeamType::Aft,
                                                      {QStringLiteral("eth0"), QStringLiteral("eth2")},
                                                      QStringLiteral("eth0")});
        QVERIFY2(c.ok(), qPrintable(c.errors.join(' ')));
        QVERIFY(!says(c.warnings, "module"));
        QVERIFY(says(c.warnings, "briefly interrupts"));
        QCOMPARE(bondModeFor(TeamType::Aft), QStringLiteral("active-backup"));
        QCOMPARE(bondModeFor(TeamType::Lacp), QStringLiteral("802.3ad"));
        QCOMPARE(teamKindName(TeamType::Sft), QStringLiteral("SFT"));
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("type");
        QTest::addColumn<QStringList>("members");
        QTest::addColumn<QString>("primary");
        QTest::addColumn<QString>("says");
        QTest::newRow("name taken by a team") << "bond9" << int(TeamType::Aft) << QStringList{"eth0", "eth2"} << ""
                                               << "bond9 already exists";
        QTest::newRow("name of an adapter") << "eth1" << int(TeamType::Aft) << QStringList{"eth0", "eth2"} << ""
                                             << "eth1 already exists";
        QTest::newRow("one member") << "bond0" << int(TeamType::Alb) << QStringList{"eth0"} << ""
                                    << "at least two adapters";
        QTest::newRow("SFT with three") << "bond0" << int(TeamType::Sft) << QStringList{"eth0", "eth1", "eth2"} << ""
                                        << "exactly two adapters";
        QTest::newRow("vanished member") << "bond0" << int(TeamType::Aft) << QStringList{"eth0", "eth7"} << ""
                                         << "eth7 is no longer on demo";
        QTest::newRow("member twice") << "bond0" << int(TeamType::Aft) << QStringList{"eth0", "eth0"} << ""
                                      << "eth0 is chosen twice";
        QTest::newRow("member in another team") << "bond0" << int(TeamType::Aft) << QStringList{"eth0", "eth4"} << ""
                                                << "eth4 is already in team bond9";
        QTest::newRow("primary not a member") << "bond0" << int(TeamType::Aft) << QStringList{"eth0", "eth2"}
                                              << "eth1" << "primary adapter eth1";
        QTest::newRow("bad name") << "my team" << int(TeamType::Aft) << QStringList{"eth0", "eth2"} << ""
                                  << "blank";
    }
    void refusals()
    {
        QFETCH(QString, name);
        QFETCH(int, type);
        QFETCH(QStringList, members);
        QFETCH(QString, primary);
        QFETCH(QString, says);
        const TeamCheck c = checkTeamRequest(host(), {name, TeamType(type), members, primary});
        QVERIFY(!c.ok());
        QVERIFY2(c.errors.join(' ').contains(says), qPrintable(c.errors.join(' ')));
    }

    void warnings()
    {
        // One module, different speeds, no link on eth3.
        TeamCheck c = checkTeamRequest(host(), {QStringLiteral("bond0"), TeamType::Aft,
                                                {QStringLiteral("eth2"), QStringLiteral("eth3")}, QString()});
        QVERIFY(c.ok());
        QVERIFY(says(c.warnings, "module 11"));
        QVERIFY(says(c.warnings, "different speeds"));
        QVERIFY(says(c.warnings, "eth3 has no link"));
        c = checkTeamRequest(host(), {QStringLiteral("bond0"), TeamType::Lacp,
                                      {QStringLiteral("eth0"), QStringLiteral("eth2")}, QString()});
        QVERIFY(says(c.warnings, "LACP group"));
        c = checkTeamRequest(host(), {QStringLiteral("bond0"), TeamType::Sft,
                                      {QStringLiteral("eth0"), QStringLiteral("eth2")}, QString()});
        QVERIFY(c.ok());
        QVERIFY(says(c.warnings, "different switches"));
    }
};

QTEST_GUILESS_MAIN(TestTeamRules)
#include "tst_teamrules.moc"
