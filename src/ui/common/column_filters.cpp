#include "ui/common/column_filters.h"

#include "models/table/table_model.h"
#include "ui/common/column_menu.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSignalBlocker>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace sd {

namespace {

constexpr int kValueRole = Qt::UserRole;      // the stored value of a list item
constexpr int kEmptyRole = Qt::UserRole + 1;  // the item stands for the empty cells
constexpr int kChipLabelChars = 24;           // a chip shows at most this much of a text

bool isNumberKind(ColumnKind k)
{
    return k == ColumnKind::Won || k == ColumnKind::Count;
}

bool isDateKind(ColumnKind k)
{
    return k == ColumnKind::Date || k == ColumnKind::DateTime;
}

QString columnLabel(const TableColumn &c)
{
    return c.label ? c.label() : c.id;
}

QString shortened(const QString &text)
{
    return text.size() <= kChipLabelChars ? text : text.left(kChipLabelChars - 1) + QChar(0x2026);
}

QString numberText(const QVariant &v)
{
    return QLocale().toString(v.toLongLong());
}

} // namespace

// --- the dialog ---------------------------------------------------------------------------------

bool ColumnFilterDialog::listsValues(const TableModel &model, int column)
{
    const TableColumn &c = model.description().columns.at(column);
    return c.kind == ColumnKind::Status || bool(c.codeLabel);
}

