#include "PropertiesPane.h"

#include "StateBadge.h"
#include "SyncProgressWidget.h"
#include "SyncSpeedChart.h"

#include <QAction>
#include <QMenu>
#include <QToolButton>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace ftc {

namespace {

// Row names are often the host's own words (a device, a VM's name): shown as
// they are, never interpreted as markup.
QLabel *plainLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QLabel *makeValueLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QString noteStyle(BadgeTone tone)
{
    const QColor c = toneColor(tone);
    QColor bg = c;
    bg.setAlphaF(0.10);
    return QStringLiteral("QLabel { border-left: 4px solid %1; background: rgba(%2,%3,%4,%5);"
                          " padding: 6px 8px; }")
        .arg(c.name())
        .arg(bg.red()).arg(bg.green()).arg(bg.blue()).arg(bg.alphaF());
}

} // namespace

PropertiesPane::PropertiesPane(QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_placeholder(new QLabel(this))
    , m_scroll(new QScrollArea(this))
    , m_actionBar(new QWidget(this))
    , m_actionLayout(new QHBoxLayout(m_actionBar))
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(12, 10, 12, 6);

    auto *header = new QHBoxLayout;
    m_icon->setFixedSize(32, 32);
    QFont tf = m_title->font();
    tf.setPointSizeF(tf.pointSizeF() * 1.35);
    tf.setBold(true);
    m_title->setFont(tf);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setTextFormat(Qt::PlainText);
    m_subtitle->setTextFormat(Qt::PlainText);
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    auto *titles = new QVBoxLayout;
    titles->setSpacing(0);
    titles->addWidget(m_title);
    titles->addWidget(m_subtitle);
    header->addWidget(m_icon, 0, Qt::AlignTop);
    header->addLayout(titles, 1);
    outer->addLayout(header);

    m_actionBar->setObjectName(QStringLiteral("actionBar"));
    m_actionLayout->setContentsMargins(0, 2, 0, 2);
    m_actionLayout->setSpacing(6);
    m_actionBar->hide();
    outer->addWidget(m_actionBar);

    auto *line = new QFrame(this);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    outer->addWidget(line);

    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_placeholder->setWordWrap(true);
    outer->addWidget(m_placeholder);

    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(m_scroll, 1);
    clear();
}

void PropertiesPane::setHeader(const QIcon &icon, const QString &title, const QString &subtitle)
{
    m_icon->setPixmap(icon.pixmap(32, 32));
    if (m_title->text() != title)
        m_title->setText(title);
    if (m_subtitle->text() != subtitle)
        m_subtitle->setText(subtitle);
    m_subtitle->setVisible(!subtitle.isEmpty());
}

void PropertiesPane::setActions(const QList<QAction *> &actions)
{
    if (actions == m_actions)
        return;
    m_actions = actions;
    while (QLayoutItem *item = m_actionLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (QAction *action : actions) {
        auto *button = new QToolButton(m_actionBar);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setAutoRaise(false);
        if (action->menu())
            button->setPopupMode(QToolButton::InstantPopup);
        m_actionLayout->addWidget(button);
    }
    m_actionLayout->addStretch(1);
    m_actionBar->setVisible(!actions.isEmpty());
}

QString PropertiesPane::title() const { return m_title->text(); }

void PropertiesPane::clear(const QString &placeholder)
{
    setActions({});
    m_rows.clear();
    rebuild();
    m_icon->clear();
    m_title->clear();
    m_subtitle->clear();
    m_subtitle->hide();
    m_placeholder->setText(placeholder);
    m_placeholder->setVisible(!placeholder.isEmpty());
    m_scroll->setVisible(placeholder.isEmpty());
}

void PropertiesPane::setRows(const PropertyRows &rows)
{
    m_placeholder->hide();
    m_scroll->show();
    const bool same = sameShape(rows, m_rows) && m_body;
    m_rows = rows;
    if (same)
        updateValues();
    else
        rebuild();
}

QString PropertiesPane::value(const QString &label) const
{
    for (const PropertyRow &row : m_rows)
        if (row.label == label)
            return row.value;
    return {};
}

bool PropertiesPane::sameShape(const PropertyRows &a, const PropertyRows &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i)
        if (a[i].type != b[i].type || a[i].label != b[i].label)
            return false;
    return true;
}

