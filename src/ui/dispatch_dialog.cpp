#include "ui/dispatch_dialog.h"

#include "core/courier.h"
#include "ui_dispatch_dialog.h"

#include <QComboBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>

namespace sd {

namespace {
enum TableColumn { ColOrder, ColDescription, ColCourier, ColTracking, ColResult, ColCount };

QString lastCourierKey()
{
    return QStringLiteral("dispatch/lastCourier");
}
} // namespace

DispatchDialog::DispatchDialog(Mode mode, const QList<Target> &targets, OrderService &service,
                               QWidget *parent)
    : QDialog(parent), ui(std::make_unique<Ui::DispatchDialog>()), m_mode(mode), m_targets(targets),
      m_service(service)
{
    ui->setupUi(this);
    setObjectName(QStringLiteral("dispatchDialog"));
    const bool fixing = mode == Mode::FixTracking;
    setWindowTitle(fixing ? tr("Change tracking number") : tr("Enter tracking number"));
    ui->buttonBox->button(QDialogButtonBox::Ok)->setText(fixing ? tr("Change") : tr("Dispatch"));
    ui->buttonBox->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("submitButton"));
    connect(ui->buttonBox, &QDialogButtonBox::accepted, this, &DispatchDialog::accept);
    connect(ui->buttonBox, &QDialogButtonBox::rejected, this, &DispatchDialog::reject);

    const QString lastCourier = QSettings().value(lastCourierKey(), couriers().first().code).toString();
    const bool single = targets.size() == 1;
    ui->singlePage->setVisible(single);
    ui->rowsTable->setVisible(!single);
    if (single) {
        const Target &t = targets.first();
        ui->infoLabel->setText(QStringLiteral("%1\n%2").arg(t.productOrderNo, t.description));
        fillCouriers(ui->courierCombo, t.courierCode.isEmpty() ? lastCourier : t.courierCode);
        ui->trackingEdit->setText(t.trackingNo);
        ui->trackingEdit->setPlaceholderText(tr("Digits only; hyphens are removed"));
        ui->trackingEdit->setFocus();
        connect(ui->trackingEdit, &QLineEdit::textEdited, ui->errorLabel, &QLabel::clear);
        adjustSize();
        return;
    }

    ui->infoLabel->setText(
        fixing ? tr("Change the courier or tracking number of %n orders.", nullptr, int(targets.size()))
               : tr("Enter a tracking number for each order. Rows left empty are skipped. "
                    "Enter moves to the next row.",
                    nullptr, int(targets.size())));
    QTableWidget *table = ui->rowsTable;
    table->setColumnCount(ColCount);
    table->setRowCount(int(targets.size()));
    table->setHorizontalHeaderLabels({tr("Product order no."), tr("Product / recipient"), tr("Courier"),
                                      tr("Tracking no."), tr("Result")});
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(30);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setColumnWidth(ColOrder, 150);
    table->setColumnWidth(ColDescription, 200);
    table->setColumnWidth(ColCourier, 130);
    table->setColumnWidth(ColTracking, 150);
    resize(900, 420);
    for (int row = 0; row < targets.size(); ++row) {
        const Target &t = targets.at(row);
        auto *order = new QTableWidgetItem(t.productOrderNo);
        order->setFlags(Qt::ItemIsEnabled);
        table->setItem(row, ColOrder, order);
        auto *desc = new QTableWidgetItem(t.description);
        desc->setFlags(Qt::ItemIsEnabled);
        desc->setToolTip(t.description);
        table->setItem(row, ColDescription, desc);
        auto *combo = new QComboBox(table);
        fillCouriers(combo, t.courierCode.isEmpty() ? lastCourier : t.courierCode);
        if (!t.courierCode.isEmpty())
            m_chosenCourier.insert(row);
        connect(combo, &QComboBox::activated, this, [this, row] { courierChosen(row); });
        table->setCellWidget(row, ColCourier, combo);
        auto *edit = new QLineEdit(t.trackingNo, table);
        edit->setObjectName(QStringLiteral("trackingEdit_%1").arg(row));
        edit->installEventFilter(this);
        table->setCellWidget(row, ColTracking, edit);
        auto *result = new QTableWidgetItem;
        result->setFlags(Qt::ItemIsEnabled);
        table->setItem(row, ColResult, result);
    }
    if (QLineEdit *first = rowTracking(0))
        first->setFocus();
}

