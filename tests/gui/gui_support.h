#pragma once
// Helpers for the GUI tests: answering the next modal dialog and waiting for the orders model.
#include "models/orders/order_table_model.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QDialog>
#include <QHash>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <functional>
#include <memory>

namespace sd::test {

// Calls `handle` with the modal dialog named `name` once it is shown (inside its exec()). `handle`
// must close the dialog; failures are collected instead of asserting inside the nested loop.
inline void whenModal(const QString &name, std::function<void(QDialog *)> handle)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    auto tries = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, [=] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (dialog && dialog->objectName() == name && dialog->isVisible()) {
            timer->stop();
            timer->deleteLater();
            handle(dialog);
        } else if (++*tries > 1500) { // 30 s: close whatever is open so the test fails instead of hanging
            timer->stop();
            timer->deleteLater();
            if (dialog)
                dialog->reject();
        }
    });
    timer->start();
}

// Loading may start again right after it finished (a refresh after the automatic purchase decision,
// the view asking for rows as it paints): wait until it stays idle.
inline bool settle(TableModel *model)
{
    return QTest::qWaitFor([model] { return model->waitForIdle(200) && !model->isLoading(); }, 10000);
}

// The rows of the outcome table of a bulk preview or report (ui/BulkResultDialog), each as its cells by
// column header ("Product order no.", "Row", "Result", "Details", ...).
inline QList<QHash<QString, QString>> outcomeRows(QDialog *dialog)
{
    QList<QHash<QString, QString>> rows;
    auto *table = dialog->findChild<QTableView *>(QStringLiteral("outcomeTable"));
    if (!table || !table->model())
        return rows;
    const QAbstractItemModel *model = table->model();
    for (int r = 0; r < model->rowCount(); ++r) {
        QHash<QString, QString> cells;
        for (int c = 0; c < model->columnCount(); ++c)
            cells.insert(model->headerData(c, Qt::Horizontal).toString(),
                         model->index(r, c).data().toString());
        rows << cells;
    }
    return rows;
}

} // namespace sd::test
