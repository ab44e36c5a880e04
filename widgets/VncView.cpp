#include "VncView.h"

#include "VncClient.h"

#include <QKeyEvent>
#include <QPainter>

#include <rfb/keysym.h>

namespace ftc {

VncView::VncView(VncClient *client, QWidget *parent) : QWidget(parent), m_client(client)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAttribute(Qt::WA_InputMethodEnabled, false);
    const auto take = [this] {
        m_image = m_client->frame();
        update();
    };
    connect(client, &VncClient::updated, this, take);
    connect(client, &VncClient::resized, this, [this, take] {
        take();
        updateGeometry();
        if (!m_scaled)
            resize(m_image.size());
    });
}

void VncView::setScaled(bool scaled)
{
    m_scaled = scaled;
    updateGeometry();
    if (!m_scaled && !m_image.isNull())
        resize(m_image.size());
    update();
}

QSize VncView::sizeHint() const
{
    return m_image.isNull() ? QSize(720, 400) : m_image.size();
}

QRect VncView::target() const
{
    if (m_image.isNull())
        return {};
    if (!m_scaled)
        return QRect(QPoint(0, 0), m_image.size());
    QSize s = m_image.size().scaled(size(), Qt::KeepAspectRatio);
    return QRect(QPoint((width() - s.width()) / 2, (height() - s.height()) / 2), s);
}

QPoint VncView::toFramebuffer(const QPoint &p) const
{
    const QRect t = target();
    if (t.isEmpty() || !t.contains(p))
        return {-1, -1};
    return {int(qint64(p.x() - t.x()) * m_image.width() / t.width()),
            int(qint64(p.y() - t.y()) * m_image.height() / t.height())};
}

void VncView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), Qt::black);
    if (m_image.isNull())
        return;
    painter.setRenderHint(QPainter::SmoothPixmapTransform, m_scaled);
    painter.drawImage(target(), m_image);
}

quint32 VncView::keysymFor(int key, const QString &text, Qt::KeyboardModifiers modifiers)
{
    static const QHash<int, quint32> special{
        {Qt::Key_Return, XK_Return}, {Qt::Key_Enter, XK_KP_Enter}, {Qt::Key_Escape, XK_Escape},
        {Qt::Key_Tab, XK_Tab}, {Qt::Key_Backtab, XK_Tab}, {Qt::Key_Backspace, XK_BackSpace},
        {Qt::Key_Delete, XK_Delete}, {Qt::Key_Insert, XK_Insert}, {Qt::Key_Home, XK_Home}, {Qt::Key_End, XK_End},
        {Qt::Key_PageUp, XK_Page_Up}, {Qt::Key_PageDown, XK_Page_Down}, {Qt::Key_Left, XK_Left},
        {Qt::Key_Up, XK_Up}, {Qt::Key_Right, XK_Right}, {Qt::Key_Down, XK_Down}, {Qt::Key_Shift, XK_Shift_L},
        {Qt::Key_Control, XK_Control_L}, {Qt::Key_Alt, XK_Alt_L}, {Qt::Key_AltGr, XK_ISO_Level3_Shift},
        {Qt::Key_Meta, XK_Super_L}, {Qt::Key_CapsLock, XK_Caps_Lock}, {Qt::Key_NumLock, XK_Num_Lock},
        {Qt::Key_ScrollLock, XK_Scroll_Lock}, {Qt::Key_Pause, XK_Pause}, {Qt::Key_Print, XK_Print},
        {Qt::Key_Menu, XK_Menu}, {Qt::Key_Space, XK_space}};
    if (const auto it = special.constFind(key); it != special.cend())
        return *it;
    if (key >= Qt::Key_F1 && key <= Qt::Key_F12)
        return XK_F1 + quint32(key - Qt::Key_F1);
    // With Control held, text is a control character: the letter is in key.
    if (key >= Qt::Key_A && key <= Qt::Key_Z && (text.isEmpty() || text.at(0).unicode() < 0x20))
        return (modifiers & Qt::ShiftModifier ? 'A' : 'a') + quint32(key - Qt::Key_A);
    if (!text.isEmpty() && text.at(0).unicode() >= 0x20) {
        const char32_t c = text.toUcs4().value(0);
        // Latin-1 keysyms are the characters; others are 0x01000000 + code point.
        return c < 0x100 ? quint32(c) : 0x01000000u + quint32(c);
    }
    if (key > 0 && key < 0x100)
        return quint32(key);
    return 0;
}

bool VncView::event(QEvent *e)
{
    // Tab and Backtab belong to the VM, not to the dialog's focus chain.
    if (e->type() == QEvent::KeyPress || e->type() == QEvent::KeyRelease) {
        auto *k = static_cast<QKeyEvent *>(e);
        if (k->key() == Qt::Key_Tab || k->key() == Qt::Key_Backtab) {
            e->type() == QEvent::KeyPress ? keyPressEvent(k) : keyReleaseEvent(k);
            return true;
        }
    }
    if (e->type() == QEvent::ShortcutOverride) {
        e->accept();           // the window's shortcuts wait while the VM has the keyboard
        return true;
    }
    return QWidget::event(e);
}

void VncView::keyPressEvent(QKeyEvent *e)
{
    const quint32 sym = keysymFor(e->key(), e->text(), e->modifiers());
    if (sym == 0)
        return;
    m_down.insert(e->key(), sym);
    m_client->sendKey(sym, true);
}

void VncView::keyReleaseEvent(QKeyEvent *e)
{
    if (e->isAutoRepeat())
        return;
    const quint32 sym = m_down.take(e->key());
    if (sym != 0)
        m_client->sendKey(sym, false);
}

void VncView::focusOutEvent(QFocusEvent *e)
{
    // Keys held when the focus left would stay down in the guest.
    for (const quint32 sym : std::as_const(m_down))
        m_client->sendKey(sym, false);
    m_down.clear();
    QWidget::focusOutEvent(e);
}

void VncView::sendPointer(const QPoint &pos, Qt::MouseButtons buttons, int extra)
{
    const QPoint p = toFramebuffer(pos);
    if (p.x() < 0)
        return;
    int mask = extra;
    if (buttons & Qt::LeftButton)
        mask |= 1;
    if (buttons & Qt::MiddleButton)
        mask |= 2;
    if (buttons & Qt::RightButton)
        mask |= 4;
    m_client->sendPointer(p.x(), p.y(), mask);
}

void VncView::mouseMoveEvent(QMouseEvent *e)
{
    sendPointer(e->position().toPoint(), e->buttons());
}

void VncView::mousePressEvent(QMouseEvent *e)
{
    setFocus(Qt::MouseFocusReason);
    sendPointer(e->position().toPoint(), e->buttons());
}

void VncView::mouseReleaseEvent(QMouseEvent *e)
{
    sendPointer(e->position().toPoint(), e->buttons());
}

void VncView::wheelEvent(QWheelEvent *e)
{
    // RFB's wheel is buttons 4 (up) and 5 (down), pressed and released.
    const int bit = e->angleDelta().y() > 0 ? 8 : 16;
    sendPointer(e->position().toPoint(), e->buttons(), bit);
    sendPointer(e->position().toPoint(), e->buttons());
}

} // namespace ftc
