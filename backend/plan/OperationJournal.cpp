#include "OperationJournal.h"

#include "PlansTr.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QUrl>

namespace ftc {

OperationJournal::OperationJournal(QString dir)
    : m_dir(dir.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/journal")
                          : std::move(dir))
{
}

QString OperationJournal::fileFor(const QString &host) const
{
    // "ssh://root@h1:22" -> "ssh%3A%2F%2Froot%40h1%3A22.jsonl": readable, and no
    // label can name a path outside the directory.
    const QByteArray name = QUrl::toPercentEncoding(host, QByteArray(), QByteArray("/\\:@%. "));
    return m_dir + QLatin1Char('/') + QString::fromLatin1(name.isEmpty() ? QByteArray("unnamed") : name)
        + QStringLiteral(".jsonl");
}

bool OperationJournal::append(const OperationReport &report, QString *error) const
{
    if (!QDir().mkpath(m_dir)) {
        if (error)
            *error = Plans::tr("cannot create %1").arg(m_dir);
        return false;
    }
    QFile f(fileFor(report.host));
    QByteArray line = QJsonDocument(report.toJson()).toJson(QJsonDocument::Compact) + '\n';
    if (!f.open(QIODevice::ReadWrite | QIODevice::Append)) {
        if (error)
            *error = Plans::tr("cannot write %1: %2").arg(f.fileName(), f.errorString());
        return false;
    }
    // A console killed mid-write left half a line: end it, so this record
    // starts a line of its own and only the torn one is lost.
    if (f.size() > 0 && f.seek(f.size() - 1) && f.peek(1) != "\n")
        line.prepend('\n');
    if (f.write(line) != line.size() || !f.flush()) {
        if (error)
            *error = Plans::tr("cannot write %1: %2").arg(f.fileName(), f.errorString());
        return false;
    }
    return true;
}

QList<OperationReport> OperationJournal::load(const QString &host, QString *error) const
{
    QList<OperationReport> out;
    QFile f(fileFor(host));
    if (!f.exists())
        return out;
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = Plans::tr("cannot read %1: %2").arg(f.fileName(), f.errorString());
        return out;
    }
    while (!f.atEnd()) {
        const QByteArray line = f.readLine();
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &pe);
        if (pe.error == QJsonParseError::NoError && doc.isObject() && OperationReport::isRecord(doc.object()))
            out << OperationReport::fromJson(doc.object());
    }
    return out;
}

} // namespace ftc
