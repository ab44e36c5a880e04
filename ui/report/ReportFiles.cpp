#include "ReportFiles.h"

#include "PdfReport.h"
#include "report/CsvReport.h"
#include "report/HtmlReport.h"
#include "report/JsonReport.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QSaveFile>

namespace ftc {

namespace {
class ReportFilesText {
    Q_DECLARE_TR_FUNCTIONS(ftc::ReportFiles)
};

bool fail(QString *error, const QString &path, const QString &why)
{
    if (error)
        *error = ReportFilesText::tr("cannot write %1: %2 (nothing was written there)").arg(path, why);
    return false;
}
} // namespace

bool writeFileAtomically(const QString &path, const QByteArray &data, QString *error)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return fail(error, path, f.errorString());
    if (const qint64 n = f.write(data); n != data.size()) {
        f.cancelWriting();
        return fail(error, path,
                    ReportFilesText::tr("only %1 of %2 bytes could be written; is the file system full?")
                        .arg(qMax<qint64>(0, n))
                        .arg(data.size()));
    }
    if (!f.commit())
        return fail(error, path, f.errorString());
    return true;
}

bool writeReportFile(const ReportInput &input, const QString &format, const QString &path, QString *error)
{
    if (format == QLatin1String("json"))
        return writeFileAtomically(
            path, QJsonDocument(jsonReport(*input.snapshot, input.findings)).toJson(QJsonDocument::Indented), error);
    if (format == QLatin1String("html"))
        return writeFileAtomically(path, htmlReport(input).html.toUtf8(), error);
    if (format == QLatin1String("csv")) {
        if (!QDir().mkpath(path))
            return fail(error, path, ReportFilesText::tr("the directory could not be made"));
        const QMap<QString, QByteArray> tables = csvReport(input);
        for (auto it = tables.constBegin(); it != tables.constEnd(); ++it)
            if (!writeFileAtomically(QDir(path).filePath(it.key()), it.value(), error))
                return false;
        return true;
    }
    if (format != QLatin1String("pdf"))
        return fail(error, path, ReportFilesText::tr("the format %1 is not known").arg(format));
    // Laid out in memory first: Qt's PDF engine does not notice a device that
    // refuses bytes (a full disk gave a cut file and success), the file write does.
    QBuffer pdf;
    pdf.open(QIODevice::WriteOnly);
    QString why;
    if (!writePdfReport(htmlReport(input, false), reportTitle(*input.snapshot), &pdf, &why))
        return fail(error, path, why);
    return writeFileAtomically(path, pdf.data(), error);
}

} // namespace ftc
