#include "ui/common/selection_header.h"

#include "ui/common/style/theme.h"

#include <QAbstractButton>
#include <QEvent>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QStyleOptionButton>
#include <QStyleOptionHeader>
#include <QTableView>
#include <algorithm>
#include <vector>

namespace sd {

namespace {

QSize indicatorSize(const QWidget *widget)
{
    const QStyle *style = widget->style();
    return {style->pixelMetric(QStyle::PM_IndicatorWidth, nullptr, widget),
            style->pixelMetric(QStyle::PM_IndicatorHeight, nullptr, widget)};
}

QRect centered(const QRect &area, const QSize &size)
{
    return QRect(area.x() + (area.width() - size.width()) / 2, area.y() + (area.height() - size.height()) / 2,
                 size.width(), size.height());
}

void drawCheck(QPainter *painter, const QWidget *widget, const QRect &rect, Qt::CheckState state)
{
    QStyleOptionButton option;
    option.initFrom(widget);
    option.rect = rect;
    option.state &= ~(QStyle::State_HasFocus | QStyle::State_MouseOver);
    option.state |= QStyle::State_Enabled;
    option.state |= state == Qt::Checked            ? QStyle::State_On
                    : state == Qt::PartiallyChecked ? QStyle::State_NoChange
                                                    : QStyle::State_Off;
    widget->style()->drawPrimitive(QStyle::PE_IndicatorCheckBox, &option, painter, widget);
}

bool rowIn(const QItemSelection &selection, int row)
{
    for (const QItemSelectionRange &range : selection) {
        if (row >= range.top() && row <= range.bottom())
            return true;
    }
    return false;
}

} // namespace

qint64 selectedRowCount(const QItemSelection &selection)
{
    std::vector<std::pair<int, int>> ranges;
    ranges.reserve(size_t(selection.size()));
    for (const QItemSelectionRange &range : selection)
        ranges.emplace_back(range.top(), range.bottom());
    std::sort(ranges.begin(), ranges.end());
    qint64 count = 0;
    int end = -1; // rows up to `end` are counted
    for (const auto &[top, bottom] : ranges) {
        const int from = std::max(top, end + 1);
        if (bottom >= from)
            count += bottom - from + 1;
        end = std::max(end, bottom);
    }
    return count;
}

SelectionHeader::SelectionHeader(QTableView *table) : QHeaderView(Qt::Vertical, table), m_table(table)
{
    setObjectName(QStringLiteral("selectionHeader"));
    setSectionsClickable(false);
    setHighlightSections(false);
    setSectionResizeMode(QHeaderView::Fixed);
    setToolTip(tr("Check rows to select them; the box above checks every row."));
}

void SelectionHeader::setSelectionModel(QItemSelectionModel *selectionModel)
{
    if (QItemSelectionModel *old = this->selectionModel())
        disconnect(old, nullptr, this, nullptr);
    QHeaderView::setSelectionModel(selectionModel);
    if (selectionModel)
        connect(selectionModel, &QItemSelectionModel::selectionChanged, viewport(),
                qOverload<>(&QWidget::update));
}

QSize SelectionHeader::sizeHint() const
{
    return {indicatorSize(this).width() + 2 * Theme::kSpaceS, defaultSectionSize()};
}

QRect SelectionHeader::indicatorIn(const QRect &section) const
{
    return centered(section, indicatorSize(this));
}

QRect SelectionHeader::checkboxRect(int row) const
{
    const int y = sectionViewportPosition(row);
    return indicatorIn(QRect(0, y, viewport()->width(), sectionSize(row)));
}

bool SelectionHeader::isRowChecked(int row) const
{
    const QItemSelectionModel *selection = selectionModel();
    return selection && rowIn(m_inPaint ? m_painting : selection->selection(), row);
}

void SelectionHeader::paintEvent(QPaintEvent *event)
{
    // One copy of the ranges for every section of this paint (a Ctrl+A is one range).
    m_painting = selectionModel() ? selectionModel()->selection() : QItemSelection();
    m_inPaint = true;
    QHeaderView::paintEvent(event);
    m_inPaint = false;
    m_painting.clear();
}

void SelectionHeader::paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const
{
    if (!rect.isValid())
        return;
    QStyleOptionHeader option;
    initStyleOption(&option);
    option.rect = rect;
    option.section = logicalIndex;
    option.text.clear();
    option.state |= QStyle::State_Enabled;
    style()->drawControl(QStyle::CE_HeaderSection, &option, painter, this);
    drawCheck(painter, this, indicatorIn(rect), isRowChecked(logicalIndex) ? Qt::Checked : Qt::Unchecked);
}

QModelIndex SelectionHeader::indexOfRow(int row) const
{
    // The current column stays current; without one, the first column on screen.
    const QModelIndex current = selectionModel()->currentIndex();
    int column = current.isValid() ? current.column() : -1;
    if (column < 0) {
        const QHeaderView *columns = m_table->horizontalHeader();
        for (int visual = 0; visual < columns->count() && column < 0; ++visual) {
            const int logical = columns->logicalIndex(visual);
            if (!columns->isSectionHidden(logical))
                column = logical;
        }
    }
    return model()->index(row, std::max(0, column));
}

void SelectionHeader::mousePressEvent(QMouseEvent *event)
{
    QItemSelectionModel *selection = selectionModel();
    const int row = logicalIndexAt(event->position().toPoint());
    if (event->button() != Qt::LeftButton || !selection || !model() || row < 0) {
        event->ignore();
        return;
    }
    m_table->setFocus(Qt::MouseFocusReason);
    const QModelIndex index = indexOfRow(row);
    const QModelIndex current = selection->currentIndex();
    const int lastColumn = model()->columnCount() - 1;
    if ((event->modifiers() & Qt::ShiftModifier) && current.isValid()) {
        const int top = std::min(current.row(), row);
        const int bottom = std::max(current.row(), row);
        selection->select(QItemSelection(model()->index(top, 0), model()->index(bottom, lastColumn)),
                          QItemSelectionModel::Select);
    } else {
        selection->select(QItemSelection(model()->index(row, 0), model()->index(row, lastColumn)),
                          QItemSelectionModel::Toggle);
    }
    selection->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
    event->accept();
}

void SelectionHeader::mouseMoveEvent(QMouseEvent *event)
{
    event->accept(); // no drag-selection over the checkboxes
}

void SelectionHeader::mouseReleaseEvent(QMouseEvent *event)
{
    event->accept();
}

void SelectionHeader::mouseDoubleClickEvent(QMouseEvent *event)
{
    mousePressEvent(event); // a quick second click toggles again
}

SelectAllCheck::SelectAllCheck(QTableView *table, QWidget *parent) : QWidget(parent), m_table(table)
{
    setObjectName(QStringLiteral("selectAllCheck"));
    setFocusPolicy(Qt::NoFocus);
    setToolTip(tr("Select all rows, or none"));
    setAccessibleName(tr("Select all"));
    auto connectSelection = [this] {
        if (QItemSelectionModel *s = m_table->selectionModel())
            connect(s, &QItemSelectionModel::selectionChanged, this, qOverload<>(&QWidget::update),
                    Qt::UniqueConnection);
    };
    connectSelection();
    if (QAbstractItemModel *model = m_table->model()) {
        connect(model, &QAbstractItemModel::modelReset, this, qOverload<>(&QWidget::update));
        connect(model, &QAbstractItemModel::rowsInserted, this, qOverload<>(&QWidget::update));
        connect(model, &QAbstractItemModel::rowsRemoved, this, qOverload<>(&QWidget::update));
    }
}

Qt::CheckState SelectAllCheck::checkState() const
{
    const QItemSelectionModel *s = m_table->selectionModel();
    const int rows = m_table->model() ? m_table->model()->rowCount() : 0;
    if (!s || rows == 0)
        return Qt::Unchecked;
    const qint64 selected = selectedRowCount(s->selection());
    return selected == 0 ? Qt::Unchecked : selected >= rows ? Qt::Checked : Qt::PartiallyChecked;
}

QSize SelectAllCheck::sizeHint() const
{
    return indicatorSize(this);
}

void SelectAllCheck::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    drawCheck(&painter, this, centered(rect(), indicatorSize(this)), checkState());
}

