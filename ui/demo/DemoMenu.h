#pragma once
// The Demo menu, on the demo host only: pull or insert a disk, unplug or plug a
// cable, so the console's reactions can be tried without hardware. The faults
// are the demo host's own commands (demoFaultCommand); the menu picks which.

#include "plan/Plan.h"
#include "shell/Selection.h"

#include <QObject>

class QMenu;
class QWidget;

namespace ftc {

enum class DemoFault;

class DemoMenu : public QObject {
    Q_OBJECT
public:
    explicit DemoMenu(QWidget *window);

    QMenu *menu() const { return m_menu; }
    // Enabled when the selected host is the demo host and has answered.
    void select(const Selection &selection);

signals:
    // A fault to inject at once (no preview: it only simulates hardware).
    void runRequested(const QString &host, const ftc::Plan &plan);

private:
    void fill(QMenu *menu, int verb);
    void inject(DemoFault fault, const QString &device);

    QMenu *m_menu;
    Selection m_selection;
};

} // namespace ftc
