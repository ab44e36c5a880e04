#include "VmMetadata.h"

#include "model/ReadingsTr.h"

#include <QXmlStreamReader>

namespace ftc {

VmMetadata parseVmMetadata(const QByteArray &text)
{
    VmMetadata m;
    const QByteArray t = text.trimmed();
    if (t.isEmpty() || t.startsWith("error:"))
        return m;                            // "metadata not found": nothing recorded
    QXmlStreamReader xml(t);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() != QLatin1String("vm"))
            continue;
        const QXmlStreamAttributes a = xml.attributes();
        if (a.hasAttribute(QLatin1String("reserve_pct"))) {
            bool ok = false;
            const int pct = a.value(QLatin1String("reserve_pct")).toInt(&ok);
            if (ok && pct >= 0 && pct <= 100)
                m.reservePct = pct;
            else
                m.error = Readings::tr("reserve_pct \"%1\" is not a percentage from 0 to 100")
                              .arg(a.value(QLatin1String("reserve_pct")).toString());
        }
        if (a.hasAttribute(QLatin1String("weight"))) {
            bool ok = false;
            const int w = a.value(QLatin1String("weight")).toInt(&ok);
            if (ok && w >= 1 && w <= 10000)
                m.weight = w;
            else
                m.error = Readings::tr("weight \"%1\" is not a whole number from 1 to 10000")
                              .arg(a.value(QLatin1String("weight")).toString());
        }
        if (a.hasAttribute(QLatin1String("save_on_stop")))
            m.saveOnStop = a.value(QLatin1String("save_on_stop")) == QLatin1String("yes");
        return m;
    }
    if (xml.hasError())
        m.error = Readings::tr("not XML (line %1, column %2: %3)")
                      .arg(xml.lineNumber())
                      .arg(xml.columnNumber())
                      .arg(xml.errorString());
    return m;
}

QByteArray vmMetadataXml(const VmMetadata &m)
{
    QByteArray out = "<vm";
    if (m.weight > 0)
        out += " weight='" + QByteArray::number(m.weight) + "'";
    if (m.reservePct >= 0)
        out += " reserve_pct='" + QByteArray::number(m.reservePct) + "'";
    if (m.saveOnStop)
        out += QByteArray(" save_on_stop='") + (*m.saveOnStop ? "yes" : "no") + "'";
    return out + "/>";
}

} // namespace ftc
