#include "Mdstat.h"

#include "TextLines.h"
#include "model/ReadingsTr.h"

#include <QRegularExpression>

namespace ftc {

namespace {

using RX = QRegularExpression;

// "19.5", "0.2", "100": md prints plain decimals, and QStringView::toDouble's
// general conversion costs several times the rest of a progress line.
double decimal(QStringView t, bool *ok)
{
    double whole = 0, frac = 0, scale = 1;
    bool digits = false, dot = false;
    for (QChar c : t) {
        if (c == QLatin1Char('.') && !dot) {
            dot = true;
        } else if (c >= QLatin1Char('0') && c <= QLatin1Char('9')) {
            digits = true;
            if (dot) {
                scale /= 10;
                frac += (c.unicode() - '0') * scale;
            } else {
                whole = whole * 10 + (c.unicode() - '0');
            }
        } else {
            *ok = false;
            return 0;
        }
    }
    *ok = digits;
    return whole + frac;
}

bool isSyncAction(QStringView w)
{
    return w == QLatin1String("resync") || w == QLatin1String("recovery") || w == QLatin1String("check")
        || w == QLatin1String("reshape") || w == QLatin1String("repair");
}

// md.c status_resync(): "[==>....]  recovery = 19.5% (51200/261120)
// finish=0.2min speed=12800K/sec", the bar and each later part optional. By hand:
// it is read for every syncing array on every refresh.
bool parseProgress(QStringView line, MdstatSync *out)
{
    QStringView rest = line.trimmed();
    if (rest.startsWith(QLatin1Char('['))) {
        const qsizetype close = rest.indexOf(QLatin1Char(']'));
        if (close < 0)
            return false;
        for (QChar c : rest.mid(1, close - 1))
            if (c != QLatin1Char('=') && c != QLatin1Char('>') && c != QLatin1Char('.'))
                return false;
        rest = rest.mid(close + 1).trimmed();
    }
    const qsizetype eq = rest.indexOf(QLatin1Char('='));
    if (eq <= 0)
        return false;
    MdstatSync s;
    const QStringView action = rest.left(eq).trimmed();
    if (!isSyncAction(action))
        return false;
    rest = rest.mid(eq + 1).trimmed();
    const qsizetype pct = rest.indexOf(QLatin1Char('%'));
    if (pct <= 0)
        return false;
    bool ok = false;
    s.percent = decimal(rest.left(pct).trimmed(), &ok);
    if (!ok)
        return false;
    rest = rest.mid(pct + 1).trimmed();
    if (rest.startsWith(QLatin1Char('('))) {
        const qsizetype close = rest.indexOf(QLatin1Char(')'));
        const qsizetype slash = rest.indexOf(QLatin1Char('/'));
        if (close < 0 || slash < 0 || slash > close)
            return false;
        bool ok1 = false, ok2 = false;
        s.doneKiB = rest.mid(1, slash - 1).toLongLong(&ok1);
        s.totalKiB = rest.mid(slash + 1, close - slash - 1).toLongLong(&ok2);
        if (!ok1 || !ok2)
            return false;
        rest = rest.mid(close + 1).trimmed();
    }
    for (const QStringView t : rest.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (t.startsWith(QLatin1String("finish=")) && t.endsWith(QLatin1String("min"))) {
            s.finishMinutes = decimal(t.mid(7, t.size() - 10), &ok);
        } else if (t.startsWith(QLatin1String("speed=")) && t.endsWith(QLatin1String("K/sec"))) {
            s.speedKiBs = t.mid(6, t.size() - 11).toLongLong(&ok);
        } else {
            return false;
        }
        if (!ok)
            return false;
    }
    s.action = action.toString();
    *out = s;
    return true;
}

const RX &wordStateRx()
{
    static const RX rx(QStringLiteral(R"(^(resync|recovery|reshape|check|repair)\s*=\s*([A-Za-z]+)$)"));
    return rx;
}
// "bitmap: 1/8 pages [4KB], 65536KB chunk[, file: /path]" (md-bitmap.c). By hand
// rather than by regex: nearly every array has one and hosts may have hundreds.
bool parseBitmap(QStringView rest, MdstatArray *a)
{
    rest = rest.trimmed();
    const qsizetype slash = rest.indexOf(QLatin1Char('/'));
    const qsizetype pages = rest.indexOf(QLatin1String(" pages ["));
    const qsizetype chunk = rest.indexOf(QLatin1String(" chunk"));
    if (slash <= 0 || pages <= slash || chunk <= pages)
        return false;
    bool ok1 = false, ok2 = false;
    const int used = rest.left(slash).toInt(&ok1);
    const int total = rest.mid(slash + 1, pages - slash - 1).toInt(&ok2);
    if (!ok1 || !ok2)
        return false;
    const QStringView after = rest.mid(chunk + 6);
    if (!after.isEmpty()) {
        if (!after.startsWith(QLatin1String(", file:")))
            return false;
        a->bitmapFile = after.mid(7).trimmed().toString();
    }
    a->bitmapPages = used;
    a->bitmapTotalPages = total;
    a->bitmap = rest.toString();
    return true;
}

bool parseMember(QStringView token, MdstatMember *m)
{
    // name[N] followed by flags (W) (J) (F) (S) (R); unknown single letters are
    // accepted so a newer kernel's flag does not hide the member.
    const qsizetype open = token.lastIndexOf(QLatin1Char('['));
    if (open <= 0)
        return false;
    const qsizetype close = token.indexOf(QLatin1Char(']'), open);
    if (close < 0 || close == open + 1)
        return false;
    bool ok = false;
    const int nr = token.mid(open + 1, close - open - 1).toInt(&ok);
    if (!ok || nr < 0)
        return false;
    MdstatMember out;
    for (qsizetype i = close + 1; i < token.size(); i += 3) {
        if (i + 2 >= token.size() || token[i] != QLatin1Char('(') || token[i + 2] != QLatin1Char(')')
            || !token[i + 1].isLetter())
            return false;
        switch (token[i + 1].unicode()) {
        case 'F': out.faulty = true; break;
        case 'S': out.spare = true; break;
        case 'W': out.writeMostly = true; break;
        case 'R': out.replacement = true; break;
        case 'J': out.journal = true; break;
        default: break;
        }
    }
    out.device = token.left(open).toString();
    out.descNr = nr;
    *m = out;
    return true;
}

// "md0 : active (auto-read-only) raid1 vdc[1] vdb[0]"; false when the line is
// not an array header at all.
bool parseHeader(QStringView line, MdstatArray *a, int lineNo, const QString &raw, ParseErrors *errors)
{
    const qsizetype colon = line.indexOf(QLatin1String(" : "));
    if (colon <= 0)
        return false;
    const QStringView name = line.left(colon).trimmed();
    if (name.isEmpty() || name.contains(QLatin1Char(' ')) || name.contains(QLatin1Char('\t')))
        return false;
    const QList<QStringView> tokens = line.mid(colon + 3).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (tokens.isEmpty()
        || (tokens[0] != QLatin1String("active") && tokens[0] != QLatin1String("inactive")))
        return false;
    a->name = name.toString();
    a->active = tokens[0] == QLatin1String("active");
    for (const QStringView t : tokens.mid(1)) {
        if (t == QLatin1String("(read-only)")) {
            a->readOnly = true;
            continue;
        }
        if (t == QLatin1String("(auto-read-only)")) {
            a->autoReadOnly = true;
            continue;
        }
        MdstatMember m;
        if (parseMember(t, &m)) {
            a->members.append(m);
            continue;
        }
        // Only an active array names its personality, before the members.
        if (a->active && a->personality.isEmpty() && a->members.isEmpty()
            && !t.contains(QLatin1Char('[')) && !t.startsWith(QLatin1Char('('))) {
            a->personality = t.toString();
            continue;
        }
        errors->append({lineNo, Readings::tr("unexpected token '%1' in array line").arg(t.toString()), raw});
    }
    return true;
}

int intToken(QStringView t)
{
    bool ok = false;
    const int n = t.left(t.endsWith(QLatin1Char(',')) ? t.size() - 1 : t.size()).toInt(&ok);
    return ok ? n : -1;
}

// The rest of the "N blocks" line: superblock, then what the personality's
// status() printed. Token-wise over views rather than by regex or copies: it runs
// once per array per refresh and hosts may have hundreds of arrays.
void parseBlocksLine(qint64 blocks, QStringView rest, MdstatArray *a)
{
    a->blocks = blocks;
    const QList<QStringView> tokens = rest.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const QStringView t = tokens[i];
        const QStringView next = i + 1 < tokens.size() ? tokens[i + 1] : QStringView();
        if (t == QLatin1String("super") && !next.isEmpty()) {
            a->superblock = next.toString();
            ++i;
        } else if (t.startsWith(QLatin1Char('[')) && t.endsWith(QLatin1Char(']'))) {
            const QStringView inner = t.mid(1, t.size() - 2);
            const qsizetype slash = inner.indexOf(QLatin1Char('/'));
            if (slash > 0) {
                bool ok1 = false, ok2 = false;
                const int n = inner.left(slash).toInt(&ok1);
                const int m = inner.mid(slash + 1).toInt(&ok2);
                if (ok1 && ok2) {
                    a->raidDisks = n;
                    a->workingDisks = m;
                }
            } else if (!inner.isEmpty()) {
                bool status = true;
                for (QChar c : inner)
                    status = status && (c == QLatin1Char('U') || c == QLatin1Char('_'));
                if (status)
                    a->status = inner.toString();
            }
        } else if (t == QLatin1String("level")) {
            a->level = intToken(next);
        } else if (t == QLatin1String("algorithm")) {
            a->algorithm = intToken(next);
        } else if (next.startsWith(QLatin1String("chunk")) && (t.endsWith(QLatin1Char('k')) || t.endsWith(QLatin1Char('K')))) {
            bool ok = false;
            const int kib = t.left(t.size() - 1).toInt(&ok);
            if (ok)
                a->chunkKiB = kib;
        } else if (next.endsWith(QLatin1String("-copies")) && intToken(t) >= 0) {
            a->layout = t.toString() + QLatin1Char(' ') + next.toString();
        }
    }
}

} // namespace

