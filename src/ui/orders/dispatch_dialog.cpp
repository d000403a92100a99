#include "ui/orders/dispatch_dialog.h"

#include "core/orders/courier.h"
#include "ui_dispatch_dialog.h"
#include "ui/common/style/theme.h"

#include <QComboBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>

namespace sd {

namespace {
enum TableColumn { ColOrder, ColDescription, ColCourier, ColTracking, ColResult, ColCount };
constexpr int kRowHeight = 30;

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
    Theme::setTone(ui->rowMessageLabel, Theme::Tone::Danger);
    Theme::setTone(ui->errorLabel, Theme::Tone::Danger);
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
    ui->rowMessageLabel->setVisible(!single);
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
    table->verticalHeader()->setDefaultSectionSize(kRowHeight);
    table->horizontalHeader()->setStretchLastSection(true);
    // A refused row shows the whole reason: wrapped in a row made as tall as it needs.
    table->setWordWrap(true);
    table->setColumnWidth(ColOrder, 150);
    table->setColumnWidth(ColDescription, 190);
    table->setColumnWidth(ColCourier, 130);
    table->setColumnWidth(ColTracking, 150);
    connect(table->horizontalHeader(), &QHeaderView::sectionResized, this, [this](int column) {
        if (column == ColResult) {
            for (auto it = m_errors.cbegin(); it != m_errors.cend(); ++it)
                fitRow(it.key());
        }
    });
    resize(960, 460);
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
        connect(edit, &QLineEdit::textEdited, this, [this, row] { rowEdited(row); });
        connect(edit, &QLineEdit::editingFinished, this, [this, row] {
            if (!m_checked.contains(row))
                checkRow(row);
        });
        table->setCellWidget(row, ColTracking, edit);
        auto *result = new QTableWidgetItem;
        result->setFlags(Qt::ItemIsEnabled);
        result->setTextAlignment(Qt::AlignLeft | Qt::AlignVCenter);
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
        combo->addItem(courierLabel(c), c.code);
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
    QList<int> changed{row};
    for (int r = row + 1; r < ui->rowsTable->rowCount(); ++r) {
        if (m_chosenCourier.contains(r))
            break;
        QComboBox *combo = rowCourier(r);
        combo->setCurrentIndex(combo->findData(code));
        changed << r;
    }
    // The courier decides the number's shape: rows already checked are checked again.
    for (int r : std::as_const(changed)) {
        if (m_checked.contains(r))
            checkRow(r);
    }
}

DispatchRequest DispatchDialog::request(int row) const
{
    const bool single = m_targets.size() == 1;
    const QString courier =
        single ? ui->courierCombo->currentData().toString() : rowCourier(row)->currentData().toString();
    const QString tracking = single ? ui->trackingEdit->text() : rowTracking(row)->text();
    return {m_targets.at(row).productOrderNo, courier, tracking};
}

// While a refused row is edited it is checked on every change, so its error goes as soon as the number
// is right; other rows are checked when the user leaves them.
void DispatchDialog::rowEdited(int row)
{
    if (m_errors.contains(row)) {
        checkRow(row);
        return;
    }
    m_checked.remove(row);
    setRowOutcome(row, nullptr);
}

void DispatchDialog::checkRow(int row)
{
    const DispatchRequest r = request(row);
    if (r.trackingNo.trimmed().isEmpty()) {
        m_checked.remove(row);
        setRowOutcome(row, nullptr); // left blank: skipped
        return;
    }
    // The service's own dry run: the number's shape, the courier and numbers used on other orders.
    m_checked.insert(row);
    if (m_mode == Mode::Dispatch) {
        const BulkOutcome outcome = m_service.checkDispatch(r); // the grid's inline cells ask the same
        setRowOutcome(row, &outcome);
        return;
    }
    const BulkReport check = m_service.fixTracking({r}, true);
    if (check.outcomes.isEmpty()) {
        BulkOutcome failed;
        failed.key = r.productOrderNo;
        failed.state = BulkOutcome::State::Refused;
        failed.kind = check.result.kind;
        failed.message = check.result.message;
        setRowOutcome(row, &failed);
        return;
    }
    setRowOutcome(row, &check.outcomes.first());
}

// `outcome` null: nothing to say (not checked yet, or blank).
void DispatchDialog::setRowOutcome(int row, const BulkOutcome *outcome)
{
    QTableWidgetItem *item = ui->rowsTable->item(row, ColResult);
    if (!item)
        return;
    const bool refused = outcome && !outcome->ok();
    if (refused)
        m_errors.insert(row, outcome->message);
    else
        m_errors.remove(row);
    item->setText(!outcome ? QString() : refused ? outcome->message : tr("OK"));
    item->setToolTip(outcome ? outcome->message : QString());
    item->setForeground(Theme::toneColour(refused ? Theme::Tone::Danger : Theme::Tone::Success));
    if (QLineEdit *edit = rowTracking(row))
        edit->setToolTip(refused ? outcome->message : QString());
    fitRow(row);
    if (QLineEdit *edit = rowTracking(row); edit && edit->hasFocus())
        showRowMessage(row);
    else if (!refused && ui->rowMessageLabel->property("row").toInt() == row)
        showRowMessage(row);
}

void DispatchDialog::fitRow(int row)
{
    QTableWidget *table = ui->rowsTable;
    const QString text = m_errors.value(row);
    int height = kRowHeight;
    if (!text.isEmpty()) {
        const int width = std::max(40, table->columnWidth(ColResult) - 12);
        const QFontMetrics fm(table->font());
        height = std::max(height,
                          fm.boundingRect(QRect(0, 0, width, 100000), Qt::TextWordWrap, text).height() + 10);
    }
    if (table->rowHeight(row) != height)
        table->setRowHeight(row, height);
}

// The message line under the table: the full reason for the row being edited.
void DispatchDialog::showRowMessage(int row)
{
    ui->rowMessageLabel->setProperty("row", row);
    const QString error = m_errors.value(row);
    ui->rowMessageLabel->setText(error.isEmpty() ? QString()
                                                 : tr("%1: %2").arg(m_targets.at(row).productOrderNo, error));
}

bool DispatchDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusIn) {
        for (int row = 0; row < ui->rowsTable->rowCount(); ++row) {
            if (rowTracking(row) == watched)
                showRowMessage(row);
        }
    }
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
    QStringList skipped;
    const bool single = m_targets.size() == 1;
    for (int row = 0; row < m_targets.size(); ++row) {
        const DispatchRequest r = request(row);
        if (!single && r.trackingNo.trimmed().isEmpty()) {
            skipped << r.productOrderNo;
            setRowOutcome(row, nullptr);
            continue;
        }
        requests.append(r);
        rows.append(row);
    }
    if (requests.isEmpty()) {
        ui->errorLabel->setText(tr("Enter at least one tracking number."));
        return;
    }
    const BulkReport result =
        m_mode == Mode::FixTracking ? m_service.fixTracking(requests) : m_service.dispatch(requests);
    if (!result.ok()) {
        showOutcomes(result, rows, int(skipped.size()));
        return;
    }
    QSettings().setValue(lastCourierKey(), requests.last().courier);
    m_result = result;
    m_skipped = skipped;
    QDialog::accept();
}

