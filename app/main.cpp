// ftconsole: the GUI by default; `report` and `bundle` run headless.

#include "CliCommands.h"
#include "TtyPrompter.h"
#include "session/HostSession.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTextStream>

#include <cstring>

namespace ftc {
int runGui(QApplication &app, const QStringList &hosts, const QString &libvirtUri);
}

int main(int argc, char **argv)
{
    const char *sub = argc > 1 ? argv[1] : "";
    if (std::strcmp(sub, "report") == 0 || std::strcmp(sub, "bundle") == 0) {
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("ftconsole"));
        QCoreApplication::setApplicationVersion(QStringLiteral(FT_VERSION));
        ftc::TtyPrompter prompter;
        QStringList args = app.arguments();
        args.removeAt(1);
        return std::strcmp(sub, "report") == 0 ? ftc::runReport(args, &prompter) : ftc::runBundle(args, &prompter);
    }
    if (std::strcmp(sub, "--version") == 0 || std::strcmp(sub, "-v") == 0) {
        QTextStream(stdout) << "ftconsole " << FT_VERSION << Qt::endl;
        return 0;
    }

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("ftconsole"));
    QApplication::setOrganizationName(QStringLiteral("ftconsole"));
    QApplication::setApplicationVersion(QStringLiteral(FT_VERSION));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Management console for fault-tolerant Linux virtualization hosts.\n"
        "Subcommands: report --host H --format json, bundle --host H -o DIR."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("host"),
                      QStringLiteral("open HOST (demo, local, ssh://user@host:port, bundle:DIR); repeatable"),
                      QStringLiteral("host")});
    parser.addOption({QStringLiteral("libvirt-uri"),
                      QStringLiteral("libvirt connection for the hosts opened here, for this run (default: the "
                                     "host's setting, else qemu:///system; e.g. test:///path/node.xml)"),
                      QStringLiteral("uri")});
    parser.process(app);
    const QString uri = parser.value(QStringLiteral("libvirt-uri"));
    QString uriError;
    if (parser.isSet(QStringLiteral("libvirt-uri")) && !ftc::checkLibvirtUri(uri, &uriError)) {
        QTextStream(stderr) << "ftconsole: " << uriError << Qt::endl;
        return 2;
    }
    const int code = ftc::runGui(app, parser.values(QStringLiteral("host")), uri);
    ftc::HostSession::waitForStoppedSessions(3000);
    return code;
}
