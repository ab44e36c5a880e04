#pragma once
// Host ▸ Operation History: every plan the console applied to a host, from the
// host's journal (OperationJournal), newest first, each with its steps as they
// ran; exported as text or HTML for a change ticket.

#include "plan/OperationReport.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace ftc {

class HistoryDialog : public QDialog {
    Q_OBJECT
public:
    // journalDir empty: the user's data directory (OperationJournal's default).
    explicit HistoryDialog(const QString &host, QWidget *parent = nullptr, const QString &journalDir = QString());

    // Reads the journal again (a plan finished while the dialog was open).
    void reload();
    QList<OperationReport> reports() const { return m_reports; }
    QTreeWidget *list() const { return m_list; }
    // The selected operation's record, as plain text.
    QString shownText() const;
    // Writes every operation of the host to path: HTML when it ends in .html or
    // .htm, plain text otherwise. False with *error when it cannot be written.
    bool exportTo(const QString &path, QString *error = nullptr) const;

private:
    void showSelected();
    void exportInteractively();

    QString m_host;
    QString m_journalDir;
    QList<OperationReport> m_reports;  // oldest first, as in the journal
    QTreeWidget *m_list;
    QPlainTextEdit *m_detail;
    QLabel *m_where;
    QPushButton *m_export = nullptr;
};

} // namespace ftc