const MdstatArray *Mdstat::array(const QString &name) const
{
    for (const MdstatArray &a : arrays)
        if (a.name == name)
            return &a;
    return nullptr;
}

Mdstat parseMdstat(const QByteArray &text)
{
    Mdstat out;
    const QStringList lines = splitLines(text);
    MdstatArray *current = nullptr;
    for (int i = 0; i < lines.size(); ++i) {
        const int lineNo = i + 1;
        const QString &raw = lines[i];
        // A view, not a copy: this loop runs for every line of every array.
        const QStringView line = QStringView(raw).trimmed();
        if (line.isEmpty())
            continue;
        if (line.startsWith(QLatin1String("Personalities"))) {
            static const RX pers(QStringLiteral(R"(\[([^\]]+)\])"));
            for (auto it = pers.globalMatch(line.toString()); it.hasNext();)
                out.personalities.append(it.next().captured(1));
            continue;
        }
        // 2.4 and early 2.6 kernels print "read_ahead 1024 sectors" (or
        // "read_ahead not set") and md's event counter ("Event: 8") after the
        // personalities: valid header lines, not part of any array.
        if (line.startsWith(QLatin1String("read_ahead")))
            continue;
        if (line.startsWith(QLatin1String("Event:"))) {
            bool ok = false;
            [[maybe_unused]] const qint64 events = line.mid(6).trimmed().toLongLong(&ok);
            if (ok)
                continue;
        }
        if (line.startsWith(QLatin1String("unused devices:"))) {
            const QStringView rest = line.mid(15).trimmed();
            if (rest != QLatin1String("<none>"))
                for (const QStringView d : rest.split(QLatin1Char(' '), Qt::SkipEmptyParts))
                    out.unusedDevices.append(d.toString());
            current = nullptr;
            continue;
        }
        if (raw.at(0).isSpace()) {
            // array detail lines are indented; fall through
        } else {
            MdstatArray a;
            if (parseHeader(line, &a, lineNo, raw, &out.errors)) {
                out.arrays.append(std::move(a));
                current = &out.arrays.last();
                continue;
            }
        }
        if (!current) {
            out.errors.append({lineNo, Readings::tr("line outside any array"), raw});
            continue;
        }
        if (line.at(0).isDigit()) {
            const qsizetype sp = line.indexOf(QLatin1Char(' '));
            bool ok = false;
            const qint64 blocks = sp > 0 ? line.left(sp).toLongLong(&ok) : 0;
            if (ok && line.mid(sp + 1).startsWith(QLatin1String("blocks"))) {
                parseBlocksLine(blocks, line.mid(sp + 7), current);
                continue;
            }
        }
        if (!line.contains(QLatin1Char('=')) && !line.startsWith(QLatin1String("bitmap:"))) {
            out.errors.append({lineNo, Readings::tr("unrecognised line in %1").arg(current->name), raw});
            continue;
        }
        if (line.startsWith(QLatin1String("bitmap:"))) {
            if (parseBitmap(line.mid(7), current))
                continue;
            out.errors.append({lineNo, Readings::tr("unrecognised bitmap line in %1").arg(current->name), raw});
            continue;
        }
        if (MdstatSync s; parseProgress(line, &s)) {
            current->sync = s;
            continue;
        }
        if (const auto w = wordStateRx().match(line.toString()); w.hasMatch()) {
            MdstatSync s;
            s.action = w.captured(2).toLower();
            current->sync = s;
            continue;
        }
        out.errors.append({lineNo, Readings::tr("unrecognised line in %1").arg(current->name), raw});
    }
    return out;
}

} // namespace ftc
