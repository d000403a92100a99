#pragma once
#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>

struct sqlite3;

namespace bench {

double median(QList<double> values);
// Wall time of fn in milliseconds.
double timeMs(const std::function<void()> &fn);
// CPU time (user + system) in milliseconds of this thread, and of the children waited for so far
// (a busy shared machine stretches wall times; CPU times keep their ratios).
double threadCpuMs();
double childrenCpuMs();
// Resident set size and its peak of this process, in MiB (Linux /proc; 0 elsewhere).
double rssMiB();
double peakRssMiB();
// Starts sellerdesk-cli (this build's, or $SELLERDESK_BENCH_CLI) with `args`, the demo password in its
// environment and its stderr forwarded.
std::unique_ptr<QProcess> startCli(const QStringList &args);
// Runs `sellerdesk-cli --db DB demo --orders N --seed S`; returns wall ms or -1 on failure.
double runCliDemo(const QString &db, qint64 orders, quint32 seed);
sqlite3 *openRaw(const QString &path);
void execRaw(sqlite3 *db, const char *sql);

} // namespace bench
