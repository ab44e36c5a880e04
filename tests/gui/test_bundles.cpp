// A support bundle saved from the window and opened again: the capture shows
// as a capture (when it was taken, read-only, never "Connected"), decides the
// same checks as the live host did (its check facts travel with it), and its
// actions are disabled, saying why.

#include "host/ChecksPage.h"
#include "shell/MainWindow.h"
#include "PropertiesPane.h"
#include "network/NetworkActions.h"

#include <QAction>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QPushButton>
#include <QTreeWidget>
#include <QtTest>
#include <memory>

using namespace ftc;

namespace {
constexpr int kTimeoutMs = 15000;
const QString kDemo = QStringLiteral("demo");
} // namespace

class TestBundles : public QObject {
    Q_OBJECT
private slots:
    void savedAndOpenedReadOnly()
    {
        MainWindow window;
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openStartupHosts();
        QTRY_VERIFY_WITH_TIMEOUT(window.snapshotCount(kDemo) > 0, kTimeoutMs);
        QVERIFY(window.selectObject(kDemo, NodeKind::Host, kDemo));
        QCOMPARE(window.windowTitle(), QStringLiteral("ftconsole — demo"));
        QVERIFY(window.findChild<QAction *>(QStringLiteral("saveBundle"))->isEnabled());

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("b"));
        HostSession *session = window.session(kDemo);
        QSignalSpy saved(session, &HostSession::bundleSaved);
        session->saveBundle(path);
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, kTimeoutMs);
        QVERIFY2(saved.first().at(1).toBool(), qPrintable(saved.first().at(2).toString()));
        QVERIFY(QFile::exists(path + QStringLiteral("/MANIFEST.json")));
        QVERIFY(QFile::exists(path + QStringLiteral("/checks/watchdog-runtime")));

        const QString label = QStringLiteral("bundle:") + path;
        QVERIFY(window.openHost(label));
        QTRY_VERIFY_WITH_TIMEOUT(window.snapshotCount(label) > 0, kTimeoutMs);
        QVERIFY(window.selectObject(label, NodeKind::Host, label));
        QCOMPARE(window.windowTitle(), QStringLiteral("ftconsole — ") + label);
        QTRY_VERIFY_WITH_TIMEOUT(hostState(window, label).startsWith(QLatin1String("Capture from ")), kTimeoutMs);
        QCOMPARE(window.properties()->value(QStringLiteral("Connection")), QStringLiteral("Read-only capture"));
        QVERIFY(window.properties()->value(QStringLiteral("Captured")).contains(QLatin1String("(from demo)")));
        // Checks from the capture's facts, as live.
        QTRY_COMPARE_WITH_TIMEOUT(checksState(window, label), QStringLiteral("1 error, 8 warnings"), kTimeoutMs);
        // Nothing can be changed there, and the console says why.
        QAction *newTeam = window.networkActions()->newTeamAction();
        QVERIFY(!newTeam->isEnabled());
        QCOMPARE(newTeam->toolTip(), QStringLiteral("A capture is read-only"));
        // Nor from its Checks page: no Fix…, and the remedy is what is left.
        QVERIFY(window.selectObject(label, NodeKind::Group, QStringLiteral("checks")));
        ChecksPage *checks = window.checksPage();
        checks->list()->setCurrentItem(checks->list()->topLevelItem(0)->child(0));
        QVERIFY(!checks->fixButton()->isEnabled());
        QVERIFY(checks->fixButton()->toolTip().contains(QLatin1String("follow the remedy")));
    }

private:
    static QModelIndex hostIndex(MainWindow &w, const QString &label)
    {
        QStandardItemModel *m = w.treeModel();
        for (int r = 0; r < m->rowCount(); ++r)
            if (m->item(r, 0)->data(HostRole).toString() == label)
                return m->index(r, 0);
        return {};
    }
    static QString hostState(MainWindow &w, const QString &label)
    {
        return hostIndex(w, label).siblingAtColumn(1).data().toString();
    }
    static QString checksState(MainWindow &w, const QString &label)
    {
        const QModelIndex host = hostIndex(w, label);
        QStandardItemModel *m = w.treeModel();
        for (int r = 0; r < m->rowCount(host); ++r) {
            const QModelIndex c = m->index(r, 0, host);
            if (c.data(ObjectRole).toString() == QLatin1String("checks"))
                return c.siblingAtColumn(1).data().toString();
        }
        return {};
    }
};

QTEST_MAIN(TestBundles)
#include "test_bundles.moc"
