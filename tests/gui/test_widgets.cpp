// The reusable widgets and the tree merge, without a host behind them.

#include "BadgeTone.h"
#include "shell/GuiPrompter.h"
#include "shell/HostKeyDialog.h"
#include "shell/HostTree.h"
#include "PropertiesPane.h"
#include "StateBadge.h"
#include "SyncProgressWidget.h"
#include "SyncSpeedChart.h"
#include "common/PlanView.h"

#include <QAction>
#include <QMenu>
#include <QToolButton>
#include <QApplication>
#include <QElapsedTimer>
#include <QInputDialog>
#include <QPushButton>
#include <QStandardItemModel>
#include <QThread>
#include <atomic>
#include <QTranslator>
#include "PlainText.h"

#include <QLabel>
#include <QGlyphRun>
#include <QMimeData>
#include <QRawFont>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QtTest>

using namespace ftc;

class TestWidgets : public QObject {
    Q_OBJECT
private slots:
    void badgeAnimatesOnlyWhenBusyAndVisible();
    void progressShowsSpeedAndTimeLeft();
    void paneUpdatesInPlaceWhenShapeIsSame();
    void speedChartFollowsSamples();
    void paneShowsChartAndActionButtons();
    void treeMergeKeepsItemsAndDropsGoneOnes();
    void translationsAreEmbedded();
    void prompterAsksOnGuiThreadFromWorker();
    void closedPrompterRefusesWithoutTheGuiThread();
    void hostTextIsShownAsPlainText();
    void planCommandsWrapBetweenArguments();
    void japaneseLabelsHaveGlyphs();
};

void TestWidgets::badgeAnimatesOnlyWhenBusyAndVisible()
{
    StateBadge badge;
    badge.setState(BadgeTone::Busy, QStringLiteral("Syncing"));
    QVERIFY(!badge.isAnimating());          // hidden: no timer
    badge.show();
    QVERIFY(QTest::qWaitForWindowExposed(&badge));
    QVERIFY(badge.isAnimating());
    badge.setState(BadgeTone::Good, QStringLiteral("Duplex"));
    QVERIFY(!badge.isAnimating());
    QCOMPARE(badge.text(), QStringLiteral("Duplex"));
    QVERIFY(badge.sizeHint().width() > badge.fontMetrics().horizontalAdvance(QStringLiteral("Duplex")));
}

void TestWidgets::progressShowsSpeedAndTimeLeft()
{
    SyncProgressWidget w;
    w.setProgress(QStringLiteral("recovery"), 8.5, 259783, 1020);
    QCOMPARE(w.percent(), 8.5);
    const QString detail = w.detailText();
    QVERIFY2(detail.contains(QStringLiteral("recovery")), qPrintable(detail));
    QVERIFY2(detail.contains(QStringLiteral("MiB/s")), qPrintable(detail));
    QVERIFY2(detail.contains(QStringLiteral("17 min")), qPrintable(detail));
    w.setProgress(QStringLiteral("resync"), 150, -1, -1);
    QCOMPARE(w.percent(), 100.0);
    QCOMPARE(w.detailText(), QStringLiteral("resync"));
}

void TestWidgets::paneUpdatesInPlaceWhenShapeIsSame()
{
    PropertiesPane pane;
    pane.resize(500, 300);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    pane.setRows({PropertyRow::badge(QStringLiteral("OpState"), BadgeTone::Busy, QStringLiteral("S")),
                  PropertyRow::text(QStringLiteral("Size"), QStringLiteral("1 GiB"))});
    const int rebuilds = pane.rebuildCount();
    pane.setRows({PropertyRow::badge(QStringLiteral("OpState"), BadgeTone::Good, QStringLiteral("Duplex")),
                  PropertyRow::text(QStringLiteral("Size"), QStringLiteral("2 GiB"))});
    QCOMPARE(pane.rebuildCount(), rebuilds);
    QCOMPARE(pane.value(QStringLiteral("OpState")), QStringLiteral("Duplex"));
    const QList<StateBadge *> badges = pane.findChildren<StateBadge *>();
    QCOMPARE(badges.size(), 1);
    QCOMPARE(badges.first()->text(), QStringLiteral("Duplex"));
    // A longer word updated in place still gets room for all its letters.
    QTRY_VERIFY(badges.first()->width() >= badges.first()->sizeHint().width());
    pane.setRows({PropertyRow::text(QStringLiteral("Name"), QStringLiteral("x"))});
    QCOMPARE(pane.rebuildCount(), rebuilds + 1);
    QVERIFY(pane.value(QStringLiteral("OpState")).isEmpty());
}

