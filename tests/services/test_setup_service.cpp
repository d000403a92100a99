// First run: the store profile and its master account, validated field by field, written in one
// transaction with an audit row, and only once.
#include "result_support.h"
#include "services/access/auth_service.h"
#include "services/store/calendar_service.h"
#include "services/store/setup_service.h"
#include "test_support.h"

#include <QTest>

using namespace sd;
using namespace sd::test;

Q_DECLARE_METATYPE(sd::StoreSetup)

namespace {

StoreSetup validSetup()
{
    StoreSetup s;
    s.storeName = QStringLiteral("  하늘상회 ");
    s.businessNo = QStringLiteral("220-81-62517");
    s.channels = {Channel::NaverSmartstore, Channel::TalkCheckout};
    s.masterLogin = QStringLiteral("owner");
    s.masterName = QStringLiteral("김사장");
    s.password = QStringLiteral("sky2024shop");
    s.passwordRepeat = s.password;
    return s;
}

} // namespace

class TestSetupService : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestWorkspace> t;

    void verifyNothingWritten()
    {
        QCOMPARE(countRows(t->db(), QStringLiteral("store")), 0);
        QCOMPARE(countRows(t->db(), QStringLiteral("users")), 0);
        QCOMPARE(countRows(t->db(), QStringLiteral("audit_log")), 0);
        QVERIFY(!t->workspace().isInitialized());
    }

