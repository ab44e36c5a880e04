#pragma once
// The right-hand pane: an icon and title, then label/value rows in the manner of
// ftSMC ("OpState: State   Duplex"), with badges, a sync progress bar and notes.

#include "PropertyRow.h"

#include <QIcon>
#include <QWidget>

class QAction;
class QGridLayout;
class QHBoxLayout;
class QLabel;
class QScrollArea;

namespace ftc {

class PropertiesPane : public QWidget {
    Q_OBJECT
public:
    explicit PropertiesPane(QWidget *parent = nullptr);

    void setHeader(const QIcon &icon, const QString &title, const QString &subtitle = {});
    void setRows(const PropertyRows &rows);
    void clear(const QString &placeholder = {});
    // Buttons under the header for what can be done with the object shown; an
    // action with a menu becomes a button that pops the menu. Empty: no bar.
    void setActions(const QList<QAction *> &actions);
    QList<QAction *> actions() const { return m_actions; }

    QString title() const;
    const PropertyRows &rows() const { return m_rows; }
    // The value shown for the first row with this label; empty when there is none.
    QString value(const QString &label) const;
    // Number of times the row widgets were rebuilt rather than updated in place.
    int rebuildCount() const { return m_rebuilds; }

private:
    void rebuild();
    void updateValues();
    static bool sameShape(const PropertyRows &a, const PropertyRows &b);

    QLabel *m_icon;
    QLabel *m_title;
    QLabel *m_subtitle;
    QLabel *m_placeholder;
    QScrollArea *m_scroll;
    QWidget *m_actionBar;
    QHBoxLayout *m_actionLayout;
    QList<QAction *> m_actions;
    QWidget *m_body = nullptr;
    QGridLayout *m_grid = nullptr;
    PropertyRows m_rows;
    QList<QWidget *> m_valueWidgets;   // one per row, parallel to m_rows
    int m_rebuilds = 0;
};

} // namespace ftc
