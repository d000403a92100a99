#pragma once
// A sellerdesk-cli as a child process, for every test that runs the real program (tests/cli,
// tests/concurrency): a private HOME, English messages, the demo master's password from
// SELLERDESK_PASSWORD, no user, language or clock from the caller's environment. The program is
// SELLERDESK_CLI unless the caller names another; tests/cli pins the clock of the test program with
// SELLERDESK_TEST_NOW, the concurrency tests run the shipped program on the real clock.
//
// Also Store, the test's own connection to a store the CLI writes: for picking test orders and for
// "nothing written" checks (dump()).
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QVariant>
#include <functional>
#include <memory>

namespace sd::test {

inline const QString &demoPassword()
{
    static const QString password = QStringLiteral("demo1234!");
    return password;
}

// Variables to set for one run; a null value removes the variable.
using CliEnv = QHash<QString, QString>;

inline QProcessEnvironment cliEnvironment(const QString &home, const CliEnv &extra = {})
{
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    for (const char *name :
         {"LC_ALL", "LC_MESSAGES", "LANGUAGE", "SELLERDESK_USER", "SELLERDESK_NOW", "SELLERDESK_TEST_NOW"})
        e.remove(QLatin1String(name));
    e.insert(QStringLiteral("LANG"), QStringLiteral("en_US.UTF-8"));
    e.insert(QStringLiteral("HOME"), home);
    e.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/xdg"));
    e.insert(QStringLiteral("SELLERDESK_PASSWORD"), demoPassword());
    for (auto it = extra.begin(); it != extra.end(); ++it) {
        if (it.value().isNull())
            e.remove(it.key());
        else
            e.insert(it.key(), it.value());
    }
    return e;
}

struct CliRun
{
    int code = -1; // -1: did not start, crashed or timed out
    qint64 ms = 0;
    QString out;
    QString err;
};

// How to start one run; the defaults suit most calls.
struct CliCall
{
#ifdef SELLERDESK_CLI
    QString program = QStringLiteral(SELLERDESK_CLI);
#else
    QString program;
#endif
    CliEnv env;
    QByteArray input; // written to stdin, which is then closed
    int timeoutMs = 120000;
    // Runs in the child between fork and exec (POSIX), e.g. to put stderr on a terminal.
    std::function<void()> childSetup;
};

// `program ARGS...` in `home`, started but not waited for.
inline std::unique_ptr<QProcess> startProgram(const QString &home, const QStringList &args,
                                              const CliCall &call = {})
{
    auto p = std::make_unique<QProcess>();
    p->setProcessEnvironment(cliEnvironment(home, call.env));
#ifdef Q_OS_UNIX
    if (call.childSetup)
        p->setChildProcessModifier(call.childSetup);
#endif
    p->start(call.program, args);
    p->waitForStarted(10000);
    if (!call.input.isEmpty())
        p->write(call.input);
    p->closeWriteChannel();
    return p;
}

inline CliRun finishProgram(QProcess &p, int timeoutMs, const QElapsedTimer &started)
{
    CliRun r;
    if (p.waitForFinished(timeoutMs) && p.exitStatus() == QProcess::NormalExit)
        r.code = p.exitCode();
    else
        p.kill();
    p.waitForFinished(5000);
    r.ms = started.elapsed();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

inline CliRun runProgram(const QString &home, const QStringList &args, const CliCall &call = {})
{
    QElapsedTimer t;
    t.start();
    auto p = startProgram(home, args, call);
    return finishProgram(*p, call.timeoutMs, t);
}

// `sellerdesk-cli --db DB [--user demo] ARGS...`, started but not waited for.
inline std::unique_ptr<QProcess> startCli(const QString &home, const QString &db, const QStringList &args,
                                          bool asDemoMaster = true)
{
    QStringList all{QStringLiteral("--db"), db};
    if (asDemoMaster)
        all << QStringLiteral("--user") << QStringLiteral("demo");
    return startProgram(home, all + args);
}

inline CliRun runCli(const QString &home, const QString &db, const QStringList &args,
                     bool asDemoMaster = true, int timeoutMs = 60000)
{
    QElapsedTimer t;
    t.start();
    auto p = startCli(home, db, args, asDemoMaster);
    return finishProgram(*p, timeoutMs, t);
}

// A connection of the test's own to a store the CLI writes. ReadWrite recovers a WAL a killed process
// left behind; ReadOnly makes sure the test itself writes nothing. Closed when it goes out of scope.
class Store
{
public:
    enum Mode { ReadWrite, ReadOnly };

    explicit Store(const QString &path, Mode mode = ReadWrite)
    {
        static int counter = 0;
        m_name = QStringLiteral("store-%1").arg(++counter);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        if (mode == ReadOnly)
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
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
    // A hash of the orders, their history, the store and the accounts: equal before and after a
    // command means it wrote none of them.
    QByteArray dump() const
    {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        for (const char *sql : {"SELECT * FROM orders ORDER BY id", "SELECT * FROM order_events ORDER BY id",
                                "SELECT * FROM store", "SELECT id, login, role FROM users ORDER BY id"}) {
            QSqlQuery q(db());
            q.exec(QString::fromLatin1(sql));
            while (q.next()) {
                for (int i = 0; i < q.record().count(); ++i)
                    hash.addData((q.value(i).toString() + QChar(0x1f)).toUtf8());
            }
        }
        return hash.result().toHex();
    }

private:
    QString m_name;
};

// A file for a command to read, in the test's folder; its path.
inline QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(bytes);
    return path;
}

} // namespace sd::test
