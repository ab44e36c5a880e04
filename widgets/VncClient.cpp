#include "VncClient.h"

#include <rfb/keysym.h>
#include <rfb/rfbclient.h>

#include <cstdarg>
#include <cstdio>
#include <cstring>
#include <unistd.h>

namespace ftc {

namespace {

// libvncclient reports through two global log functions; the last error of
// a session is what the admin is told when it ends.
std::mutex g_logMutex;
thread_local QString t_lastError;

void logNothing(const char *, ...) {}

void logError(const char *format, ...)
{
    char buf[512];
    va_list args;
    va_start(args, format);
    std::vsnprintf(buf, sizeof buf, format, args);
    va_end(args);
    t_lastError = QString::fromLocal8Bit(buf).trimmed();
}

int g_tag;                     // the client-data tag: its address is unique

VncClient *owner(rfbClient *cl)
{
    return static_cast<VncClient *>(rfbClientGetClientData(cl, &g_tag));
}

// What libvncclient's last complaint means for the admin.
QString reasonFrom(const QString &log)
{
    if (log.contains(QLatin1String("authentication"), Qt::CaseInsensitive)
        || log.contains(QLatin1String("password"), Qt::CaseInsensitive))
        return VncClient::tr("The VNC server asks for a password (libvirt's passwd= on the display); the console "
                             "connects only to displays without one, reached through the host's own connection. "
                             "(%1)")
            .arg(log);
    if (log.isEmpty() || log.contains(QLatin1String("closed"), Qt::CaseInsensitive)
        || log.contains(QLatin1String("read"), Qt::CaseInsensitive))
        return VncClient::tr("The VNC server closed the connection.");
    return VncClient::tr("The VNC session ended: %1").arg(log);
}

} // namespace

struct VncClientAccess {
    static rfbBool mallocFrameBuffer(rfbClient *cl)
    {
        VncClient *self = owner(cl);
        QSize size(cl->width, cl->height);
        // The area libvncclient asks updates for after each one: the whole
        // screen (rfbInitClient, which the console does not use, sets it so).
        cl->updateRect.x = cl->updateRect.y = 0;
        cl->updateRect.w = cl->width;
        cl->updateRect.h = cl->height;
        {
            std::lock_guard lock(self->m_mutex);
            self->m_frame = QImage(size, QImage::Format_RGBX8888);
            self->m_frame.fill(Qt::black);
            cl->frameBuffer = self->m_frame.bits();
        }
        emit self->resized(size);
        return TRUE;
    }
    static void gotUpdate(rfbClient *cl, int x, int y, int w, int h)
    {
        emit owner(cl)->updated(QRect(x, y, w, h));
    }
};

VncClient::VncClient(QObject *parent) : QObject(parent)
{
    std::lock_guard lock(g_logMutex);
    rfbClientLog = logNothing;
    rfbClientErr = logError;
}

VncClient::~VncClient()
{
    stop();
}

void VncClient::start(int fd)
{
    stop();
    m_stop = false;
    m_running = true;
    m_thread = std::thread([this, fd] { run(fd); });
}

void VncClient::stop()
{
    m_stop = true;
    if (m_thread.joinable())
        m_thread.join();
}

QImage VncClient::frame() const
{
    std::lock_guard lock(m_mutex);
    return m_frame.copy();
}

QSize VncClient::frameSize() const
{
    std::lock_guard lock(m_mutex);
    return m_frame.size();
}

QString VncClient::desktopName() const
{
    std::lock_guard lock(m_mutex);
    return m_name;
}

void VncClient::queue(const Event &e)
{
    std::lock_guard lock(m_mutex);
    m_events.push_back(e);
}

void VncClient::sendKey(quint32 keysym, bool down)
{
    Event e;
    e.key = true;
    e.keysym = keysym;
    e.down = down;
    queue(e);
}

void VncClient::sendPointer(int x, int y, int buttons)
{
    Event e;
    e.x = x;
    e.y = y;
    e.buttons = buttons;
    queue(e);
}

void VncClient::sendCtrlAltDel()
{
    for (quint32 k : {quint32(XK_Control_L), quint32(XK_Alt_L), quint32(XK_Delete)})
        sendKey(k, true);
    for (quint32 k : {quint32(XK_Delete), quint32(XK_Alt_L), quint32(XK_Control_L)})
        sendKey(k, false);
}

void VncClient::run(int fd)
{
    t_lastError.clear();
    rfbClient *cl = rfbGetClient(8, 3, 4);      // 32 bits a pixel, R G B X in memory: Format_RGBX8888
    rfbClientSetClientData(cl, &g_tag, this);
    cl->MallocFrameBuffer = &VncClientAccess::mallocFrameBuffer;
    cl->GotFrameBufferUpdate = &VncClientAccess::gotUpdate;
    cl->GetPassword = [](rfbClient *) { return static_cast<char *>(calloc(1, 1)); };
    cl->canHandleNewFBSize = TRUE;
    cl->sock = fd;             // already connected: rfbInitClient would connect by itself
    QString reason;
    bool ok = InitialiseRFBConnection(cl);
    if (ok) {
        cl->width = cl->si.framebufferWidth;
        cl->height = cl->si.framebufferHeight;
        ok = cl->MallocFrameBuffer(cl) && SetFormatAndEncodings(cl)
             && SendFramebufferUpdateRequest(cl, 0, 0, cl->width, cl->height, FALSE);
        {
            std::lock_guard lock(m_mutex);
            m_name = QString::fromUtf8(cl->desktopName ? cl->desktopName : "");
        }
        if (ok)
            emit connected(QSize(cl->width, cl->height));
    }
    while (ok && !m_stop) {
        const int n = WaitForMessage(cl, 20000);
        if (n < 0) {
            ok = false;
            break;
        }
        if (n > 0 && !HandleRFBServerMessage(cl)) {
            ok = false;
            break;
        }
        std::deque<Event> events;
        {
            std::lock_guard lock(m_mutex);
            events.swap(m_events);
        }
        for (const Event &e : events) {
            const bool sent = e.key ? SendKeyEvent(cl, e.keysym, e.down ? TRUE : FALSE)
                                    : SendPointerEvent(cl, e.x, e.y, e.buttons);
            if (!sent) {
                ok = false;
                break;
            }
        }
    }
    if (!m_stop)
        reason = reasonFrom(t_lastError);
    {
        std::lock_guard lock(m_mutex);
        cl->frameBuffer = nullptr;             // ours (m_frame), not libvncclient's to free
    }
    rfbClientCleanup(cl);                      // closes fd
    m_running = false;
    // Stopped on purpose: nobody waits for the news.
    if (!m_stop)
        emit disconnected(reason);
}

} // namespace ftc
