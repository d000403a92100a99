// The shared preview-then-apply flow (ui/bulk_flow.h) driven offscreen for a bulk action (발주확인 over
// orders, one of them refused, and a big one with progress) and for an import (송장 일괄 가져오기 of
// a file bigger than one stage).
#include "gui_support.h"
#include "io/formats/xlsx_table_writer.h"
#include "io/support/office_fixture_writer.h"
#include "services/orders/dispatch_import.h"
#include "services/orders/order_service.h"
#include "test_support.h"
#include "ui/common/bulk_flow.h"
#include "ui/orders/dispatch_import_flow.h"

#include <QBuffer>
#include <QFile>
#include <QFileDialog>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QTest>
#include <QTimer>

using namespace sd;
using namespace sd::test;

class TestBulkFlow : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestWorkspace> t;
    UserSession op;
    std::unique_ptr<QWidget> window;

    QStringList seed(int n, const QString &prefix, OrderStatus status = OrderStatus::New)
    {
        QList<Order> orders;
        for (int i = 0; i < n; ++i)
            orders.append(makeOrder(prefix + QStringLiteral("%1").arg(i, 6, 10, QLatin1Char('0')), status));
        if (!insertOrders(t->db(), orders))
            qWarning() << "insert failed";
        QStringList ids;
        for (const Order &o : std::as_const(orders))
            ids << o.productOrderNo;
        return ids;
    }
    OrderStatus status(const QString &id)
    {
        return OrderRepository(t->db()).findByProductOrderNo(id)->status;
    }
    int count(OrderStatus s)
    {
        return scalar(t->db(), QStringLiteral("SELECT COUNT(*) FROM orders WHERE status = ?"),
                      {statusCode(s)})
            .toInt();
    }
    BulkFlowSpec confirmSpec(OrderService &service, const QStringList &ids)
    {
        BulkFlowSpec spec;
        spec.view.title = QStringLiteral("Confirm");
        spec.view.keyHeader = QStringLiteral("Product order no.");
        spec.view.labelHeader = QStringLiteral("Product");
        spec.view.countText = [](int n) { return QStringLiteral("%1 orders").arg(n); };
        spec.keys = ids;
        spec.run = [&service](const QStringList &keys, bool dry, const BulkControl &c) {
            return service.confirm(keys, dry, c);
        };
        return spec;
    }
    static QString summary(QDialog *d)
    {
        auto *label = d->findChild<QLabel *>(QStringLiteral("summaryLabel"));
        return label ? label->text() : QString();
    }

