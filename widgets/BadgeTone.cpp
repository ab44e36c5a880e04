#include "BadgeTone.h"

#include <QHash>
#include <QPainter>
#include <QPixmap>

namespace ftc {

QColor toneColor(BadgeTone tone)
{
    // Chosen to stay readable on both light and dark palettes.
    switch (tone) {
    case BadgeTone::Good: return QColor(0x2e, 0x9e, 0x44);
    case BadgeTone::Busy: return QColor(0xe0, 0x8e, 0x0b);
    case BadgeTone::Warning: return QColor(0xd9, 0x7a, 0x00);
    case BadgeTone::Bad: return QColor(0xd0, 0x31, 0x2d);
    case BadgeTone::Neutral: return QColor(0x8a, 0x8f, 0x98);
    }
    return Qt::gray;
}

QIcon toneIcon(BadgeTone tone)
{
    static QHash<int, QIcon> cache;
    auto it = cache.find(int(tone));
    if (it != cache.end())
        return *it;
    QIcon icon;
    for (int size : {16, 32}) {
        QPixmap pm(size, size);
        pm.fill(Qt::transparent);
        QPainter p(&pm);
        p.setRenderHint(QPainter::Antialiasing);
        const QColor c = toneColor(tone);
        p.setPen(QPen(c.darker(130), size / 16.0));
        p.setBrush(c);
        const qreal m = size * 0.22;
        p.drawEllipse(QRectF(m, m, size - 2 * m, size - 2 * m));
        p.end();
        icon.addPixmap(pm);
    }
    cache.insert(int(tone), icon);
    return icon;
}

} // namespace ftc
