#include "CaptureFiles.h"

#include "transport/UniqueFd.h"

#include <QFile>

#include <cerrno>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace ftc {

namespace {

QString kindOf(mode_t mode)
{
    if (S_ISLNK(mode))
        return QStringLiteral("a symbolic link");
    if (S_ISFIFO(mode))
        return QStringLiteral("a FIFO");
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return QStringLiteral("a device");
    if (S_ISSOCK(mode))
        return QStringLiteral("a socket");
    if (S_ISDIR(mode))
        return QStringLiteral("a directory");
    return QStringLiteral("not a regular file");
}

} // namespace

// Opens rel (components separated by '/') below dirFd without following any
// symbolic link, and reads it if it is a regular file of acceptable size.
Outcome readInside(int dirFd, const QString &rel, QByteArray *data, QString *why)
{
    const QStringList parts = rel.split(QLatin1Char('/'));
    UniqueFd current(::dup(dirFd));
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QByteArray name = QFile::encodeName(parts[i]);
        const bool last = i + 1 == parts.size();
        struct stat st {};
        if (::fstatat(current.get(), name.constData(), &st, AT_SYMLINK_NOFOLLOW) != 0)
            return errno == ENOENT ? Outcome::Absent : (*why = QString::fromLocal8Bit(std::strerror(errno)), Outcome::Refused);
        if (!last && !S_ISDIR(st.st_mode)) {
            *why = QStringLiteral("%1 is %2").arg(parts.mid(0, i + 1).join(QLatin1Char('/')), kindOf(st.st_mode));
            return Outcome::Refused;
        }
        if (last && !S_ISREG(st.st_mode)) {
            *why = QStringLiteral("it is %1").arg(kindOf(st.st_mode));
            return Outcome::Refused;
        }
        // O_NOFOLLOW and O_NONBLOCK again at open: the entry may have been swapped
        // for a link or a FIFO since it was looked at.
        const int flags = last ? (O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY | O_CLOEXEC)
                               : (O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
        UniqueFd next(::openat(current.get(), name.constData(), flags));
        if (next.get() < 0) {
            *why = errno == ELOOP ? QStringLiteral("it is a symbolic link") : QString::fromLocal8Bit(std::strerror(errno));
            return Outcome::Refused;
        }
        current.reset(next.release());
    }
    struct stat st {};
    if (::fstat(current.get(), &st) != 0 || !S_ISREG(st.st_mode)) {
        *why = QStringLiteral("it is %1").arg(kindOf(st.st_mode));
        return Outcome::Refused;
    }
    if (st.st_size > kMaxCaptureSourceBytes) {
        *why = QStringLiteral("it holds %1 MiB, more than the %2 MiB any source can have")
                   .arg(st.st_size >> 20).arg(kMaxCaptureSourceBytes >> 20);
        return Outcome::Refused;
    }
    data->clear();
    char buf[65536];
    for (;;) {
        const ssize_t n = ::read(current.get(), buf, sizeof buf);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            *why = QString::fromLocal8Bit(std::strerror(errno));
            return Outcome::Refused;
        }
        if (n == 0)
            break;
        // A file that grows while it is read is not a capture any more.
        if (data->size() + n > kMaxCaptureSourceBytes) {
            *why = QStringLiteral("it grew beyond %1 MiB while being read").arg(kMaxCaptureSourceBytes >> 20);
            return Outcome::Refused;
        }
        data->append(buf, qsizetype(n));
    }
    return Outcome::Read;
}

// Names of the subdirectories (or files) in rel, without following links.
QStringList entriesInside(int dirFd, const QString &rel, bool wantDirs)
{
    QStringList out;
    int fd = ::dup(dirFd);
    for (const QString &part : rel.split(QLatin1Char('/'))) {
        const int next = ::openat(fd, QFile::encodeName(part).constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
        ::close(fd);
        if (next < 0)
            return out;
        fd = next;
    }
    DIR *d = ::fdopendir(fd);
    if (!d) {
        ::close(fd);
        return out;
    }
    while (const dirent *e = ::readdir(d)) {
        const QString name = QFile::decodeName(e->d_name);
        if (name == QLatin1String(".") || name == QLatin1String(".."))
            continue;
        struct stat st {};
        if (::fstatat(::dirfd(d), e->d_name, &st, AT_SYMLINK_NOFOLLOW) != 0)
            continue;
        // Links are listed too so that reading them reports the refusal.
        if (wantDirs ? (S_ISDIR(st.st_mode) || S_ISLNK(st.st_mode)) : !S_ISDIR(st.st_mode))
            out.append(name);
    }
    ::closedir(d);
    out.sort();
    return out;
}


QString resolveInside(int dirFd, const QString &rel)
{
    QStringList pending = rel.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    QStringList done;          // resolved components, each a directory (or the last, anything)
    int links = 0;
    while (!pending.isEmpty()) {
        const QString part = pending.takeFirst();
        if (part == QLatin1String("."))
            continue;
        if (part == QLatin1String("..")) {
            if (!done.isEmpty())
                done.removeLast();
            continue;
        }
        const QString path = (done + QStringList{part}).join(QLatin1Char('/'));
        struct stat st {};
        if (::fstatat(dirFd, QFile::encodeName(path).constData(), &st, AT_SYMLINK_NOFOLLOW) != 0)
            return {};
        if (S_ISLNK(st.st_mode)) {
            if (++links > 40)
                return {};
            char target[4096];
            const ssize_t n = ::readlinkat(dirFd, QFile::encodeName(path).constData(), target, sizeof target - 1);
            if (n <= 0)
                return {};
            const QString to = QFile::decodeName(QByteArray(target, qsizetype(n)));
            if (to.startsWith(QLatin1Char('/')))
                done.clear();
            pending = to.split(QLatin1Char('/'), Qt::SkipEmptyParts) + pending;
            continue;
        }
        if (!pending.isEmpty() && !S_ISDIR(st.st_mode))
            return {};
        done << part;
    }
    return done.join(QLatin1Char('/'));
}

} // namespace ftc