void SelectAllCheck::toggle()
{
    if (checkState() == Qt::Checked)
        m_table->clearSelection();
    else
        m_table->selectAll();
    m_table->setFocus(Qt::MouseFocusReason);
    update();
}

void SelectAllCheck::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
        toggle();
    event->accept();
}

void SelectAllCheck::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space)
        toggle();
    else
        QWidget::keyPressEvent(event);
}

namespace {

// Keeps the corner checkbox over the table's corner button (which would select all only).
class CornerKeeper : public QObject
{
public:
    CornerKeeper(QWidget *corner, SelectAllCheck *check) : QObject(check), m_check(check)
    {
        corner->installEventFilter(this);
        m_check->setGeometry(corner->rect());
    }
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Resize || event->type() == QEvent::Show)
            m_check->setGeometry(static_cast<QWidget *>(watched)->rect());
        return false;
    }

private:
    SelectAllCheck *m_check;
};

} // namespace

SelectionHeader *installSelectionHeader(QTableView *table)
{
    auto *header = new SelectionHeader(table);
    const int rowHeight = table->verticalHeader()->defaultSectionSize();
    table->setVerticalHeader(header);
    header->setDefaultSectionSize(rowHeight);
    header->setVisible(true);
    // The corner button is QTableView's own (private) child: the checkbox lies over it, as its child,
    // so it moves with it. Without one (another Qt), the checkbox goes over the corner by the headers.
    QAbstractButton *corner = nullptr;
    for (QAbstractButton *b : table->findChildren<QAbstractButton *>(QString(), Qt::FindDirectChildrenOnly)) {
        if (b->inherits("QTableCornerButton"))
            corner = b;
    }
    if (corner) {
        auto *check = new SelectAllCheck(table, corner);
        new CornerKeeper(corner, check);
        check->show();
    } else {
        auto *check = new SelectAllCheck(table, table);
        check->setGeometry(table->frameWidth(), table->frameWidth(), header->sizeHint().width(),
                           table->horizontalHeader()->sizeHint().height());
        check->show();
    }
    return header;
}

} // namespace sd
