// The checkbox column (ui/common/selection_header) on 1,000,000 rows: Ctrl+A and a repaint of the grid
// with its checkboxes, beside the anchor measured in the same run: the same grid without the checkbox
// column (its vertical header hidden, as the orders grid was). Also a selection of 500 single rows
// (Ctrl+click / checkbox clicks: 500 ranges), the worst case for painting from the ranges, and the
// checkbox column's own repaint after Ctrl+A beside the cells' repaint.
// Offscreen: QT_QPA_PLATFORM=offscreen ./build/bench/bench_selection_header
#include "bench_support.h"
#include "ui/common/selection_header.h"

#include <QAbstractTableModel>
#include <QApplication>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QTableView>
#include <cstdio>

namespace {

class BigModel : public QAbstractTableModel
{
public:
    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : 1000000; }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : 16; }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role != Qt::DisplayRole)
            return {};
        return QStringLiteral("%1 · %2").arg(index.row()).arg(index.column());
    }
};

void setUp(QTableView &table, BigModel &model, bool checkboxes)
{
    table.setModel(&model);
    table.setSelectionBehavior(QAbstractItemView::SelectRows);
    table.setSelectionMode(QAbstractItemView::ExtendedSelection);
    table.horizontalHeader()->setHighlightSections(false); // as the orders grid: a highlighted column
                                                           // header asks every row whether it is selected
    table.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table.verticalHeader()->setDefaultSectionSize(26);
    if (checkboxes)
        sd::installSelectionHeader(&table);
    else
        table.verticalHeader()->setVisible(false);
    table.resize(1400, 800);
    table.show();
    QApplication::processEvents();
}

// CPU ms of one change of the selection and the repaint it causes (grid, header, corner).
double changeAndPaint(QTableView &table, const std::function<void()> &change)
{
    const double start = bench::threadCpuMs();
    change();
    QApplication::processEvents();
    table.viewport()->repaint();
    table.verticalHeader()->viewport()->repaint();
    if (QWidget *corner = table.findChild<QWidget *>(QStringLiteral("selectAllCheck")))
        corner->repaint();
    return bench::threadCpuMs() - start;
}

struct Figures
{
    double all = 0;     // Ctrl+A + repaint
    double none = 0;    // clear + repaint
    double scatter = 0; // repaint with 500 single-row ranges selected
    double checks = 0;  // after Ctrl+A: the checkbox column's repaint alone (anchor: the cells' repaint)
};

double median15(const std::function<double()> &fn)
{
    QList<double> v;
    for (int i = 0; i < 15; ++i)
        v << fn();
    return bench::median(v);
}

Figures measure(QTableView &table)
{
    QList<double> all, none, scatter;
    for (int i = 0; i < 15; ++i) {
        all << changeAndPaint(table, [&] { table.selectAll(); });
        none << changeAndPaint(table, [&] { table.clearSelection(); });
    }
    QItemSelectionModel *s = table.selectionModel();
    for (int r = 0; r < 1000; r += 2)
        s->select(QItemSelection(table.model()->index(r, 0), table.model()->index(r, 15)),
                  QItemSelectionModel::Select);
    for (int i = 0; i < 15; ++i)
        scatter << changeAndPaint(table, [] {});
    table.clearSelection();
    table.selectAll();
    QApplication::processEvents();
    QWidget *painted =
        table.verticalHeader()->isVisible() ? table.verticalHeader()->viewport() : table.viewport();
    // getrusage counts in scheduler ticks: 50 renders in one interval.
    const double checks = median15([&] {
        const double start = bench::threadCpuMs();
        for (int i = 0; i < 50; ++i)
            (void)painted->grab(); // renders it, whatever the backing store holds
        return (bench::threadCpuMs() - start) / 50;
    });
    table.clearSelection();
    QApplication::processEvents();
    return {bench::median(all), bench::median(none), bench::median(scatter), checks};
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    BigModel model;
    QTableView plain, checked;
    setUp(plain, model, false);
    setUp(checked, model, true);
    // Alternate the two, twice, so a busy machine weighs on both alike.
    Figures anchor, figure;
    for (int round = 0; round < 2; ++round) {
        const Figures a = measure(plain);
        const Figures f = measure(checked);
        if (round == 1) {
            anchor = a;
            figure = f;
        }
    }
    std::printf("1,000,000 rows, 1400x800 grid, CPU ms per change + repaint (median of 15)\n");
    std::printf("  %-34s %10s %14s %8s\n", "", "checkboxes", "anchor: none", "ratio");
    auto line = [](const char *what, double f, double a) {
        std::printf("  %-34s %10.2f %14.2f %7.2fx\n", what, f, a, a > 0 ? f / a : 0.0);
    };
    line("Ctrl+A", figure.all, anchor.all);
    line("select none", figure.none, anchor.none);
    line("500 single rows selected", figure.scatter, anchor.scatter);
    std::printf("  after Ctrl+A, one repaint of the checkbox column alone: %.3f ms CPU; of the grid's cells\n"
                "  alone (anchor grid): %.3f ms CPU\n",
                figure.checks, anchor.checks);
    std::printf("  (most of Ctrl+A is Qt's column header asking every row whether its column is selected:\n"
                "  QHeaderView::initStyleOptionForIndex → isColumnSelected, in both grids)\n");
    return 0;
}
