#include "SocketStream.h"

#include "session/SessionTr.h"

#include <QElapsedTimer>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <mutex>
#include <netdb.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/un.h>

namespace ftc {

namespace {

QString systemError(int err)
{
    return QString::fromLocal8Bit(std::strerror(err));
}

class FdStream final : public Stream {
public:
    FdStream(UniqueFd fd, QString label, QString failure)
        : m_fd(std::move(fd)), m_label(std::move(label)), m_error(std::move(failure)), m_finished(!m_error.isEmpty())
    {
        if (m_fd)
            ::fcntl(m_fd.get(), F_SETFL, ::fcntl(m_fd.get(), F_GETFL) | O_NONBLOCK);
    }

    bool write(const QByteArray &data) override
    {
        std::lock_guard lock(m_mutex);
        qsizetype done = 0;
        while (!m_finished && done < data.size()) {
            const ssize_t n = ::send(m_fd.get(), data.constData() + done, size_t(data.size() - done), MSG_NOSIGNAL);
            if (n > 0) {
                done += n;
                continue;
            }
            if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR)) {
                pollfd p{m_fd.get(), POLLOUT, 0};
                ::poll(&p, 1, 1000);
                continue;
            }
            fail(Session::tr("%1: %2").arg(m_label, systemError(errno)));
        }
        return !m_finished;
    }

    void closeInput() override
    {
        std::lock_guard lock(m_mutex);
        if (m_fd)
            ::shutdown(m_fd.get(), SHUT_WR);
    }

    StreamChunk read(int timeoutMs) override
    {
        StreamChunk chunk;
        std::lock_guard lock(m_mutex);
        if (m_finished) {
            chunk.finished = true;
            chunk.exitCode = m_error.isEmpty() ? 0 : -1;
            chunk.error = m_error;
            return chunk;
        }
        pollfd p{m_fd.get(), POLLIN, 0};
        if (::poll(&p, 1, qMax(0, timeoutMs)) <= 0)
            return chunk;
        char buf[65536];
        for (;;) {
            const ssize_t n = ::recv(m_fd.get(), buf, sizeof buf, 0);
            if (n > 0) {
                chunk.out.append(buf, n);
                if (chunk.out.size() >= (1 << 20))
                    break;
                continue;
            }
            if (n == 0) {
                m_finished = true;     // the peer closed
                chunk.finished = true;
                chunk.exitCode = 0;
            } else if (errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR) {
                fail(Session::tr("%1: %2").arg(m_label, systemError(errno)));
                chunk.finished = true;
                chunk.error = m_error;
            }
            break;
        }
        return chunk;
    }

    void terminate() override
    {
        std::lock_guard lock(m_mutex);
        m_finished = true;
        m_fd.reset();
    }

private:
    void fail(const QString &why)
    {
        m_error = why;
        m_finished = true;
    }

    std::mutex m_mutex;
    UniqueFd m_fd;
    QString m_label;
    QString m_error;
    bool m_finished;
};

} // namespace

std::unique_ptr<Stream> Runner::openForward(const QByteArray &host, int port)
{
    return failedStream(Session::tr("%1 cannot open connections on the host (to %2): it is not a live host")
                            .arg(hostLabel(), port < 0 ? QString::fromUtf8(host)
                                                       : QStringLiteral("%1:%2").arg(QString::fromUtf8(host)).arg(port)));
}

std::unique_ptr<Stream> socketStream(UniqueFd fd, const QString &label)
{
    return std::make_unique<FdStream>(std::move(fd), label, QString());
}

std::unique_ptr<Stream> failedStream(const QString &error)
{
    return std::make_unique<FdStream>(UniqueFd(), QString(), error);
}

std::unique_ptr<Stream> connectStream(const QByteArray &hostOrPath, int port, int timeoutMs)
{
    const QString label = port < 0 ? QString::fromUtf8(hostOrPath)
                                   : QStringLiteral("%1:%2").arg(QString::fromUtf8(hostOrPath)).arg(port);
    const auto connectFd = [&](int family, const sockaddr *addr, socklen_t len, QString *why) {
        UniqueFd fd(::socket(family, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0));
        if (!fd) {
            *why = systemError(errno);
            return UniqueFd();
        }
        if (::connect(fd.get(), addr, len) < 0) {
            if (errno != EINPROGRESS) {
                *why = systemError(errno);
                return UniqueFd();
            }
            pollfd p{fd.get(), POLLOUT, 0};
            int err = 0;
            socklen_t errLen = sizeof err;
            if (::poll(&p, 1, timeoutMs) <= 0) {
                *why = Session::tr("no answer within %1 s").arg(timeoutMs / 1000.0);
                return UniqueFd();
            }
            ::getsockopt(fd.get(), SOL_SOCKET, SO_ERROR, &err, &errLen);
            if (err != 0) {
                *why = systemError(err);
                return UniqueFd();
            }
        }
        return fd;
    };
    QString why;
    if (port < 0) {
        sockaddr_un addr{};
        addr.sun_family = AF_UNIX;
        if (size_t(hostOrPath.size()) >= sizeof addr.sun_path)
            return failedStream(Session::tr("%1: the socket path is too long").arg(label));
        std::memcpy(addr.sun_path, hostOrPath.constData(), size_t(hostOrPath.size()));
        UniqueFd fd = connectFd(AF_UNIX, reinterpret_cast<const sockaddr *>(&addr), sizeof addr, &why);
        return fd ? socketStream(std::move(fd), label) : failedStream(Session::tr("%1: %2").arg(label, why));
    }
    addrinfo hints{};
    hints.ai_socktype = SOCK_STREAM;
    addrinfo *found = nullptr;
    const int rc = ::getaddrinfo(hostOrPath.constData(), QByteArray::number(port).constData(), &hints, &found);
    if (rc != 0)
        return failedStream(Session::tr("%1: %2").arg(label, QString::fromLocal8Bit(::gai_strerror(rc))));
    for (addrinfo *a = found; a; a = a->ai_next) {
        UniqueFd fd = connectFd(a->ai_family, a->ai_addr, a->ai_addrlen, &why);
        if (fd) {
            ::freeaddrinfo(found);
            return socketStream(std::move(fd), label);
        }
    }
    ::freeaddrinfo(found);
    return failedStream(Session::tr("%1: %2").arg(label, why));
}

} // namespace ftc
