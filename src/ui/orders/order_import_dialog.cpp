#include "ui/orders/order_import_dialog.h"
#include "ui/common/style/theme.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace sd {

namespace {

using Kind = OrderImportRow::Kind;

// The plan's rows as a table: row, 상품주문번호, what the import does with it, the changes or the reason.
class PlanRowsModel : public QAbstractTableModel
{
public:
    enum Column { Line, ProductOrderNo, What, Details, ColumnCount };

    PlanRowsModel(const QList<OrderImportRow> &rows, QObject *parent)
        : QAbstractTableModel(parent), m_rows(rows)
    {
    }
    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
            return {};
        switch (section) {
        case Line:
            return OrderImportDialog::tr("Row");
        case ProductOrderNo:
            return OrderImportDialog::tr("Product order no.");
        case What:
            return OrderImportDialog::tr("Result");
        default:
            return OrderImportDialog::tr("Details");
        }
    }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid() || index.row() >= m_rows.size())
            return {};
        const OrderImportRow &r = m_rows.at(index.row());
        if (role == Qt::ForegroundRole && index.column() == What)
            return r.kind == Kind::Bad || r.kind == Kind::Conflict ? Theme::toneColour(Theme::Tone::Danger)
                                                                       : Theme::toneColour(Theme::Tone::Success);
        if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
            return {};
        switch (index.column()) {
        case Line:
            return r.line > 0 ? QVariant(r.line) : QVariant(OrderImportDialog::tr("file"));
        case ProductOrderNo:
            return r.productOrderNo;
        case What:
            return kindText(r.kind);
        default:
            return r.changes.isEmpty() ? r.reason : r.changes.join(QStringLiteral("; "));
        }
    }
    static QString kindText(Kind kind)
    {
        switch (kind) {
        case Kind::New:
            return QStringLiteral("✔ ") + OrderImportDialog::tr("New");
        case Kind::Updated:
            return QStringLiteral("✔ ") + OrderImportDialog::tr("Updated");
        case Kind::Unchanged:
            return QStringLiteral("– ") + OrderImportDialog::tr("Unchanged");
        case Kind::Conflict:
            return QStringLiteral("✖ ") + OrderImportDialog::tr("Conflict, not applied");
        case Kind::Bad:
            return QStringLiteral("✖ ") + OrderImportDialog::tr("Problem");
        }
        return {};
    }

private:
    const QList<OrderImportRow> &m_rows;
};

} // namespace

OrderImportDialog::OrderImportDialog(const OrderImportPlan &plan, const QString &title,
                                     std::function<Result(const QString &)> saveProblems, QWidget *parent)
    : QDialog(parent), m_plan(plan), m_saveProblems(std::move(saveProblems))
{
    setObjectName(QStringLiteral("orderImportPreviewDialog"));
    setWindowTitle(title);
    resize(920, 540);
    auto *layout = new QVBoxLayout(this);

    auto *file = new QLabel(this);
    file->setObjectName(QStringLiteral("profileLabel"));
    file->setWordWrap(true);
    file->setTextFormat(Qt::PlainText);
    QString profile = plan.profileTitle.isEmpty()
                          ? tr("%1: no profile fits this file.").arg(plan.source)
                          : tr("%1, read as %2 (header on row %3).")
                                .arg(plan.source, plan.profileTitle)
                                .arg(plan.headerLine);
    if (!plan.profileTitle.isEmpty() && !plan.profileVerified)
        profile += QLatin1Char('\n') + tr("Unverified profile: some of its columns are known from one public "
                                          "source only. Check the orders after importing.");
    file->setText(profile);
    layout->addWidget(file);

    auto *counts = new QLabel(this);
    counts->setObjectName(QStringLiteral("countsLabel"));
    counts->setTextFormat(Qt::PlainText);
    // A file with bad rows is not compared with the store: only its problems are counted.
    counts->setText(plan.ok() ? tr("New: %1 · Updated: %2 · Unchanged: %3 · Conflicts (not applied): %4")
                                    .arg(plan.newCount)
                                    .arg(plan.updatedCount)
                                    .arg(plan.unchangedCount)
                                    .arg(plan.conflictCount)
                              : tr("Rows with problems: %1").arg(plan.badCount));
    QFont bold = counts->font();
    bold.setBold(true);
    counts->setFont(bold);
    layout->addWidget(counts);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("importRowsTable"));
    m_table->setModel(new PlanRowsModel(plan.rows, this));
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(PlanRowsModel::Line, 60);
    m_table->setColumnWidth(PlanRowsModel::ProductOrderNo, 170);
    m_table->setColumnWidth(PlanRowsModel::What, 170);
    layout->addWidget(m_table, 1);

    auto *note = new QLabel(this);
    note->setObjectName(QStringLiteral("noteLabel"));
    note->setWordWrap(true);
    note->setTextFormat(Qt::PlainText);
    const bool bad = !plan.ok();
    if (bad) {
        QStringList lines{plan.result.message};
        if (plan.moreProblems > 0)
            lines << tr("The first %1 problems are listed; %n more are not.", nullptr, plan.moreProblems)
                         .arg(plan.rows.size());
        lines << tr("Nothing can be imported until the file is corrected.");
        note->setText(lines.join(QLatin1Char('\n')));
        Theme::setTone(note, Theme::Tone::Danger);
    } else if (plan.nothingToWrite()) {
        note->setText(plan.conflictCount > 0
                          ? tr("Nothing to import: the other orders of this file are already in the store, "
                               "and the conflicts are left as the store has them.")
                          : tr("Nothing to import: the store already has every order of this file."));
    } else if (plan.conflictCount > 0) {
        note->setText(tr("Rows in conflict are left as the store has them; the rest is imported."));
    }
    note->setVisible(!note->text().isEmpty());
    layout->addWidget(note);

    auto *buttons = new QDialogButtonBox(this);
    auto *save = buttons->addButton(tr("Save problems…"), QDialogButtonBox::ActionRole);
    save->setObjectName(QStringLiteral("saveProblemsButton"));
    save->setEnabled(plan.badCount + plan.conflictCount > 0);
    connect(save, &QPushButton::clicked, this, &OrderImportDialog::saveProblemsInteractive);
    const int writes = plan.newCount + plan.updatedCount;
    m_import = buttons->addButton(writes > 0 && !bad ? tr("Import %n orders", nullptr, writes) : tr("Import"),
                                  QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_import->setEnabled(!bad && !plan.nothingToWrite());
    m_import->setDefault(m_import->isEnabled());
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_import->isEnabled())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void OrderImportDialog::saveProblemsInteractive()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString base = QFileInfo(m_plan.source).completeBaseName();
    QString name = QFileDialog::getSaveFileName(
        this, tr("Save problems"),
        QDir(dir).filePath(tr("%1-problems.csv").arg(base.isEmpty() ? tr("orders") : base)),
        tr("CSV for Excel (*.csv)"));
    if (name.isEmpty())
        return;
    if (QFileInfo(name).suffix().isEmpty())
        name += QStringLiteral(".csv");
    const Result saved = m_saveProblems(name);
    if (!saved.ok())
        QMessageBox::warning(this, windowTitle(), saved.message);
}

} // namespace sd
