#include "VirshEvent.h"

#include "model/ReadingsTr.h"

#include <QRegularExpression>
#include <utility>

namespace ftc {

namespace {

// A line this long without a newline is not virsh's: drop it rather than let
// the buffer grow without bound.
constexpr qsizetype kMaxLine = 1 << 20;

const QLatin1String kHeader("event '");
const QLatin1String kForDomain("' for domain '");

// Kinds virsh prints as "event '<kind>' for domain '<name>'" with nothing
// after the name (virshEventGenericPrint, virshEventPMChangePrint).
bool printsNoDetail(const QString &kind)
{
    return kind == QLatin1String("reboot") || kind == QLatin1String("control-error")
        || kind == QLatin1String("pm-wakeup") || kind == QLatin1String("pm-suspend")
        || kind == QLatin1String("pm-suspend-disk");
}

// Kinds whose name is followed by " disk <alias>: ..." instead of ": ...".
bool printsDisk(const QString &kind)
{
    return kind == QLatin1String("disk-change") || kind == QLatin1String("tray-change");
}

// Splits "<name>'<tail>" (what follows "for domain '"). False when no closing
// quote fits the kind's format.
bool splitName(const QString &kind, const QString &rest, QString *name, QString *detail, bool *colon)
{
    *colon = false;
    if (printsNoDetail(kind) && rest.endsWith(QLatin1Char('\''))) {
        *name = rest.chopped(1);
        detail->clear();
        return true;
    }
    if (printsDisk(kind)) {
        const qsizetype at = rest.lastIndexOf(QLatin1String("' disk "));
        if (at >= 0) {
            *name = rest.left(at);
            *detail = rest.mid(at + 2);
            return true;
        }
    }
    // The last "':" so that a name holding "':" itself stays whole; no
    // detail virsh prints after the name contains "':".
    const qsizetype at = rest.lastIndexOf(QLatin1String("':"));
    if (at >= 0) {
        *name = rest.left(at);
        *detail = rest.mid(at + 2).trimmed();
        *colon = true;
        return true;
    }
    if (rest.endsWith(QLatin1Char('\''))) {
        *name = rest.chopped(1);
        detail->clear();
        return true;
    }
    return false;
}

// virTimeStringNowRaw: "2026-11-30 05:01:30.119+0000", always UTC in
// practice; another offset is honoured all the same.
QDateTime parseTimestamp(const QRegularExpressionMatch &m)
{
    const QDate date = QDate::fromString(m.captured(1), QStringLiteral("yyyy-MM-dd"));
    const QTime time = QTime::fromString(m.captured(2), QStringLiteral("HH:mm:ss"));
    if (!date.isValid() || !time.isValid())
        return {};
    // Milliseconds from however many fraction digits there are.
    const QString frac = (m.captured(3) + QStringLiteral("000")).left(3);
    QDateTime dt(date, time.addMSecs(frac.toInt()), Qt::UTC);
    if (m.capturedLength(4)) {
        const int sign = m.captured(4) == QLatin1String("-") ? -1 : 1;
        const int offset = m.captured(5).toInt() * 3600 + m.captured(6).toInt() * 60;
        dt = dt.addSecs(-sign * offset);
    }
    return dt;
}

} // namespace

bool changesConfig(const VirshEvent &e)
{
    if (e.kind == QLatin1String("lifecycle"))
        return e.lifecycleEvent == QLatin1String("Defined") || e.lifecycleEvent == QLatin1String("Undefined");
    if (e.kind == QLatin1String("block-job") || e.kind == QLatin1String("block-job-2"))
        return e.detail.endsWith(QLatin1String(" completed"));
    static const QStringList kinds = {
        QStringLiteral("tunable"),        QStringLiteral("metadata-change"),
        QStringLiteral("device-added"),   QStringLiteral("device-removed"),
        QStringLiteral("disk-change"),    QStringLiteral("tray-change"),
        QStringLiteral("nic-mac-change"), QStringLiteral("memory-device-size-change"),
    };
    return kinds.contains(e.kind);
}

bool changesState(const VirshEvent &e)
{
    return e.kind == QLatin1String("lifecycle");
}

QList<VirshEvent> VirshEventReader::feed(const QByteArray &chunk)
{
    QList<VirshEvent> out;
    if (chunk.isEmpty()) {
        // Quiet since the last chunk, and not mid-line: virsh wrote the held
        // event whole, so nothing more can belong to it.
        if (m_partial.isEmpty())
            release(&out);
        return out;
    }
    m_partial += chunk;
    qsizetype start = 0;
    for (qsizetype nl = m_partial.indexOf('\n'); nl >= 0; nl = m_partial.indexOf('\n', start)) {
        // Decoded only once whole, so a UTF-8 sequence split across chunks
        // comes out as the character it is.
        line(QString::fromUtf8(m_partial.constData() + start, nl - start), &out);
        start = nl + 1;
    }
    m_partial.remove(0, start);
    if (m_partial.size() > kMaxLine) {
        ++m_lines;
        m_errors.append({m_lines, Readings::tr("line longer than %1 bytes dropped").arg(kMaxLine),
                         QString::fromUtf8(m_partial.left(80))});
        m_partial.clear();
    }
    return out;
}

QList<VirshEvent> VirshEventReader::finish()
{
    QList<VirshEvent> out;
    if (!m_partial.isEmpty())
        line(QString::fromUtf8(m_partial), &out);
    m_partial.clear();
    release(&out);
    return out;
}

QStringList VirshEventReader::takeToolErrors()
{
    return std::exchange(m_toolErrors, {});
}

ParseErrors VirshEventReader::takeErrors()
{
    return std::exchange(m_errors, {});
}

void VirshEventReader::release(QList<VirshEvent> *out)
{
    if (m_held)
        out->append(m_current);
    m_held = false;
}

void VirshEventReader::line(const QString &raw, QList<VirshEvent> *out)
{
    ++m_lines;
    QString text = raw;
    if (text.endsWith(QLatin1Char('\r')))
        text.chop(1);
    const QString t = text.trimmed();
    if (t.isEmpty())
        return;
    if (t.startsWith(QLatin1String("error:"))) {
        // stderr merged in; it says nothing about where an event ends.
        m_toolErrors.append(t);
        return;
    }

    static const QRegularExpression stamp(
        QStringLiteral(R"(^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2})(?:\.(\d+))?(?:([+-])(\d{2}):?(\d{2}))?: (.*)$)"));
    const QRegularExpressionMatch sm = stamp.match(text);
    const QString body = sm.hasMatch() ? sm.captured(7) : text;

    if (body.startsWith(kHeader)) {
        release(out);
        const qsizetype at = body.indexOf(kForDomain, kHeader.size());
        VirshEvent e;
        bool colon = false;
        if (at < 0 || !splitName(body.mid(kHeader.size(), at - kHeader.size()), body.mid(at + kForDomain.size()),
                                 &e.domain, &e.detail, &colon)) {
            m_errors.append({m_lines, Readings::tr("not an \"event '<kind>' for domain '<name>'\" line"), raw});
            return;
        }
        e.kind = body.mid(kHeader.size(), at - kHeader.size());
        e.line = m_lines;
        if (sm.hasMatch()) {
            e.timestamp = parseTimestamp(sm);
            if (!e.timestamp.isValid())
                m_errors.append({m_lines, Readings::tr("bad timestamp"), raw});
        }
        if (e.kind == QLatin1String("lifecycle")) {
            const qsizetype sp = e.detail.indexOf(QLatin1Char(' '));
            e.lifecycleEvent = sp < 0 ? e.detail : e.detail.left(sp);
            e.lifecycleDetail = sp < 0 ? QString() : e.detail.mid(sp + 1);
        }
        // A header ending at "':" announces lines to follow (tunable,
        // job-completed, memory-failure, ...), as does graphics with its
        // identities; every other event is whole already.
        if ((colon && e.detail.isEmpty()) || e.kind == QLatin1String("graphics")) {
            m_current = e;
            m_held = true;
        } else {
            out->append(e);
        }
        return;
    }

    static const QRegularExpression received(QStringLiteral(R"(^events received: (\d+)$)"));
    if (const QRegularExpressionMatch m = received.match(t); m.hasMatch()) {
        release(out);
        m_eventsReceived = m.captured(1).toInt();
        return;
    }
    if (t.startsWith(QLatin1String("event loop "))) {
        release(out);
        m_loopEnd = t.mid(11);
        return;
    }

    if (m_held) {
        // "\tcputune.cpu_shares: 512", "recipient: guest", "flags:",
        // "\tx509dname=CN=client" (graphics).
        QString key, value;
        const qsizetype colonAt = t.indexOf(QLatin1String(": "));
        const qsizetype eqAt = t.indexOf(QLatin1Char('='));
        if (m_current.kind == QLatin1String("graphics") && eqAt > 0) {
            key = t.left(eqAt);
            value = t.mid(eqAt + 1);
        } else if (colonAt > 0) {
            key = t.left(colonAt).trimmed();
            value = t.mid(colonAt + 2).trimmed();
        } else if (t.endsWith(QLatin1Char(':')) && t.size() > 1) {
            key = t.chopped(1).trimmed();
        } else {
            m_errors.append({m_lines, Readings::tr("not a '<field>: <value>' line"), raw});
            return;
        }
        m_current.values.insert(key, value);
        return;
    }
    m_errors.append({m_lines, Readings::tr("not a virsh event line"), raw});
}

} // namespace ftc
