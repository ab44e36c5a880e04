#pragma once
// A VM's screen in a widget: the VncClient's framebuffer painted 1:1 (for a
// scroll area) or scaled to the widget with its aspect kept, the keyboard
// and mouse sent as RFB key and pointer events (X11 keysyms). Every key,
// Tab included, goes to the VM while the view has focus.

#include <QHash>
#include <QImage>
#include <QWidget>

namespace ftc {

class VncClient;

class VncView : public QWidget {
    Q_OBJECT
public:
    explicit VncView(VncClient *client, QWidget *parent = nullptr);

    void setScaled(bool scaled);
    bool scaled() const { return m_scaled; }
    // The framebuffer as the view last took it.
    QImage image() const { return m_image; }
    // Where a point of the widget falls on the framebuffer; (-1, -1) outside it.
    QPoint toFramebuffer(const QPoint &widgetPos) const;
    // The X11 keysym for a Qt key event (rfb/keysym.h); 0 when none.
    static quint32 keysymFor(int key, const QString &text, Qt::KeyboardModifiers modifiers);

    QSize sizeHint() const override;

protected:
    bool event(QEvent *e) override;
    void paintEvent(QPaintEvent *e) override;
    void keyPressEvent(QKeyEvent *e) override;
    void keyReleaseEvent(QKeyEvent *e) override;
    void mouseMoveEvent(QMouseEvent *e) override;
    void mousePressEvent(QMouseEvent *e) override;
    void mouseReleaseEvent(QMouseEvent *e) override;
    void wheelEvent(QWheelEvent *e) override;
    void focusOutEvent(QFocusEvent *e) override;

private:
    QRect target() const;      // where the framebuffer is drawn in the widget
    void sendPointer(const QPoint &pos, Qt::MouseButtons buttons, int extra = 0);

    VncClient *m_client;
    QImage m_image;
    bool m_scaled = true;
    QHash<int, quint32> m_down;        // Qt key -> keysym sent down, for its release
};

} // namespace ftc
