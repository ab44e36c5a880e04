#pragma once
// Help ▸ Manual and Help ▸ Keyboard Shortcuts: the guide's five steps as the
// console does them, and every shortcut the window's actions have (read from
// the actions themselves, so the list cannot drift from the menus).

#include <QDialog>
#include <QList>

class QAction;
class QTableWidget;
class QTextBrowser;

namespace ftc {

class ManualDialog : public QDialog {
    Q_OBJECT
public:
    explicit ManualDialog(QWidget *parent = nullptr);
    QTextBrowser *text() const { return m_text; }
    // The manual as HTML: every word through tr(), so it reads in the UI's language.
    static QString manualHtml();

private:
    QTextBrowser *m_text;
};

class ShortcutsDialog : public QDialog {
    Q_OBJECT
public:
    // actions: those to list; the ones without a shortcut are left out, the
    // rest sorted by their menu text.
    explicit ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }
    // A menu text without its mnemonic and ellipsis: "&Open Host…" -> "Open Host".
    static QString plainText(QString menuText);

private:
    QTableWidget *m_table;
};

} // namespace ftc
