#include "DemoVncScreen.h"

#include "transport/SocketStream.h"

#include <rfb/rfb.h>
#include <rfb/keysym.h>

#include <atomic>
#include <cstring>
#include <mutex>
#include <sys/socket.h>
#include <thread>

namespace ftc {

namespace {

constexpr int kWidth = 720;    // a VGA text console: 80 × 25 cells of 9 × 16
constexpr int kHeight = 400;

std::mutex g_painterMutex;
ScreenPainter g_painter;

void quiet(const char *, ...) {}

// One screen and its one client.
class DemoServer {
public:
    DemoServer(const QString &vm, const QString &hostname, int fd, ScreenAlive alive)
        : m_lines(demoScreenLines(vm, hostname)), m_prompt(m_lines.last()), m_alive(std::move(alive))
    {
        rfbLog = quiet;
        rfbErr = quiet;
        int argc = 0;
        m_screen = rfbGetScreen(&argc, nullptr, kWidth, kHeight, 8, 3, 4);
        m_screen->frameBuffer = static_cast<char *>(std::calloc(size_t(kWidth) * kHeight, 4));
        // No port of any kind: the one client arrives on the socketpair.
        m_screen->autoPort = FALSE;
        m_screen->port = 0;
        m_screen->ipv6port = 0;
        m_screen->httpPort = 0;
        m_screen->httpDir = nullptr;
        m_screen->screenData = this;
        m_screen->desktopName = "ftconsole demo";
        m_screen->cursor = nullptr;    // a text console: no pointer drawn into the screen
        m_screen->kbdAddEvent = [](rfbBool down, rfbKeySym key, rfbClientPtr cl) {
            static_cast<DemoServer *>(cl->screen->screenData)->key(down, key);
        };
        rfbInitServer(m_screen);
        paint();
        rfbNewClient(m_screen, fd);
        m_thread = std::thread([this] { run(); });
    }

    ~DemoServer()
    {
        m_stop = true;
        if (m_thread.joinable())
            m_thread.join();
        rfbShutdownServer(m_screen, TRUE);
        std::free(m_screen->frameBuffer);
        rfbScreenCleanup(m_screen);
    }

    // Why the server closed the connection; empty while it serves.
    QString endReason() const
    {
        std::lock_guard lock(m_reasonMutex);
        return m_endReason;
    }

private:
    void run()
    {
        int ticks = 0;
        while (!m_stop && m_screen->clientHead) {
            rfbProcessEvents(m_screen, 20000);
            if (m_alive && ++ticks % 25 == 0) {
                if (const QString why = m_alive(); !why.isEmpty()) {
                    {
                        std::lock_guard lock(m_reasonMutex);
                        m_endReason = why;
                    }
                    rfbShutdownServer(m_screen, TRUE);
                    break;
                }
            }
        }
    }

    void key(bool down, rfbKeySym key)
    {
        if (key == XK_Control_L || key == XK_Control_R)
            m_ctrl = down;
        else if (key == XK_Alt_L || key == XK_Alt_R)
            m_alt = down;
        if (!down)
            return;
        QString &line = m_lines.last();
        if (key == XK_Delete && m_ctrl && m_alt) {
            m_lines << QStringLiteral("Ctrl+Alt+Del: the guest restarts.") << m_prompt;
        } else if (key == XK_Return || key == XK_KP_Enter) {
            m_lines << m_prompt;
        } else if (key == XK_BackSpace) {
            if (line.size() > m_prompt.size())
                line.chop(1);
        } else if (key >= 0x20 && key <= 0x7e) {
            line += QChar(char(key));
        } else {
            return;
        }
        while (m_lines.size() > kHeight / 16)
            m_lines.removeFirst();
        paint();
    }

    void paint()
    {
        std::memset(m_screen->frameBuffer, 0, size_t(kWidth) * kHeight * 4);
        std::lock_guard lock(g_painterMutex);
        if (g_painter)
            g_painter(reinterpret_cast<uchar *>(m_screen->frameBuffer), kWidth, kHeight, kWidth * 4, m_lines);
        rfbMarkRectAsModified(m_screen, 0, 0, kWidth, kHeight);
    }

    QStringList m_lines;
    const QString m_prompt;
    ScreenAlive m_alive;
    mutable std::mutex m_reasonMutex;
    QString m_endReason;
    rfbScreenInfoPtr m_screen = nullptr;
    bool m_ctrl = false, m_alt = false;
    std::atomic_bool m_stop{false};
    std::thread m_thread;
};

// The console's end of the socketpair, owning the server behind it.
class DemoScreenStream final : public Stream {
public:
    DemoScreenStream(std::unique_ptr<Stream> inner, std::unique_ptr<DemoServer> server)
        : m_inner(std::move(inner)), m_server(std::move(server)) {}
    ~DemoScreenStream() override
    {
        m_inner.reset();       // the server sees its client go, and stops
        m_server.reset();
    }
    bool write(const QByteArray &data) override { return m_inner->write(data); }
    void closeInput() override { m_inner->closeInput(); }
    StreamChunk read(int timeoutMs) override
    {
        StreamChunk c = m_inner->read(timeoutMs);
        if (c.finished && c.error.isEmpty())
            c.error = m_server->endReason();
        return c;
    }
    void terminate() override { m_inner->terminate(); }

private:
    std::unique_ptr<Stream> m_inner;
    std::unique_ptr<DemoServer> m_server;
};

} // namespace

void setDemoScreenPainter(ScreenPainter painter)
{
    std::lock_guard lock(g_painterMutex);
    g_painter = std::move(painter);
}

QStringList demoScreenLines(const QString &vm, const QString &hostname)
{
    return {QStringLiteral("ftconsole demo host: the simulated screen of %1").arg(vm), QString(),
            QStringLiteral("Debian GNU/Linux 12 %1 tty1").arg(hostname), QString(),
            QStringLiteral("%1 login: ").arg(hostname)};
}

std::unique_ptr<Stream> openDemoScreen(const QString &vm, const QString &hostname, ScreenAlive alive)
{
    int fds[2];
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, fds) != 0)
        return failedStream(QStringLiteral("%1: cannot make a socket pair: %2").arg(vm, QString::fromLocal8Bit(std::strerror(errno))));
    auto server = std::make_unique<DemoServer>(vm, hostname, fds[1], std::move(alive));
    return std::make_unique<DemoScreenStream>(socketStream(UniqueFd(fds[0]), vm), std::move(server));
}

} // namespace ftc
