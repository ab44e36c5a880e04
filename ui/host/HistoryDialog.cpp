#include "HistoryDialog.h"

#include "plan/OperationJournal.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QRegularExpression>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ftc {

namespace {
constexpr int IndexRole = Qt::UserRole + 1;
} // namespace

HistoryDialog::HistoryDialog(const QString &host, QWidget *parent, const QString &journalDir)
    : QDialog(parent), m_host(host), m_journalDir(journalDir)
{
    setObjectName(QStringLiteral("historyDialog"));
    setWindowTitle(tr("Operation History of %1").arg(host));
    resize(900, 600);
    auto *layout = new QVBoxLayout(this);
    m_where = new QLabel(this);
    m_where->setWordWrap(true);
    m_where->setTextFormat(Qt::PlainText);
    m_where->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_where);

    auto *split = new QSplitter(Qt::Vertical, this);
    m_list = new QTreeWidget(split);
    m_list->setObjectName(QStringLiteral("operations"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setHeaderLabels({tr("Started (UTC)"), tr("Operation"), tr("Result"), tr("Steps"), tr("Account")});
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_detail = new QPlainTextEdit(split);
    m_detail->setObjectName(QStringLiteral("operationRecord"));
    m_detail->setReadOnly(true);
    m_detail->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_detail->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &HistoryDialog::showSelected);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *exportButton = buttons->addButton(tr("&Export…"), QDialogButtonBox::ActionRole);
    exportButton->setObjectName(QStringLiteral("exportHistory"));
    exportButton->setToolTip(tr("Write every operation of this host to one file, oldest first"));
    m_export = exportButton;
    QPushButton *reloadButton = buttons->addButton(tr("&Reload"), QDialogButtonBox::ActionRole);
    connect(exportButton, &QPushButton::clicked, this, &HistoryDialog::exportInteractively);
    connect(reloadButton, &QPushButton::clicked, this, &HistoryDialog::reload);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    reload();
}

void HistoryDialog::reload()
{
    // The operation shown stays shown (Reload, or a plan that just finished).
    const QTreeWidgetItem *current = m_list->currentItem();
    const QString keep = current ? m_reports.value(current->data(0, IndexRole).toInt()).id : QString();
    const OperationJournal journal(m_journalDir);
    QString error;
    m_reports = journal.load(m_host, &error);
    if (!error.isEmpty())
        m_where->setText(tr("The history of %1 cannot be read: %2. Check the file's permissions.").arg(m_host, error));
    else if (m_reports.isEmpty())
        m_where->setText(tr("No operation has been applied to %1 from this console yet. Each plan applied is "
                            "recorded in %2.")
                             .arg(m_host, journal.fileFor(m_host)));
    else
        m_where->setText(tr("Operations applied to %1: %2, recorded in %3.")
                             .arg(m_host, QLocale().toString(m_reports.size()), journal.fileFor(m_host)));
    m_export->setEnabled(!m_reports.isEmpty());
    m_list->clear();
    QTreeWidgetItem *select = nullptr;
    for (qsizetype i = m_reports.size() - 1; i >= 0; --i) {
        const OperationReport &r = m_reports[i];
        int ran = 0;
        for (const StepRecord &s : r.steps)
            ran += s.ran ? 1 : 0;
        const QString result = r.ok ? tr("Done") : r.cancelled ? tr("Cancelled") : tr("Failed");
        // UTC, as in the record itself and in the exports.
        auto *item = new QTreeWidgetItem(m_list, {r.started.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                                                  r.title, result,
                                                  tr("%1 of %2").arg(ran).arg(r.steps.size()), r.user});
        item->setData(0, IndexRole, int(i));
        if (!keep.isEmpty() && r.id == keep)
            select = item;
    }
    if (!select && m_list->topLevelItemCount() > 0)
        select = m_list->topLevelItem(0);
    if (select)
        m_list->setCurrentItem(select);
    else
        m_detail->clear();
}

void HistoryDialog::showSelected()
{
    QTreeWidgetItem *item = m_list->currentItem();
    if (!item) {
        m_detail->clear();
        return;
    }
    // Plain text: the record holds the host's own output.
    m_detail->setPlainText(m_reports.value(item->data(0, IndexRole).toInt()).toText());
}

QString HistoryDialog::shownText() const
{
    return m_detail->toPlainText();
}

bool HistoryDialog::exportTo(const QString &path, QString *error) const
{
    const bool html = path.endsWith(QLatin1String(".html"), Qt::CaseInsensitive)
        || path.endsWith(QLatin1String(".htm"), Qt::CaseInsensitive);
    const QString content = html ? reportsToHtml(m_reports, tr("Operation history of %1").arg(m_host))
                                 : reportsToText(m_reports);
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(content.toUtf8()) < 0 || !f.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

void HistoryDialog::exportInteractively()
{
    QString selectedFilter;
    const QString htmlFilter = tr("Web page (*.html)");
    const QString textFilter = tr("Plain text (*.txt)");
    // "ssh://root@h1:22" -> "ssh-root-h1-22-history.html": a name any file system takes.
    QString stem = m_host;
    stem.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]+")), QStringLiteral("-"));
    const QString suggested = QDir::home().filePath(stem + QStringLiteral("-history.html"));
    QString path = QFileDialog::getSaveFileName(this, tr("Export Operation History"), suggested,
                                                htmlFilter + QStringLiteral(";;") + textFilter, &selectedFilter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += selectedFilter == textFilter ? QStringLiteral(".txt") : QStringLiteral(".html");
    QString error;
    if (!exportTo(path, &error)) {
        QMessageBox::warning(this, tr("Export failed"), error + QLatin1Char('\n') + tr("Choose another folder or file name."));
        return;
    }
    m_where->setText(tr("The history of %1 was exported to %2.").arg(m_host, path));
}

} // namespace ftc
