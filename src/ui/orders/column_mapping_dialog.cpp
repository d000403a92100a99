#include "ui/orders/column_mapping_dialog.h"

#include "io/marketplace/order_profile.h"
#include "ui/common/style/theme.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sd {

namespace {

constexpr int kPreviewRows = 4;

// The row most likely to be the header when no profile found one: the first of the fullest rows among
// the rows searched for a header.
int guessHeaderRow(const OrderImportPlan &plan)
{
    if (plan.closest.headerRow >= 0)
        return plan.closest.headerRow;
    int best = 0, bestCells = -1;
    for (int r = 0; r < std::min<int>(int(plan.firstRows.size()), kHeaderSearchRows); ++r) {
        int cells = 0;
        for (const QString &c : plan.firstRows.at(r))
            cells += c.trimmed().isEmpty() ? 0 : 1;
        if (cells > bestCells) {
            best = r;
            bestCells = cells;
        }
    }
    return best;
}

// The closest profile, when it found something of this file: a layout that matches no required column
// says nothing about it (its channel and its unverified marks would only mislead).
const OrderProfile *usableClosest(const OrderImportPlan &plan)
{
    const ProfileMatch &m = plan.closest;
    return m.profile && m.headerRow >= 0 && m.matchedRequired > 0 ? &*m.profile : nullptr;
}

QString compact(const QString &header)
{
    QString out;
    for (QChar c : header) {
        if (!c.isSpace())
            out += c;
    }
    return out;
}

} // namespace

ColumnMappingDialog::ColumnMappingDialog(const OrderImportPlan &plan, Save save, QWidget *parent)
    : QDialog(parent), m_plan(plan), m_save(std::move(save)), m_headerRow(new QSpinBox(this)),
      m_preview(new QTableWidget(this)), m_channel(new QComboBox(this)), m_name(new QLineEdit(this)),
      m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("columnMappingDialog"));
    setWindowTitle(tr("Map the columns of %1").arg(plan.source));
    resize(960, 660);
    auto *layout = new QVBoxLayout(this);

    auto *intro = new QLabel(this);
    intro->setObjectName(QStringLiteral("mappingIntroLabel"));
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    QString text = tr("SellerDesk does not know the layout of this file. Choose which column holds each "
                      "field (the ones marked * are needed); the answer is saved as a profile under a name "
                      "and used for files of this layout from now on.");
    const OrderProfile *closest = usableClosest(plan);
    if (closest)
        text += QLatin1Char('\n') +
                tr("Preselected from the closest profile, %1. Columns it needs that this file lacks: %2.")
                    .arg(closest->shownTitle(), plan.closest.missingRequired.join(QStringLiteral(", ")));
    intro->setText(text);
    layout->addWidget(intro);

    auto *rowLine = new QHBoxLayout;
    rowLine->addWidget(new QLabel(tr("Header on row"), this));
    m_headerRow->setObjectName(QStringLiteral("headerRowSpin"));
    m_headerRow->setRange(1, std::max<int>(1, std::min<int>(int(plan.firstRows.size()), kHeaderSearchRows)));
    rowLine->addWidget(m_headerRow);
    rowLine->addStretch(1);
    layout->addLayout(rowLine);

    m_preview->setObjectName(QStringLiteral("mappingPreviewTable"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_preview->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_preview->setWordWrap(false);
    // The header and the preview rows, a horizontal scroll bar for a wide file, no vertical one.
    m_preview->setFixedHeight(m_preview->verticalHeader()->defaultSectionSize() * (kPreviewRows + 1) +
                              m_preview->horizontalScrollBar()->sizeHint().height() +
                              2 * m_preview->frameWidth() + 8);
    m_preview->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    layout->addWidget(m_preview);

    // Two columns of field → combo box pairs, in a scroll area: about forty fields.
    auto *fields = new QWidget;
    auto *grid = new QGridLayout(fields);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    grid->setHorizontalSpacing(10);
    const QList<ImportField> &all = orderImportFields();
    const int half = int(all.size() + 1) / 2;
    for (int i = 0; i < all.size(); ++i) {
        const QString id = QLatin1String(all.at(i).id);
        QString label = importFieldLabel(id);
        if (requiredImportFields().contains(id))
            label += QStringLiteral(" *");
        // Marked when the preselected column comes from the closest profile on one weak source's word.
        const ProfileColumn *known = closest ? closest->column(id) : nullptr;
        const bool found =
            known && plan.closest.columnOf.value(int(known - closest->columns.constData()), -1) >= 0;
        auto *name = new QLabel(label, fields);
        if (found && !known->verified) {
            name->setText(label + QLatin1Char(' ') + tr("(unverified)"));
            name->setToolTip(tr("The closest profile knows this column from one public source only: %1")
                                 .arg(known->source));
            Theme::setTone(name, Theme::Tone::Warning);
        }
        auto *combo = new QComboBox(fields);
        combo->setObjectName(QStringLiteral("fieldCombo_") + id);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(14);
        m_combos.insert(id, combo);
        const int row = i % half, column = (i / half) * 2;
        grid->addWidget(name, row, column);
        grid->addWidget(combo, row, column + 1);
    }
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("mappingFieldsArea"));
    scroll->setWidgetResizable(true);
    scroll->setWidget(fields);
    layout->addWidget(scroll, 1);

    auto *form = new QFormLayout;
    m_channel->setObjectName(QStringLiteral("channelCombo"));
    m_channel->addItem(tr("Named in the file's channel column"), -1);
    for (Channel c : allChannels())
        m_channel->addItem(channelLabel(c), int(c));
    if (closest && closest->channel)
        m_channel->setCurrentIndex(m_channel->findData(int(*closest->channel)));
    form->addRow(tr("Channel of the orders"), m_channel);
    m_name->setObjectName(QStringLiteral("profileNameEdit"));
    m_name->setMaxLength(40);
    m_name->setText(QFileInfo(plan.source).completeBaseName().left(40));
    form->addRow(tr("Profile name"), m_name);
    layout->addLayout(form);

    m_error->setObjectName(QStringLiteral("mappingErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    Theme::setTone(m_error, Theme::Tone::Danger);
    m_error->hide();
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *ok = buttons->addButton(tr("Save and check"), QDialogButtonBox::AcceptRole);
    ok->setObjectName(QStringLiteral("saveMappingButton"));
    ok->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &ColumnMappingDialog::trySave);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_headerRow, &QSpinBox::valueChanged, this, [this](int row) { setHeaderRow(row - 1); });
    const int guessed = guessHeaderRow(plan);
    m_headerRow->setValue(guessed + 1);
    setHeaderRow(guessed); // also when the value did not change
}

