#pragma once
// Virtual Machine ▸ Remote Control: a VM's screen in a window of the console
// (the guide's "turn on the VM and remote control it"), with keyboard and
// mouse, Ctrl+Alt+Del, scale to window, full screen and a screenshot. The
// VNC stream comes through the host session's own connection (an SSH
// channel, a local socket, the demo's simulated screen): no port is opened
// and no viewer is started. When the connection ends the window says why and
// tries again every few seconds while the reason may pass (the host or the
// VM coming back); a display that needs changing says what to change.

#include <QMainWindow>
#include <QPointer>
#include <memory>

class QAction;
class QLabel;
class QScrollArea;
class QStackedWidget;
class QTimer;

namespace ftc {

class HostSession;
class StreamSocketBridge;
class VncClient;
class VncView;
struct VmDisplay;

class VmConsoleWindow : public QMainWindow {
    Q_OBJECT
public:
    VmConsoleWindow(HostSession *session, const QString &vm, QWidget *parent = nullptr);
    ~VmConsoleWindow() override;

    QString vm() const { return m_vm; }
    bool isConnected() const;
    // The message shown instead of the screen (connecting, why not); empty while the screen shows.
    QString message() const;
    VncView *view() const { return m_view; }
    VncClient *client() const { return m_client; }
    QAction *ctrlAltDelAction() const { return m_cad; }
    QAction *scaleAction() const { return m_scale; }
    QAction *fullScreenAction() const { return m_full; }
    // Writes the screen as a PNG; false with *error when it cannot.
    bool saveScreenshot(const QString &path, QString *error = nullptr) const;
    // Connects again now (the Reconnect button).
    void reconnect();

protected:
    void closeEvent(QCloseEvent *e) override;

private:
    void opened(int requestId, const VmDisplay &display);
    void ended(const QString &reason);
    void showMessage(const QString &text);

    QPointer<HostSession> m_session;
    QString m_vm;
    QString m_host;
    int m_requestId = 0;
    std::unique_ptr<StreamSocketBridge> m_bridge;
    VncClient *m_client;
    VncView *m_view;
    QScrollArea *m_scroll;
    QStackedWidget *m_stack;
    QLabel *m_message;
    QLabel *m_status;
    QTimer *m_retry;
    QAction *m_cad, *m_scale, *m_full, *m_shot, *m_reconnect;
};

} // namespace ftc