void PropertiesPane::rebuild()
{
    ++m_rebuilds;
    m_valueWidgets.clear();
    // A fresh body keeps the layout code simple; this runs only when the selection
    // or the shape of the rows changes, not on every refresh.
    auto *body = new QWidget;
    auto *grid = new QGridLayout(body);
    grid->setContentsMargins(4, 4, 4, 4);
    grid->setHorizontalSpacing(18);
    grid->setVerticalSpacing(6);
    grid->setColumnStretch(1, 1);

    int r = 0;
    for (const PropertyRow &row : std::as_const(m_rows)) {
        QWidget *valueWidget = nullptr;
        switch (row.type) {
        case PropertyRow::Type::Section: {
            auto *label = plainLabel(row.label, body);
            QFont f = label->font();
            f.setBold(true);
            label->setFont(f);
            if (r > 0)
                grid->addItem(new QSpacerItem(1, 8), r++, 0);
            grid->addWidget(label, r, 0, 1, 2);
            valueWidget = label;
            break;
        }
        case PropertyRow::Type::Text: {
            auto *name = plainLabel(row.label, body);
            name->setForegroundRole(QPalette::PlaceholderText);
            grid->addWidget(name, r, 0, Qt::AlignTop | Qt::AlignLeft);
            valueWidget = makeValueLabel(body);
            grid->addWidget(valueWidget, r, 1);
            break;
        }
        case PropertyRow::Type::Badge: {
            auto *name = plainLabel(row.label, body);
            name->setForegroundRole(QPalette::PlaceholderText);
            grid->addWidget(name, r, 0, Qt::AlignVCenter | Qt::AlignLeft);
            valueWidget = new StateBadge(body);
            grid->addWidget(valueWidget, r, 1, Qt::AlignLeft | Qt::AlignVCenter);
            break;
        }
        case PropertyRow::Type::Progress: {
            auto *name = plainLabel(row.label, body);
            name->setForegroundRole(QPalette::PlaceholderText);
            grid->addWidget(name, r, 0, Qt::AlignTop | Qt::AlignLeft);
            valueWidget = new SyncProgressWidget(body);
            grid->addWidget(valueWidget, r, 1);
            break;
        }
        case PropertyRow::Type::Note: {
            auto *label = makeValueLabel(body);
            label->setTextFormat(Qt::RichText);
            label->setStyleSheet(noteStyle(row.tone));
            grid->addWidget(label, r, 0, 1, 2);
            valueWidget = label;
            break;
        }
        case PropertyRow::Type::Chart: {
            auto *name = plainLabel(row.label, body);
            name->setForegroundRole(QPalette::PlaceholderText);
            grid->addWidget(name, r, 0, Qt::AlignTop | Qt::AlignLeft);
            auto *chart = new SyncSpeedChart(body);
            if (!row.axisTitle.isEmpty())
                chart->setAxis(row.axisTitle, row.divisor);
            valueWidget = chart;
            grid->addWidget(valueWidget, r, 1);
            break;
        }
        }
        m_valueWidgets << valueWidget;
        ++r;
    }
    grid->setRowStretch(r, 1);
    m_body = body;
    m_grid = grid;
    // Values first, so the scroll area sizes the body for its real contents.
    updateValues();
    m_scroll->setWidget(body);   // deletes the previous body
}

void PropertiesPane::updateValues()
{
    for (qsizetype i = 0; i < m_rows.size() && i < m_valueWidgets.size(); ++i) {
        const PropertyRow &row = m_rows[i];
        QWidget *w = m_valueWidgets[i];
        switch (row.type) {
        case PropertyRow::Type::Section:
            break;
        case PropertyRow::Type::Text: {
            auto *label = static_cast<QLabel *>(w);
            if (label->text() != row.value)
                label->setText(row.value);
            break;
        }
        case PropertyRow::Type::Badge:
            static_cast<StateBadge *>(w)->setState(row.tone, row.value);
            break;
        case PropertyRow::Type::Progress:
            static_cast<SyncProgressWidget *>(w)->setProgress(row.value, row.percent, row.speedKiBs,
                                                              row.secondsLeft);
            break;
        case PropertyRow::Type::Note: {
            auto *label = static_cast<QLabel *>(w);
            QString body = row.value.toHtmlEscaped();
            body.replace(QLatin1Char('\n'), QLatin1String("<br>"));
            const QString text = row.label.isEmpty() ? body
                                                     : QStringLiteral("<b>%1</b><br>%2").arg(row.label.toHtmlEscaped(), body);
            if (label->text() != text)
                label->setText(text);
            const QString style = noteStyle(row.tone);
            if (label->styleSheet() != style)
                label->setStyleSheet(style);
            break;
        }
        case PropertyRow::Type::Chart:
            static_cast<SyncSpeedChart *>(w)->setSamples(row.points);
            break;
        }
    }
}

} // namespace ftc
