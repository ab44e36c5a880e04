#include "BundleReader.h"

#include "checks/CheckFacts.h"

#include "model/PollPlan.h"
#include "transport/UniqueFd.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

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

enum class Outcome { Read, Absent, Refused };

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
    if (st.st_size > kMaxBundleSourceBytes) {
        *why = QStringLiteral("it holds %1 MiB, more than the %2 MiB any source can have")
                   .arg(st.st_size >> 20).arg(kMaxBundleSourceBytes >> 20);
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
        if (data->size() + n > kMaxBundleSourceBytes) {
            *why = QStringLiteral("it grew beyond %1 MiB while being read").arg(kMaxBundleSourceBytes >> 20);
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

} // namespace

bool readBundle(const QString &dirPath, const QString &label, RawSources *raw, QString *error)
{
    QString scratch;
    if (!error)
        error = &scratch;
    UniqueFd dir(::open(QFile::encodeName(dirPath).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (dir.get() < 0) {
        *error = errno == ENOTDIR || errno == ENOENT
            ? QStringLiteral("%1 is not a directory: give the folder written by `ftconsole bundle -o DIR`.").arg(dirPath)
            : QStringLiteral("cannot open %1: %2").arg(dirPath, QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    RawSources out;
    out.label = label;
    out.isCapture = true;

    QStringList keys = fixedSourceKeys();
    for (const QString &array : entriesInside(dir.get(), QStringLiteral("md"), true))
        if (safeObjectName(array))
            keys << QStringLiteral("md/%1/detail").arg(array) << QStringLiteral("md/%1/sysfs").arg(array);
    for (const QString &bond : entriesInside(dir.get(), QStringLiteral("bonding"), false))
        if (safeObjectName(bond))
            keys << QStringLiteral("bonding/%1").arg(bond);
    for (const QString &vm : entriesInside(dir.get(), QStringLiteral("virsh/schedinfo"), false))
        if (safeObjectName(vm))
            keys << QStringLiteral("virsh/schedinfo/%1").arg(vm);
    for (const QString &vm : entriesInside(dir.get(), QStringLiteral("virsh/metadata"), false))
        if (safeObjectName(vm))
            keys << QStringLiteral("virsh/metadata/%1").arg(vm);
    // The checks' one-off facts (checks/CheckFacts), when the bundle has them.
    keys << checkCaptureKeys();
    for (const char *kind : {"checks/dumpxml", "checks/agent", "checks/image"})
        for (const QString &name : entriesInside(dir.get(), QLatin1String(kind), false))
            if (safeObjectName(name))
                keys << QLatin1String(kind) + QLatin1Char('/') + name;

    for (const QString &key : std::as_const(keys)) {
        QByteArray data;
        QString why;
        switch (readInside(dir.get(), key, &data, &why)) {
        case Outcome::Read:
            out.files.insert(key, data);
            break;
        case Outcome::Absent:
            break;
        case Outcome::Refused:
            out.problems.append({key, QString(),
                                 QStringLiteral("%1: %2 was not read: %3. A bundle's sources are read only when they "
                                                "are plain files inside it.").arg(label, key, why),
                                 {}});
            break;
        }
    }

    QByteArray manifestText;
    QString why;
    const Outcome manifest = readInside(dir.get(), QStringLiteral("MANIFEST.json"), &manifestText, &why);
    if (manifest == Outcome::Refused)
        out.problems.append({QStringLiteral("MANIFEST.json"), QString(),
                             QStringLiteral("%1: MANIFEST.json was not read: %2.").arg(label, why), {}});
    if (manifest != Outcome::Read && out.files.isEmpty()) {
        *error = QStringLiteral("%1 holds no support bundle (no MANIFEST.json and none of its sources).").arg(dirPath);
        return false;
    }
    if (manifest == Outcome::Read) {
        QJsonParseError pe;
        const QJsonObject m = QJsonDocument::fromJson(manifestText, &pe).object();
        if (pe.error != QJsonParseError::NoError) {
            out.problems.append({QStringLiteral("MANIFEST.json"), QString(),
                                 QStringLiteral("%1: MANIFEST.json is not valid JSON (%2): the capture's time, host "
                                                "and commands are unknown.").arg(label, pe.errorString()),
                                 {}});
        }
        out.capturedFrom = m.value(QStringLiteral("host")).toString();
        out.takenAt = QDateTime::fromString(m.value(QStringLiteral("taken_at")).toString(), Qt::ISODate);
        for (const QJsonValue v : m.value(QStringLiteral("sources")).toArray()) {
            const QJsonObject o = v.toObject();
            const QString file = o.value(QStringLiteral("file")).toString();
            if (out.files.contains(file))
                out.commands.insert(file, o.value(QStringLiteral("command")).toString());
        }
        // What the host said when it was captured is part of the capture.
        for (const QJsonValue v : m.value(QStringLiteral("problems")).toArray()) {
            const QJsonObject o = v.toObject();
            const QString message = o.value(QStringLiteral("message")).toString();
            if (message.isEmpty())
                continue;
            const QString prefix = QStringLiteral("at capture: ");
            out.problems.append({o.value(QStringLiteral("source")).toString(),
                                 o.value(QStringLiteral("command")).toString(),
                                 message.startsWith(prefix) ? message : prefix + message,
                                 o.value(QStringLiteral("line")).toString()});
        }
    }
    *raw = out;
    return true;
}

} // namespace ftc
