#include "CliCommands.h"
#include "ExitCodes.h"
#include "TerminalText.h"

#include "capture/BundleReader.h"
#include "capture/SosReader.h"
#include "capture/BundleWriter.h"
#include "checks/CheckText.h"
#include "checks/Findings.h"
#include "model/Poller.h"
#include "session/RunnerFactory.h"
#include "report/CsvReport.h"
#include "report/HtmlReport.h"
#include "report/JsonReport.h"
#include "report/PdfReport.h"
#include "report/ReportFiles.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QJsonDocument>
#include <QTextStream>

namespace ftc {

namespace {

using namespace exitcode;

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

// One line on stderr. Messages carry host text (problems, tool errors, SSH
// banners): control characters are shown, never sent to the terminal.
void say(const QString &line)
{
    err() << terminalText(line) << Qt::endl;
}

// "HOST: message", naming the host once even when the message already does.
QString aboutHost(const QString &host, const QString &message)
{
    return message.startsWith(host) ? message : host + QStringLiteral(": ") + message;
}

// Reads one complete snapshot; prints why not and returns null on failure.
// facts, when given: the checks' one-off facts, read from a live host right
// after the snapshot (a capture has none: read stays false, saying why).
HostSnapshotPtr readHost(const QString &hostText, const QString &libvirtUri, SessionPrompter *prompter,
                         RawSources *raw, int *exitCode, CheckFacts *facts = nullptr)
{
    HostSpec spec;
    QString error;
    if (!parseHostSpec(hostText, &spec, &error) || (!libvirtUri.isEmpty() && !checkLibvirtUri(libvirtUri, &error))) {
        say(QStringLiteral("ftconsole: ") + error);
        *exitCode = Usage;
        return {};
    }
    if (spec.isCapture()) {
        RawSources captured;
        const bool read = spec.kind == HostSpec::Kind::Sos ? readSosReport(spec.path, spec.label(), &captured, &error)
                                                           : readBundle(spec.path, spec.label(), &captured, &error);
        if (!read) {
            say(QStringLiteral("ftconsole: ") + error);
            *exitCode = Unavailable;
            return {};
        }
        const HostSnapshotPtr snap = std::make_shared<HostSnapshot>(buildSnapshot(captured));
        for (const Problem &p : snap->problems)
            say(QStringLiteral("ftconsole: warning: ") + problemText(p));
        if (raw)
            *raw = captured;
        if (facts)
            *facts = checkFactsFromCapture(captured.files, *snap);
        *exitCode = Ok;
        return snap;
    }
    std::unique_ptr<Runner> runner = makeRunner(spec, prompter, &error);
    if (!runner) {
        say(QStringLiteral("ftconsole: ") + aboutHost(spec.label(), error));
        *exitCode = Unavailable;
        return {};
    }
    Poller poller(*runner, spec.label());
    if (!libvirtUri.isEmpty())
        poller.setLibvirtUri(libvirtUri.toUtf8());
    HostSnapshotPtr snap = poller.refresh();
    // A VM's schedinfo and metadata are read the refresh after it is first
    // seen: a report has both.
    if (snap && !snap->vms.isEmpty())
        snap = poller.refresh();
    if (!snap) {
        say(QStringLiteral("ftconsole: ") + aboutHost(spec.label(), poller.lastError()));
        *exitCode = Unavailable;
        return {};
    }
    for (const Problem &p : snap->problems) {
        const QString text = problemText(p);
        // Poller messages already start with the host; parser messages do not.
        say(QStringLiteral("ftconsole: warning: ") + aboutHost(spec.label(), text));
    }
    if (raw)
        *raw = poller.lastRaw();
    if (facts || raw) {
        // A bundle carries the checks' facts too, so `check` on it decides
        // what it decided live.
        const CheckFacts read = poller.readCheckFacts(*snap);
        if (facts)
            *facts = read;
        if (raw)
            for (auto it = read.raw.constBegin(); it != read.raw.constEnd(); ++it)
                raw->files.insert(it.key(), it.value());
    }
    *exitCode = Ok;
    return snap;
}

const QCommandLineOption kHostOption(QStringLiteral("host"),
                                     QStringLiteral("the host: demo, local, ssh://user@host:port, bundle:DIR or "
                                                    "sos:PATH (required)"),
                                     QStringLiteral("host"));
const QCommandLineOption kUriOption(QStringLiteral("libvirt-uri"),
                                    QStringLiteral("libvirt connection on the host (default qemu:///system)"),
                                    QStringLiteral("uri"));

// Parses a subcommand's arguments. Returns -1 to go on, else the exit status:
// --help is 0, a bad option or a missing --host a usage error, said in one
// line that names what is wrong and where to look.
int parseArgs(QCommandLineParser &parser, const QStringList &args, const QString &what, const QString &sub)
{
    parser.setApplicationDescription(what);
    parser.addHelpOption();
    parser.addOption(kHostOption);
    parser.addOption(kUriOption);
    if (!parser.parse(args)) {
        err() << "ftconsole " << sub << ": " << parser.errorText() << " (ftconsole " << sub
              << " --help lists its options)" << Qt::endl;
        return Usage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return Ok;
    }
    if (!parser.positionalArguments().isEmpty()) {
        err() << "ftconsole " << sub << ": unexpected argument '" << terminalText(parser.positionalArguments().first())
              << "' (ftconsole " << sub << " --help lists its options)" << Qt::endl;
        return Usage;
    }
    // A report of the wrong machine is worse than none: the host is never
    // assumed.
    if (!parser.isSet(kHostOption)) {
        err() << "ftconsole " << sub << ": which host? Give --host demo, local, ssh://user@host, bundle:DIR or sos:PATH"
              << Qt::endl;
        return Usage;
    }
    return -1;
}

// The host of --host, read with the checks' facts, and its findings; null with
// *code set when it could not be read (readHost says why).
HostSnapshotPtr readChecked(const QCommandLineParser &parser, SessionPrompter *prompter, QList<Finding> *findings,
                            int *code)
{
    CheckFacts facts;
    const HostSnapshotPtr snap =
        readHost(parser.value(kHostOption), parser.value(kUriOption), prompter, nullptr, code, &facts);
    if (snap)
        *findings = findingsFor(*snap, facts);
    return snap;
}

// Writes text to path atomically (QSaveFile: a temporary file renamed over
// the target when complete), or to stdout when path is empty.
int writeOut(const QByteArray &text, const QString &path)
{
    if (path.isEmpty()) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly) || out.write(text) != text.size())
            return CantCreate;
        return Ok;
    }
    QString why;
    if (!writeFileAtomically(path, text, &why)) {
        err() << "ftconsole: " << terminalText(why) << Qt::endl;
        return CantCreate;
    }
    return Ok;
}

} // namespace

