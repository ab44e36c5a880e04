// Streams over sockets, as Remote Control uses them: a TCP and a unix socket
// connected here (the local host's openForward), a refused port named in the
// first read, and the bridge that hands a stream to a socket reader moving
// bytes both ways and saying why it ended.

#include "transport/SocketStream.h"
#include "vnc/StreamSocketBridge.h"

#include <QTemporaryDir>
#include <QtTest>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <thread>
#include <unistd.h>

using namespace ftc;

namespace {

// Reads what arrives on s until it holds want bytes or 5 s pass.
QByteArray readSome(Stream &s, int want)
{
    QByteArray out;
    for (int i = 0; i < 250 && out.size() < want; ++i) {
        const StreamChunk c = s.read(20);
        out += c.out;
        if (c.finished)
            break;
    }
    return out;
}

// A server that answers each "ping" with "pong", then closes.
void serveOnce(int listenFd)
{
    const int fd = ::accept(listenFd, nullptr, nullptr);
    char buf[4];
    if (fd >= 0 && ::recv(fd, buf, 4, MSG_WAITALL) == 4 && QByteArray(buf, 4) == "ping")
        ::send(fd, "pong", 4, MSG_NOSIGNAL);
    if (fd >= 0)
        ::close(fd);
}

} // namespace

class TestSocketStream : public QObject {
    Q_OBJECT
private slots:
    void tcpOnTheLoopback()
    {
        const int l = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        QCOMPARE(::bind(l, reinterpret_cast<sockaddr *>(&a), sizeof a), 0);
        QCOMPARE(::listen(l, 1), 0);
        socklen_t len = sizeof a;
        ::getsockname(l, reinterpret_cast<sockaddr *>(&a), &len);
        const int port = ntohs(a.sin_port);
        std::thread server([l] { serveOnce(l); });
        const std::unique_ptr<Stream> s = connectStream("127.0.0.1", port);
        QVERIFY(s->write("ping"));
        QCOMPARE(readSome(*s, 4), QByteArray("pong"));
        server.join();
        ::close(l);
        // The server closed: the stream ends, without an error.
        StreamChunk c;
        for (int i = 0; i < 100 && !c.finished; ++i)
            c = s->read(20);
        QVERIFY(c.finished);
        QVERIFY(c.error.isEmpty());

        // Nothing listens there now: the first read says where and why.
        const std::unique_ptr<Stream> refused = connectStream("127.0.0.1", port);
        const StreamChunk r = refused->read(100);
        QVERIFY(r.finished);
        QVERIFY2(r.error.contains(QStringLiteral("127.0.0.1:%1").arg(port)) && r.error.contains(QLatin1String("refused")),
                 qPrintable(r.error));
    }

    void unixSocket()
    {
        QTemporaryDir dir;
        const QByteArray path = QFile::encodeName(dir.filePath(QStringLiteral("vnc.sock")));
        const int l = ::socket(AF_UNIX, SOCK_STREAM, 0);
        sockaddr_un a{};
        a.sun_family = AF_UNIX;
        std::memcpy(a.sun_path, path.constData(), size_t(path.size()));
        QCOMPARE(::bind(l, reinterpret_cast<sockaddr *>(&a), sizeof a), 0);
        QCOMPARE(::listen(l, 1), 0);
        std::thread server([l] { serveOnce(l); });
        const std::unique_ptr<Stream> s = connectStream(path, -1);
        QVERIFY(s->write("ping"));
        QCOMPARE(readSome(*s, 4), QByteArray("pong"));
        server.join();
        ::close(l);
    }

    // The bridge: a reader on a plain descriptor talks through a stream.
    void bridgeMovesBytesAndSaysWhyItEnded()
    {
        int pair[2];
        QCOMPARE(::socketpair(AF_UNIX, SOCK_STREAM, 0, pair), 0);
        // pair[1] plays the far server; the stream is its peer.
        StreamSocketBridge bridge(std::shared_ptr<Stream>(socketStream(UniqueFd(pair[0]), QStringLiteral("far"))));
        const int reader = bridge.takeClientFd();
        QVERIFY(reader >= 0);
        QCOMPARE(bridge.takeClientFd(), -1);          // once
        QCOMPARE(::send(reader, "ping", 4, MSG_NOSIGNAL), ssize_t(4));
        char buf[4];
        QCOMPARE(::recv(pair[1], buf, 4, MSG_WAITALL), ssize_t(4));
        QCOMPARE(QByteArray(buf, 4), QByteArray("ping"));
        QCOMPARE(::send(pair[1], "pong", 4, MSG_NOSIGNAL), ssize_t(4));
        QCOMPARE(::recv(reader, buf, 4, MSG_WAITALL), ssize_t(4));
        QCOMPARE(QByteArray(buf, 4), QByteArray("pong"));
        // The far end closes: the reader sees its end, the bridge says why.
        ::close(pair[1]);
        pollfd p{reader, POLLIN, 0};
        QVERIFY(::poll(&p, 1, 5000) == 1);
        QCOMPARE(::recv(reader, buf, 4, 0), ssize_t(0));
        QTRY_VERIFY(bridge.ended());
        QCOMPARE(bridge.endReason(), QStringLiteral("the server closed the connection"));
        ::close(reader);
    }
};

QTEST_GUILESS_MAIN(TestSocketStream)
#include "tst_socketstream.moc"
