#include "NaturalOrder.h"

namespace ftc {

bool naturalLess(const QString &a, const QString &b)
{
    qsizetype i = 0;
    while (i < a.size() && i < b.size() && a[i] == b[i] && !a[i].isDigit())
        ++i;
    qsizetype ea = i, eb = i;
    while (ea < a.size() && a[ea].isDigit())
        ++ea;
    while (eb < b.size() && b[eb].isDigit())
        ++eb;
    if (ea > i && eb > i) {
        const qlonglong na = a.mid(i, ea - i).toLongLong();
        const qlonglong nb = b.mid(i, eb - i).toLongLong();
        if (na != nb)
            return na < nb;
    }
    return a < b;
}

} // namespace ftc
