#pragma once
// The real sellerdesk-cli as a child process, for the concurrency and crash tests: a private HOME,
// English messages, the demo master's password from SELLERDESK_PASSWORD and the real clock (no
// SELLERDESK_NOW: the demo makes its orders relative to now).
#include <QElapsedTimer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <memory>

namespace sd::test {

inline const QString &demoPassword()
{
    static const QString password = QStringLiteral("demo1234!");
    return password;
}

inline QProcessEnvironment cliEnvironment(const QString &home)
{
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"LC_ALL", "LC_MESSAGES", "LANGUAGE", "SELLERDESK_USER", "SELLERDESK_NOW"})
        e.remove(QLatin1String(name));
    e.insert(QStringLiteral("LANG"), QStringLiteral("en_US.UTF-8"));
    e.insert(QStringLiteral("HOME"), home);
    e.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/xdg"));
    e.insert(QStringLiteral("SELLERDESK_PASSWORD"), demoPassword());
    return e;
}

// `sellerdesk-cli --db DB [--user demo] ARGS...`, started but not waited for.
inline std::unique_ptr<QProcess> startCli(const QString &home, const QString &db, const QStringList &args,
                                          bool asDemoMaster = true)
{
    auto p = std::make_unique<QProcess>();
    p->setProcessEnvironment(cliEnvironment(home));
    QStringList all{QStringLiteral("--db"), db};
    if (asDemoMaster)
        all << QStringLiteral("--user") << QStringLiteral("demo");
    p->start(QStringLiteral(SELLERDESK_CLI), all + args);
    p->waitForStarted(10000);
    return p;
}

struct CliRun
{
    int code = -1; // -1: did not start, crashed or timed out
    qint64 ms = 0;
    QString out;
    QString err;
};

inline CliRun runCli(const QString &home, const QString &db, const QStringList &args,
                     bool asDemoMaster = true, int timeoutMs = 60000)
{
    QElapsedTimer t;
    t.start();
    auto p = startCli(home, db, args, asDemoMaster);
    CliRun r;
    if (p->waitForFinished(timeoutMs) && p->exitStatus() == QProcess::NormalExit)
        r.code = p->exitCode();
    else
        p->kill();
    p->waitForFinished(5000);
    r.ms = t.elapsed();
    r.out = QString::fromUtf8(p->readAllStandardOutput());
    r.err = QString::fromUtf8(p->readAllStandardError());
    return r;
}

// A connection of the test's own to a store the CLI writes (read-write, so it recovers a WAL a killed
// process left behind). Closed when it goes out of scope.
class Store
{
public:
    explicit Store(const QString &path)
    {
        static int counter = 0;
        m_name = QStringLiteral("store-%1").arg(++counter);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.open();
        QSqlQuery(db).exec(QStringLiteral("PRAGMA busy_timeout = 10000"));
    }
    ~Store()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    QVariant value(const QString &sql, const QVariantList &binds = {}) const
    {
        QSqlQuery q(db());
        q.prepare(sql);
        for (const QVariant &b : binds)
            q.addBindValue(b);
        return q.exec() && q.next() ? q.value(0) : QVariant();
    }
    QStringList column(const QString &sql, const QVariantList &binds = {}) const
    {
        QSqlQuery q(db());
        q.prepare(sql);
        for (const QVariant &b : binds)
            q.addBindValue(b);
        QStringList list;
        if (q.exec()) {
            while (q.next())
                list << q.value(0).toString();
        }
        return list;
    }

private:
    QString m_name;
};

} // namespace sd::test
