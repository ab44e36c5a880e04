// LocalRunner's openForward, apart from LocalRunner.cpp (which includes
// Boost.Process, kept out of lupdate's scan): the host is this machine, so
// the stream is a socket connected here.

#include "LocalRunner.h"
#include "SocketStream.h"

namespace ftc {

std::unique_ptr<Stream> LocalRunner::openForward(const QByteArray &host, int port)
{
    return connectStream(host, port);
}

} // namespace ftc
