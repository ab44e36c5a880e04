#pragma once
// The demo host's simulated VM screens get their text painted here (the
// backend has no fonts): a fixed-width font, white on black, a line each 16
// pixels, as a text console looks.

namespace ftc {

// Installs the painter (demo/DemoVncScreen's ScreenPainter); idempotent.
void installDemoScreenPainter();

} // namespace ftc
