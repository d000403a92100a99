#include "ui/common/table_copy.h"

#include "core/table/table_description.h"
#include "models/table/table_model.h"
#include "services/access/personal_data_access.h"
#include "services/common/table_listing.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCoreApplication>
#include <QDateTime>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMessageBox>
#include <QMimeData>
#include <QTableView>
#include <algorithm>
#include <map>

namespace sd {

namespace {

class CopyText
{
    Q_DECLARE_TR_FUNCTIONS(sd::TableCopy)
};

constexpr int kFetchBatch = 1000;

// The selected rows as [first, last] ranges, merged and in row order.
QList<QPair<int, int>> selectedRowRanges(const QItemSelection &selection)
{
    std::map<int, int> ranges;
    for (const QItemSelectionRange &r : selection)
        ranges[r.top()] = std::max(ranges[r.top()], r.bottom());
    QList<QPair<int, int>> out;
    for (const auto &[first, last] : ranges) {
        if (!out.isEmpty() && first <= out.last().second + 1)
            out.last().second = std::max(out.last().second, last);
        else
            out.append({first, last});
    }
    return out;
}

QString oneLine(QString text)
{
    for (QChar &c : text) {
        if (c == QLatin1Char('\t') || c == QLatin1Char('\n') || c == QLatin1Char('\r'))
            c = QLatin1Char(' ');
    }
    return text;
}

struct Cell
{
    QString text;
    bool number = false;
};

// A cell as it pastes best: won and counts as plain numbers, times as yyyy-MM-dd HH:mm, dates as
// yyyy-MM-dd, the rest as the grid shows it (labels, masked).
Cell cellFor(const TableModel &model, const TableRow &row, int column)
{
    const TableColumn &c = model.description().columns.at(column);
    const QVariant typed = model.cellOf(row, column, TableModel::ValueRole);
    switch (c.kind) {
    case ColumnKind::Won:
    case ColumnKind::Count:
        if (typed.isNull() || !typed.isValid())
            return {};
        return {QString::number(typed.toLongLong()), true};
    case ColumnKind::DateTime:
        return {typed.toDateTime().isValid() ? typed.toDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                                             : QString()};
    case ColumnKind::Date:
        return {typed.toDate().isValid() ? typed.toDate().toString(Qt::ISODate) : QString()};
    case ColumnKind::Text:
    case ColumnKind::Status:
        break;
    }
    QString text = oneLine(model.cellOf(row, column, Qt::DisplayRole).toString());
    static const QString risky = QStringLiteral("=+-@");
    if (!text.isEmpty() && risky.contains(text.front()))
        text.prepend(QLatin1Char('\''));
    return {text};
}

} // namespace

Result copySelectedRows(QTableView *view, Workspace &workspace, const UserSession &user, CopiedRows *out)
{
    auto *model = view ? qobject_cast<TableModel *>(view->model()) : nullptr;
    if (!model || !view->selectionModel())
        return Result::fail(ErrorKind::BadInput, CopyText::tr("There is nothing to copy."));
    const QList<QPair<int, int>> ranges = selectedRowRanges(view->selectionModel()->selection());
    qint64 count = 0;
    for (const auto &r : ranges)
        count += r.second - r.first + 1;
    if (count == 0)
        return Result::fail(ErrorKind::BadInput, CopyText::tr("Select the rows to copy first."));
    if (count > kMaxCopiedRows)
        return Result::fail(ErrorKind::BadInput,
                            CopyText::tr("%1 rows are selected; at most %2 can be copied at once. Export them "
                                         "to Excel instead (File › Export).")
                                .arg(QLocale().toString(count), QLocale().toString(kMaxCopiedRows)));

    // The visible columns in their visual order.
    const QHeaderView *header = view->horizontalHeader();
    QList<int> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical) && logical < model->columnCount())
            columns << logical;
    }

    QString tsv;
    QString html = QStringLiteral("<html><head><meta charset=\"utf-8\"></head><body><table border=\"1\">"
                                  "<tr>");
    QStringList headers;
    for (int c : std::as_const(columns)) {
        const QString label = oneLine(model->headerData(c, Qt::Horizontal).toString());
        headers << label;
        html += QStringLiteral("<th>%1</th>").arg(label.toHtmlEscaped());
    }
    tsv += headers.join(QLatin1Char('\t')) + QLatin1Char('\n');
    html += QStringLiteral("</tr>");

    std::unique_ptr<TableListing> listing; // opened only when a row is not loaded
    bool waiting = false;
    Result failed = Result::success();
    const auto addRow = [&](const TableRow &row) {
        QStringList cells;
        html += QStringLiteral("<tr>");
        for (int c : std::as_const(columns)) {
            const Cell cell = cellFor(*model, row, c);
            cells << cell.text;
            html += cell.number ? QStringLiteral("<td>%1</td>").arg(cell.text)
                                : QStringLiteral("<td style=\"mso-number-format:'\\@'\">%1</td>")
                                      .arg(cell.text.toHtmlEscaped());
        }
        html += QStringLiteral("</tr>");
        tsv += cells.join(QLatin1Char('\t')) + QLatin1Char('\n');
    };
    for (const auto &range : ranges) {
        int row = range.first;
        while (row <= range.second && failed.ok()) {
            if (const TableRow *loaded = model->peekRow(row)) {
                addRow(*loaded);
                ++row;
                continue;
            }
            // Rows not loaded: the listing, as the grid's loader reads them (same filter and sort).
            if (!listing) {
                listing = TableListing::open(workspace, model->description().id, user, &failed);
                if (!listing)
                    break;
                QApplication::setOverrideCursor(Qt::WaitCursor);
                waiting = true;
            }
            int last = row;
            while (last < range.second && last - row + 1 < kFetchBatch && !model->peekRow(last + 1))
                ++last;
            const QList<TableRow> rows =
                listing->fetch(model->tableFilter(), model->tableSort(), row, last - row + 1, &failed);
            if (!failed.ok())
                break;
            for (const TableRow &r : rows)
                addRow(r);
            if (rows.size() < last - row + 1)
                break; // the table shrank since the grid counted it
            row = last + 1;
        }
        if (!failed.ok())
            break;
    }
    if (waiting)
        QApplication::restoreOverrideCursor();
    if (!failed.ok())
        return failed;
    html += QStringLiteral("</table></body></html>");
    // Personal data leaving the program unmasked is recorded, as an export is; no record, no copy.
    bool personal = false;
    for (int c : std::as_const(columns))
        personal = personal || model->description().columns.at(c).mask != MaskClass::None;
    if (personal && user.can(Permission::ViewPersonalData)) {
        PersonalDataRead read;
        read.purpose = AccessPurpose::Export;
        read.orders = count;
        read.filter = CopyText::tr("%n rows copied from the list %1", nullptr, int(count))
                          .arg(model->description().id);
        if (count <= PersonalDataRead::kMaxKeptIds) {
            for (const auto &range : ranges) {
                for (int row = range.first; row <= range.second; ++row) {
                    if (const TableRow *r = model->peekRow(row))
                        read.orderIds << r->id;
                }
            }
        }
        if (const Result recorded = recordPersonalDataRead(workspace, user, read); !recorded.ok())
            return recorded;
    }
    out->tsv = tsv;
    out->html = html;
    out->rows = int(count);
    return Result::success();
}

void installTableCopy(QTableView *view, Workspace &workspace, const UserSession &user)
{
    auto *copy = new QAction(CopyText::tr("&Copy rows"), view);
    copy->setObjectName(QStringLiteral("copyRowsAction"));
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    view->addAction(copy);
    QObject::connect(copy, &QAction::triggered, view, [view, &workspace, user] {
        CopiedRows rows;
        const Result r = copySelectedRows(view, workspace, user, &rows);
        if (!r.ok()) {
            QMessageBox::information(view, CopyText::tr("Copy"), r.message);
            return;
        }
        auto *mime = new QMimeData;
        mime->setText(rows.tsv);
        mime->setHtml(rows.html);
        QApplication::clipboard()->setMimeData(mime);
    });
}

} // namespace sd
