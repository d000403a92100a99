// 파일 › 주문 가져오기 driven offscreen in the real window: a CSV through the flow (check on a worker,
// preview, import) lands in the orders tab; an unknown layout goes through the column-mapping dialog and
// its saved profile is used; a bad row disables Import and lists the row; the apply runs on a worker while
// the GUI thread's event loop runs, and the views are told after it; Cancel during the apply writes
// nothing; a file dropped on the window starts the same flow; the empty orders tab points to it.
#include "gui_support.h"
#include "io/formats/csv_writer.h"
#include "io/formats/xlsx_table_writer.h"
#include "io/support/office_fixture_writer.h"
#include "services/orders/order_import.h"
#include "services/orders/order_import_timing.h"
#include "services/store/store_watcher.h"
#include "services/store/workspace.h"
#include "test_support.h"
#include "ui/common/main_window.h"
#include "ui/orders/order_import_flow.h"
#include "ui/orders/orders_view.h"
#include "ui/orders/status_chip_bar.h"

#include <QAction>
#include <QBuffer>
#include <QInputDialog>
#include <QMessageBox>
#include <QComboBox>
#include <QDropEvent>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QProgressDialog>
#include <QPushButton>
#include <QSemaphore>
#include <QStatusBar>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QThread>
#include <QUrl>
#include <atomic>

using namespace sd;
using namespace sd::test;

namespace {

const QStringList kNaverHeader = {QStringLiteral("상품주문번호"), QStringLiteral("주문번호"),
                                  QStringLiteral("주문상태"),     QStringLiteral("주문세부상태"),
                                  QStringLiteral("결제일"),       QStringLiteral("상품명"),
                                  QStringLiteral("수량"),         QStringLiteral("최종 상품별 총 주문금액")};

QStringList naverRow(int i, const QString &amount = QStringLiteral("35000"))
{
    const QString id = QStringLiteral("2024051%1").arg(i, 8, 10, QLatin1Char('0'));
    return {id,
            QStringLiteral("O") + id,
            QStringLiteral("결제완료"),
            QStringLiteral("신규주문"),
            QStringLiteral("2024-05-10 14:03:22"),
            QStringLiteral("무선 키보드 %1").arg(i),
            QStringLiteral("1"),
            amount};
}

} // namespace

class TestOrderImportFlow : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestWorkspace> t;
    UserSession op;

    QString writeCsv(const QString &name, const QList<QStringList> &rows)
    {
        const QString path = t->dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        CsvWriter csv(&f);
        for (const QStringList &r : rows)
            csv.writeRow(r);
        csv.finish();
        return path;
    }
    QString naverFile(int n, const QString &name = QStringLiteral("발주발송관리.csv"))
    {
        QList<QStringList> rows{kNaverHeader};
        for (int i = 0; i < n; ++i)
            rows << naverRow(i);
        return writeCsv(name, rows);
    }
    int orders() { return countRows(t->db(), QStringLiteral("orders")); }
    static QString text(QDialog *d, const char *name)
    {
        auto *label = d->findChild<QLabel *>(QLatin1String(name));
        return label ? label->text() : QStringLiteral("<no %1>").arg(QLatin1String(name));
    }
    static void click(QDialog *d, const char *name, QStringList &failures)
    {
        auto *button = d->findChild<QPushButton *>(QLatin1String(name));
        if (!button) {
            failures << QStringLiteral("no button %1").arg(QLatin1String(name));
            d->reject();
            return;
        }
        QTest::mouseClick(button, Qt::LeftButton);
    }