ColumnFilterDialog::ColumnFilterDialog(TableModel *model, int column, const std::optional<ColumnFilter> &current,
                                       QWidget *parent)
    : QDialog(parent), m_model(model), m_column(column), m_current(current)
{
    setObjectName(QStringLiteral("columnFilterDialog"));
    const TableColumn &c = model->description().columns.at(column);
    setWindowTitle(tr("Filter: %1").arg(columnLabel(c)));
    auto *layout = new QVBoxLayout(this);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_note->hide();

    if (listsValues(*model, column)) {
        layout->addWidget(new QLabel(tr("Show rows whose %1 is one of the checked values:").arg(columnLabel(c)), this));
        m_values = new QListWidget(this);
        m_values->setObjectName(QStringLiteral("filterValueList"));
        layout->addWidget(m_values);
        auto *all = new QHBoxLayout;
        auto *checkAll = new QPushButton(tr("Check all"), this);
        auto *checkNone = new QPushButton(tr("Check none"), this);
        all->addWidget(checkAll);
        all->addWidget(checkNone);
        all->addStretch(1);
        layout->addLayout(all);
        const auto checkEvery = [this](Qt::CheckState state) {
            for (int i = 0; i < m_values->count(); ++i)
                m_values->item(i)->setCheckState(state);
        };
        connect(checkAll, &QPushButton::clicked, this, [checkEvery] { checkEvery(Qt::Checked); });
        connect(checkNone, &QPushButton::clicked, this, [checkEvery] { checkEvery(Qt::Unchecked); });
        m_note->setText(tr("Counting the values…"));
        m_note->show();
        connect(model, &TableModel::valueCountsReady, this, &ColumnFilterDialog::onValueCounts);
        m_request = model->requestValueCounts(column);
    } else if (isNumberKind(c.kind)) {
        auto *form = new QFormLayout;
        const auto *digits = new QRegularExpressionValidator(QRegularExpression(QStringLiteral("-?[0-9]{0,15}")), this);
        m_min = new QLineEdit(this);
        m_min->setObjectName(QStringLiteral("filterMin"));
        m_max = new QLineEdit(this);
        m_max->setObjectName(QStringLiteral("filterMax"));
        for (QLineEdit *e : {m_min, m_max}) {
            e->setValidator(digits);
            e->setPlaceholderText(tr("any"));
        }
        if (current && current->kind == ColumnFilter::Kind::Range) {
            if (!current->min.isNull())
                m_min->setText(QString::number(current->min.toLongLong()));
            if (!current->max.isNull())
                m_max->setText(QString::number(current->max.toLongLong()));
        }
        form->addRow(tr("At least"), m_min);
        form->addRow(tr("At most"), m_max);
        layout->addLayout(form);
    } else if (isDateKind(c.kind)) {
        auto *form = new QFormLayout;
        const QDate today = QDate::currentDate();
        m_fromOn = new QCheckBox(tr("From"), this);
        m_toOn = new QCheckBox(tr("To"), this);
        m_from = new QDateEdit(today, this);
        m_to = new QDateEdit(today, this);
        for (QDateEdit *e : {m_from, m_to}) {
            e->setCalendarPopup(true);
            e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        }
        if (current && current->kind == ColumnFilter::Kind::DateRange) {
            m_fromOn->setChecked(current->from.isValid());
            m_toOn->setChecked(current->to.isValid());
            if (current->from.isValid())
                m_from->setDate(current->from);
            if (current->to.isValid())
                m_to->setDate(current->to);
        }
        m_from->setEnabled(m_fromOn->isChecked());
        m_to->setEnabled(m_toOn->isChecked());
        connect(m_fromOn, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
        connect(m_toOn, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
        form->addRow(m_fromOn, m_from);
        form->addRow(m_toOn, m_to);
        layout->addLayout(form);
    } else {
        layout->addWidget(new QLabel(tr("Show rows whose %1 contains:").arg(columnLabel(c)), this));
        m_text = new QLineEdit(this);
        m_text->setObjectName(QStringLiteral("filterText"));
        m_text->setMaxLength(200);
        if (current && current->kind == ColumnFilter::Kind::Text)
            m_text->setText(current->text);
        layout->addWidget(m_text);
    }
    layout->addWidget(m_note);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *clear = buttons->addButton(tr("Remove filter"), QDialogButtonBox::ResetRole);
    clear->setObjectName(QStringLiteral("filterClear"));
    clear->setEnabled(current.has_value());
    connect(clear, &QPushButton::clicked, this, [this] {
        m_cleared = true;
        accept();
    });
    if (m_values) {
        // Nothing checked would match no row: OK waits for a checked value.
        QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
        connect(m_values, &QListWidget::itemChanged, ok, [this, ok] {
            bool any = false;
            for (int i = 0; i < m_values->count() && !any; ++i)
                any = m_values->item(i)->checkState() == Qt::Checked;
            ok->setEnabled(any);
        });
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void ColumnFilterDialog::onValueCounts(quint64 request, int column, const QStringList &values,
                                       const QList<qint64> &counts, bool complete, const QString &error)
{
    if (request != m_request || column != m_column || !m_values)
        return;
    m_loaded = true;
    if (!error.isEmpty()) {
        m_note->setText(error);
        return;
    }
    const TableColumn &c = m_model->description().columns.at(m_column);
    QVariantList checked;
    if (m_current && m_current->kind == ColumnFilter::Kind::OneOf)
        checked = m_current->values;
    for (int i = 0; i < values.size(); ++i) {
        const QString &value = values.at(i);
        const bool empty = value.isEmpty();
        const QString label = empty ? tr("(empty)") : TableModel::displayValue(c, value).toString();
        auto *item = new QListWidgetItem(
            tr("%1 (%2)").arg(label, QLocale().toString(counts.value(i))), m_values);
        item->setData(kValueRole, value);
        item->setData(kEmptyRole, empty);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        const bool on = !m_current || (empty ? checked.contains(QVariant()) : checked.contains(QVariant(value)));
        item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    }
    if (complete) {
        m_note->hide();
    } else {
        m_note->setText(tr("Only the %n most frequent values are listed.", nullptr, int(values.size())));
    }
}

std::optional<ColumnFilter> ColumnFilterDialog::filter() const
{
    const QString id = m_model->description().columns.at(m_column).id;
    if (m_values) {
        QVariantList values;
        bool all = true;
        for (int i = 0; i < m_values->count(); ++i) {
            const QListWidgetItem *item = m_values->item(i);
            if (item->checkState() != Qt::Checked) {
                all = false;
                continue;
            }
            if (item->data(kEmptyRole).toBool())
                values << QVariant() << QString(QLatin1String(""));
            else
                values << item->data(kValueRole).toString();
        }
        if (!m_loaded || all || m_values->count() == 0)
            return std::nullopt; // every value: no condition
        if (values.isEmpty())
            return std::nullopt; // OK is disabled then
        return ColumnFilter::oneOf(id, values);
    }
    if (m_text) {
        const QString text = m_text->text().trimmed();
        return text.isEmpty() ? std::nullopt : std::optional<ColumnFilter>(ColumnFilter::contains(id, text));
    }
    if (m_min) {
        const auto number = [](const QLineEdit *e) {
            bool ok = false;
            const qint64 n = e->text().toLongLong(&ok);
            return ok ? QVariant(n) : QVariant();
        };
        QVariant min = number(m_min), max = number(m_max);
        if (min.isNull() && max.isNull())
            return std::nullopt;
        if (!min.isNull() && !max.isNull() && min.toLongLong() > max.toLongLong())
            std::swap(min, max);
        return ColumnFilter::range(id, min, max);
    }
    if (m_from) {
        const QDate from = m_fromOn->isChecked() ? m_from->date() : QDate();
        QDate to = m_toOn->isChecked() ? m_to->date() : QDate();
        if (!from.isValid() && !to.isValid())
            return std::nullopt;
        return ColumnFilter::dateRange(id, from, to);
    }
    return std::nullopt;
}

// --- the header -----------------------------------------------------------------------------------

TableHeaderControl::TableHeaderControl(QTableView *table, TableModel *model, QObject *parent,
                                       std::function<void()> resetColumns)
    : QObject(parent), m_table(table), m_model(model), m_chipRow(new QWidget(table->parentWidget())),
      m_chipLayout(new QHBoxLayout(m_chipRow))
{
    m_chipRow->setObjectName(QStringLiteral("columnFilterChips"));
    m_chipLayout->setContentsMargins(0, 0, 0, 0);
    m_chipLayout->addStretch(1);
    m_chipRow->hide();

    QHeaderView *header = table->horizontalHeader();
    table->setSortingEnabled(false); // the model's sortShown moves the indicator, not the click
    header->setSectionsClickable(true);
    header->setSortIndicatorShown(true);
    connect(header, &QHeaderView::sectionClicked, this, &TableHeaderControl::onSectionClicked);
    connect(model, &TableModel::sortShown, this, &TableHeaderControl::onSortShown);
    connect(model, &TableModel::columnFiltersChanged, this, &TableHeaderControl::rebuildChips);
    installColumnMenu(header, [this](QMenu *menu, int logical) {
        if (logical < 0 || logical >= m_model->columnCount())
            return;
        const QString label = m_model->headerData(logical, Qt::Horizontal).toString();
        QAction *filter = menu->addAction(tr("Filter \"%1\"…").arg(label));
        filter->setObjectName(QStringLiteral("columnFilterAction"));
        filter->setEnabled(m_model->canFilterColumn(logical));
        connect(filter, &QAction::triggered, this, [this, logical] { openFilter(logical); });
        const QString id = m_model->description().columns.at(logical).id;
        for (const ColumnFilter &f : m_model->columnFilters()) {
            if (f.column == id) {
                QAction *remove = menu->addAction(tr("Remove the filter on \"%1\"").arg(label));
                connect(remove, &QAction::triggered, this,
                        [this, logical] { setColumnFilter(logical, std::nullopt); });
                break;
            }
        }
    }, std::move(resetColumns));
    syncIndicator();
}

void TableHeaderControl::onSectionClicked(int logical)
{
    // The header flipped its indicator on the click: that is the order asked for. It goes back to
    // the order on screen until the sorted rows arrive.
    const Qt::SortOrder order = m_table->horizontalHeader()->sortIndicatorOrder();
    if (m_model->isSortableColumn(logical)) {
        m_requestedColumn = logical;
        m_model->sort(logical, order);
        m_sortPending = m_model->tableSort() != m_model->shownSort();
        if (m_sortPending)
            m_table->viewport()->setCursor(Qt::BusyCursor);
    }
    syncIndicator();
}

void TableHeaderControl::onSortShown()
{
    syncIndicator();
    if (m_model->shownSort() == m_model->tableSort()) {
        m_sortPending = false;
        m_table->viewport()->unsetCursor();
    }
}

void TableHeaderControl::syncIndicator()
{
    const TableSort shown = m_model->shownSort();
    int column = -1;
    if (m_requestedColumn >= 0 && m_model->sortColumnOf(m_requestedColumn) == shown.column) {
        column = m_requestedColumn;
    } else {
        for (int c = 0; c < m_model->columnCount(); ++c) {
            if (m_model->sortColumnOf(c) == shown.column) {
                column = c;
                break;
            }
        }
    }
    QHeaderView *header = m_table->horizontalHeader();
    const QSignalBlocker block(header);
    header->setSortIndicator(column, shown.descending ? Qt::DescendingOrder : Qt::AscendingOrder);
    header->viewport()->update();
}

ColumnFilterDialog *TableHeaderControl::openFilter(int column)
{
    if (!m_model->canFilterColumn(column))
        return nullptr;
    if (m_dialog)
        m_dialog->close();
    const QString id = m_model->description().columns.at(column).id;
    std::optional<ColumnFilter> current;
    for (const ColumnFilter &f : m_model->columnFilters()) {
        if (f.column == id)
            current = f;
    }
    auto *dialog = new ColumnFilterDialog(m_model, column, current, m_table->window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        setColumnFilter(dialog->column(), dialog->cleared() ? std::nullopt : dialog->filter());
    });
    m_dialog = dialog;
    dialog->show();
    return dialog;
}

void TableHeaderControl::setColumnFilter(int column, const std::optional<ColumnFilter> &filter)
{
    if (column < 0 || column >= m_model->description().columns.size())
        return;
    const QString id = m_model->description().columns.at(column).id;
    QList<ColumnFilter> filters = m_model->columnFilters();
    filters.removeIf([&id](const ColumnFilter &f) { return f.column == id; });
    if (filter)
        filters.append(*filter);
    m_model->setColumnFilters(filters); // columnFiltersChanged rebuilds the chips
}

void TableHeaderControl::clearFilters()
{
    m_model->setColumnFilters({});
}

QString TableHeaderControl::chipText(const ColumnFilter &f) const
{
    const TableColumn *c = m_model->description().column(f.column);
    if (!c)
        return f.column;
    QString what;
    switch (f.kind) {
    case ColumnFilter::Kind::OneOf: {
        QStringList labels;
        for (const QVariant &v : f.values) {
            if (v.isNull())
                labels << tr("(empty)");
            else if (!v.toString().isEmpty())
                labels << TableModel::displayValue(*c, v).toString();
        }
        labels.removeDuplicates();
        if (labels.isEmpty())
            what = tr("none");
        else if (labels.size() <= 2)
            what = labels.join(QStringLiteral(", "));
        else
            what = tr("%1 and %n more", nullptr, int(labels.size() - 1)).arg(labels.first());
        break;
    }
    case ColumnFilter::Kind::Text:
        what = shortened(f.text);
        break;
    case ColumnFilter::Kind::Range:
        if (!f.min.isNull() && !f.max.isNull())
            what = tr("%1 – %2").arg(numberText(f.min), numberText(f.max));
        else if (!f.min.isNull())
            what = tr("%1 or more").arg(numberText(f.min));
        else
            what = tr("%1 or less").arg(numberText(f.max));
        break;
    case ColumnFilter::Kind::DateRange:
        if (f.from.isValid() && f.to.isValid())
            what = tr("%1 – %2").arg(f.from.toString(Qt::ISODate), f.to.toString(Qt::ISODate));
        else if (f.from.isValid())
            what = tr("from %1").arg(f.from.toString(Qt::ISODate));
        else
            what = tr("until %1").arg(f.to.toString(Qt::ISODate));
        break;
    }
    return tr("%1: %2").arg(columnLabel(*c), what);
}

void TableHeaderControl::rebuildChips()
{
    while (m_chipLayout->count() > 1) {
        QLayoutItem *item = m_chipLayout->takeAt(0);
        if (QWidget *w = item->widget()) {
            w->hide();
            w->setParent(nullptr); // gone from findChildren at once; deleted when the event loop runs
            w->deleteLater();
        }
        delete item;
    }
    const QList<ColumnFilter> filters = m_model->columnFilters();
    int at = 0;
    for (const ColumnFilter &f : filters) {
        auto *chip = new QToolButton(m_chipRow);
        chip->setObjectName(QStringLiteral("columnFilterChip"));
        chip->setProperty("sdColumn", f.column);
        chip->setText(chipText(f) + QStringLiteral("  ×"));
        chip->setToolTip(tr("Remove this filter"));
        chip->setAutoRaise(false);
        const QString id = f.column;
        connect(chip, &QToolButton::clicked, this,
                [this, id] { setColumnFilter(m_model->description().columnIndex(id), std::nullopt); });
        m_chipLayout->insertWidget(at++, chip);
    }
    m_chipRow->setVisible(!filters.isEmpty());
}

} // namespace sd
