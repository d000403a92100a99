#include "bench_support.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <sqlite3.h>
#include <sys/resource.h>

namespace bench {

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const int n = int(values.size());
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
}

double timeMs(const std::function<void()> &fn)
{
    QElapsedTimer t;
    t.start();
    fn();
    return double(t.nsecsElapsed()) / 1e6;
}

static double cpuMs(int who)
{
    rusage u{};
    if (getrusage(who, &u) != 0)
        return 0;
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1000.0 +
           double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1000.0;
}

double threadCpuMs()
{
    return cpuMs(RUSAGE_THREAD);
}

double childrenCpuMs()
{
    return cpuMs(RUSAGE_CHILDREN);
}

static double procStatusMiB(const char *field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(field))
            return line.mid(int(qstrlen(field))).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return 0;
}

double rssMiB()
{
    return procStatusMiB("VmRSS:");
}

double peakRssMiB()
{
    return procStatusMiB("VmHWM:");
}

std::unique_ptr<QProcess> startCli(const QStringList &args)
{
    auto p = std::make_unique<QProcess>();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SELLERDESK_PASSWORD"), QStringLiteral("demo1234!"));
    p->setProcessEnvironment(env);
    p->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    // SELLERDESK_BENCH_CLI runs another build's program (the figures of an older build, same run).
    p->start(qEnvironmentVariable("SELLERDESK_BENCH_CLI", QStringLiteral(SELLERDESK_CLI)), args);
    return p;
}

double runCliDemo(const QString &db, qint64 orders, quint32 seed)
{
    QElapsedTimer t;
    t.start();
    const auto p = startCli({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--orders"),
                             QString::number(orders), QStringLiteral("--seed"), QString::number(seed)});
    if (!p->waitForFinished(-1) || p->exitCode() != 0) {
        std::fprintf(stderr, "sellerdesk-cli demo failed: %s\n", p->readAllStandardOutput().constData());
        return -1;
    }
    return double(t.nsecsElapsed()) / 1e6;
}

sqlite3 *openRaw(const QString &path)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open(path.toUtf8().constData(), &db) != SQLITE_OK) {
        std::fprintf(stderr, "cannot open %s\n", qPrintable(path));
        std::exit(1);
    }
    return db;
}

void execRaw(sqlite3 *db, const char *sql)
{
    char *err = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &err) != SQLITE_OK) {
        std::fprintf(stderr, "%s: %s\n", sql, err);
        sqlite3_free(err);
        std::exit(1);
    }
}

} // namespace bench
