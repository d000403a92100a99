// Login with lockout: 5 failures within 15 minutes lock the account for 15, then 30, 60 ... minutes;
// attempts and lockouts are recorded; passwords are argon2id hashes.
#include "core/calendar/seoul_time.h"
#include "services/access/auth_service.h"
#include "services/access/password_hash.h"
#include "test_support.h"

#include <QSqlRecord>
#include <QTest>

using namespace sd;
using namespace sd::test;

namespace {
const QString kLogin = QStringLiteral("staff");
const QString kPassword = QStringLiteral("passw0rd-42");
} // namespace

class TestAuthService : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestWorkspace> t;
    UserSession staff;

    Result login(const QString &password, UserSession *session = nullptr, const QString &who = kLogin)
    {
        return AuthService(t->workspace()).login(who, password, session);
    }

    // `count` wrong passwords, `stepSecs` apart (the clock is advanced before each but the first).
    void fail(int count, qint64 stepSecs = 60)
    {
        for (int i = 0; i < count; ++i) {
            if (i > 0)
                t->clock.advanceSecs(stepSecs);
            const Result r = login(QStringLiteral("wrong-%1").arg(i));
            QCOMPARE(r.kind, ErrorKind::Auth);
        }
    }

    QDateTime lockedUntil()
    {
        const QVariant v =
            scalar(t->db(), QStringLiteral("SELECT locked_until FROM users WHERE login = ?"), {kLogin});
        return v.isNull() ? QDateTime() : fromEpochMs(v.toLongLong());
    }
    int lockCount()
    {
        return scalar(t->db(), QStringLiteral("SELECT lock_count FROM users WHERE login = ?"), {kLogin})
            .toInt();
    }
    int auditCount(const QString &action)
    {
        return scalar(t->db(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = ?"), {action})
            .toInt();
    }

private slots:
    void init()
    {
        t = std::make_unique<TestWorkspace>();
        QVERIFY2(t->ok(), qPrintable(t->error));
        staff = addUser(t->db(), kLogin, Role::Operator, kPassword);
        QVERIFY(staff.userId > 0);
    }
    void cleanup() { t.reset(); }

    void successOpensSession()
    {
        UserSession session;
        const Result r = login(kPassword, &session);
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(session.userId, staff.userId);
        QCOMPARE(session.login, kLogin);
        QCOMPARE(session.displayName, staff.displayName);
        QCOMPARE(session.role, Role::Operator);
        QCOMPARE(scalar(t->db(), QStringLiteral("SELECT success FROM login_attempts WHERE user_id = ?"),
                        {staff.userId})
                     .toInt(),
                 1);
        QCOMPARE(scalar(t->db(), QStringLiteral("SELECT at FROM login_attempts")).toLongLong(),
                 defaultNow().toMSecsSinceEpoch());
        QCOMPARE(scalar(t->db(), QStringLiteral("SELECT user_id FROM audit_log WHERE action = 'login'"))
                     .toLongLong(),
                 staff.userId);

        // Surrounding spaces in the login name are forgiven.
        QVERIFY(login(kPassword, nullptr, QStringLiteral("  staff ")).ok());
    }

    void wrongPasswordAndUnknownUserLookAlike()
    {
        UserSession session;
        const Result wrong = login(QStringLiteral("passw0rd-43"), &session);
        QCOMPARE(wrong.kind, ErrorKind::Auth);
        QVERIFY(!wrong.message.isEmpty());
        QCOMPARE(session.userId, 0); // untouched
        const Result unknown = login(kPassword, nullptr, QStringLiteral("nobody"));
        QCOMPARE(unknown.kind, ErrorKind::Auth);
        QCOMPARE(unknown.message, wrong.message); // no hint which part was wrong
        QCOMPARE(countRows(t->db(), QStringLiteral("login_attempts WHERE success = 0")), 2);
        QCOMPARE(auditCount(QStringLiteral("login")), 0);
        // Case matters in passwords.
        QCOMPARE(login(kPassword.toUpper()).kind, ErrorKind::Auth);
    }

    void inactiveUserCannotLogIn()
    {
        QSqlQuery q(t->db());
        QVERIFY(q.exec(QStringLiteral("UPDATE users SET active = 0")));
        const Result r = login(kPassword);
        QCOMPARE(r.kind, ErrorKind::Auth);
        QCOMPARE(r.message, login(QStringLiteral("x"), nullptr, QStringLiteral("nobody")).message);
    }

    void fiveFailuresWithinWindowLock()
    {
        fail(4);
        QVERIFY(!lockedUntil().isValid());
        QCOMPARE(auditCount(QStringLiteral("account.locked")), 0);

        t->clock.advanceSecs(60);
        const QDateTime fifthAt = t->clock.nowUtc();
        const Result fifth = login(QStringLiteral("still-wrong"));
        QCOMPARE(fifth.kind, ErrorKind::Auth);
        const QDateTime until = fifthAt.addSecs(15 * 60);
        QVERIFY2(fifth.message.contains(formatSeoul(until)), qPrintable(fifth.message));
        QCOMPARE(lockedUntil(), until);
        QCOMPARE(lockCount(), 1);
        QCOMPARE(auditCount(QStringLiteral("account.locked")), 1);
        QCOMPARE(
            scalar(t->db(), QStringLiteral("SELECT user_id FROM audit_log WHERE action = 'account.locked'"))
                .toLongLong(),
            staff.userId);
        QCOMPARE(countRows(t->db(), QStringLiteral("login_attempts WHERE success = 0")), 5);

        // The right password is refused while locked, and the message says until when (Seoul time).
        t->clock.advanceSecs(60);
        UserSession session;
        const Result sixth = login(kPassword, &session);
        QCOMPARE(sixth.kind, ErrorKind::Auth);
        QVERIFY2(sixth.message.contains(formatSeoul(until)), qPrintable(sixth.message));
        QVERIFY(sixth.message != login(QStringLiteral("x"), nullptr, QStringLiteral("nobody")).message);
        QCOMPARE(session.userId, 0);
        QCOMPARE(auditCount(QStringLiteral("login")), 0);
        // 10:19 in Seoul for a lock that started at 10:04.
        QCOMPARE(formatSeoul(until), QStringLiteral("2024-05-13 10:19"));
    }

    void lockExpiresAfterFifteenMinutes()
    {
        fail(5);
        const QDateTime until = lockedUntil();
        QCOMPARE(until, t->clock.nowUtc().addSecs(15 * 60));

        t->clock.set(until.addSecs(-1));
        QCOMPARE(login(kPassword).kind, ErrorKind::Auth);

        t->clock.set(until.addSecs(1));
        const Result r = login(kPassword);
        QVERIFY2(r.ok(), qPrintable(r.message));
        // A successful login clears the lock and its history.
        QVERIFY(!lockedUntil().isValid());
        QCOMPARE(lockCount(), 0);
    }

    void oneFailureAfterTheLockDoesNotRelock()
    {
        fail(5);
        t->clock.set(lockedUntil().addSecs(1));
        QCOMPARE(login(QStringLiteral("wrong-again")).kind, ErrorKind::Auth);
        QCOMPARE(lockCount(), 1);
        QVERIFY(lockedUntil() < t->clock.nowUtc());
        QVERIFY(login(kPassword).ok());
    }

    void repeatedLockoutsGrow()
    {
        fail(5);
        QCOMPARE(lockedUntil(), t->clock.nowUtc().addSecs(15 * 60));

        t->clock.set(lockedUntil().addSecs(1));
        fail(5, 10);
        const QDateTime second = lockedUntil();
        QCOMPARE(second, t->clock.nowUtc().addSecs(30 * 60));
        QCOMPARE(lockCount(), 2);

        t->clock.set(second.addSecs(-60));
        QCOMPARE(login(kPassword).kind, ErrorKind::Auth);

        t->clock.set(second.addSecs(1));
        fail(5, 10);
        QCOMPARE(lockedUntil(), t->clock.nowUtc().addSecs(60 * 60));
        QCOMPARE(lockCount(), 3);
        QCOMPARE(auditCount(QStringLiteral("account.locked")), 3);
    }

    void failuresSpreadOverMoreThanTheWindowDoNotLock()
    {
        // Five failures 4 minutes apart span 16 minutes: never five inside 15.
        fail(5, 4 * 60);
        QVERIFY(!lockedUntil().isValid());
        QCOMPARE(auditCount(QStringLiteral("account.locked")), 0);
        t->clock.advanceSecs(60);
        QVERIFY(login(kPassword).ok());
    }

    void successResetsTheCount()
    {
        fail(4);
        t->clock.advanceSecs(60);
        QVERIFY(login(kPassword).ok());
        t->clock.advanceSecs(60);
        fail(4);
        QVERIFY(!lockedUntil().isValid());
    }

    // Counted by argon2id verifications, not by timing: each path does exactly one.
    void unknownNameCostsTheSameWorkAsAWrongPassword()
    {
        const quint64 start = passwordVerifications();
        QCOMPARE(login(QStringLiteral("passw0rd-43")).kind, ErrorKind::Auth);
        QCOMPARE(passwordVerifications() - start, quint64(1));
        QCOMPARE(login(kPassword, nullptr, QStringLiteral("nobody")).kind, ErrorKind::Auth);
        QCOMPARE(passwordVerifications() - start, quint64(2));
        QSqlQuery q(t->db());
        QVERIFY(q.exec(QStringLiteral("UPDATE users SET active = 0")));
        QCOMPARE(login(kPassword).kind, ErrorKind::Auth); // an inactive account is verified too
        QCOMPARE(passwordVerifications() - start, quint64(3));
        // The dummy hash is a real argon2id hash of the same cost as the stored ones.
        const QString stored =
            scalar(t->db(), QStringLiteral("SELECT password_hash FROM users WHERE login = ?"), {kLogin})
                .toString();
        QCOMPARE(dummyPasswordHash().section(QLatin1Char('$'), 1, 3), stored.section(QLatin1Char('$'), 1, 3));
    }

    // A name that is no account is throttled like an account, with the same messages, and stored only
    // as a keyed hash.
    void unknownNamesAreThrottledLikeAccounts()
    {
        const QString ghost = QStringLiteral("Ghost-Pw-77");
        QStringList accountMessages, ghostMessages;
        const QDateTime start = t->clock.nowUtc();
        for (int i = 0; i < 6; ++i)
            accountMessages << login(QStringLiteral("x")).message;
        t->clock.set(start); // the same moments for the unknown name
        for (int i = 0; i < 6; ++i)
            ghostMessages << login(QStringLiteral("x"), nullptr, ghost).message;
        QCOMPARE(ghostMessages, accountMessages);
        QVERIFY(ghostMessages.at(4) != ghostMessages.at(0));       // the fifth failure locks
        QCOMPARE(auditCount(QStringLiteral("account.locked")), 1); // only the account's

        // The typed name is nowhere in the store.
        for (const char *table : {"login_attempts", "login_name_locks", "audit_log"}) {
            QSqlQuery rows(t->db());
            QVERIFY(rows.exec(QStringLiteral("SELECT * FROM %1").arg(QLatin1String(table))));
            while (rows.next()) {
                for (int c = 0; c < rows.record().count(); ++c)
                    QVERIFY2(!rows.value(c).toString().contains(ghost, Qt::CaseInsensitive), table);
            }
        }
        QCOMPARE(countRows(t->db(), QStringLiteral("login_attempts WHERE name_key IS NOT NULL")), 5);
        QCOMPARE(countRows(t->db(), QStringLiteral("login_name_locks")), 1);

        // The lock ends like an account's.
        t->clock.advanceSecs(16 * 60);
        QCOMPARE(login(QStringLiteral("x"), nullptr, ghost).message,
                 QCoreApplication::translate("sd::AuthService", "The user name or password is wrong."));
    }

    void lockMinutes_data()
    {
        QTest::addColumn<int>("lockCount");
        QTest::addColumn<qint64>("minutes");
        QTest::newRow("first") << 0 << qint64(15);
        QTest::newRow("second") << 1 << qint64(30);
        QTest::newRow("third") << 2 << qint64(60);
        QTest::newRow("fourth") << 3 << qint64(120);
        QTest::newRow("seventh") << 6 << qint64(960);
        QTest::newRow("capped at a day") << 7 << qint64(1440);
        QTest::newRow("stays capped") << 40 << qint64(1440);
    }

    void lockMinutes()
    {
        QFETCH(int, lockCount);
        QFETCH(qint64, minutes);
        QCOMPARE(AuthService::lockMinutes(lockCount), minutes);
    }

    void hashIsArgon2id()
    {
        const QString stored =
            scalar(t->db(), QStringLiteral("SELECT password_hash FROM users WHERE login = ?"), {kLogin})
                .toString();
        QVERIFY2(stored.startsWith(QStringLiteral("$argon2id$v=19$m=65536,t=3,p=1$")), qPrintable(stored));
        QVERIFY(!stored.contains(kPassword));
        QVERIFY(verifyPassword(stored, kPassword));
        QVERIFY(!verifyPassword(stored, kPassword + QLatin1Char(' ')));
        QVERIFY(!verifyPassword(QString(), kPassword));
        QVERIFY(!verifyPassword(QStringLiteral("garbage"), kPassword));

        // Salted: the same password hashes differently each time; Korean text round-trips as UTF-8.
        const QString korean = QStringLiteral("비밀번호123");
        const QString h1 = hashPassword(korean);
        const QString h2 = hashPassword(korean);
        QVERIFY(h1 != h2);
        QVERIFY(verifyPassword(h1, korean));
        QVERIFY(verifyPassword(h2, korean));
    }

    void passwordWeakness_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<bool>("acceptable");
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("7 chars") << QStringLiteral("abc1234") << false;
        QTest::newRow("letters only") << QStringLiteral("abcdefghij") << false;
        QTest::newRow("digits only") << QStringLiteral("1234567890") << false;
        QTest::newRow("8 mixed") << QStringLiteral("abcd1234") << true;
        QTest::newRow("Korean letters and digits") << QStringLiteral("가나다라마바12") << true;
    }

    void passwordWeakness()
    {
        QFETCH(QString, password);
        QFETCH(bool, acceptable);
        QCOMPARE(sd::passwordWeakness(password).isEmpty(), acceptable);
    }
};

QTEST_GUILESS_MAIN(TestAuthService)
#include "test_auth_service.moc"
