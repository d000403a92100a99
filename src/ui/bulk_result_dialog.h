#pragma once
#include "services/order_service.h"

#include <QDialog>
#include <QHash>
#include <QStringList>

class QLabel;
class QTableWidget;

namespace sd {

// Per-order table of a bulk action: as a preview (what will happen / why not, then "apply to the N
// that can") or as the report after it ran.
class BulkResultDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { Preview, Report };
    // What the table shows of an order besides its number, as the orders view shows it (masked per role).
    struct OrderInfo
    {
        QString product;
        QString buyer;
    };
    struct Details
    {
        QHash<QString, OrderInfo> orders; // by product order number; with any, Product and Buyer columns
        QStringList skipped;              // orders left out on purpose (a blank tracking number)
    };
    // `allOrNothing`: the preview offers to apply only when every row can be applied (a file import).
    BulkResultDialog(Mode mode, const QString &title, const QString &intro,
                     const QList<OrderOutcome> &outcomes, QWidget *parent = nullptr,
                     bool allOrNothing = false, const Details &details = {});

    int okCount() const { return m_ok; }

private:
    int m_ok = 0;
};

} // namespace sd