private slots:
    void init()
    {
        t = std::make_unique<TestWorkspace>();
        QVERIFY2(t->ok(), qPrintable(t->error));
        op = addUser(t->db(), QStringLiteral("op"), Role::Operator);
        window = std::make_unique<QWidget>();
        window->resize(400, 300);
        window->show();
    }
    void cleanup()
    {
        window.reset();
        t.reset();
    }

    // Three orders, one already shipped: the preview says so per order, "apply" confirms the two
    // that can take it, the report lists all three.
    void bulkActionPreviewThenApply()
    {
        QStringList ids = seed(2, QStringLiteral("N"));
        ids.insert(1, seed(1, QStringLiteral("S"), OrderStatus::Shipping).first());
        OrderService service(t->workspace(), op);
        QStringList failures;
        QString previewText, reportText;
        QList<QHash<QString, QString>> previewRows, reportRows;
        whenModal(QStringLiteral("bulkPreviewDialog"), [&](QDialog *d) {
            previewText = summary(d);
            previewRows = outcomeRows(d);
            auto *apply = d->findChild<QPushButton *>(QStringLiteral("applyButton"));
            if (!apply) {
                failures << QStringLiteral("no apply button");
                d->reject();
                return;
            }
            if (!apply->text().contains(QLatin1String("2 orders")))
                failures << QStringLiteral("apply button says: ") + apply->text();
            // The report is asked for after this dialog closes.
            whenModal(QStringLiteral("bulkReportDialog"), [&](QDialog *r) {
                reportText = summary(r);
                reportRows = outcomeRows(r);
                r->accept();
            });
            QTest::mouseClick(apply, Qt::LeftButton);
        });
        const BulkFlowResult result = runBulkFlow(window.get(), confirmSpec(service, ids));
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1String("; "))));
        QVERIFY2(previewText.contains(QLatin1String("2 of 3 orders can be processed")),
                 qPrintable(previewText));
        QCOMPARE(previewRows.size(), 3);
        QCOMPARE(previewRows[1].value(QStringLiteral("Product order no.")), ids[1]);
        QVERIFY(previewRows[1].value(QStringLiteral("Result")).contains(QLatin1String("Cannot")));
        QVERIFY(!previewRows[1].value(QStringLiteral("Details")).isEmpty());
        QCOMPARE(previewRows[0].value(QStringLiteral("Product")), QStringLiteral("무선 키보드"));
        QVERIFY(result.written);
        QCOMPARE(result.report.writtenKeys(), (QStringList{ids[0], ids[2]}));
        QCOMPARE(status(ids[0]), OrderStatus::Confirmed);
        QCOMPARE(status(ids[1]), OrderStatus::Shipping);
        QCOMPARE(status(ids[2]), OrderStatus::Confirmed);
        QVERIFY2(reportText.contains(QLatin1String("2 processed, 1 not processed")), qPrintable(reportText));
        QCOMPARE(reportRows.size(), 3);
    }

    // 1,500 orders: the dry run and the apply show a progress dialog that knows the total, and the
    // apply is written in two stages.
    void bigBulkActionShowsProgress()
    {
        const QStringList ids = seed(1500, QStringLiteral("B"));
        OrderService service(t->workspace(), op);
        BulkFlowSpec spec = confirmSpec(service, ids);
        spec.progressAfterMs = 0;
        spec.reportOnSuccess = false;
        QSet<int> maxima;
        QStringList labels;
        QTimer watch;
        watch.setInterval(5);
        connect(&watch, &QTimer::timeout, [&] {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                auto *p = qobject_cast<QProgressDialog *>(w);
                if (p && p->objectName() == QLatin1String("bulkProgressDialog") && p->isVisible()) {
                    maxima.insert(p->maximum());
                    if (!labels.contains(p->labelText()))
                        labels << p->labelText();
                }
            }
        });
        watch.start();
        QStringList failures;
        whenModal(QStringLiteral("bulkPreviewDialog"), [&](QDialog *d) {
            if (outcomeRows(d).size() != 1500)
                failures << QStringLiteral("preview rows: %1").arg(outcomeRows(d).size());
            auto *apply = d->findChild<QPushButton *>(QStringLiteral("applyButton"));
            if (!apply) {
                failures << QStringLiteral("no apply button");
                d->reject();
                return;
            }
            QTest::mouseClick(apply, Qt::LeftButton);
        });
        const BulkFlowResult result = runBulkFlow(window.get(), spec);
        watch.stop();
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1String("; "))));
        QVERIFY2(result.report.ok(), qPrintable(result.report.result.message));
        QCOMPARE(result.report.stagesWritten, 2);
        QCOMPARE(count(OrderStatus::Confirmed), 1500);
        QVERIFY2(maxima.contains(1500), qPrintable(QString::number(maxima.size())));
        bool checking = false, applying = false;
        for (const QString &l : std::as_const(labels)) {
            checking = checking || l.startsWith(QLatin1String("Checking"));
            applying = applying || l.startsWith(QLatin1String("Applying"));
        }
        QVERIFY2(checking && applying, qPrintable(labels.join(QLatin1String(" | "))));
    }

    // 송장 일괄 가져오기 through the same flow: a file of 1,200 rows is previewed row by row with its
    // spreadsheet row, applied whole, and written in two stages.
    void importPreviewThenApply()
    {
        const QStringList ids = seed(1200, QStringLiteral("I"));
        QString text = QStringLiteral("상품주문번호,배송방법,택배사,송장번호\n");
        for (int i = 0; i < ids.size(); ++i)
            text += QStringLiteral("%1,택배,CJGLS,7%2\n").arg(ids[i]).arg(i, 11, 10, QLatin1Char('0'));
        const QString path = t->dir.filePath(QStringLiteral("upload.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text.toUtf8());
        f.close();

        QStringList failures;
        QList<QHash<QString, QString>> rows;
        QString previewText;
        whenModal(QStringLiteral("bulkPreviewDialog"), [&](QDialog *d) {
            rows = outcomeRows(d);
            previewText = summary(d);
            auto *apply = d->findChild<QPushButton *>(QStringLiteral("applyButton"));
            if (!apply) {
                failures << QStringLiteral("no apply button");
                d->reject();
                return;
            }
            QTest::mouseClick(apply, Qt::LeftButton);
        });
        QString message;
        QVERIFY(importDispatchFile(window.get(), t->workspace(), op, path, &message));
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1String("; "))));
        QCOMPARE(rows.size(), 1200);
        QCOMPARE(rows[0].value(QStringLiteral("Row")), QStringLiteral("Row 2"));
        QCOMPARE(rows[1199].value(QStringLiteral("Product order no.")), ids[1199]);
        QVERIFY2(previewText.startsWith(QLatin1String("upload.csv")), qPrintable(previewText));
        QVERIFY2(message.contains(QLatin1String("1200")), qPrintable(message));
        QCOMPARE(count(OrderStatus::Shipping), 1200);
        QCOMPARE(scalar(t->db(),
                        QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE detail LIKE 'upload.csv: %'"))
                     .toInt(),
                 2);

        // The same file again: nothing needs to change, nothing to apply, nothing written.
        whenModal(QStringLiteral("bulkPreviewDialog"), [&](QDialog *d) {
            if (d->findChild<QPushButton *>(QStringLiteral("applyButton")))
                failures << QStringLiteral("apply offered for a file already imported");
            previewText = summary(d);
            d->reject();
        });
        QVERIFY(!importDispatchFile(window.get(), t->workspace(), op, path, &message));
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1String("; "))));
        QVERIFY2(previewText.contains(QLatin1String("Nothing needs to change")), qPrintable(previewText));
    }

    // Naver's download comes password-protected: the flow asks for the password (again after a wrong
    // one), decrypts the file once, previews and applies it like any other upload.
    void aPasswordProtectedUploadIsAskedForAndApplied()
    {
        const QStringList ids = seed(30, QStringLiteral("P"));
        QBuffer plain;
        QVERIFY(plain.open(QIODevice::WriteOnly));
        {
            using Column = XlsxTableWriter::Column;
            XlsxTableWriter writer(&plain, QStringLiteral("발주발송관리"),
                                   {Column{QStringLiteral("상품주문번호")},
                                    Column{QStringLiteral("배송방법")}, Column{QStringLiteral("택배사")},
                                    Column{QStringLiteral("송장번호")}});
            QVERIFY(writer.isValid());
            for (int i = 0; i < ids.size(); ++i)
                QVERIFY(writer.writeRow({ids[i], QStringLiteral("택배"), QStringLiteral("CJ대한통운"),
                                         QStringLiteral("6%1").arg(i, 11, 10, QLatin1Char('0'))}));
            QVERIFY(writer.finish());
        }
        const QString path = t->dir.filePath(QStringLiteral("발주발송관리.xlsx"));
        QVERIFY(test::writeQuickEncryptedFile(path, plain.data(), QStringLiteral("네이버2024!")));

        QStringList typed{QStringLiteral("wrong"), QStringLiteral("네이버2024!")};
        QStringList warnings;
        int asked = 0;
        std::function<void()> answer = [&] {
            whenModal(QStringLiteral("filePasswordDialog"), [&](QDialog *d) {
                auto *input = qobject_cast<QInputDialog *>(d);
                input->setTextValue(typed.value(asked++));
                if (asked == 1) // the wrong one: a warning, then the question again
                    QTimer::singleShot(0, [&] {
                        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                            warnings << box->text();
                            box->accept();
                        }
                    });
                if (asked < typed.size())
                    answer();
                input->accept();
            });
        };
        answer();
        whenModal(QStringLiteral("bulkPreviewDialog"), [&](QDialog *d) {
            if (auto *apply = d->findChild<QPushButton *>(QStringLiteral("applyButton")))
                QTest::mouseClick(apply, Qt::LeftButton);
            else
                d->reject();
        });
        QString message;
        QVERIFY(importDispatchFile(window.get(), t->workspace(), op, path, &message));
        QCOMPARE(asked, 2);
        QCOMPARE(warnings.size(), 1);
        QVERIFY2(warnings.first().contains(QLatin1String("password is wrong")), qPrintable(warnings.first()));
        QCOMPARE(count(OrderStatus::Shipping), 30);
    }
    // Some rows of an upload are bad: the preview offers the applicable ones alone beside Cancel and
    // saves the rows with errors as a result file; the applicable ones are dispatched, the others not.
    void aPartlyBadUploadOffersTheApplicableRows()
    {
        const QStringList ids = seed(3, QStringLiteral("B"));
        const QString path = t->dir.filePath(QStringLiteral("partly.csv"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QStringLiteral("상품주문번호,배송방법,택배사,송장번호\r\n"
                                   "%1,택배,CJ대한통운,700000000001\r\n"
                                   "%2,택배,CJ대한통운,12345\r\n"
                                   "%3,택배,CJ대한통운,700000000003\r\n"
                                   "2099010100000009,택배,CJ대한통운,700000000004\r\n")
                        .arg(ids[0], ids[1], ids[2])
                        .toUtf8());
        }
        // The name the dialog suggests (beside the upload); QFileDialog may put it back over a name
        // typed before its folder has loaded, so the test keeps it.
        const QString resultPath = t->dir.filePath(QStringLiteral("partly-errors.xlsx"));
        QStringList failures;
        QString partialText, reportText, savedText;
        whenModal(QStringLiteral("bulkPreviewDialog"), [&](QDialog *d) {
            if (d->findChild<QPushButton *>(QStringLiteral("applyButton")))
                failures << QStringLiteral("the whole file offered although rows are bad");
            auto *save = d->findChild<QPushButton *>(QStringLiteral("saveProblemsButton"));
            auto *partial = d->findChild<QPushButton *>(QStringLiteral("applyApplicableButton"));
            if (!save || !partial) {
                failures << QStringLiteral("no save or partial button");
                d->reject();
                return;
            }
            partialText = partial->text();
            whenModal(QStringLiteral("resultFileDialog"), [&](QDialog *fd) {
                auto *files = qobject_cast<QFileDialog *>(fd);
                files->selectFile(resultPath);
                fd->accept(); // QFileDialog::accept, through QDialog
            });
            whenModal(QStringLiteral("resultSavedBox"), [&](QDialog *box) {
                savedText = qobject_cast<QMessageBox *>(box)->text();
                box->accept();
            });
            QTest::mouseClick(save, Qt::LeftButton);
            whenModal(QStringLiteral("bulkReportDialog"), [&](QDialog *r) {
                reportText = summary(r);
                r->accept();
            });
            QTest::mouseClick(partial, Qt::LeftButton);
        });
        QString message;
        QVERIFY(importDispatchFile(window.get(), t->workspace(), op, path, &message));
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1String("; "))));
        QCOMPARE(partialText, QStringLiteral("Dispatch the 2 applicable orders"));
        QVERIFY2(savedText.contains(QLatin1String("2 rows")), qPrintable(savedText));
        QVERIFY2(reportText.contains(QLatin1String("2 processed")), qPrintable(reportText));
        QVERIFY2(message.contains(QLatin1String("2 orders dispatched")), qPrintable(message));
        QCOMPARE(status(ids[0]), OrderStatus::Shipping);
        QCOMPARE(status(ids[1]), OrderStatus::New);
        QCOMPARE(status(ids[2]), OrderStatus::Shipping);
        QByteArray bytes;
        QVERIFY2(DispatchImportService::readFile(resultPath, &bytes).ok(), qPrintable(savedText));
        const DispatchUploadResult result = parseDispatchUpload(bytes);
        QCOMPARE(result.rows.size(), 2);
        QCOMPARE(result.rows.at(0).productOrderNo, ids[1]);
        QCOMPARE(result.rows.at(1).productOrderNo, QStringLiteral("2099010100000009"));
    }
};

QTEST_MAIN(TestBulkFlow)
#include "test_bulk_flow.moc"
