// Writes the plain workbook that tests/io/data/make_encrypted.sh encrypts (our own XlsxTableWriter, so
// the fixture is what SellerDesk itself would write): make_fixture_xlsx OUT.xlsx
#include "fixture_orders.h"
#include "io/formats/xlsx_table_writer.h"

#include <QCoreApplication>
#include <QVariant>
#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: make_fixture_xlsx OUT.xlsx\n");
        return 2;
    }
    using Writer = sd::XlsxTableWriter;
    QList<Writer::Column> columns;
    const QStringList header = sd::test::fixtureOrderHeader();
    for (int c = 0; c < header.size(); ++c)
        columns.append({header.at(c), c == 4   ? Writer::Kind::Integer
                                      : c == 5 ? Writer::Kind::Money
                                               : Writer::Kind::Text});
    Writer writer(QString::fromLocal8Bit(argv[1]), QStringLiteral("발주발송관리"), columns);
    for (int i = 0; i < sd::test::kFixtureOrderRows && writer.isValid(); ++i) {
        const QStringList row = sd::test::fixtureOrderRow(i);
        QVariantList cells;
        for (int c = 0; c < row.size(); ++c)
            cells.append(c == 4 || c == 5 ? QVariant(row.at(c).toLongLong()) : QVariant(row.at(c)));
        writer.writeRow(cells);
    }
    if (!writer.isValid() || !writer.finish()) {
        std::fprintf(stderr, "%s\n", qPrintable(writer.errorString()));
        return 1;
    }
    return 0;
}