private slots:
    void init()
    {
        t = std::make_unique<TestWorkspace>();
        QVERIFY2(t->ok(), qPrintable(t->error));
    }
    void cleanup() { t.reset(); }

    void invalidInputWritesNothing_data()
    {
        QTest::addColumn<StoreSetup>("setup");
        QTest::addColumn<QString>("messagePart"); // a fragment of the English message that names the field

        StoreSetup s = validSetup();
        s.storeName = QStringLiteral("   ");
        QTest::newRow("empty store name") << s << QStringLiteral("store name");

        s = validSetup();
        s.businessNo = QStringLiteral("220-81-62518");
        QTest::newRow("bad business number check digit") << s << QStringLiteral("220-81-62518");
        s.businessNo = QStringLiteral("22081625");
        QTest::newRow("short business number") << s << QStringLiteral("business registration number");
        s.businessNo = QString();
        QTest::newRow("no business number") << s << QStringLiteral("business registration number");

        s = validSetup();
        s.channels.clear();
        QTest::newRow("no channel") << s << QStringLiteral("channel");

        s = validSetup();
        s.masterLogin = QStringLiteral("ab");
        QTest::newRow("login too short") << s << QStringLiteral("login name");
        s.masterLogin = QStringLiteral("사장님");
        QTest::newRow("login with Hangul") << s << QStringLiteral("login name");
        s.masterLogin = QStringLiteral("my owner");
        QTest::newRow("login with space") << s << QStringLiteral("login name");
        s.masterLogin = QString(33, QLatin1Char('a'));
        QTest::newRow("login too long") << s << QStringLiteral("login name");

        s = validSetup();
        s.masterName = QStringLiteral(" ");
        QTest::newRow("no master name") << s << QStringLiteral("name");

        s = validSetup();
        s.password = s.passwordRepeat = QStringLiteral("short1");
        QTest::newRow("short password") << s << QStringLiteral("8 characters");
        s.password = s.passwordRepeat = QStringLiteral("onlyletters");
        QTest::newRow("password without digits") << s << QStringLiteral("letters and digits");

        s = validSetup();
        s.passwordRepeat = s.password + QLatin1Char('!');
        QTest::newRow("passwords differ") << s << QStringLiteral("not the same");

        // Bounded free text: the limit and the length are named, control characters refused.
        s = validSetup();
        s.storeName = QString(40000, QLatin1Char('x'));
        QTest::newRow("40,000-character store name") << s << QStringLiteral("40000");
        s.storeName = QStringLiteral("하늘\x1b[2J상회");
        QTest::newRow("escape in the store name") << s << QStringLiteral("control character");
        s = validSetup();
        s.masterName = QString(31, QChar(0xAE40));
        QTest::newRow("31-character name") << s << QStringLiteral("30");
        s.masterName = QStringLiteral("김\n사장");
        QTest::newRow("newline in the name") << s << QStringLiteral("one line");
        // The check digit, told apart from a wrong length.
        s = validSetup();
        s.businessNo = QStringLiteral("123-45-67890");
        QTest::newRow("check digit named") << s << QStringLiteral("last digit");
    }

    // The service says which field failed, so a dialog can show the problem there.
    void validationNamesTheField()
    {
        StoreSetup s = validSetup();
        s.masterName = QStringLiteral("\x1b");
        StoreSetup::Field field = StoreSetup::Field::None;
        QCOMPARE(SetupService(t->workspace()).validate(s, &field).kind, ErrorKind::BadInput);
        QCOMPARE(field, StoreSetup::Field::MasterName);
        s = validSetup();
        s.businessNo = QStringLiteral("1");
        QCOMPARE(SetupService(t->workspace()).validate(s, &field).kind, ErrorKind::BadInput);
        QCOMPARE(field, StoreSetup::Field::BusinessNo);
        QVERIFY(SetupService(t->workspace()).validate(validSetup(), &field).ok());
        QCOMPARE(field, StoreSetup::Field::None);
    }

    void holidayNamesAreBounded()
    {
        UserSession master = addUser(t->db(), QStringLiteral("boss"), Role::Master);
        CalendarService calendar(t->workspace(), master);
        QCOMPARE(calendar.addHoliday(QDate(2024, 6, 3), QString(31, QLatin1Char('x'))).kind,
                 ErrorKind::BadInput);
        QCOMPARE(calendar.addHoliday(QDate(2024, 6, 3), QStringLiteral("선거\x07")).kind,
                 ErrorKind::BadInput);
        QCOMPARE(countRows(t->db(), QStringLiteral("holidays_user")), 0);
        QVERIFY(calendar.addHoliday(QDate(2024, 6, 3), QStringLiteral("지방선거일")).ok());
        QCOMPARE(countRows(t->db(), QStringLiteral("holidays_user")), 1);
    }

    void invalidInputWritesNothing()
    {
        QFETCH(StoreSetup, setup);
        QFETCH(QString, messagePart);
        SetupService service(t->workspace());
        const Result checked = service.validate(setup);
        QCOMPARE(checked.kind, ErrorKind::BadInput);
        QVERIFY2(checked.message.contains(messagePart, Qt::CaseInsensitive), qPrintable(checked.message));

        const Result r = service.initialize(setup);
        QCOMPARE(r.kind, ErrorKind::BadInput);
        QCOMPARE(r.message, checked.message);
        verifyNothingWritten();
    }

    void validSetupPassesValidation_data()
    {
        QTest::addColumn<StoreSetup>("setup");
        QTest::newRow("typical") << validSetup();
        StoreSetup s = validSetup();
        s.businessNo = QStringLiteral("2208162517");
        s.channels = {Channel::KakaoStore};
        s.masterLogin = QStringLiteral("a.b_c-1");
        QTest::newRow("digits only, one channel, punctuation in login") << s;
        s.masterLogin = QStringLiteral("  own  ");
        QTest::newRow("login trimmed") << s;
    }

    void validSetupPassesValidation()
    {
        QFETCH(StoreSetup, setup);
        const Result r = SetupService(t->workspace()).validate(setup);
        QVERIFY2(r.ok(), qPrintable(r.message));
    }

    void initializeWritesStoreMasterAndAudit()
    {
        SetupService service(t->workspace());
        const StoreSetup s = validSetup();
        const Result r = service.initialize(s);
        QVERIFY2(r.ok(), qPrintable(r.message));

        QVERIFY(t->workspace().isInitialized());
        const auto profile = t->workspace().storeProfile();
        QVERIFY(profile);
        QCOMPARE(profile->name, QStringLiteral("하늘상회"));         // trimmed
        QCOMPARE(profile->businessNo, QStringLiteral("2208162517")); // digits only
        QCOMPARE(profile->channels, s.channels);

        UserRepository users(t->db());
        const auto master = users.findByLogin(QStringLiteral("owner"));
        QVERIFY(master);
        QCOMPARE(master->role, Role::Master);
        QCOMPARE(master->displayName, QStringLiteral("김사장"));
        QVERIFY(master->active);
        QVERIFY(master->passwordHash.startsWith(QStringLiteral("$argon2id$")));
        QVERIFY(verifyPassword(master->passwordHash, s.password));
        QCOMPARE(users.count(), 1);

        QCOMPARE(countRows(t->db(), QStringLiteral("audit_log")), 1);
        QCOMPARE(scalar(t->db(), QStringLiteral("SELECT action FROM audit_log")).toString(),
                 QStringLiteral("store.setup"));
        QCOMPARE(scalar(t->db(), QStringLiteral("SELECT user_id FROM audit_log")).toLongLong(), master->id);
        QCOMPARE(scalar(t->db(), QStringLiteral("SELECT at FROM audit_log")).toLongLong(),
                 t->clock.nowUtc().toMSecsSinceEpoch());

        // The master can log in with the chosen password.
        UserSession session;
        const Result login = AuthService(t->workspace()).login(QStringLiteral("owner"), s.password, &session);
        QVERIFY2(login.ok(), qPrintable(login.message));
        QCOMPARE(session.role, Role::Master);

        // A second setup is refused and changes nothing, even with different (valid) data.
        StoreSetup again = validSetup();
        again.storeName = QStringLiteral("다른상회");
        again.masterLogin = QStringLiteral("intruder");
        const Result second = service.initialize(again);
        QCOMPARE(second.kind, ErrorKind::Rule);
        QVERIFY(!second.message.isEmpty());
        QCOMPARE(t->workspace().storeProfile()->name, QStringLiteral("하늘상회"));
        QCOMPARE(users.count(), 1);
        QVERIFY(!users.findByLogin(QStringLiteral("intruder")));
        QCOMPARE(countRows(t->db(), QStringLiteral("audit_log WHERE action = 'store.setup'")), 1);
    }

    void setupSurvivesReopen()
    {
        QVERIFY(SetupService(t->workspace()).initialize(validSetup()).ok());
        const QString path = t->dbPath();
        t->ws.reset();
        QString error;
        auto reopened =
            keepMessage(&error, [&](sd::Result *r) { return Workspace::open(path, t->clock, false, r); });
        QVERIFY2(reopened, qPrintable(error));
        QVERIFY(reopened->isInitialized());
        QCOMPARE(reopened->storeProfile()->businessNo, QStringLiteral("2208162517"));
    }
};

QTEST_GUILESS_MAIN(TestSetupService)
#include "test_setup_service.moc"
