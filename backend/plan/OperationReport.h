#pragma once
// What the console did to a host, step by step: the record an admin attaches to
// a change ticket. Every applied plan leaves one, with each step's exact command
// as it ran (env LC_ALL=C, sudo -n when used), its exit status, its output, when
// it started and how long it took; steps that never ran are listed as such.

#include "transport/Command.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace ftc {

struct StepRecord {
    QString title;
    QString command;           // the command line as it ran
    bool ran = false;          // false: the plan stopped before this step
    QDateTime started;         // UTC
    qint64 durationMs = -1;
    CommandResult::Status status = CommandResult::Status::Finished;
    int exitCode = -1;
    QString output;            // stdout then stderr, at most kMaxOutput characters
    QString error;             // the transport's or the console's word on it

    static constexpr int kMaxOutput = 65536;
    bool ok() const { return ran && status == CommandResult::Status::Finished && exitCode == 0; }
};

struct OperationReport {
    QString id;                // unique, for the journal
    QString host;              // the label the admin opened ("ssh://root@h1")
    QString user;              // the account it ran as
    QString title;
    QDateTime started;         // UTC
    qint64 durationMs = -1;
    bool ok = false;
    bool cancelled = false;
    QString message;           // on failure: which step, why, and the state left
    QList<StepRecord> steps;

    QJsonObject toJson() const;
    // Whether o has what every record written by toJson() has (id, title,
    // started, steps): a foreign or truncated object is not one.
    static bool isRecord(const QJsonObject &o);
    // Text fields come back with control characters written out (\xNN),
    // whoever wrote the file.
    static OperationReport fromJson(const QJsonObject &o);
    // Plain text and a self-contained HTML page, for the change record.
    QString toText() const;
    QString toHtml() const;
};

// A command's output as the report keeps it: UTF-8 decoded, cut to max
// characters, and every control character other than newline and tab written
// as \xNN, so an exported report cat'ed in a terminal or shown in a window
// never carries the host's terminal codes.
QString printableOutput(const QByteArray &raw, int max = StepRecord::kMaxOutput);

// Several reports as one document (the History view's export).
QString reportsToText(const QList<OperationReport> &reports);
QString reportsToHtml(const QList<OperationReport> &reports, const QString &title);

} // namespace ftc
