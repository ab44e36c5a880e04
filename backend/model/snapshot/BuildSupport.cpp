#include "BuildSupport.h"

#include "model/ReadingsTr.h"
#include "parse/SysLinks.h"

namespace ftc::snapshot {

namespace {
// Random bytes in one source must not flood the event log: the first few
// errors carry the detail, one more line says how many were left out.
constexpr int kMaxProblemsPerSource = 20;

} // namespace

void reportErrors(HostSnapshot *s, const RawSources &raw, const QString &key, const ParseErrors &errors)
{
    const QString command = raw.commands.value(key);
    for (int i = 0; i < errors.size() && i < kMaxProblemsPerSource; ++i) {
        const ParseError &e = errors[i];
        const QString where = e.line > 0 ? Readings::tr("line %1: ").arg(e.line) : QString();
        s->problems.append({key, command,
                            Readings::tr("Could not understand %1 output, %2%3").arg(key, where, e.message),
                            e.text});
    }
    if (errors.size() > kMaxProblemsPerSource)
        s->problems.append({key, command,
                            Readings::tr("%1 more lines of %2 could not be understood")
                                .arg(errors.size() - kMaxProblemsPerSource)
                                .arg(key),
                            {}});
}

void reportToolErrors(HostSnapshot *s, const RawSources &raw, const QString &key, const QStringList &errors)
{
    for (const QString &e : errors)
        s->problems.append({key, raw.commands.value(key), e, {}});
}

const QByteArray *source(const RawSources &raw, const QString &key)
{
    const auto it = raw.files.constFind(key);
    return it == raw.files.constEnd() ? nullptr : &it.value();
}

QMap<QString, QString> sysLinks(HostSnapshot *s, const RawSources &raw, const QString &key)
{
    const QByteArray *t = source(raw, key);
    if (!t)
        return {};
    const SysLinks l = parseLsLinks(*t);
    reportErrors(s, raw, key, l.errors);
    return l.targets;
}


bool naturalLess(const QString &a, const QString &b)
{
    auto split = [](const QString &n) {
        qsizetype i = n.size();
        while (i > 0 && n.at(i - 1).isDigit())
            --i;
        return std::make_pair(QStringView(n).left(i), QStringView(n).mid(i));
    };
    const auto [pa, na] = split(a);
    const auto [pb, nb] = split(b);
    if (pa != pb)
        return pa < pb;
    if (na.size() != nb.size())
        return na.size() < nb.size();
    return na < nb;
}


} // namespace ftc::snapshot
