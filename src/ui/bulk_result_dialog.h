#pragma once
#include "services/order_service.h"

#include <QDialog>

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
    // `allOrNothing`: the preview offers to apply only when every row can be applied (a file import).
    BulkResultDialog(Mode mode, const QString &title, const QString &intro,
                     const QList<OrderOutcome> &outcomes, QWidget *parent = nullptr,
                     bool allOrNothing = false);

    int okCount() const { return m_ok; }

private:
    int m_ok = 0;
};

} // namespace sd
