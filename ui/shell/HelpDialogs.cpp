#include "HelpDialogs.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>

namespace ftc {

namespace {

QString section(const QString &title, const QStringList &paragraphs)
{
    QString html = QStringLiteral("<h3>%1</h3>").arg(title.toHtmlEscaped());
    for (const QString &p : paragraphs)
        html += QStringLiteral("<p>%1</p>").arg(p.toHtmlEscaped());
    return html;
}

QDialogButtonBox *closeButton(QDialog *dialog)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}

} // namespace

QString ManualDialog::manualHtml()
{
    // The guide builds a fault-tolerant host in five steps; each section says
    // where the console does that step. Plain paragraphs, escaped: the words
    // are translations, not markup.
    QString html = QStringLiteral("<h2>%1</h2>").arg(tr("Using ftconsole").toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>").arg(
        tr("ftconsole follows the guide's five steps to a fault-tolerant host. The Setup page of each host ticks "
           "them off from what the host reports and has a button for the next thing to do; the Checks page lists "
           "what is still not fault-tolerant, each finding with its remedy.")
            .toHtmlEscaped());
    html += section(tr("1. Hardware"),
                    {tr("Put the adapters and disks in pairs, one of each pair in each module, and connect the power "
                        "supplies to two separate circuits. The Modules node shows what sits in which module; set a "
                        "device's module in Host ▸ Module Placement when the host cannot tell.")});
    html += section(tr("2. Host operating system"),
                    {tr("Turn on boot monitoring (the hardware watchdog) and turn off automatic updates. Both are "
                        "items of the Setup page, each with a Fix… button that shows the plan first.")});
    html += section(tr("3. Server hardware: disks and adapter teams"),
                    {tr("Mirror every disk: select a virtual disk and choose Storage ▸ Add Disk…, or select a free "
                        "physical disk and choose Add to Virtual Disk…. The wizard asks the disk itself what it holds, "
                        "shows every command and asks for the disk's serial number before anything is written. The "
                        "virtual disk goes Syncing, then Duplex; the page shows the progress and the speed."),
                     tr("Team the adapters: Network ▸ New Team… builds a team from one adapter in each module, "
                        "and a bridge on it for the virtual machines.")});
    html += section(tr("4. Hypervisor"),
                    {tr("libvirt must run and answer; the Virtual machines node shows its domains. Let the host save "
                        "the virtual machines when it stops (Host ▸ Save VM States When the Host Stops).")});
    html += section(tr("5. Virtual machines"),
                    {tr("Size each VM from the server it replaces (Virtual Machine ▸ Resource Planner…), then create it "
                        "on the host's mirrored disks with a fixed-size disk and its network adapter on a team "
                        "(Virtual Machine ▸ New Virtual Machine…), and install its operating system through its screen "
                        "(Virtual Machine ▸ Remote Control…)."),
                     tr("Keep their images on mirrored disks, size them within the host's memory, give each its CPU "
                        "weight, reservation and cap (Virtual Machine ▸ CPU Resources…) and let them start with the "
                        "host.")});
    html += section(tr("Watching and reporting"),
                    {tr("The tree shows the worst state below each node; the event log keeps every change, with a "
                        "filter, search, copy and CSV export, and a double-click shows the object. File ▸ Export "
                        "Report writes the configuration as PDF, HTML, CSV or JSON; File ▸ Save Support Bundle "
                        "saves the host's raw outputs for a support case, which File ▸ Open Host… shows read-only as a support "
                        "bundle."),
                     tr("The same without a window: ftconsole check, ftconsole report and ftconsole bundle; "
                        "ftconsole --help lists them.")});
    return html;
}

ManualDialog::ManualDialog(QWidget *parent)
    : QDialog(parent)
    , m_text(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("manualDialog"));
    setWindowTitle(tr("ftconsole Manual"));
    m_text->setOpenLinks(false);
    m_text->setHtml(manualHtml());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addWidget(closeButton(this));
    resize(640, 560);
}

QString ShortcutsDialog::plainText(QString menuText)
{
    return menuText.remove(QLatin1Char('&')).remove(QStringLiteral("…")).trimmed();
}

ShortcutsDialog::ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent)
    : QDialog(parent)
    , m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    QList<QPair<QString, QString>> rows;
    for (const QAction *a : actions) {
        if (a->shortcut().isEmpty() || a->text().isEmpty())
            continue;
        QString text = ShortcutsDialog::plainText(a->text());
        // "Virtual Machine ▸ Pause": the menu says what a short word acts on.
        for (QObject *o : a->associatedObjects())
            if (const auto *menu = qobject_cast<const QMenu *>(o); menu && !menu->title().isEmpty()) {
                text = tr("%1 ▸ %2").arg(plainText(menu->title()), text);
                break;
            }
        const QPair<QString, QString> row{text, a->shortcut().toString(QKeySequence::NativeText)};
        if (!rows.contains(row))
            rows << row;
    }
    std::sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) { return a.first.localeAwareCompare(b.first) < 0; });
    m_table->setColumnCount(2);
    m_table->setHorizontalHeaderLabels({tr("Action"), tr("Shortcut")});
    m_table->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        m_table->setItem(r, 0, new QTableWidgetItem(rows[r].first));
        m_table->setItem(r, 1, new QTableWidgetItem(rows[r].second));
    }
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->resizeColumnToContents(0);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(closeButton(this));
    resize(460, 420);
}

} // namespace ftc
