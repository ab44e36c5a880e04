#include "CliCommands.h"
#include "TerminalText.h"

#include "capture/BundleReader.h"
#include "capture/BundleWriter.h"
#include "checks/Findings.h"
#include "model/Poller.h"
#include "session/RunnerFactory.h"
#include "report/JsonReport.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonDocument>
#include <QTextStream>

namespace ftc {

namespace {

enum Exit { Ok = 0, Failed = 1, Usage = 2, Unreachable = 3 };

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
HostSnapshotPtr readHost(const QString &hostText, const QString &libvirtUri, SessionPrompter *prompter,
                         RawSources *raw, int *exitCode)
{
    HostSpec spec;
    QString error;
    if (!parseHostSpec(hostText, &spec, &error) || (!libvirtUri.isEmpty() && !checkLibvirtUri(libvirtUri, &error))) {
        say(QStringLiteral("ftconsole: ") + error);
        *exitCode = Usage;
        return {};
    }
    if (spec.kind == HostSpec::Kind::Bundle) {
        RawSources captured;
        if (!readBundle(spec.path, spec.label(), &captured, &error)) {
            say(QStringLiteral("ftconsole: ") + error);
            *exitCode = Unreachable;
            return {};
        }
        const HostSnapshotPtr snap = std::make_shared<HostSnapshot>(buildSnapshot(captured));
        for (const Problem &p : snap->problems)
            say(QStringLiteral("ftconsole: warning: ") + problemText(p));
        if (raw)
            *raw = captured;
        *exitCode = Ok;
        return snap;
    }
    std::unique_ptr<Runner> runner = makeRunner(spec, prompter, &error);
    if (!runner) {
        say(QStringLiteral("ftconsole: ") + aboutHost(spec.label(), error));
        *exitCode = Unreachable;
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
        *exitCode = Unreachable;
        return {};
    }
    for (const Problem &p : snap->problems) {
        const QString text = problemText(p);
        // Poller messages already start with the host; parser messages do not.
        say(QStringLiteral("ftconsole: warning: ") + aboutHost(spec.label(), text));
    }
    if (raw)
        *raw = poller.lastRaw();
    *exitCode = Ok;
    return snap;
}

bool parseArgs(QCommandLineParser &parser, const QStringList &args, const QString &what)
{
    parser.setApplicationDescription(what);
    parser.addHelpOption();
    if (!parser.parse(args)) {
        err() << "ftconsole: " << parser.errorText() << Qt::endl << parser.helpText();
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return false;
    }
    return true;
}

} // namespace

int runReport(const QStringList &args, SessionPrompter *prompter)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("host"), QStringLiteral("demo, local, ssh://user@host:port or bundle:DIR"),
                      QStringLiteral("host"), QStringLiteral("demo")});
    parser.addOption({QStringLiteral("format"), QStringLiteral("json"), QStringLiteral("format"), QStringLiteral("json")});
    parser.addOption({QStringLiteral("libvirt-uri"), QStringLiteral("libvirt connection on the host (default qemu:///system)"),
                      QStringLiteral("uri")});
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")}, QStringLiteral("write to FILE instead of stdout"),
                      QStringLiteral("file")});
    if (!parseArgs(parser, args, QStringLiteral("Print a configuration report of a host.")))
        return parser.isSet(QStringLiteral("help")) ? Ok : Usage;
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("json")) {
        err() << "ftconsole: report format '" << format << "' is not known: use --format json" << Qt::endl;
        return Usage;
    }
    int code = Ok;
    const HostSnapshotPtr snap = readHost(parser.value(QStringLiteral("host")), parser.value(QStringLiteral("libvirt-uri")),
                                          prompter, nullptr, &code);
    if (!snap)
        return code;
    const QByteArray text = QJsonDocument(jsonReport(*snap, findingsFor(*snap))).toJson(QJsonDocument::Indented);
    if (parser.isSet(QStringLiteral("output"))) {
        QFile f(parser.value(QStringLiteral("output")));
        if (!f.open(QIODevice::WriteOnly) || f.write(text) != text.size()) {
            err() << "ftconsole: cannot write " << f.fileName() << ": " << f.errorString() << Qt::endl;
            return Failed;
        }
        return Ok;
    }
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly))
        return Failed;
    out.write(text);
    return Ok;
}

int runBundle(const QStringList &args, SessionPrompter *prompter)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("host"), QStringLiteral("demo, local, ssh://user@host:port or bundle:DIR"),
                      QStringLiteral("host"), QStringLiteral("local")});
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")}, QStringLiteral("directory to write the bundle to"),
                      QStringLiteral("dir")});
    parser.addOption({QStringLiteral("libvirt-uri"), QStringLiteral("libvirt connection on the host (default qemu:///system)"),
                      QStringLiteral("uri")});
    if (!parseArgs(parser, args, QStringLiteral("Capture a support bundle of a host.")))
        return parser.isSet(QStringLiteral("help")) ? Ok : Usage;
    if (!parser.isSet(QStringLiteral("output"))) {
        err() << "ftconsole: bundle needs -o DIR, the directory to write to" << Qt::endl;
        return Usage;
    }
    int code = Ok;
    RawSources raw;
    if (!readHost(parser.value(QStringLiteral("host")), parser.value(QStringLiteral("libvirt-uri")), prompter, &raw, &code))
        return code;
    QString error;
    if (!writeBundle(raw, parser.value(QStringLiteral("output")), &error)) {
        say(QStringLiteral("ftconsole: ") + error);
        return Failed;
    }
    err() << "ftconsole: bundle of " << raw.label << " written to " << parser.value(QStringLiteral("output"))
          << " (" << raw.files.size() << " sources)" << Qt::endl;
    return Ok;
}

} // namespace ftc