int runReport(const QStringList &args, SessionPrompter *prompter)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("format"), QStringLiteral("json, html, pdf or csv"), QStringLiteral("format"),
                      QStringLiteral("json")});
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      QStringLiteral("write to FILE instead of stdout (csv: to DIR, one file per table)"),
                      QStringLiteral("file")});
    if (const int code = parseArgs(parser, args, QStringLiteral("Print a configuration report of a host."),
                                   QStringLiteral("report"));
        code >= 0)
        return code;
    const QString format = parser.value(QStringLiteral("format"));
    static const QStringList formats{QStringLiteral("json"), QStringLiteral("html"), QStringLiteral("pdf"),
                                     QStringLiteral("csv")};
    if (!formats.contains(format)) {
        err() << "ftconsole report: format '" << terminalText(format)
              << "' is not known: use --format json, html, pdf or csv" << Qt::endl;
        return Usage;
    }
    const QString output = parser.value(QStringLiteral("output"));
    if ((format == QLatin1String("pdf") || format == QLatin1String("csv")) && output.isEmpty()) {
        err() << "ftconsole report: --format " << format << " needs -o "
              << (format == QLatin1String("csv") ? "DIR (one file per table)" : "FILE") << Qt::endl;
        return Usage;
    }
    int code = Ok;
    QList<Finding> findings;
    const HostSnapshotPtr snap = readChecked(parser, prompter, &findings, &code);
    if (!snap)
        return code;
    if (format == QLatin1String("json"))
        return writeOut(QJsonDocument(jsonReport(*snap, findings)).toJson(QJsonDocument::Indented), output);
    const ReportInput input{snap, findings, {}, QDateTime::currentDateTime()};
    if (format == QLatin1String("html") && output.isEmpty())
        return writeOut(htmlReport(input).html.toUtf8(), output);
    QString why;
    if (!writeReportFile(input, format, output, &why)) {
        err() << "ftconsole: " << terminalText(why) << Qt::endl;
        return CantCreate;
    }
    return Ok;
}

int runCheck(const QStringList &args, SessionPrompter *prompter)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("format"), QStringLiteral("text or json"), QStringLiteral("format"),
                      QStringLiteral("text")});
    if (const int code = parseArgs(parser, args,
                                   QStringLiteral("Run the fault-tolerance checks on a host. Exit status: 0 nothing "
                                                  "found, 1 warnings, 2 errors."),
                                   QStringLiteral("check"));
        code >= 0)
        return code;
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("text") && format != QLatin1String("json")) {
        err() << "ftconsole check: format '" << terminalText(format) << "' is not known: use --format text or json"
              << Qt::endl;
        return Usage;
    }
    int code = Ok;
    QList<Finding> findings;
    const HostSnapshotPtr snap = readChecked(parser, prompter, &findings, &code);
    if (!snap)
        return code;
    const QByteArray text = format == QLatin1String("json")
                                ? QJsonDocument(checkJson(*snap, findings)).toJson(QJsonDocument::Indented)
                                : terminalText(checkText(*snap, findings)).toUtf8();
    if (const int w = writeOut(text, QString()); w != Ok)
        return w;
    const Severity worst = worstSeverity(findings);
    return worst == Severity::Error ? Errors : worst >= Severity::Unknown ? Warnings : Ok;
}

int runBundle(const QStringList &args, SessionPrompter *prompter)
{
    QCommandLineParser parser;
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")}, QStringLiteral("directory to write the bundle to"),
                      QStringLiteral("dir")});
    if (const int code = parseArgs(parser, args, QStringLiteral("Capture a support bundle of a host."),
                                   QStringLiteral("bundle"));
        code >= 0)
        return code;
    if (!parser.isSet(QStringLiteral("output"))) {
        err() << "ftconsole bundle: where to? Give -o DIR, the directory to write to" << Qt::endl;
        return Usage;
    }
    int code = Ok;
    RawSources raw;
    if (!readHost(parser.value(kHostOption), parser.value(kUriOption), prompter, &raw, &code))
        return code;
    QString error;
    if (!writeBundle(raw, parser.value(QStringLiteral("output")), &error)) {
        say(QStringLiteral("ftconsole: ") + error);
        return CantCreate;
    }
    err() << "ftconsole: bundle of " << terminalText(raw.label) << " written to "
          << terminalText(parser.value(QStringLiteral("output"))) << " (" << raw.files.size() << " sources)" << Qt::endl;
    return Ok;
}

} // namespace ftc