void DispatchDialog::showOutcomes(const BulkReport &result, const QList<int> &rows, int skipped)
{
    if (m_targets.size() == 1) {
        ui->errorLabel->setText(result.outcomes.isEmpty() || result.outcomes.first().ok()
                                    ? result.result.message
                                    : result.outcomes.first().message);
        ui->trackingEdit->setFocus();
        ui->trackingEdit->selectAll();
        return;
    }
    if (result.outcomes.isEmpty()) { // refused as a whole (permission, storage)
        ui->errorLabel->setText(result.result.message);
        return;
    }
    int ready = 0;
    int firstBad = -1;
    for (int i = 0; i < rows.size() && i < result.outcomes.size(); ++i) {
        const BulkOutcome &o = result.outcomes.at(i);
        m_checked.insert(rows.at(i));
        setRowOutcome(rows.at(i), &o);
        if (o.ok())
            ++ready;
        else if (firstBad < 0)
            firstBad = rows.at(i);
    }
    const int refused = int(std::min(rows.size(), result.outcomes.size())) - ready;
    ui->errorLabel->setText(tr("%1 ready, %2 refused, %3 skipped (left blank); nothing was changed.")
                                .arg(ready)
                                .arg(refused)
                                .arg(skipped) +
                            QLatin1Char(' ') +
                            tr("Fix the marked rows, or empty their tracking number to skip them."));
    if (firstBad >= 0) {
        ui->rowsTable->scrollToItem(ui->rowsTable->item(firstBad, ColResult));
        QLineEdit *edit = rowTracking(firstBad);
        edit->setFocus(Qt::OtherFocusReason);
        edit->selectAll();
        showRowMessage(firstBad);
    }
}

} // namespace sd
