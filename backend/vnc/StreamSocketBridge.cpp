#include "StreamSocketBridge.h"

#include "session/SessionTr.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace ftc {

StreamSocketBridge::StreamSocketBridge(std::shared_ptr<Stream> stream) : m_stream(std::move(stream))
{
    int fds[2];
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, fds) != 0) {
        end(Session::tr("cannot make a socket pair: %1").arg(QString::fromLocal8Bit(std::strerror(errno))));
        return;
    }
    m_bridgeFd = fds[0];
    m_clientFd = fds[1];
    ::fcntl(m_bridgeFd, F_SETFL, ::fcntl(m_bridgeFd, F_GETFL) | O_NONBLOCK);
    m_thread = std::thread([this] { run(); });
}

StreamSocketBridge::~StreamSocketBridge()
{
    stop();
    if (m_clientFd >= 0)
        ::close(m_clientFd);
}

int StreamSocketBridge::takeClientFd()
{
    return std::exchange(m_clientFd, -1);
}

QString StreamSocketBridge::endReason() const
{
    std::lock_guard lock(m_mutex);
    return m_reason;
}

void StreamSocketBridge::end(const QString &why)
{
    {
        std::lock_guard lock(m_mutex);
        if (m_reason.isEmpty())
            m_reason = why;
    }
    m_ended = true;
}

void StreamSocketBridge::stop()
{
    m_stop = true;
    if (m_thread.joinable())
        m_thread.join();
    if (m_bridgeFd >= 0) {
        ::close(m_bridgeFd);
        m_bridgeFd = -1;
    }
    if (m_stream)
        m_stream->terminate();
}

void StreamSocketBridge::run()
{
    QByteArray toReader;       // arrived from the stream, not yet taken by the reader
    char buf[65536];
    while (!m_stop) {
        // Reader -> stream.
        pollfd p{m_bridgeFd, short(POLLIN | (toReader.isEmpty() ? 0 : POLLOUT)), 0};
        ::poll(&p, 1, 10);
        if (p.revents & (POLLIN | POLLHUP)) {
            const ssize_t n = ::recv(m_bridgeFd, buf, sizeof buf, 0);
            if (n == 0 || (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR)) {
                end(QString());          // the reader closed its end: not a failure
                break;
            }
            if (n > 0 && !m_stream->write(QByteArray(buf, int(n)))) {
                const StreamChunk c = m_stream->read(0);
                end(c.error.isEmpty() ? Session::tr("the connection closed") : c.error);
                break;
            }
        }
        if (!toReader.isEmpty()) {
            const ssize_t n = ::send(m_bridgeFd, toReader.constData(), size_t(toReader.size()), MSG_NOSIGNAL);
            if (n > 0)
                toReader.remove(0, n);
            else if (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR) {
                end(QString());
                break;
            }
        }
        // Stream -> reader; only while the reader keeps up, so memory stays bounded.
        if (toReader.size() < (4 << 20)) {
            const StreamChunk c = m_stream->read(toReader.isEmpty() ? 10 : 0);
            toReader += c.out;
            if (c.finished) {
                // What is left still reaches the reader, then its end closes.
                while (!toReader.isEmpty() && !m_stop) {
                    const ssize_t n = ::send(m_bridgeFd, toReader.constData(), size_t(toReader.size()), MSG_NOSIGNAL);
                    if (n > 0)
                        toReader.remove(0, n);
                    else if (errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR)
                        break;
                    else {
                        pollfd w{m_bridgeFd, POLLOUT, 0};
                        ::poll(&w, 1, 100);
                    }
                }
                end(c.error.isEmpty() ? Session::tr("the server closed the connection") : c.error);
                break;
            }
        }
    }
    ::shutdown(m_bridgeFd, SHUT_RDWR);
    m_ended = true;
}

} // namespace ftc
