#pragma once
// The demo host's VM screens: a VNC server in process (libvncserver) for
// each console window opened on a running demo VM, serving exactly one
// client on a socketpair (it listens on no port). It shows a text console
// ("dc1 login: "), echoes what is typed, and answers Ctrl+Alt+Del, so the
// console window can be tried without a host.
//
// The text is painted by a ScreenPainter the GUI sets (the backend has no
// fonts); without one the screen stays black but the protocol works.

#include "transport/Runner.h"

#include <QStringList>
#include <functional>

namespace ftc {

// Paints lines of text, white on black, into a 32-bit RGBX framebuffer
// (width × height pixels, stride bytes per row), one line per 16 pixels.
using ScreenPainter = std::function<void(uchar *pixels, int width, int height, int stride, const QStringList &lines)>;
void setDemoScreenPainter(ScreenPainter painter);

// Asked twice a second while a screen is open: empty while the VM runs and
// the host can be reached, else why the screen goes (the server then closes
// the connection, and the stream's end says why).
using ScreenAlive = std::function<QString()>;

// A stream to a new simulated screen of vm (hostname: the guest's name).
std::unique_ptr<Stream> openDemoScreen(const QString &vm, const QString &hostname, ScreenAlive alive = {});

// The text a demo screen shows first, line by line (for tests).
QStringList demoScreenLines(const QString &vm, const QString &hostname);

} // namespace ftc
