// Settings: one table of keys with defaults and ranges; a save is all or nothing, audited per key.
#include "services/store/settings.h"
#include "test_support.h"

#include <QTest>

using namespace sd;
using namespace sd::test;

class TestSettings : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestWorkspace> t;
    UserSession master;

private slots:
    void init()
    {
        t = std::make_unique<TestWorkspace>();
        QVERIFY2(t->ok(), qPrintable(t->error));
        master = addUser(t->db(), QStringLiteral("boss"), Role::Master);
    }
    void cleanup() { t.reset(); }

    void aSaveIsAllOrNothing()
    {
        Settings &s = t->workspace().settings();
        // The second value is out of range: the first is not written either.
        const Result r = s.set(master,
                               {{Settings::Key::DispatchBusinessDays, QStringLiteral("5")},
                                {Settings::Key::DelayMaxDays, QStringLiteral("9999")}},
                               t->clock.nowUtc());
        QCOMPARE(r.kind, ErrorKind::BadInput);
        QVERIFY2(r.message.contains(QLatin1String("365")), qPrintable(r.message));
        QCOMPARE(s.dispatchBusinessDays(), 3);
        QCOMPARE(countRows(t->db(), QStringLiteral("settings")), 0);
        QCOMPARE(countRows(t->db(), QStringLiteral("audit_log")), 0);

        QVERIFY(s.set(master,
                      {{Settings::Key::DispatchBusinessDays, QStringLiteral("5")},
                       {Settings::Key::DelayMaxDays, QStringLiteral("60")},
                       {Settings::Key::Language, QStringLiteral("system")}}, // unchanged: no row
                      t->clock.nowUtc())
                    .ok());
        QCOMPARE(s.dispatchBusinessDays(), 5);
        QCOMPARE(s.intValue(Settings::Key::DelayMaxDays), 60);
        QCOMPARE(countRows(t->db(), QStringLiteral("audit_log WHERE action = 'setting.change'")), 2);
        // The audit log's before and after columns (the 감사 로그 tab shows them side by side).
        QCOMPARE(scalar(t->db(), QStringLiteral("SELECT \"before\" || ' → ' || \"after\" FROM audit_log "
                                                "WHERE entity_id = 'dispatch.business_days'"))
                     .toString(),
                 QStringLiteral("3 → 5"));
        // A fresh reader sees the same.
        Settings again(t->db().connectionName());
        QCOMPARE(again.intValue(Settings::Key::DelayMaxDays), 60);
    }

    void valuesAreChecked_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("days 0") << int(Settings::Key::DispatchBusinessDays) << QStringLiteral("0") << false;
        QTest::newRow("days 30") << int(Settings::Key::DispatchBusinessDays) << QStringLiteral("30") << true;
        QTest::newRow("days text") << int(Settings::Key::AutoDecideDaysKakao) << QStringLiteral("eight")
                                   << false;
        QTest::newRow("language ko") << int(Settings::Key::Language) << QStringLiteral("ko") << true;
        QTest::newRow("language fr") << int(Settings::Key::Language) << QStringLiteral("fr") << false;
        QTest::newRow("delay 6") << int(Settings::Key::DelayMaxDays) << QStringLiteral("6") << false;
    }

    void valuesAreChecked()
    {
        QFETCH(int, key);
        QFETCH(QString, value);
        QFETCH(bool, accepted);
        const Result r = t->workspace().settings().set(master, Settings::Key(key), value, t->clock.nowUtc());
        QCOMPARE(r.ok(), accepted);
    }

    void onlyTheMasterChangesSettings()
    {
        const UserSession op = addUser(t->db(), QStringLiteral("op"), Role::Operator);
        const Result r = t->workspace().settings().set(op, Settings::Key::DispatchBusinessDays,
                                                       QStringLiteral("4"), t->clock.nowUtc());
        QCOMPARE(r.kind, ErrorKind::Permission);
        QCOMPARE(countRows(t->db(), QStringLiteral("settings")), 0);
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "test_settings.moc"
