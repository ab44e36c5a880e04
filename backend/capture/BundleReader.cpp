#include "BundleReader.h"
#include "CaptureFiles.h"

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
    for (const char *kind : {"checks/dumpxml", "checks/agent", "checks/image", "checks/boot"})
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
