// ftconsole: the console's window when no subcommand is given; check, report
// and bundle run headless and never open a window.

#include "CliCommands.h"
#include "ExitCodes.h"
#include "TtyPrompter.h"
#include "session/HostSession.h"

#include "shell/GuiMain.h"

#include <QApplication>
#include <QGuiApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QTextStream>

#include <memory>

#include <sys/stat.h>
#include <unistd.h>

namespace {

const char *const kUsage =
    "Usage: ftconsole [--host HOST]... [--libvirt-uri URI]   the console, in a window\n"
    "       ftconsole SUBCOMMAND --host HOST [options]       headless, no window\n"
    "\n"
    "Subcommands (ftconsole SUBCOMMAND --help for their options):\n"
    "  check    run the fault-tolerance checks on a host: text or JSON, exit status by the worst finding\n"
    "  report   write a configuration report of a host (JSON)\n"
    "  bundle   capture a support bundle: the host's raw outputs in a directory\n"
    "\n"
    "HOST: demo, local, ssh://user@host:port, bundle:DIR, sos:PATH (an sosreport, directory or .tar.xz)\n"
    "\n"
    "Exit status: 0 done (check: nothing found), 1 check found warnings, 2 check found errors,\n"
    "64 bad usage, 69 the host could not be opened or read, 73 the output could not be written.\n";

// `report --format pdf` lays out text with fonts: that takes a QGuiApplication,
// on the offscreen platform so that no display is needed or touched.
bool needsFonts(const QStringList &args)
{
    for (qsizetype i = 0; i < args.size(); ++i)
        if ((args[i] == QLatin1String("--format") && args.value(i + 1) == QLatin1String("pdf"))
            || args[i] == QLatin1String("--format=pdf"))
            return true;
    return false;
}

// The offscreen platform wants XDG_RUNTIME_DIR and warns without it (a cron
// job or sudo has none): Qt's own fallback, made private to this user first.
void quietRuntimeDir()
{
    if (!qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
        return;
    const QByteArray dir = QFile::encodeName(QDir::tempPath()) + "/runtime-" + QByteArray::number(::getuid());
    ::mkdir(dir.constData(), 0700);
    struct stat st {};
    if (::lstat(dir.constData(), &st) == 0 && S_ISDIR(st.st_mode) && st.st_uid == ::getuid() && (st.st_mode & 077) == 0)
        qputenv("XDG_RUNTIME_DIR", dir);
}

bool isSubcommand(const QString &word)
{
    return word == QLatin1String("check") || word == QLatin1String("report") || word == QLatin1String("bundle");
}

QStringList argList(int argc, char **argv)
{
    QStringList out;
    for (int i = 0; i < argc; ++i)
        out << QString::fromLocal8Bit(argv[i]);
    return out;
}

} // namespace

int main(int argc, char **argv)
{
    namespace ec = ftc::exitcode;
    const QStringList args = argList(argc, argv);
    const QString sub = args.value(1);
    if (isSubcommand(sub)) {
        std::unique_ptr<QCoreApplication> app;
        if (sub == QLatin1String("report") && needsFonts(args)) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
            quietRuntimeDir();
            app = std::make_unique<QGuiApplication>(argc, argv);
        } else {
            app = std::make_unique<QCoreApplication>(argc, argv);
        }
        QCoreApplication::setApplicationName(QStringLiteral("ftconsole"));
        QCoreApplication::setApplicationVersion(QStringLiteral(FT_VERSION));
        // Text, HTML, PDF and CSV speak the system's language; JSON never changes.
        ftc::installTranslators(*app);
        ftc::TtyPrompter prompter;
        QStringList rest = app->arguments();
        rest.removeAt(1);
        if (sub == QLatin1String("check"))
            return ftc::runCheck(rest, &prompter);
        return sub == QLatin1String("report") ? ftc::runReport(rest, &prompter) : ftc::runBundle(rest, &prompter);
    }

    // The window's own options, read before any window system is touched: a
    // word that is neither a subcommand nor an option is a usage error, not a
    // console that opens (or hangs without a display).
    QCommandLineParser parser;
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("this text"));
    const QCommandLineOption version({QStringLiteral("v"), QStringLiteral("version")}, QStringLiteral("the version"));
    const QCommandLineOption host(QStringLiteral("host"), QStringLiteral("open HOST; repeatable"), QStringLiteral("host"));
    const QCommandLineOption uri(QStringLiteral("libvirt-uri"),
                                 QStringLiteral("libvirt connection for the hosts opened here"), QStringLiteral("uri"));
    parser.addOptions({help, version, host, uri});
    QTextStream err(stderr);
    if (!parser.parse(args)) {
        err << "ftconsole: " << parser.errorText() << " (ftconsole --help lists what is known)" << Qt::endl;
        return ec::Usage;
    }
    if (!parser.positionalArguments().isEmpty()) {
        err << "ftconsole: '" << parser.positionalArguments().first()
            << "' is not a subcommand: use check, report or bundle, or none for the console (ftconsole --help)"
            << Qt::endl;
        return ec::Usage;
    }
    if (parser.isSet(help)) {
        QTextStream(stdout) << kUsage;
        return ec::Ok;
    }
    if (parser.isSet(version)) {
        QTextStream(stdout) << "ftconsole " << FT_VERSION << Qt::endl;
        return ec::Ok;
    }
    QString uriError;
    if (parser.isSet(uri) && !ftc::checkLibvirtUri(parser.value(uri), &uriError)) {
        err << "ftconsole: " << uriError << Qt::endl;
        return ec::Usage;
    }

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("ftconsole"));
    QApplication::setOrganizationName(QStringLiteral("ftconsole"));
    QApplication::setApplicationVersion(QStringLiteral(FT_VERSION));
    const int code = ftc::runGui(app, parser.values(host), parser.value(uri));
    ftc::HostSession::waitForStoppedSessions(3000);
    return code;
}
