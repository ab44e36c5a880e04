#include "VmConsoleWindow.h"

#include "VncClient.h"
#include "VncView.h"
#include "session/HostSession.h"
#include "vnc/StreamSocketBridge.h"
#include "vnc/VmDisplay.h"

#include <QAction>
#include <QCloseEvent>
#include <QFileDialog>
#include <QLabel>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>

namespace ftc {

namespace {
constexpr int kRetryMs = 3000;
}

VmConsoleWindow::VmConsoleWindow(HostSession *session, const QString &vm, QWidget *parent)
    : QMainWindow(parent), m_session(session), m_vm(vm), m_host(session ? session->label() : QString())
{
    setObjectName(QStringLiteral("vmConsole"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("%1 on %2 — Remote Control").arg(vm, m_host));
    m_client = new VncClient(this);
    m_view = new VncView(m_client, this);
    m_view->setObjectName(QStringLiteral("vncView"));
    m_scroll = new QScrollArea(this);
    m_scroll->setWidget(m_view);
    m_scroll->setWidgetResizable(true);
    m_scroll->setAlignment(Qt::AlignCenter);
    m_scroll->setStyleSheet(QStringLiteral("QScrollArea { background: black; }"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("consoleMessage"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setMargin(24);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_message);
    m_stack->addWidget(m_scroll);
    setCentralWidget(m_stack);
    m_status = new QLabel(this);
    m_status->setTextFormat(Qt::PlainText);
    statusBar()->addWidget(m_status, 1);

    QToolBar *bar = addToolBar(tr("Remote Control"));
    bar->setObjectName(QStringLiteral("consoleToolbar"));
    m_cad = bar->addAction(tr("Send Ctrl+Alt+&Del"), this, [this] { m_client->sendCtrlAltDel(); });
    m_cad->setObjectName(QStringLiteral("sendCtrlAltDel"));
    m_cad->setToolTip(tr("Ctrl+Alt+Del goes to the VM, not to this computer"));
    m_scale = bar->addAction(tr("&Scale to Window"));
    m_scale->setObjectName(QStringLiteral("scaleToWindow"));
    m_scale->setCheckable(true);
    m_scale->setChecked(true);
    connect(m_scale, &QAction::toggled, this, [this](bool on) {
        // The scroll area lets go of the view's size first, so 1:1 can take the screen's.
        m_scroll->setWidgetResizable(on);
        m_view->setScaled(on);
    });
    m_full = bar->addAction(tr("&Full Screen"));
    m_full->setObjectName(QStringLiteral("fullScreen"));
    m_full->setCheckable(true);
    m_full->setShortcut(QKeySequence(Qt::Key_F11));
    m_full->setShortcutContext(Qt::WindowShortcut);
    connect(m_full, &QAction::toggled, this, [this](bool on) { on ? showFullScreen() : showNormal(); });
    m_shot = bar->addAction(tr("Screens&hot…"), this, [this] {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
        const QString path = QFileDialog::getSaveFileName(this, tr("Save Screenshot of %1").arg(m_vm),
                                                          dir + QLatin1Char('/') + m_vm + QStringLiteral(".png"),
                                                          tr("PNG images (*.png)"));
        QString error;
        if (!path.isEmpty() && !saveScreenshot(path, &error))
            m_status->setText(error);
        else if (!path.isEmpty())
            m_status->setText(tr("Saved %1").arg(path));
    });
    m_shot->setObjectName(QStringLiteral("screenshot"));
    m_reconnect = bar->addAction(tr("&Reconnect"), this, [this] { reconnect(); });
    m_reconnect->setObjectName(QStringLiteral("reconnect"));

    m_retry = new QTimer(this);
    m_retry->setSingleShot(true);
    m_retry->setInterval(kRetryMs);
    connect(m_retry, &QTimer::timeout, this, [this] { reconnect(); });
    connect(m_client, &VncClient::connected, this, [this](QSize size) {
        m_stack->setCurrentWidget(m_scroll);
        m_view->setFocus();
        m_status->setText(tr("%1 on %2: %3 × %4, through the console's connection to the host")
                              .arg(m_vm, m_host)
                              .arg(size.width())
                              .arg(size.height()));
    });
    connect(m_client, &VncClient::disconnected, this, [this](const QString &reason) { ended(reason); });
    if (m_session)
        connect(m_session, &HostSession::vmDisplayOpened, this, &VmConsoleWindow::opened);
    resize(800, 520);
    reconnect();
}

VmConsoleWindow::~VmConsoleWindow()
{
    m_client->stop();
    m_bridge.reset();
}

bool VmConsoleWindow::isConnected() const
{
    return m_client->running() && m_stack->currentWidget() == m_scroll;
}

QString VmConsoleWindow::message() const
{
    return m_stack->currentWidget() == m_message ? m_message->text() : QString();
}

void VmConsoleWindow::showMessage(const QString &text)
{
    m_message->setText(text);
    m_stack->setCurrentWidget(m_message);
}

void VmConsoleWindow::reconnect()
{
    m_retry->stop();
    m_client->stop();
    m_bridge.reset();
    if (!m_session) {
        showMessage(tr("%1 was closed: open it again to see the screen of %2.").arg(m_host, m_vm));
        return;
    }
    showMessage(tr("Connecting to the screen of %1…").arg(m_vm));
    m_requestId = m_session->openVmDisplay(m_vm);
}

void VmConsoleWindow::opened(int requestId, const VmDisplay &display)
{
    if (requestId != m_requestId)
        return;
    m_requestId = 0;
    if (!display.ok()) {
        // A display to be changed stays as it is until the admin acts; a host
        // or VM that is away may come back.
        const bool lasting = !display.target.problem.isEmpty();
        showMessage(lasting ? display.problem
                            : tr("%1\n\nTrying again every %2 seconds.").arg(display.problem).arg(kRetryMs / 1000));
        if (!lasting)
            m_retry->start();
        return;
    }
    m_bridge = std::make_unique<StreamSocketBridge>(display.stream);
    const int fd = m_bridge->takeClientFd();
    if (fd < 0) {
        showMessage(m_bridge->endReason());
        return;
    }
    m_client->start(fd);
}

void VmConsoleWindow::ended(const QString &reason)
{
    if (!m_bridge || m_client->running())
        return;                // stopped on purpose, or news of a session already replaced
    // The bridge knows when the host's connection failed; the client only
    // sees its socket close.
    const QString transport = m_bridge->endReason();
    m_bridge.reset();
    const QString why = !transport.isEmpty() && transport != reason ? transport : reason;
    showMessage(tr("The connection to the screen of %1 ended: %2\n\nReconnecting when %3 and %1 answer again (every %4 "
                   "seconds).")
                    .arg(m_vm, why.isEmpty() ? tr("it was closed") : why, m_host)
                    .arg(kRetryMs / 1000));
    m_status->setText(tr("Disconnected"));
    m_retry->start();
}

bool VmConsoleWindow::saveScreenshot(const QString &path, QString *error) const
{
    const QImage image = m_client->frame();
    if (image.isNull()) {
        if (error)
            *error = tr("There is no screen to save yet.");
        return false;
    }
    if (!image.save(path, "PNG")) {
        if (error)
            *error = tr("Could not write %1: check that the folder exists and is writable.").arg(path);
        return false;
    }
    return true;
}

void VmConsoleWindow::closeEvent(QCloseEvent *e)
{
    m_retry->stop();
    m_client->stop();
    m_bridge.reset();
    QMainWindow::closeEvent(e);
}

} // namespace ftc
