#include "TtyPrompter.h"
#include "TerminalText.h"
#include "transport/Secret.h"

#include <QFile>
#include <QTextStream>

#include <termios.h>
#include <unistd.h>
#include <fcntl.h>

namespace ftc {

namespace {
struct Tty {
    int fd = ::open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC);
    ~Tty() { if (fd >= 0) ::close(fd); }
    void write(const QString &text) const
    {
        const QByteArray b = text.toUtf8();
        if (::write(fd, b.constData(), size_t(b.size())) < 0) {
        }
    }
    QString readLine(bool echo) const
    {
        termios old{};
        const bool isTerm = tcgetattr(fd, &old) == 0;
        if (isTerm && !echo) {
            termios quiet = old;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            tcsetattr(fd, TCSAFLUSH, &quiet);
        }
        QByteArray line;
        char c;
        while (::read(fd, &c, 1) == 1 && c != '\n')
            line += c;
        if (isTerm && !echo) {
            tcsetattr(fd, TCSAFLUSH, &old);
            write(QStringLiteral("\n"));
        }
        QString text = QString::fromUtf8(line);
        // The bytes typed (a password) do not outlive the conversion; the
        // caller wipes the QString once it has used it.
        wipeSecret(line);
        c = 0;
        return text;
    }
};
} // namespace

HostKeyDecision TtyPrompter::confirmHostKey(const HostKeyPrompt &p)
{
    Tty tty;
    if (tty.fd < 0)
        return HostKeyDecision::Refuse;
    tty.write(terminalText(QStringLiteral("The host key of %1 (port %2) is not known.\n%3 key fingerprint is %4.\n"
                                          "Accept and save in %5 [s], accept once [o], refuse [N]? ")
                               .arg(p.host).arg(p.port).arg(p.keyType, p.fingerprint, p.knownHostsPath)));
    const QString answer = tty.readLine(true).trimmed().toLower();
    if (answer == QLatin1String("s"))
        return HostKeyDecision::AcceptAndSave;
    if (answer == QLatin1String("o"))
        return HostKeyDecision::AcceptOnce;
    return HostKeyDecision::Refuse;
}

std::optional<QString> TtyPrompter::askSecret(const QString &host, const QString &prompt)
{
    Tty tty;
    if (tty.fd < 0)
        return std::nullopt;
    // A keyboard-interactive prompt is the server's text: shown, never obeyed.
    tty.write(terminalText(QStringLiteral("%1 %2 ").arg(host, prompt.trimmed())));
    return tty.readLine(false);
}

} // namespace ftc