void TestWidgets::speedChartFollowsSamples()
{
    SyncSpeedChart chart;
    QCOMPARE(chart.pointCount(), 0);
    const double t0 = 1.7e12;
    chart.setSamples({{t0, 100 * 1024.0}, {t0 + 1000, 180 * 1024.0}, {t0 + 2000, 150 * 1024.0}});
    QCOMPARE(chart.pointCount(), 3);
    // MiB/s on a round axis with room above the highest sample.
    QVERIFY(chart.axisMaxMiBs() >= 180);
    QCOMPARE(chart.axisMaxMiBs(), 200.0);
    QCOMPARE(chart.currentText(), QStringLiteral("Now: 150.0 MiB/s"));
    // A fixed five-minute window ending on the next whole minute: even ticks.
    QCOMPARE(chart.windowEndMs() - chart.windowStartMs(), SyncSpeedChart::kWindowMs);
    QCOMPARE(chart.windowEndMs() % 60000, 0);
    QVERIFY(chart.windowEndMs() > t0 + 2000 && chart.windowEndMs() <= t0 + 2000 + 60000);
    chart.setSamples({{t0, 3000 * 1024.0}});
    QCOMPARE(chart.pointCount(), 1);
    QCOMPARE(chart.axisMaxMiBs(), 5000.0);
    // What scrolled out of the window no longer sets the scale.
    chart.setSamples({{t0, 3000 * 1024.0}, {t0 + 600000, 40 * 1024.0}});
    QCOMPARE(chart.axisMaxMiBs(), 50.0);
    QCOMPARE(chart.currentText(), QStringLiteral("Now: 40.0 MiB/s"));
    chart.setSamples({});
    QCOMPARE(chart.pointCount(), 0);
    QCOMPARE(chart.currentText(), QStringLiteral("No samples yet"));
}

void TestWidgets::paneShowsChartAndActionButtons()
{
    PropertiesPane pane;
    pane.resize(600, 400);
    pane.setHeader(QIcon(), QStringLiteral("md2"));
    const double t0 = 1.7e12;
    pane.setRows({PropertyRow::text(QStringLiteral("Size"), QStringLiteral("1 GiB")),
                  PropertyRow::chart(QStringLiteral("Speed"), {{t0, 1024.0}})});
    auto *chart = pane.findChild<SyncSpeedChart *>();
    QVERIFY(chart);
    QCOMPARE(chart->pointCount(), 1);
    const int rebuilds = pane.rebuildCount();
    pane.setRows({PropertyRow::text(QStringLiteral("Size"), QStringLiteral("1 GiB")),
                  PropertyRow::chart(QStringLiteral("Speed"), {{t0, 1024.0}, {t0 + 1000, 2048.0}})});
    QCOMPARE(pane.rebuildCount(), rebuilds);            // the same chart, one more point
    QCOMPARE(pane.findChild<SyncSpeedChart *>(), chart);
    QCOMPARE(chart->pointCount(), 2);

    QAction plain(QStringLiteral("Add Disk…"));
    QAction withMenu(QStringLiteral("Priority"));
    QMenu menu;
    menu.addAction(QStringLiteral("Low"));
    withMenu.setMenu(&menu);
    pane.setActions({&plain, &withMenu});
    const QList<QToolButton *> buttons = pane.findChildren<QToolButton *>();
    QCOMPARE(buttons.size(), 2);
    QCOMPARE(buttons[0]->defaultAction(), &plain);
    QCOMPARE(buttons[1]->popupMode(), QToolButton::InstantPopup);
    pane.setActions({});
    QTRY_COMPARE(pane.findChildren<QToolButton *>().size(), 0);
}

