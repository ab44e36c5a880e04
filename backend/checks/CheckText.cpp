#include "CheckText.h"

#include "ChecksTr.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace ftc {

namespace {


const QStringList kAreas{QStringLiteral("storage"), QStringLiteral("network"), QStringLiteral("vm"),
                         QStringLiteral("host")};

} // namespace

QString areaTitle(const QString &area)
{
    if (area == QLatin1String("storage"))
        return Checks::tr("Storage");
    if (area == QLatin1String("network"))
        return Checks::tr("Network");
    if (area == QLatin1String("vm"))
        return Checks::tr("Virtual machines");
    if (area == QLatin1String("host"))
        return Checks::tr("Host");
    return area;
}

QString severityLabel(Severity s)
{
    switch (s) {
    case Severity::Info: return Checks::tr("INFO");
    case Severity::Unknown: return Checks::tr("UNKNOWN");
    case Severity::Warning: return Checks::tr("WARNING");
    case Severity::Error: return Checks::tr("ERROR");
    }
    return {};
}

QString checkText(const HostSnapshot &s, const QList<Finding> &findings)
{
    QString out = Checks::tr("Checks of %1 (%2), %3\n")
                      .arg(s.info.name.isEmpty() ? s.label : s.info.name, s.label,
                           s.takenAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    QStringList areas = kAreas;
    for (const Finding &f : findings)
        if (!areas.contains(findingArea(f.id)))
            areas << findingArea(f.id);
    QMap<Severity, int> counts;
    for (const QString &area : areas) {
        QList<Finding> here;
        for (const Finding &f : findings)
            if (findingArea(f.id) == area)
                here << f;
        // Worst first within the area.
        std::stable_sort(here.begin(), here.end(), [](const Finding &a, const Finding &b) { return a.severity > b.severity; });
        out += QLatin1Char('\n') + areaTitle(area) + QLatin1Char('\n');
        if (here.isEmpty())
            out += QStringLiteral("  ") + Checks::tr("OK: nothing found") + QLatin1Char('\n');
        for (const Finding &f : here) {
            ++counts[f.severity];
            out += QStringLiteral("  %1 %2%3\n")
                       .arg(severityLabel(f.severity).leftJustified(8), f.object.isEmpty() ? QString() : f.object + QStringLiteral(": "),
                            f.message);
            if (!f.remedy.isEmpty())
                out += QStringLiteral("           ") + Checks::tr("Remedy: %1").arg(f.remedy) + QLatin1Char('\n');
        }
    }
    out += QLatin1Char('\n')
        + Checks::tr("%1 errors, %2 warnings, %3 unknown, %4 notes.")
              .arg(counts.value(Severity::Error))
              .arg(counts.value(Severity::Warning))
              .arg(counts.value(Severity::Unknown))
              .arg(counts.value(Severity::Info))
        + QLatin1Char('\n');
    return out;
}

QJsonObject findingJson(const Finding &f)
{
    return QJsonObject{{QStringLiteral("id"), f.id},
                       {QStringLiteral("area"), findingArea(f.id)},
                       {QStringLiteral("severity"), severityName(f.severity)},
                       {QStringLiteral("object"), f.object},
                       {QStringLiteral("message"), f.message},
                       {QStringLiteral("remedy"), f.remedy}};
}

QJsonObject checkJson(const HostSnapshot &s, const QList<Finding> &findings)
{
    QJsonArray list;
    QJsonObject counts{{QStringLiteral("error"), 0}, {QStringLiteral("warning"), 0}, {QStringLiteral("unknown"), 0},
                       {QStringLiteral("info"), 0}};
    for (const Finding &f : findings) {
        list.append(findingJson(f));
        const QString k = severityName(f.severity);
        counts[k] = counts.value(k).toInt() + 1;
    }
    const Severity worst = worstSeverity(findings);
    return QJsonObject{
        {QStringLiteral("host"), QJsonObject{{QStringLiteral("name"), s.info.name}, {QStringLiteral("label"), s.label}}},
        {QStringLiteral("taken_at"), s.takenAt.toString(Qt::ISODate)},
        {QStringLiteral("status"), worst == Severity::Error          ? QStringLiteral("errors")
                                   : worst >= Severity::Unknown      ? QStringLiteral("warnings")
                                                                     : QStringLiteral("clean")},
        {QStringLiteral("counts"), counts},
        {QStringLiteral("findings"), list},
    };
}

} // namespace ftc
