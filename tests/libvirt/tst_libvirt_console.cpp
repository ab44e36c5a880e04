// Remote Control end to end: a tiny TCG domain whose boot sector clears the
// screen, prints "FTCONSOLE VNC OK" and echoes typed keys (BIOS teletype
// output, keyboard read loop), seen through the console's window and VNC
// widget over a real sshd on 127.0.0.1. The text is found by counting the
// glyph pixels in its VGA text cells (9 × 16 pixels), a key typed in the
// widget appears on the guest's next line, and no new listening socket
// appears on the machine (ss -ltn before and after). The SSH link dropping
// under the window is said so, and the screen comes back with the host.

#include "LibvirtDaemon.h"
#include "SshdFixture.h"
#include "VncView.h"
#include "session/HostSession.h"
#include "transport/SshRunner.h"
#include "vms/VmConsoleWindow.h"

#include <QApplication>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

using namespace ftc;

namespace {

constexpr int kBootMs = 60000;
const QString kVm = QStringLiteral("ftc-screen");
const char kText[] = "FTCONSOLE VNC OK";

class AcceptOnce : public SessionPrompter {
public:
    HostKeyDecision confirmHostKey(const HostKeyPrompt &) override { return HostKeyDecision::AcceptOnce; }
    std::optional<QString> askSecret(const QString &, const QString &) override { return std::nullopt; }
};

// Real-mode code at 0x7c00: DS=0; set video mode 3 (clears the screen);
// print the text with INT 10h AH=0Eh; then forever read a key (INT 16h)
// and print it.
QByteArray bootSector()
{
    QByteArray code = QByteArray::fromHex("31c0"      // xor ax,ax
                                          "8ed8"      // mov ds,ax
                                          "fc"        // cld
                                          "b80300"    // mov ax,3
                                          "cd10"      // int 10h
                                          "be287c"    // mov si,0x7c28 (the text)
                                          "ac"        // print: lodsb
                                          "08c0"      // or al,al
                                          "7409"      // jz keys
                                          "b40e"      // mov ah,0eh
                                          "bb0700"    // mov bx,7
                                          "cd10"      // int 10h
                                          "ebf2"      // jmp print
                                          "b400"      // keys: mov ah,0
                                          "cd16"      // int 16h
                                          "b40e"      // mov ah,0eh
                                          "bb0700"    // mov bx,7
                                          "cd10"      // int 10h
                                          "ebf3");    // jmp keys
    Q_ASSERT(code.size() == 0x28);
    code += QByteArray(kText) + "\r\n" + '\0';
    return code;
}

// Lit pixels in the VGA text cell (col, row) of the framebuffer, in its top
// twelve scan lines: a glyph's body, above where the blinking cursor is drawn.
int litCell(const QImage &image, int col, int row)
{
    int lit = 0;
    for (int y = row * 16; y < row * 16 + 12 && y < image.height(); ++y)
        for (int x = col * 9; x < col * 9 + 9 && x < image.width(); ++x)
            if (qGray(image.pixel(x, y)) > 80)
                ++lit;
    return lit;
}

// The text on row 0: every letter's cell lit, every space's dark.
bool textShown(const QImage &image)
{
    if (image.isNull())
        return false;
    for (int i = 0; kText[i]; ++i)
        if ((kText[i] == ' ') != (litCell(image, i, 0) == 0))
            return false;
    return true;
}

QSet<QString> listening()
{
    QProcess p;
    p.start(QStringLiteral("ss"), {QStringLiteral("-ltnH")});
    p.waitForFinished(10000);
    QSet<QString> out;
    for (const QByteArray &line : p.readAllStandardOutput().split('\n')) {
        const QList<QByteArray> f = line.simplified().split(' ');
        if (f.size() >= 4)
            out << QString::fromUtf8(f[3]);
    }
    return out;
}

} // namespace

class TestLibvirtConsole : public QObject {
    Q_OBJECT

    test::LibvirtDaemon m_daemon;
    test::SshdFixture m_sshd;

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_daemon.start(&error), qPrintable(error));
        QVERIFY2(m_sshd.start(&error), qPrintable(error));
        QVERIFY2(m_daemon.defineSpinner(kVm, true, -1, &error, bootSector()), qPrintable(error));
    }

    void cleanupTestCase()
    {
        m_daemon.stop();
        m_sshd.stop();
    }

    void theScreenThroughSsh()
    {
        AcceptOnce prompter;
        HostSpec spec;
        QString error;
        QVERIFY(parseHostSpec(QStringLiteral("ssh://%1@127.0.0.1:%2").arg(m_sshd.userName()).arg(m_sshd.port()), &spec,
                              &error));
        spec.identityFile = m_sshd.plainKeyPath();
        HostSession session(spec, &prompter);
        session.start(500);
        QTRY_VERIFY_WITH_TIMEOUT(session.latest() && session.latest()->vm(kVm), 30000);
        const QSet<QString> before = listening();
        QVERIFY(!before.isEmpty());

        auto *w = new VmConsoleWindow(&session, kVm);
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w));
        QTRY_VERIFY_WITH_TIMEOUT(w->isConnected(), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(textShown(w->view()->image()), kBootMs);
        QCOMPARE(w->view()->image().size(), QSize(720, 400));
        // Nothing new listens: the stream is a channel of the SSH session.
        QCOMPARE(listening(), before);

        // A key typed in the widget: the guest echoes it after its line.
        QCOMPARE(litCell(w->view()->image(), 0, 1), 0);
        w->view()->setFocus();
        QTest::keyClick(w->view(), Qt::Key_X);
        QTRY_VERIFY_WITH_TIMEOUT(litCell(w->view()->image(), 0, 1) > 0, 30000);
        QVERIFY(w->grab().save(QStringLiteral(FT_BUILD_DIR "/screenshots/vm-console-real.png")));

        // The SSH link drops: said so; the host back, the screen is back.
        m_sshd.stop();
        QTRY_VERIFY_WITH_TIMEOUT(!w->isConnected(), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(!w->message().isEmpty(), 30000);
        qInfo("while sshd is down: %s", qPrintable(w->message()));
        QVERIFY(w->message().contains(QLatin1String("127.0.0.1")) || w->message().contains(QLatin1String("connect")));
        QVERIFY2(m_sshd.restart(false, &error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(w->isConnected(), 60000);
        QTRY_VERIFY_WITH_TIMEOUT(textShown(w->view()->image()), 30000);

        // The VM stops: the VNC server closes the connection, and the window says the VM is not running.
        bool ok = false;
        m_daemon.virsh({QStringLiteral("destroy"), kVm}, &ok);
        QVERIFY(ok);
        QTRY_VERIFY_WITH_TIMEOUT(w->message().contains(QLatin1String("not running")), 30000);
        w->close();
        session.stop();
    }
};

int main(int argc, char **argv)
{
    QTemporaryDir data;
    qputenv("XDG_DATA_HOME", data.path().toLocal8Bit());
    qputenv("XDG_CONFIG_HOME", data.path().toLocal8Bit());
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    TestLibvirtConsole test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_libvirt_console.moc"