namespace {
NodeSpec leaf(const QString &key, const QString &text, const QString &state = {})
{
    NodeSpec n;
    n.key = key;
    n.kind = NodeKind::Disk;
    n.object = text;
    n.text = text;
    n.state = state;
    n.hasTone = !state.isEmpty();
    return n;
}
} // namespace

void TestWidgets::treeMergeKeepsItemsAndDropsGoneOnes()
{
    QStandardItemModel model(0, 2);
    QStandardItem *root = model.invisibleRootItem();
    syncChildren(root, {leaf(QStringLiteral("a"), QStringLiteral("sda"), QStringLiteral("ok")),
                        leaf(QStringLiteral("b"), QStringLiteral("sdb"))},
                 QStringLiteral("demo"));
    QCOMPARE(root->rowCount(), 2);
    QStandardItem *a = root->child(0, 0);
    QStandardItem *b = root->child(1, 0);
    QCOMPARE(root->child(0, 1)->text(), QStringLiteral("ok"));

    QSignalSpy changed(&model, &QStandardItemModel::dataChanged);
    syncChildren(root, {leaf(QStringLiteral("a"), QStringLiteral("sda"), QStringLiteral("ok")),
                        leaf(QStringLiteral("b"), QStringLiteral("sdb"))},
                 QStringLiteral("demo"));
    QCOMPARE(changed.count(), 0);            // nothing differs: no signals
    QCOMPARE(root->child(0, 0), a);
    QCOMPARE(root->child(1, 0), b);

    syncChildren(root, {leaf(QStringLiteral("a"), QStringLiteral("sda"), QStringLiteral("bad")),
                        leaf(QStringLiteral("c"), QStringLiteral("sdc"))},
                 QStringLiteral("demo"));
    QCOMPARE(root->rowCount(), 2);
    QCOMPARE(root->child(0, 0), a);           // same item, new state text
    QCOMPARE(root->child(0, 1)->text(), QStringLiteral("bad"));
    QCOMPARE(root->child(1, 0)->text(), QStringLiteral("sdc"));
    QCOMPARE(root->child(1, 0)->data(HostRole).toString(), QStringLiteral("demo"));
}

void TestWidgets::translationsAreEmbedded()
{
    // runGui loads these by locale from the :/i18n prefix.
    QTranslator de, ja;
    QVERIFY(de.load(QLocale(QLocale::German), QStringLiteral("ftconsole"), QStringLiteral("_"), QStringLiteral(":/i18n")));
    QVERIFY(ja.load(QLocale(QLocale::Japanese), QStringLiteral("ftconsole"), QStringLiteral("_"), QStringLiteral(":/i18n")));
    QCOMPARE(de.translate("ftc::HostTree", "Virtual disks"), QStringLiteral("Virtuelle Festplatten"));
    QCOMPARE(ja.translate("ftc::MainWindow", "&File"), QStringLiteral("ファイル(&F)"));
    QCOMPARE(de.translate("ftc::AddDiskWizard", "Add Physical Disk to Virtual Disk"),
             QStringLiteral("Physische Festplatte zu virtueller Festplatte hinzufügen"));
    QCOMPARE(ja.translate("ftc::StorageActions", "Check", "button"), QStringLiteral("チェック"));
}

