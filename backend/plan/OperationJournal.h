#pragma once
// Every operation the console applied to a host, kept across restarts: one file
// per host (JSON lines, appended, never rewritten) in a directory of the
// user's, by default QStandardPaths' AppDataLocation/journal. A console that
// crashes mid-plan loses at most the line being written; a line that does not
// parse is skipped on reading.

#include "OperationReport.h"

namespace ftc {

class OperationJournal {
public:
    // dir empty: the user's data directory.
    explicit OperationJournal(QString dir = QString());

    QString directory() const { return m_dir; }
    // The file for a host label (characters a file name cannot hold are encoded).
    QString fileFor(const QString &host) const;

    // False with *error when the file cannot be written.
    bool append(const OperationReport &report, QString *error = nullptr) const;
    // Oldest first. Lines that are not records (torn, foreign) are skipped.
    // A journal that exists but cannot be read: empty, and *error says why.
    QList<OperationReport> load(const QString &host, QString *error = nullptr) const;

private:
    QString m_dir;
};

} // namespace ftc
