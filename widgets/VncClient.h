#pragma once
// A VNC viewer's protocol side (RFB, RFC 6143) on libvncclient, over a socket
// it is handed already connected (a socketpair whose other end the console
// feeds from its host connection): it never opens a connection itself. The
// protocol runs in a thread of its own; the framebuffer is a QImage copied
// out under a lock, and updates arrive as queued signals. Keys and pointer
// moves are queued and sent from that thread.

#include <QImage>
#include <QObject>
#include <QRect>

#include <atomic>
#include <deque>
#include <mutex>
#include <thread>

namespace ftc {

class VncClient : public QObject {
    Q_OBJECT
public:
    explicit VncClient(QObject *parent = nullptr);
    ~VncClient() override;

    // Takes fd (closes it when done) and starts the RFB handshake on it.
    void start(int fd);
    // Ends the session and waits for its thread; no disconnected() follows.
    void stop();
    bool running() const { return m_running; }

    // A copy of the framebuffer (RGBX8888); null before the server said its size.
    QImage frame() const;
    QSize frameSize() const;
    QString desktopName() const;

    // X11 keysyms (rfb/keysym.h), as RFB sends keys.
    void sendKey(quint32 keysym, bool down);
    // x, y in framebuffer pixels; buttons: bit 0 left, 1 middle, 2 right, 3/4 wheel.
    void sendPointer(int x, int y, int buttons);
    // Control, Alt and Delete pressed and released in order.
    void sendCtrlAltDel();

signals:
    void connected(QSize size);
    void resized(QSize size);
    void updated(QRect rect);
    // reason: what ended it, in words for the admin ("the server closed the connection").
    void disconnected(const QString &reason);

private:
    struct Event {
        bool key = false;
        quint32 keysym = 0;
        bool down = false;
        int x = 0, y = 0, buttons = 0;
    };
    void run(int fd);
    void queue(const Event &e);

    std::thread m_thread;
    std::atomic_bool m_stop{false};
    std::atomic_bool m_running{false};
    mutable std::mutex m_mutex;
    QImage m_frame;            // libvncclient writes it (under m_mutex while it draws)
    QString m_name;
    std::deque<Event> m_events;
    int m_wakeFd[2] = {-1, -1};    // wakes the thread when an event is queued

    friend struct VncClientAccess;
};

} // namespace ftc