void ColumnMappingDialog::setHeaderRow(int index)
{
    const QStringList header = m_plan.firstRows.value(index);
    // What each field had chosen stays chosen when the new header has that text too.
    QMap<QString, QString> before = mapping();
    if (before.isEmpty() && usableClosest(m_plan)) {
        const OrderProfile &p = *m_plan.closest.profile;
        for (int i = 0; i < p.columns.size(); ++i) {
            const int at = m_plan.closest.columnOf.value(i, -1);
            if (at >= 0 && index == m_plan.closest.headerRow)
                before.insert(p.columns.at(i).field, header.value(at));
        }
    }
    for (auto it = m_combos.cbegin(); it != m_combos.cend(); ++it) {
        QComboBox *combo = it.value();
        const QSignalBlocker block(combo);
        combo->clear();
        combo->addItem(tr("(not in the file)"), QString());
        for (const QString &h : header) {
            if (!h.trimmed().isEmpty())
                combo->addItem(h.trimmed(), h.trimmed());
        }
        QString wanted = before.value(it.key());
        if (wanted.isEmpty()) { // a header named like the field itself
            for (const QString &h : header)
                wanted = wanted.isEmpty() && compact(h) == compact(importFieldLabel(it.key())) ? h.trimmed()
                                                                                               : wanted;
        }
        combo->setCurrentIndex(std::max(0, combo->findData(wanted.trimmed())));
    }
    const int rows = std::min<int>(kPreviewRows, std::max<int>(0, int(m_plan.firstRows.size()) - index - 1));
    m_preview->clear();
    m_preview->setColumnCount(int(header.size()));
    m_preview->setHorizontalHeaderLabels(header);
    m_preview->setRowCount(rows);
    for (int r = 0; r < rows; ++r) {
        const QStringList &cells = m_plan.firstRows.at(index + 1 + r);
        m_preview->setVerticalHeaderItem(r, new QTableWidgetItem(QString::number(index + 2 + r)));
        for (int c = 0; c < header.size(); ++c)
            m_preview->setItem(r, c, new QTableWidgetItem(cells.value(c)));
    }
    for (int c = 0; c < header.size(); ++c)
        m_preview->setColumnWidth(c, 120);
}

QMap<QString, QString> ColumnMappingDialog::mapping() const
{
    QMap<QString, QString> out;
    for (auto it = m_combos.cbegin(); it != m_combos.cend(); ++it) {
        const QString header = it.value()->currentData().toString();
        if (!header.isEmpty())
            out.insert(it.key(), header);
    }
    return out;
}

std::optional<Channel> ColumnMappingDialog::channel() const
{
    const int c = m_channel->currentData().toInt();
    return c < 0 ? std::nullopt : std::optional<Channel>(Channel(c));
}

QString ColumnMappingDialog::profileName() const
{
    return m_name->text().trimmed();
}

void ColumnMappingDialog::trySave()
{
    const Result saved = m_save(profileName(), mapping(), channel());
    if (saved.ok()) {
        accept();
        return;
    }
    m_error->setText(saved.message);
    m_error->show();
}

} // namespace sd