private slots:
    void init()
    {
        t = std::make_unique<TestWorkspace>();
        QVERIFY2(t->ok(), qPrintable(t->error));
        op = addUser(t->db(), QStringLiteral("op"), Role::Operator);
    }
    void cleanup() { t.reset(); }

    // An empty store's orders tab points to the import; the menu entry imports a CSV; the orders show.
    void importsAFileIntoTheOrdersTab()
    {
        MainWindow w(t->workspace(), op);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        OrdersView *view = w.ordersView();
        QVERIFY(settle(view->model()));
        auto *empty = view->findChild<QLabel *>(QStringLiteral("emptyStateLabel"));
        QVERIFY(empty);
        QTRY_VERIFY(empty->isVisible());
        QVERIFY2(empty->text().contains(QStringLiteral("<a href=\"import\">File › Import orders…</a>")),
                 qPrintable(empty->text()));
        QVERIFY(empty->text().contains(QLatin1String("drop the file")));
        QVERIFY(empty->text().contains(QLatin1String("sellerdesk-cli demo")));
        auto *action = w.findChild<QAction *>(QStringLiteral("importOrdersAction"));
        QVERIFY(action && action->isEnabled());
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));

        const QString file = naverFile(3);
        QStringList failures;
        QString profile, counts;
        bool importEnabled = false;
        int listed = 0;
        whenModal(QStringLiteral("orderImportPreviewDialog"), [&](QDialog *d) {
            profile = text(d, "profileLabel");
            counts = text(d, "countsLabel");
            auto *import = d->findChild<QPushButton *>(QStringLiteral("importButton"));
            importEnabled = import && import->isEnabled();
            auto *table = d->findChild<QTableView *>(QStringLiteral("importRowsTable"));
            listed = table ? table->model()->rowCount() : -1;
            click(d, "importButton", failures);
        });
        QVERIFY(view->importOrdersFile(file));
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1String("; "))));
        QVERIFY2(profile.contains(QStringLiteral("발주발송관리.csv")) && profile.contains(QLatin1String("row 1")),
                 qPrintable(profile));
        QVERIFY2(counts.startsWith(QStringLiteral("New: 3 · Updated: 0 · Unchanged: 0")), qPrintable(counts));
        QVERIFY(importEnabled);
        QCOMPARE(listed, 3);
        QCOMPARE(orders(), 3);
        QVERIFY(settle(view->model()));
        QCOMPARE(view->model()->rowCount(), 3);
        QTRY_VERIFY(!empty->isVisible());
        QVERIFY2(w.statusBar()->currentMessage().contains(QLatin1String("3 new")),
                 qPrintable(w.statusBar()->currentMessage()));

        // The same file again: nothing to write, and the preview says so.
        QString note;
        whenModal(QStringLiteral("orderImportPreviewDialog"), [&](QDialog *d) {
            note = text(d, "noteLabel");
            auto *import = d->findChild<QPushButton *>(QStringLiteral("importButton"));
            importEnabled = import && import->isEnabled();
            d->reject();
        });
        QVERIFY(!view->importOrdersFile(file));
        QVERIFY(!importEnabled);
        QVERIFY2(note.contains(QLatin1String("Nothing to import")), qPrintable(note));

        // A filter that matches nothing keeps its own text.
        view->chips()->selectStatus(OrderStatus::Shipping);
        QVERIFY(settle(view->model()));
        QTRY_VERIFY(empty->isVisible());
        QCOMPARE(empty->text(), QStringLiteral("No orders match these conditions."));
    }

    // A role that may not import sees the entry disabled, gets no link and cannot drop a file.
    void aRoleThatMayNotImport()
    {
        const UserSession finance = addUser(t->db(), QStringLiteral("fin"), Role::Finance);
        MainWindow w(t->workspace(), finance);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *action = w.findChild<QAction *>(QStringLiteral("importOrdersAction"));
        QVERIFY(action && !action->isEnabled());
        QVERIFY(settle(w.ordersView()->model()));
        auto *empty = w.ordersView()->findChild<QLabel *>(QStringLiteral("emptyStateLabel"));
        QTRY_VERIFY(empty->isVisible());
        QVERIFY(!empty->text().contains(QLatin1String("href")));
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(naverFile(1))});
        QDragEnterEvent enter(QPoint(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&w, &enter);
        QVERIFY(!enter.isAccepted());
    }

    // A layout no profile knows: the mapping dialog lists the file's headers with a preview, refuses an
    // incomplete answer at the dialog, saves the profile, and the check uses it.
    void unknownLayoutIsMappedAndSaved()
    {
        const QString file = writeCsv(
            QStringLiteral("my-shop.csv"),
            {{QStringLiteral("No"), QStringLiteral("State"), QStringLiteral("Paid"), QStringLiteral("Item"),
              QStringLiteral("Qty"), QStringLiteral("Sum")},
             {QStringLiteral("X1"), QStringLiteral("결제완료"), QStringLiteral("2024-05-10"),
              QStringLiteral("볼펜"), QStringLiteral("10"), QStringLiteral("5000")},
             {QStringLiteral("X2"), QStringLiteral("결제완료"), QStringLiteral("2024-05-11"),
              QStringLiteral("연필"), QStringLiteral("3"), QStringLiteral("1500")}});
        QWidget window;
        window.resize(400, 300);
        window.show();
        QStringList failures;
        QString refusal, profile;
        int previewRows = -1, previewColumns = -1;
        whenModal(QStringLiteral("columnMappingDialog"), [&](QDialog *d) {
            auto *preview = d->findChild<QTableWidget *>(QStringLiteral("mappingPreviewTable"));
            previewRows = preview ? preview->rowCount() : -1;
            previewColumns = preview ? preview->columnCount() : -1;
            const QList<QPair<const char *, QString>> choices = {{"product_order_no", QStringLiteral("No")},
                                                                 {"status", QStringLiteral("State")},
                                                                 {"paid_at", QStringLiteral("Paid")},
                                                                 {"product_name", QStringLiteral("Item")},
                                                                 {"total_amount", QStringLiteral("Sum")}};
            for (const auto &c : choices) {
                auto *combo = d->findChild<QComboBox *>(QStringLiteral("fieldCombo_") + QLatin1String(c.first));
                if (!combo || combo->findData(c.second) < 0) {
                    failures << QStringLiteral("no choice %1 for %2").arg(c.second, QLatin1String(c.first));
                    d->reject();
                    return;
                }
                combo->setCurrentIndex(combo->findData(c.second));
            }
            auto *channel = d->findChild<QComboBox *>(QStringLiteral("channelCombo"));
            channel->setCurrentIndex(channel->findData(int(Channel::KakaoStore)));
            d->findChild<QLineEdit *>(QStringLiteral("profileNameEdit"))->setText(QStringLiteral("my shop"));
            click(d, "saveMappingButton", failures); // 수량 is missing: refused here, the dialog stays
            refusal = d->isVisible() ? text(d, "mappingErrorLabel") : QStringLiteral("<closed>");
            auto *qty = d->findChild<QComboBox *>(QStringLiteral("fieldCombo_quantity"));
            qty->setCurrentIndex(qty->findData(QStringLiteral("Qty")));
            whenModal(QStringLiteral("orderImportPreviewDialog"), [&](QDialog *p) {
                profile = text(p, "profileLabel");
                click(p, "importButton", failures);
            });
            click(d, "saveMappingButton", failures);
        });
        QString message;
        QVERIFY(importOrderFile(&window, t->workspace(), op, file, &message));
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1String("; "))));
        QCOMPARE(previewRows, 2);
        QCOMPARE(previewColumns, 6);
        QVERIFY2(refusal.contains(QLatin1String("Quantity")), qPrintable(refusal));
        QVERIFY2(profile.contains(QLatin1String("my shop")), qPrintable(profile));
        QCOMPARE(orders(), 2);
        const auto x1 = OrderRepository(t->db()).findByProductOrderNo(QStringLiteral("X1"));
        QVERIFY(x1);
        QCOMPARE(x1->channel, Channel::KakaoStore);
        QCOMPARE(x1->quantity, 10);
        QVERIFY(QFile::exists(t->dbPath() + QStringLiteral(".files/profiles/my shop.json")));
        QVERIFY(OrderImportService(t->workspace(), op).profile(QStringLiteral("my shop")));
    }

    // One bad amount: the preview lists its row and reason, Import is disabled, problems can be saved,
    // and nothing is written.
    void aBadRowDisablesImport()
    {
        QList<QStringList> rows{kNaverHeader, naverRow(0), naverRow(1, QStringLiteral("3만원")), naverRow(2)};
        const QString file = writeCsv(QStringLiteral("bad.csv"), rows);
        QWidget window;
        window.show();
        bool importEnabled = true, saveEnabled = false;
        QList<QHash<QString, QString>> listed;
        QString note;
        whenModal(QStringLiteral("orderImportPreviewDialog"), [&](QDialog *d) {
            importEnabled = d->findChild<QPushButton *>(QStringLiteral("importButton"))->isEnabled();
            saveEnabled = d->findChild<QPushButton *>(QStringLiteral("saveProblemsButton"))->isEnabled();
            auto *table = d->findChild<QTableView *>(QStringLiteral("importRowsTable"));
            for (int r = 0; table && r < table->model()->rowCount(); ++r) {
                QHash<QString, QString> cells;
                for (int c = 0; c < table->model()->columnCount(); ++c)
                    cells.insert(table->model()->headerData(c, Qt::Horizontal).toString(),
                                 table->model()->index(r, c).data().toString());
                listed << cells;
            }
            note = text(d, "noteLabel");
            d->accept(); // even a forced accept must not import
        });
        QString message;
        QVERIFY(!importOrderFile(&window, t->workspace(), op, file, &message));
        QVERIFY(!importEnabled);
        QVERIFY(saveEnabled);
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed[0].value(QStringLiteral("Row")), QStringLiteral("3"));
        QVERIFY(!listed[0].value(QStringLiteral("Details")).isEmpty());
        QVERIFY2(note.contains(QLatin1String("until the file is corrected")), qPrintable(note));
        QCOMPARE(orders(), 0);
    }

    // The apply (staging, publish, search tail) runs on a worker thread while this thread's event loop
    // runs: after its first staging batch the worker waits until a timer of this thread has fired, which
    // could not happen if the apply held this thread (it would wait in vain and say so). Then the orders
    // are there, and the workspace told the views: a store watcher that does not poll hears of the import.
    void theApplyRunsOnAWorkerWhileTheEventLoopRuns()
    {
        const QString file = naverFile(2500);
        QWidget window;
        window.show();
        StoreWatcher watcher(t->workspace());
        watcher.setPolling(false); // only a notification of this program reaches it
        ChangeAreas heard;
        connect(&watcher, &StoreWatcher::changed, [&heard](ChangeAreas a) { heard |= a; });
        QThread *const gui = QThread::currentThread();
        std::atomic<QThread *> stagedOn{nullptr};
        std::atomic_bool waiting{false}, ticked{false};
        QSemaphore tick;
        setOrderImportPhaseObserver([&](const char *phase) {
            if (qstrcmp(phase, "stage") != 0 || stagedOn.load())
                return;
            stagedOn.store(QThread::currentThread());
            if (QThread::currentThread() == gui)
                return; // waiting for this thread's timer here would only time out
            waiting.store(true);
            ticked.store(tick.tryAcquire(1, 30000));
        });
        int firedWhileWaiting = 0;
        QTimer timer;
        timer.setInterval(5);
        connect(&timer, &QTimer::timeout, [&] {
            if (waiting.exchange(false)) {
                ++firedWhileWaiting;
                tick.release();
            }
        });
        timer.start();
        QStringList failures;
        whenModal(QStringLiteral("orderImportPreviewDialog"),
                  [&](QDialog *d) { click(d, "importButton", failures); });
        QString message;
        const bool written = importOrderFile(&window, t->workspace(), op, file, &message, {0});
        timer.stop();
        setOrderImportPhaseObserver({});
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1String("; "))));
        QVERIFY2(written, qPrintable(message));
        QVERIFY(stagedOn.load() != nullptr);
        QVERIFY2(stagedOn.load() != gui, "the apply ran on the GUI thread");
        QVERIFY2(ticked.load(), "the GUI thread's timer did not fire while the apply ran");
        QCOMPARE(firedWhileWaiting, 1);
        QCOMPARE(orders(), 2500);
        QCOMPARE(scalar(t->db(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'order.import'"))
                     .toInt(),
                 1);
        QTRY_VERIFY(heard.testFlag(ChangeArea::Orders));
    }

    // Cancel while the orders are being staged: nothing reaches the store, no audit row. The worker waits
    // after its first batch until Cancel was pressed, so the cancel always lands before the publish.
    void cancelDuringTheApplyWritesNothing()
    {
        const QString file = naverFile(2500);
        const int audit = countRows(t->db(), QStringLiteral("audit_log"));
        QWidget window;
        window.show();
        QStringList failures, labels;
        std::atomic_bool cancelled{false};
        setOrderImportPhaseObserver([&cancelled](const char *phase) {
            if (qstrcmp(phase, "stage") != 0)
                return;
            for (int waited = 0; !cancelled.load() && waited < 30000; waited += 5)
                QThread::msleep(5);
        });
        QTimer watch;
        watch.setInterval(2);
        connect(&watch, &QTimer::timeout, [&] {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                auto *p = qobject_cast<QProgressDialog *>(w);
                if (!p || p->objectName() != QLatin1String("orderImportProgressDialog") || !p->isVisible())
                    continue;
                if (!labels.contains(p->labelText()))
                    labels << p->labelText();
                if (!cancelled.load() && p->labelText().startsWith(QLatin1String("Importing"))) {
                    auto *button = p->findChild<QPushButton *>();
                    if (!button) {
                        failures << QStringLiteral("no Cancel button");
                        p->cancel();
                    } else {
                        QTest::mouseClick(button, Qt::LeftButton);
                    }
                    cancelled.store(true);
                }
            }
        });
        watch.start();
        whenModal(QStringLiteral("orderImportPreviewDialog"),
                  [&](QDialog *d) { click(d, "importButton", failures); });
        QString message;
        const bool written = importOrderFile(&window, t->workspace(), op, file, &message, {0});
        watch.stop();
        setOrderImportPhaseObserver({});
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1String("; "))));
        QVERIFY(cancelled.load());
        QVERIFY(!written);
        QVERIFY2(message.contains(QLatin1String("Cancelled")), qPrintable(message));
        QCOMPARE(orders(), 0);
        QCOMPARE(countRows(t->db(), QStringLiteral("audit_log")), audit);
        bool compared = false;
        for (const QString &l : std::as_const(labels))
            compared = compared || l.startsWith(QLatin1String("Comparing"));
        QVERIFY2(compared, qPrintable(labels.join(QLatin1String(" | "))));
    }

    // Cancel while the worker checks: the flow ends at once with nothing decided or written.
    void cancelDuringTheCheck()
    {
        const QString file = naverFile(20000);
        QWidget window;
        window.show();
        QTimer watch;
        watch.setInterval(2);
        bool cancelled = false;
        connect(&watch, &QTimer::timeout, [&] {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                auto *p = qobject_cast<QProgressDialog *>(w);
                if (p && p->objectName() == QLatin1String("orderImportProgressDialog") && p->isVisible() &&
                    !cancelled) {
                    cancelled = true;
                    p->cancel();
                }
            }
        });
        bool previewed = false; // watched here: a whenModal() left waiting would answer a later test
        connect(&watch, &QTimer::timeout, [&] {
            auto *d = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            if (d && d->objectName() == QLatin1String("orderImportPreviewDialog")) {
                previewed = true;
                d->reject();
            }
        });
        watch.start();
        QString message;
        QVERIFY(!importOrderFile(&window, t->workspace(), op, file, &message, {0}));
        watch.stop();
        QVERIFY(cancelled);
        QVERIFY(!previewed);
        QVERIFY2(message.contains(QLatin1String("Cancelled")), qPrintable(message));
        QCOMPARE(orders(), 0);
    }

    // Naver's download comes password-protected: asked for (the shared filePasswordDialog), asked again
    // after a wrong one, then checked and imported.
    void aPasswordProtectedDownloadIsAskedFor()
    {
        QBuffer plain;
        QVERIFY(plain.open(QIODevice::WriteOnly));
        {
            QList<XlsxTableWriter::Column> columns;
            for (const QString &h : kNaverHeader)
                columns << XlsxTableWriter::Column{h};
            XlsxTableWriter writer(&plain, QStringLiteral("발주발송관리"), columns);
            QVERIFY(writer.isValid());
            for (int i = 0; i < 4; ++i) {
                QVariantList cells;
                for (const QString &c : naverRow(i))
                    cells << c;
                QVERIFY(writer.writeRow(cells));
            }
            QVERIFY(writer.finish());
        }
        const QString path = t->dir.filePath(QStringLiteral("발주발송관리.xlsx"));
        QVERIFY(test::writeQuickEncryptedFile(path, plain.data(), QStringLiteral("네이버2024!")));

        const QStringList typed{QStringLiteral("wrong"), QStringLiteral("네이버2024!")};
        QStringList warnings, failures;
        int asked = 0;
        std::function<void()> answer = [&] {
            whenModal(QStringLiteral("filePasswordDialog"), [&](QDialog *d) {
                auto *input = qobject_cast<QInputDialog *>(d);
                input->setTextValue(typed.value(asked++));
                if (asked == 1) // the wrong one: a warning, then the question again
                    whenModal(QStringLiteral(""), [&](QDialog *box) {
                        if (auto *m = qobject_cast<QMessageBox *>(box))
                            warnings << m->text();
                        box->accept();
                        answer();
                    });
                input->accept();
            });
        };
        answer();
        whenModal(QStringLiteral("orderImportPreviewDialog"), [&](QDialog *d) { click(d, "importButton", failures); });
        QWidget window;
        window.show();
        QString message;
        QVERIFY(importOrderFile(&window, t->workspace(), op, path, &message));
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1String("; "))));
        QCOMPARE(asked, 2);
        QCOMPARE(warnings.size(), 1);
        QVERIFY2(warnings.first().contains(QLatin1String("password is wrong")), qPrintable(warnings.first()));
        QCOMPARE(orders(), 4);
    }

    // A file dropped on the window starts the same flow; a drop of two files is not taken.
    void aDroppedFileIsImported()
    {
        MainWindow w(t->workspace(), op);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const QString file = naverFile(2);
        QMimeData two;
        two.setUrls({QUrl::fromLocalFile(file), QUrl::fromLocalFile(file)});
        QDragEnterEvent refused(QPoint(50, 50), Qt::CopyAction, &two, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&w, &refused);
        QVERIFY(!refused.isAccepted());

        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(file)});
        QDragEnterEvent enter(QPoint(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&w, &enter);
        QVERIFY(enter.isAccepted());
        QStringList failures;
        bool previewed = false;
        whenModal(QStringLiteral("orderImportPreviewDialog"), [&](QDialog *d) {
            previewed = true;
            click(d, "importButton", failures);
        });
        QDropEvent drop(QPointF(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&w, &drop);
        QVERIFY(drop.isAccepted());
        QTRY_VERIFY_WITH_TIMEOUT(previewed, 10000);
        QTRY_COMPARE(orders(), 2);
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1String("; "))));
        QTRY_VERIFY(w.statusBar()->currentMessage().contains(QLatin1String("2 new")));
    }
};

QTEST_MAIN(TestOrderImportFlow)
#include "test_order_import_flow.moc"
