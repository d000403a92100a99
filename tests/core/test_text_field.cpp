// Free-text limits live in core, next to the field: length, control characters, one line.
#include "core/common/text_field.h"

#include <QTest>

using namespace sd;

class TestTextField : public QObject
{
    Q_OBJECT

private slots:
    void problems_data()
    {
        QTest::addColumn<int>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("accepted");
        const int store = int(TextField::StoreName);
        const int detail = int(TextField::DelayDetail);
        const int note = int(TextField::Note);
        QTest::newRow("plain Korean") << store << QStringLiteral("하늘상회") << true;
        QTest::newRow("at the limit") << store << QString(50, QChar(0xD55C)) << true;
        QTest::newRow("one over") << store << QString(51, QChar(0xD55C)) << false;
        QTest::newRow("40,000 characters") << store << QString(40000, QLatin1Char('x')) << false;
        QTest::newRow("emoji count once")
            << store << QStringLiteral("\U0001F600").repeated(25) + QString(25, QLatin1Char('a')) << true;
        QTest::newRow("ANSI escape") << detail << QStringLiteral("\x1b[31mred") << false;
        QTest::newRow("NUL") << detail << QStringLiteral("a") + QChar(0) + QStringLiteral("b") << false;
        QTest::newRow("newline in one line") << detail << QStringLiteral("a\nb") << false;
        QTest::newRow("carriage return") << detail << QStringLiteral("a\rb") << false;
        QTest::newRow("bidi override") << detail << QStringLiteral("abc\u202Edef") << false;
        QTest::newRow("lone surrogate") << detail << QString(QChar(0xD800)) << false;
        QTest::newRow("newline in a note") << note << QStringLiteral("첫 줄\n둘째 줄") << true;
        QTest::newRow("escape in a note") << note << QStringLiteral("\x1b") << false;
        QTest::newRow("detail at 200") << detail << QString(200, QLatin1Char('a')) << true;
        QTest::newRow("detail at 201") << detail << QString(201, QLatin1Char('a')) << false;
    }

    void problems()
    {
        QFETCH(int, field);
        QFETCH(QString, value);
        QFETCH(bool, accepted);
        const QString problem = textFieldProblem(TextField(field), value);
        QVERIFY2(problem.isEmpty() == accepted, qPrintable(problem));
        if (!accepted)
            QVERIFY(problem.contains(textFieldLabel(TextField(field))));
    }

    void tooLongSaysTheLimitAndTheLength()
    {
        const QString problem = textFieldProblem(TextField::StoreName, QString(40000, QLatin1Char('x')));
        QVERIFY2(problem.contains(QLatin1String("50")) && problem.contains(QLatin1String("40000")),
                 qPrintable(problem));
    }
};

QTEST_GUILESS_MAIN(TestTextField)
#include "test_text_field.moc"