DispatchDialog::~DispatchDialog() = default;

void DispatchDialog::fillCouriers(QComboBox *combo, const QString &code) const
{
    const QList<Courier> &all = couriers();
    for (const Courier &c : all)
        combo->addItem(c.name, c.code);
    const Courier *current = findCourier(code);
    const int index = current ? combo->findData(current->code) : -1;
    combo->setCurrentIndex(index >= 0 ? index : 0);
}

QComboBox *DispatchDialog::rowCourier(int row) const
{
    return qobject_cast<QComboBox *>(ui->rowsTable->cellWidget(row, ColCourier));
}

QLineEdit *DispatchDialog::rowTracking(int row) const
{
    return qobject_cast<QLineEdit *>(ui->rowsTable->cellWidget(row, ColTracking));
}

// A parcel run usually goes with one courier: rows below follow the choice until picked themselves.
void DispatchDialog::courierChosen(int row)
{
    m_chosenCourier.insert(row);
    const QVariant code = rowCourier(row)->currentData();
    for (int r = row + 1; r < ui->rowsTable->rowCount(); ++r) {
        if (m_chosenCourier.contains(r))
            break;
        QComboBox *combo = rowCourier(r);
        combo->setCurrentIndex(combo->findData(code));
    }
}

bool DispatchDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            for (int row = 0; row < ui->rowsTable->rowCount(); ++row) {
                if (rowTracking(row) != watched)
                    continue;
                if (QLineEdit *next = rowTracking(row + 1)) {
                    next->setFocus();
                    next->selectAll();
                    return true;
                }
                accept(); // Enter on the last row submits
                return true;
            }
        }
    }
    return QDialog::eventFilter(watched, event);
}

void DispatchDialog::accept()
{
    QList<DispatchRequest> requests;
    QList<int> rows;
    const bool single = m_targets.size() == 1;
    for (int row = 0; row < m_targets.size(); ++row) {
        const QString courier =
            single ? ui->courierCombo->currentData().toString() : rowCourier(row)->currentData().toString();
        const QString tracking = single ? ui->trackingEdit->text() : rowTracking(row)->text();
        if (!single && tracking.trimmed().isEmpty())
            continue;
        requests.append({m_targets.at(row).productOrderNo, courier, tracking});
        rows.append(row);
    }
    if (requests.isEmpty()) {
        ui->errorLabel->setText(tr("Enter at least one tracking number."));
        return;
    }
    const BulkResult result =
        m_mode == Mode::FixTracking ? m_service.fixTracking(requests) : m_service.dispatch(requests);
    if (!result.ok()) {
        showOutcomes(result, rows);
        return;
    }
    QSettings().setValue(lastCourierKey(), requests.last().courier);
    m_result = result;
    QDialog::accept();
}

void DispatchDialog::showOutcomes(const BulkResult &result, const QList<int> &rows)
{
    if (m_targets.size() == 1) {
        ui->errorLabel->setText(result.outcomes.isEmpty() || result.outcomes.first().ok()
                                    ? result.result.message
                                    : result.outcomes.first().message);
        ui->trackingEdit->setFocus();
        ui->trackingEdit->selectAll();
        return;
    }
    ui->errorLabel->setText(result.result.message + QLatin1Char(' ') +
                            tr("Fix the marked rows, or empty their tracking number to skip them."));
    for (int i = 0; i < rows.size() && i < result.outcomes.size(); ++i) {
        const OrderOutcome &o = result.outcomes.at(i);
        QTableWidgetItem *item = ui->rowsTable->item(rows.at(i), ColResult);
        item->setText(o.ok() ? tr("OK") : o.message);
        item->setToolTip(o.message);
        item->setForeground(o.ok() ? QColor(46, 125, 50) : QColor(198, 40, 40));
    }
}

} // namespace sd
