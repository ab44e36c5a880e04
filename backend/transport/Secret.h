#pragma once
// Passwords and passphrases are overwritten as soon as they have been used.
// Qt's containers share their storage between copies (implicit sharing), and
// writing through the non-const API first detaches: it would wipe a fresh copy
// and leave the bytes every other copy still points at. These write through
// the shared storage itself, then drop the reference.

#include <QByteArray>
#include <QString>

#include <cstring>

namespace ftc {

inline void wipeSecret(QByteArray &b)
{
    // Static data (literals, fromRawData) is not ours to write and holds no secret.
    if (b.data_ptr().isMutable() && b.size() > 0)
        std::memset(const_cast<char *>(b.constData()), 0, size_t(b.size()));
    b.clear();
}

inline void wipeSecret(QString &s)
{
    if (s.data_ptr().isMutable() && s.size() > 0)
        std::memset(static_cast<void *>(const_cast<QChar *>(s.constData())), 0, size_t(s.size()) * sizeof(QChar));
    s.clear();
}

} // namespace ftc
