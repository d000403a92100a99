#pragma once
#include "services/orders/order_import.h"

#include <QDialog>
#include <functional>

class QPushButton;
class QTableView;

namespace sd {

// The preview of 파일 › 주문 가져오기: the profile the file was read with (unverified columns said so),
// what the import would do (new / updated / unchanged / conflict / bad), the rows with changes,
// conflicts and problems with their spreadsheet rows and reasons (a table over the plan, so a
// 100,000-row file shows at once), "Save problems…" for the bad and conflicting rows, and Import, which
// is offered only when every row is good and something is to be written.
class OrderImportDialog : public QDialog
{
    Q_OBJECT
public:
    // `saveProblems` writes the problems to the chosen file (OrderImportService::saveProblems).
    OrderImportDialog(const OrderImportPlan &plan, const QString &title,
                      std::function<Result(const QString &file)> saveProblems, QWidget *parent = nullptr);

    QPushButton *importButton() const { return m_import; }
    QTableView *table() const { return m_table; }

private:
    void saveProblemsInteractive();

    const OrderImportPlan &m_plan;
    std::function<Result(const QString &)> m_saveProblems;
    QPushButton *m_import = nullptr;
    QTableView *m_table = nullptr;
};

} // namespace sd