void TestWidgets::prompterAsksOnGuiThreadFromWorker()
{
    GuiPrompter prompter(nullptr);
    // Plays the person at the screen: answers whichever dialog is up.
    QThread *dialogThread = nullptr;
    QTimer person;
    connect(&person, &QTimer::timeout, this, [&] {
        QWidget *modal = QApplication::activeModalWidget();
        if (auto *keyDialog = qobject_cast<HostKeyDialog *>(modal)) {
            dialogThread = keyDialog->thread();
            for (QPushButton *b : keyDialog->findChildren<QPushButton *>())
                if (b->text() == QStringLiteral("Accept and Save"))
                    b->click();
        } else if (auto *input = qobject_cast<QInputDialog *>(modal)) {
            QCOMPARE(input->textEchoMode(), QLineEdit::Password);
            input->setTextValue(QStringLiteral("s3cret"));
            input->accept();
        }
    });
    person.start(20);

    HostKeyPrompt prompt;
    prompt.host = QStringLiteral("lab1");
    prompt.keyType = QStringLiteral("ssh-ed25519");
    prompt.fingerprint = QStringLiteral("SHA256:abc");
    std::atomic<bool> done{false};
    HostKeyDecision decision = HostKeyDecision::Refuse;
    std::optional<QString> secret;
    QThread *worker = QThread::create([&] {
        decision = prompter.confirmHostKey(prompt);
        secret = prompter.askSecret(QStringLiteral("lab1"), QStringLiteral("Password:"));
        done = true;
    });
    worker->start();
    QTRY_VERIFY_WITH_TIMEOUT(done.load(), 20000);
    worker->wait();
    delete worker;
    QCOMPARE(decision, HostKeyDecision::AcceptAndSave);
    QCOMPARE(dialogThread, QThread::currentThread());
    QVERIFY(secret.has_value());
    QCOMPARE(*secret, QStringLiteral("s3cret"));
}

void TestWidgets::closedPrompterRefusesWithoutTheGuiThread()
{
    // Should a dialog open after all, it is noted and dismissed rather than hanging the test.
    bool dialogSeen = false;
    QTimer person;
    connect(&person, &QTimer::timeout, this, [&] {
        if (auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget())) {
            dialogSeen = true;
            dialog->reject();
        }
    });
    person.start(20);
    HostKeyPrompt prompt;
    prompt.host = QStringLiteral("lab1");
    prompt.keyType = QStringLiteral("ssh-ed25519");
    prompt.fingerprint = QStringLiteral("SHA256:abc");

    // A worker already waiting for an answer when the window closes is released.
    // This thread never returns to the event loop meanwhile, as at exit.
    GuiPrompter prompter(nullptr);
    std::atomic<bool> waiting{false};
    HostKeyDecision first = HostKeyDecision::AcceptAndSave;
    QThread *asking = QThread::create([&] {
        waiting = true;
        first = prompter.confirmHostKey(prompt);
    });
    asking->start();
    while (!waiting.load())
        QThread::msleep(5);
    QThread::msleep(100);
    QVERIFY(!asking->isFinished());
    prompter.close();
    QVERIFY(prompter.isClosed());
    QVERIFY(asking->wait(5000));
    delete asking;
    QCOMPARE(first, HostKeyDecision::Refuse);

    // Questions after close are answered at once, again without the event loop.
    HostKeyDecision decision = HostKeyDecision::AcceptAndSave;
    std::optional<QString> secret = QStringLiteral("stale");
    QElapsedTimer timer;
    timer.start();
    QThread *worker = QThread::create([&] {
        decision = prompter.confirmHostKey(prompt);
        secret = prompter.askSecret(QStringLiteral("lab1"), QStringLiteral("Password:"));
    });
    worker->start();
    QVERIFY(worker->wait(5000));
    delete worker;
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(decision, HostKeyDecision::Refuse);
    QVERIFY(!secret.has_value());
    // From the GUI thread too, where it would otherwise open the dialog directly.
    QCOMPARE(prompter.confirmHostKey(prompt), HostKeyDecision::Refuse);
    QVERIFY(!prompter.askSecret(QStringLiteral("lab1"), QString()).has_value());

    // The call queued before close() finds the prompter closed and shows nothing.
    QTest::qWait(200);
    QVERIFY(!dialogSeen);
    QVERIFY(!QApplication::activeModalWidget());
}

