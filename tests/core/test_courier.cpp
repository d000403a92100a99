#include "core/orders/courier.h"

#include <QSet>
#include <QLocale>
#include <QTest>

using namespace sd;

class TestCourier : public QObject
{
    Q_OBJECT

private slots:
    // Every courier has an English name, shown in an English UI; a Korean UI shows the marketplaces' name.
    void namesInBothLanguages()
    {
        const QLocale before;
        for (const Courier &c : couriers()) {
            QVERIFY2(!c.englishName.isEmpty(), qPrintable(c.code));
            QVERIFY2(c.englishName.size() <= 30, qPrintable(c.englishName));
            QCOMPARE(findCourier(c.englishName), &c);
            QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
            QCOMPARE(courierLabel(c), c.englishName);
            QCOMPARE(courierLabel(c.code), c.englishName);
            QLocale::setDefault(QLocale(QLocale::Korean, QLocale::SouthKorea));
            QCOMPARE(courierLabel(c), c.name);
        }
        QLocale::setDefault(before);
        QCOMPARE(courierLabel(QStringLiteral("NOPE")), QStringLiteral("NOPE"));
        QCOMPARE(courierLabel(QString()), QString());
    }

    void list()
    {
        const QList<Courier> &all = couriers();
        QCOMPARE(all.size(), 14);
        QSet<QString> codes;
        for (const Courier &c : all) {
            QVERIFY(!c.code.isEmpty());
            QVERIFY(!c.name.isEmpty());
            codes.insert(c.code);
        }
        QCOMPARE(codes.size(), all.size());
        // There is no LOTTE or LOGEN code: 롯데 is HYUNDAI, 로젠 is KGB.
        QVERIFY(!findCourier(QStringLiteral("LOTTE")));
        QVERIFY(!findCourier(QStringLiteral("LOGEN")));
    }

