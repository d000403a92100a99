#include "ui/bulk_result_dialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sd {

BulkResultDialog::BulkResultDialog(Mode mode, const QString &title, const QString &intro,
                                   const QList<OrderOutcome> &outcomes, QWidget *parent, bool allOrNothing,
                                   const Details &details)
    : QDialog(parent)
{
    setObjectName(mode == Mode::Preview ? QStringLiteral("bulkPreviewDialog")
                                        : QStringLiteral("bulkReportDialog"));
    setWindowTitle(title);
    const bool described = !details.orders.isEmpty();
    resize(described ? 900 : 680, 420);
    for (const OrderOutcome &o : outcomes)
        m_ok += o.ok() ? 1 : 0;
    const int refused = int(outcomes.size()) - m_ok;

    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(this);
    label->setWordWrap(true);
    QString summary;
    if (mode == Mode::Preview && allOrNothing && refused > 0)
        summary = tr("%n rows cannot be applied (see why below). Nothing will be changed until the file is "
                     "corrected.",
                     nullptr, refused);
    else if (mode == Mode::Preview)
        summary = refused == 0 ? tr("All %n orders can be processed.", nullptr, m_ok)
                               : tr("%1 of %2 orders can be processed; %3 cannot (see why below).")
                                     .arg(m_ok)
                                     .arg(outcomes.size())
                                     .arg(refused);
    else if (!details.skipped.isEmpty())
        summary =
            tr("%1 processed, %2 refused, %3 skipped.").arg(m_ok).arg(refused).arg(details.skipped.size());
    else
        summary = tr("%1 processed, %2 not processed.").arg(m_ok).arg(refused);
    label->setText(intro.isEmpty() ? summary : intro + QStringLiteral("\n") + summary);
    layout->addWidget(label);

    // Columns: order no., [product, buyer,] result, details.
    const int columns = described ? 5 : 3;
    const int resultColumn = described ? 3 : 1;
    auto *table = new QTableWidget(int(outcomes.size() + details.skipped.size()), columns, this);
    table->setObjectName(QStringLiteral("outcomeTable"));
    if (described)
        table->setHorizontalHeaderLabels(
            {tr("Product order no."), tr("Product"), tr("Buyer"), tr("Result"), tr("Details")});
    else
        table->setHorizontalHeaderLabels({tr("Product order no."), tr("Result"), tr("Details")});
    table->verticalHeader()->setVisible(false);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setColumnWidth(0, 170);
    if (described) {
        table->setColumnWidth(1, 200);
        table->setColumnWidth(2, 80);
    }
    table->setColumnWidth(resultColumn, 90);
    auto describe = [&](int row, const QString &id) {
        if (!described)
            return;
        const OrderInfo info = details.orders.value(id);
        auto *product = new QTableWidgetItem(info.product);
        product->setToolTip(info.product);
        table->setItem(row, 1, product);
        table->setItem(row, 2, new QTableWidgetItem(info.buyer));
    };
    for (int i = 0; i < outcomes.size(); ++i) {
        const OrderOutcome &o = outcomes.at(i);
        table->setItem(i, 0, new QTableWidgetItem(o.productOrderNo));
        describe(i, o.productOrderNo);
        QString result;
        if (mode == Mode::Preview)
            result = o.ok() ? tr("Will apply") : tr("Cannot");
        else
            result = o.ok() ? tr("Done") : tr("Not done");
        auto *item = new QTableWidgetItem((o.ok() ? QStringLiteral("✔ ") : QStringLiteral("✖ ")) + result);
        item->setForeground(o.ok() ? QColor(46, 125, 50) : QColor(198, 40, 40));
        table->setItem(i, resultColumn, item);
        auto *detail = new QTableWidgetItem(o.message);
        detail->setToolTip(o.message);
        table->setItem(i, resultColumn + 1, detail);
    }
    for (int i = 0; i < details.skipped.size(); ++i) {
        const int row = int(outcomes.size()) + i;
        table->setItem(row, 0, new QTableWidgetItem(details.skipped.at(i)));
        describe(row, details.skipped.at(i));
        table->setItem(row, resultColumn, new QTableWidgetItem(QStringLiteral("– ") + tr("Skipped")));
        table->setItem(row, resultColumn + 1, new QTableWidgetItem(tr("No tracking number was entered.")));
    }
    layout->addWidget(table);

    auto *buttons = new QDialogButtonBox(this);
    if (mode == Mode::Preview && m_ok > 0 && (!allOrNothing || refused == 0)) {
        QPushButton *apply =
            buttons->addButton(tr("Apply to %n orders", nullptr, m_ok), QDialogButtonBox::AcceptRole);
        apply->setObjectName(QStringLiteral("applyButton"));
        apply->setDefault(true);
        buttons->addButton(QDialogButtonBox::Cancel);
    } else {
        buttons->addButton(QDialogButtonBox::Close);
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

} // namespace sd
