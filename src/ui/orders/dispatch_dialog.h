#pragma once
#include "services/orders/order_service.h"

#include <QDialog>
#include <QHash>
#include <QSet>
#include <memory>

class QComboBox;
class QLineEdit;

namespace sd {

namespace Ui {
class DispatchDialog;
}

// 송장 입력 / 송장 수정: courier and tracking number for one order, or a table with one row per order.
// Submitting calls the service once; when any number is refused nothing changes, the dialog stays
// open and says why (per row for many orders).
class DispatchDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { Dispatch, FixTracking };
    struct Target
    {
        QString productOrderNo;
        QString description; // product and recipient, to tell the rows apart
        QString courierCode;
        QString trackingNo;
    };

    DispatchDialog(Mode mode, const QList<Target> &targets, OrderService &service, QWidget *parent = nullptr);
    ~DispatchDialog() override;

    void accept() override;
    // The service's answer of the submit that closed the dialog.
    BulkReport result() const { return m_result; }
    // The orders of rows left blank (skipped) in that submit.
    QStringList skippedOrders() const { return m_skipped; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fillCouriers(QComboBox *combo, const QString &code) const;
    QComboBox *rowCourier(int row) const;
    QLineEdit *rowTracking(int row) const;
    void courierChosen(int row);
    void showOutcomes(const BulkReport &result, const QList<int> &rows, int skipped);
    DispatchRequest request(int row) const;
    // Asks the service (dry run) about one row; a blank row is skipped and shows nothing.
    void checkRow(int row);
    void rowEdited(int row);
    void setRowOutcome(int row, const BulkOutcome *outcome);
    void fitRow(int row);
    void showRowMessage(int row);

    std::unique_ptr<Ui::DispatchDialog> ui;
    Mode m_mode;
    QList<Target> m_targets;
    OrderService &m_service;
    BulkReport m_result;
    QSet<int> m_chosenCourier;    // rows whose courier the user picked (others follow the row above)
    QSet<int> m_checked;          // rows showing a result (checked since their last edit)
    QHash<int, QString> m_errors; // rows refused, with the service's reason
    QStringList m_skipped;
};

} // namespace sd