    void find_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("code");
        QTest::newRow("code") << "CJGLS"
                              << "CJGLS";
        QTest::newRow("code lower case") << "cjgls"
                                         << "CJGLS";
        QTest::newRow("code with spaces") << "  epost "
                                          << "EPOST";
        QTest::newRow("name") << "CJ대한통운"
                              << "CJGLS";
        QTest::newRow("롯데 is HYUNDAI") << "롯데택배"
                                         << "HYUNDAI";
        QTest::newRow("로젠 is KGB") << "로젠택배"
                                     << "KGB";
        QTest::newRow("GS name") << "GS Postbox 택배"
                                 << "CVSNET";
        QTest::newRow("other") << "기타 택배"
                               << "CH1";
        QTest::newRow("unknown") << "DHL"
                                 << "";
        QTest::newRow("empty") << ""
                               << "";
        QTest::newRow("partial name") << "CJ"
                                      << "";
    }

    void find()
    {
        QFETCH(QString, query);
        QFETCH(QString, code);
        const Courier *c = findCourier(query);
        if (code.isEmpty()) {
            QVERIFY(!c);
        } else {
            QVERIFY(c);
            QCOMPARE(c->code, code);
        }
    }

    void normalize_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("normalized");
        QTest::newRow("hyphens") << "6543-2109-8765"
                                 << "654321098765";
        QTest::newRow("spaces") << " 6543 2109 8765 "
                                << "654321098765";
        QTest::newRow("tab and nbsp") << QStringLiteral("6543\t2109\u00a08765") << "654321098765";
        QTest::newRow("unicode dash") << QStringLiteral("6543\u20132109\uff0d8765") << "654321098765";
        QTest::newRow("letters kept") << "AB-12 34"
                                      << "AB1234";
        QTest::newRow("empty") << ""
                               << "";
    }

    void normalize()
    {
        QFETCH(QString, raw);
        QFETCH(QString, normalized);
        QCOMPARE(normalizeTrackingNumber(raw), normalized);
    }

    void shapes_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("number");
        QTest::addColumn<bool>("valid");
        const QString d8 = QStringLiteral("12345678");
        const QString d10 = QStringLiteral("1234567890");
        const QString d11 = QStringLiteral("12345678901");
        const QString d12 = QStringLiteral("123456789012");
        const QString d13 = QStringLiteral("1234567890123");
        QTest::newRow("CJ 10") << "CJGLS" << d10 << true;
        QTest::newRow("CJ 12") << "CJGLS" << d12 << true;
        QTest::newRow("CJ 11") << "CJGLS" << d11 << false;
        QTest::newRow("CJ 13") << "CJGLS" << d13 << false;
        QTest::newRow("롯데 10") << "HYUNDAI" << d10 << true;
        QTest::newRow("롯데 12") << "HYUNDAI" << d12 << true;
        QTest::newRow("롯데 13") << "HYUNDAI" << d13 << true;
        QTest::newRow("롯데 11") << "HYUNDAI" << d11 << false;
        QTest::newRow("한진 10") << "HANJIN" << d10 << true;
        QTest::newRow("한진 12") << "HANJIN" << d12 << true;
        QTest::newRow("한진 13") << "HANJIN" << d13 << false;
        QTest::newRow("로젠 11") << "KGB" << d11 << true;
        QTest::newRow("로젠 10") << "KGB" << d10 << false;
        QTest::newRow("로젠 12") << "KGB" << d12 << false;
        QTest::newRow("우체국 13") << "EPOST" << d13 << true;
        QTest::newRow("우체국 12") << "EPOST" << d12 << false;
        QTest::newRow("등기 13") << "REGISTPOST" << d13 << true;
        QTest::newRow("등기 10") << "REGISTPOST" << d10 << false;
        QTest::newRow("경동 8") << "KDEXP" << d8 << true;
        QTest::newRow("경동 20") << "KDEXP" << QStringLiteral("12345678901234567890") << true;
        QTest::newRow("경동 7") << "KDEXP" << QStringLiteral("1234567") << false;
        QTest::newRow("경동 21") << "KDEXP" << QStringLiteral("123456789012345678901") << false;
        QTest::newRow("일양 11") << "ILYANG" << d11 << true;
        QTest::newRow("CU 10") << "CUPARCEL" << d10 << true;
        QTest::newRow("CU 12") << "CUPARCEL" << d12 << true;
        QTest::newRow("CU 13") << "CUPARCEL" << d13 << false;
        QTest::newRow("CU 9") << "CUPARCEL" << QStringLiteral("123456789") << false;
        QTest::newRow("GS 8") << "CVSNET" << d8 << true;
        QTest::newRow("letters refused") << "CJGLS" << QStringLiteral("12345ABCDE") << false;
        QTest::newRow("hyphen refused (normalize first)")
            << "CJGLS" << QStringLiteral("12345-67890") << false;
        QTest::newRow("fullwidth digits refused")
            << "CJGLS" << QStringLiteral("１２３４５６７８９０") << false;
        QTest::newRow("empty") << "CJGLS"
                               << "" << false;
        QTest::newRow("기타 letters") << "CH1" << QStringLiteral("AB12345678") << true;
        QTest::newRow("기타 digits") << "CH1" << QStringLiteral("123456") << true;
        QTest::newRow("기타 too short") << "CH1" << QStringLiteral("AB123") << false;
        QTest::newRow("기타 symbols") << "CH1" << QStringLiteral("AB#12345") << false;
        QTest::newRow("기타 30") << "CH1" << QString(30, QLatin1Char('7')) << true;
        QTest::newRow("기타 31") << "CH1" << QString(31, QLatin1Char('7')) << false;
    }

    void shapes()
    {
        QFETCH(QString, code);
        QFETCH(QString, number);
        QFETCH(bool, valid);
        const Courier *c = findCourier(code);
        QVERIFY(c);
        QString reason = QStringLiteral("stale");
        QCOMPARE(isTrackingNumberValid(*c, number, &reason), valid);
        if (valid) {
            QVERIFY(reason.isEmpty());
        } else {
            QVERIFY(!reason.isEmpty() && reason != QStringLiteral("stale"));
        }
    }

    void reasons()
    {
        QString reason;
        QVERIFY(
            !isTrackingNumberValid(*findCourier(QStringLiteral("CJGLS")), QStringLiteral("12345"), &reason));
        QCOMPARE(reason, QStringLiteral("A CJ Logistics tracking number must be 10 or 12 digits."));
        QVERIFY(
            !isTrackingNumberValid(*findCourier(QStringLiteral("HYUNDAI")), QStringLiteral("1"), &reason));
        QCOMPARE(reason, QStringLiteral("A Lotte Global Logistics tracking number must be 10, 12 or 13 digits."));
        QVERIFY(!isTrackingNumberValid(*findCourier(QStringLiteral("EPOST")), QStringLiteral("1"), &reason));
        QCOMPARE(reason, QStringLiteral("A Korea Post Parcel tracking number must be 13 digits."));
        QVERIFY(!isTrackingNumberValid(*findCourier(QStringLiteral("KDEXP")), QStringLiteral("1"), &reason));
        QCOMPARE(reason, QStringLiteral("A Kyungdong Express tracking number must be 8 to 20 digits."));
        QVERIFY(
            !isTrackingNumberValid(*findCourier(QStringLiteral("CJGLS")), QStringLiteral("12a"), &reason));
        QVERIFY(reason.contains(QStringLiteral("digits")));
    }

    void normalizeThenValidate()
    {
        const Courier *cj = findCourier(QStringLiteral("CJ대한통운"));
        QVERIFY(cj);
        QVERIFY(isTrackingNumberValid(*cj, normalizeTrackingNumber(QStringLiteral(" 6543-2109-8765 "))));
    }
};

QTEST_GUILESS_MAIN(TestCourier)
#include "test_courier.moc"
