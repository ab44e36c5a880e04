#pragma once
// One line of the properties pane, as plain values. The pane compares the shape of
// a new list (types and labels) with what it shows and, when equal, only updates the
// values: a refresh every second must not flicker or reset a text selection.

#include "BadgeTone.h"

#include <QList>
#include <QPointF>
#include <QString>

namespace ftc {

struct PropertyRow {
    enum class Type {
        Section,   // a heading: label only
        Text,      // label: value
        Badge,     // label: state badge (value coloured by tone)
        Progress,  // label: progress widget (value = action)
        Note,      // a wrapped paragraph (value), coloured by tone; label is a short title
        Chart,     // a value-over-time line (points: ms since epoch, y); label is its title
    };
    Type type = Type::Text;
    QString label;
    QString value;
    BadgeTone tone = BadgeTone::Neutral;
    double percent = 0;
    qint64 speedKiBs = -1;
    qint64 secondsLeft = -1;
    QList<QPointF> points = {};
    QString axisTitle = {};    // Chart: the value axis' title ("MiB/s" when empty)
    double divisor = 1024;     // Chart: y / divisor is drawn (KiB/s -> MiB/s by default)

    static PropertyRow section(const QString &title) { return {Type::Section, title, {}}; }
    static PropertyRow text(const QString &label, const QString &value) { return {Type::Text, label, value}; }
    static PropertyRow badge(const QString &label, BadgeTone tone, const QString &value)
    {
        PropertyRow r{Type::Badge, label, value};
        r.tone = tone;
        return r;
    }
    static PropertyRow progress(const QString &label, const QString &action, double percent,
                                qint64 speedKiBs, qint64 secondsLeft)
    {
        PropertyRow r{Type::Progress, label, action};
        r.percent = percent;
        r.speedKiBs = speedKiBs;
        r.secondsLeft = secondsLeft;
        return r;
    }
    static PropertyRow note(const QString &title, BadgeTone tone, const QString &body)
    {
        PropertyRow r{Type::Note, title, body};
        r.tone = tone;
        return r;
    }
    // axisTitle/divisor: what the drawn y is ("%", 1; "MiB", 1048576 for bytes).
    static PropertyRow chart(const QString &title, const QList<QPointF> &points, const QString &axisTitle = {},
                             double divisor = 1024)
    {
        PropertyRow r{Type::Chart, title, {}};
        r.points = points;
        r.axisTitle = axisTitle;
        r.divisor = divisor;
        return r;
    }
};

using PropertyRows = QList<PropertyRow>;

} // namespace ftc
