#pragma once
// Names in the order people read them: "md2" before "md10", "eth2" before
// "eth10". The kernel and virsh list in their own order.

#include <QList>
#include <QString>

#include <algorithm>

namespace ftc {

bool naturalLess(const QString &a, const QString &b);

// Pointers to items (anything with a QString name), in natural order of name.
template<typename T>
QList<const T *> sortedByName(const QList<T> &items)
{
    QList<const T *> out;
    for (const T &item : items)
        out << &item;
    std::stable_sort(out.begin(), out.end(), [](const T *x, const T *y) { return naturalLess(x->name, y->name); });
    return out;
}

} // namespace ftc