// A disk model, a VM name, a tool's error: the host's words, shown as the
// characters they are, in labels and tooltips alike.
void TestWidgets::hostTextIsShownAsPlainText()
{
    const QString markup = QStringLiteral("<b>big</b><img src='x'>");
    PropertiesPane pane;
    pane.setHeader(QIcon(), markup, markup);
    pane.setRows({PropertyRow::text(markup, markup), PropertyRow::badge(markup, BadgeTone::Good, QStringLiteral("ok"))});
    int seen = 0;
    for (QLabel *label : pane.findChildren<QLabel *>()) {
        if (label->text() != markup)
            continue;
        ++seen;
        QCOMPARE(label->textFormat(), Qt::PlainText);
    }
    QVERIFY2(seen >= 4, qPrintable(QString::number(seen)));   // title, subtitle, row names, value
    const QString tip = plainToolTip(markup);
    QTextDocument doc;
    doc.setHtml(tip);
    QCOMPARE(doc.toPlainText(), markup);
}

QTEST_MAIN(TestWidgets)
// A long command wraps at the spaces between its arguments: a path or an option
// is never split across lines, and what is copied is the command as it runs.
void TestWidgets::planCommandsWrapBetweenArguments()
{
    Plan plan;
    plan.title = QStringLiteral("Add a disk");
    Command c;
    c.argv = {"mdadm", "/dev/md2", "--add", "/dev/disk/by-id/ata-ST9300653SS_6XN0ABCD-part2", "--write-mostly",
              "/sys/block/md2/md/sync_speed_max"};
    plan.steps << PlanStep{QStringLiteral("Add it"), c};
    PlanView view;
    view.resize(260, 400);
    view.setPlan(plan);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QString whole = QStringLiteral("mdadm /dev/md2 --add /dev/disk/by-id/ata-ST9300653SS_6XN0ABCD-part2 "
                                         "--write-mostly /sys/block/md2/md/sync_speed_max");
    QVERIFY(view.toPlainText().contains(whole));
    QStringList args;
    for (const QByteArray &a : c.argv)
        args << QString::fromUtf8(a);
    int lines = 0;
    for (QTextBlock b = view.document()->begin(); b.isValid(); b = b.next()) {
        const QString text = QString(b.text()).remove(QChar(0x2060));
        if (!text.contains(QLatin1String("mdadm")))
            continue;
        QTextLayout *layout = b.layout();
        for (int i = 0; i < layout->lineCount(); ++i) {
            const QTextLine line = layout->lineAt(i);
            const QString lineText = b.text().mid(line.textStart(), line.textLength()).remove(QChar(0x2060));
            if (!lineText.contains(QLatin1Char('/')) && !lineText.contains(QLatin1String("mdadm")))
                continue; // the step's title
            const QStringList words = lineText.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
            for (const QString &w : words)
                QVERIFY2(args.contains(w), qPrintable(QStringLiteral("split argument: ") + w));
            ++lines;
        }
    }
    QVERIFY2(lines > 1, "the command should need several lines at this width");
    view.selectAll();
    QMimeData *copied = view.createMimeDataFromSelection();
    QVERIFY(copied->text().contains(whole));
    delete copied;
}

// The Japanese UI needs a CJK font (the install step adds fonts-noto-cjk): a
// label's text is laid out with real glyphs, not the missing-glyph box (glyph
// index 0 of whatever font the fallback picked).
void TestWidgets::japaneseLabelsHaveGlyphs()
{
    QLabel label(QStringLiteral("仮想ディスク ミラー ホスト"));
    label.show();
    QVERIFY(QTest::qWaitForWindowExposed(&label));
    QTextLayout layout(label.text(), label.font());
    layout.beginLayout();
    layout.createLine();
    layout.endLayout();
    int glyphs = 0;
    QStringList families;
    for (const QGlyphRun &run : layout.glyphRuns()) {
        families << run.rawFont().familyName();
        for (quint32 index : run.glyphIndexes()) {
            QVERIFY2(index != 0, qPrintable(QStringLiteral("missing glyph in ") + run.rawFont().familyName()));
            ++glyphs;
        }
    }
    QCOMPARE(glyphs, int(label.text().size()));
    QVERIFY2(families.join(QLatin1Char(',')).contains(QLatin1String("CJK")), qPrintable(families.join(QLatin1Char(','))));
}

#include "test_widgets.moc"
