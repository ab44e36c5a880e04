#include "DemoScreenPainter.h"

#include "demo/DemoVncScreen.h"

#include <QFontDatabase>
#include <QImage>
#include <QPainter>

namespace ftc {

void installDemoScreenPainter()
{
    setDemoScreenPainter([](uchar *pixels, int width, int height, int stride, const QStringList &lines) {
        QImage image(pixels, width, height, stride, QImage::Format_RGBX8888);
        QPainter p(&image);
        QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
        font.setPixelSize(13);
        font.setStyleStrategy(QFont::NoAntialias);
        p.setFont(font);
        p.setPen(QColor(0xaa, 0xaa, 0xaa));
        for (int i = 0; i < lines.size(); ++i)
            p.drawText(QPoint(4, 16 * i + 12), lines[i] + (i == lines.size() - 1 ? QStringLiteral("_") : QString()));
    });
}

} // namespace ftc
