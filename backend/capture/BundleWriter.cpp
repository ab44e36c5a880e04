#include "BundleWriter.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace ftc {

namespace {
const char kManifest[] = "MANIFEST.json";

bool writeFile(const QString &path, const QByteArray &data, QString *error)
{
    QSaveFile f(path);
    // Unbuffered, so a full file system fails the write, not a later flush
    // that QSaveFile's commit did not notice.
    if (!f.open(QIODevice::WriteOnly | QIODevice::Unbuffered) || f.write(data) != data.size() || !f.commit()) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}
} // namespace

bool writeBundle(const RawSources &raw, const QString &dirPath, QString *error)
{
    QString scratch;
    if (!error)
        error = &scratch;
    QDir dir(dirPath);
    if (dir.exists() && !dir.isEmpty() && !QFileInfo::exists(dir.filePath(QLatin1String(kManifest)))) {
        *error = QStringLiteral("%1 is not empty and not a bundle: choose a new directory.").arg(dirPath);
        return false;
    }
    if (!dir.mkpath(QStringLiteral("."))) {
        *error = QStringLiteral("cannot create %1: check the path and its permissions.").arg(dirPath);
        return false;
    }
    QJsonArray sources;
    for (auto it = raw.files.constBegin(); it != raw.files.constEnd(); ++it) {
        if (it.key().contains(QLatin1String("..")))
            continue;
        const QString path = dir.filePath(it.key());
        if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
            *error = QStringLiteral("cannot create the folder for %1").arg(path);
            return false;
        }
        if (!writeFile(path, it.value(), error))
            return false;
        sources.append(QJsonObject{{QStringLiteral("file"), it.key()},
                                   {QStringLiteral("command"), raw.commands.value(it.key())}});
    }
    QJsonArray problems;
    for (const Problem &p : raw.problems)
        problems.append(QJsonObject{{QStringLiteral("source"), p.source},
                                    {QStringLiteral("command"), p.command},
                                    {QStringLiteral("message"), p.message},
                                    {QStringLiteral("line"), p.line}});
    const QJsonObject manifest{
        {QStringLiteral("format"), QStringLiteral("ftconsole-bundle-1")},
        {QStringLiteral("console_version"), QStringLiteral(FT_VERSION)},
        {QStringLiteral("host"), raw.isCapture && !raw.capturedFrom.isEmpty() ? raw.capturedFrom : raw.label},
        {QStringLiteral("taken_at"), raw.takenAt.toString(Qt::ISODate)},
        {QStringLiteral("sources"), sources},
        {QStringLiteral("problems"), problems},
    };
    return writeFile(dir.filePath(QLatin1String(kManifest)),
                     QJsonDocument(manifest).toJson(QJsonDocument::Indented), error);
}

} // namespace ftc
