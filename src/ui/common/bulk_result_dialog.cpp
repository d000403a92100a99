#include "ui/common/bulk_result_dialog.h"
#include "ui/common/style/theme.h"

#include <QAbstractTableModel>
#include <QCheckBox>
#include <QColor>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace sd {

namespace {

using State = BulkOutcome::State;


// The outcomes as table rows; skipped items come last. `onlyProblems` keeps the refused and not
// written ones.
class OutcomeModel : public QAbstractTableModel
{
public:
    OutcomeModel(BulkResultDialog::Mode mode, const BulkView &view, const BulkReport &report,
                 const QStringList &skipped, QObject *parent)
        : QAbstractTableModel(parent), m_mode(mode), m_view(view), m_outcomes(report.outcomes),
          m_skipped(skipped), m_hasLabel(!view.labelHeader.isEmpty()),
          m_written(!report.dryRun && (report.ok() || report.partlyDone))
    {
        setOnlyProblems(false);
    }

    void setOnlyProblems(bool only)
    {
        beginResetModel();
        m_rows.clear();
        for (int i = 0; i < m_outcomes.size(); ++i) {
            if (!only || !m_outcomes.at(i).ok())
                m_rows.append(i);
        }
        if (!only) {
            for (int i = 0; i < m_skipped.size(); ++i)
                m_rows.append(int(m_outcomes.size()) + i);
        }
        endResetModel();
    }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : 3 + (m_hasLabel ? 1 : 0) + int(m_view.extraHeaders.size());
    }
    int resultColumn() const { return columnCount() - 2; }

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
            return {};
        if (section == 0)
            return m_view.keyHeader;
        if (m_hasLabel && section == 1)
            return m_view.labelHeader;
        if (section == resultColumn())
            return BulkResultDialog::tr("Result");
        if (section == resultColumn() + 1)
            return BulkResultDialog::tr("Details");
        return m_view.extraHeaders.value(section - 1 - (m_hasLabel ? 1 : 0));
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid() || index.row() >= m_rows.size())
            return {};
        const int at = m_rows.at(index.row());
        const bool skipped = at >= m_outcomes.size();
        const BulkOutcome *o = skipped ? nullptr : &m_outcomes.at(at);
        const QString key = skipped ? m_skipped.at(at - m_outcomes.size()) : o->key;
        const int column = index.column();
        if (role == Qt::ForegroundRole && column == resultColumn()) {
            const Theme::Tone tone =
                skipped || o->state == State::Unchanged ? Theme::Tone::Muted
                : o->state == State::Applied
                    ? (m_written || m_mode == BulkResultDialog::Mode::Preview ? Theme::Tone::Success
                                                                              : Theme::Tone::Muted)
                    : Theme::Tone::Danger;
            return Theme::toneColour(tone);
        }
        if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
            return {};
        if (column == 0)
            return key;
        if (m_hasLabel && column == 1)
            return o ? o->label : QString();
        if (column == resultColumn())
            return skipped ? QStringLiteral("– ") + BulkResultDialog::tr("Skipped") : resultText(*o);
        if (column == resultColumn() + 1)
            return skipped ? m_view.skippedReason : o->message;
        if (!m_view.extraCells || key.isEmpty())
            return {};
        return m_view.extraCells(key).value(column - 1 - (m_hasLabel ? 1 : 0));
    }

private:
    QString resultText(const BulkOutcome &o) const
    {
        const bool preview = m_mode == BulkResultDialog::Mode::Preview;
        switch (o.state) {
        case State::Applied:
            if (preview)
                return QStringLiteral("✔ ") + BulkResultDialog::tr("Will apply");
            return m_written ? QStringLiteral("✔ ") + BulkResultDialog::tr("Done")
                             : QStringLiteral("– ") + BulkResultDialog::tr("Not written");
        case State::Unchanged:
            return QStringLiteral("– ") + BulkResultDialog::tr("Unchanged");
        case State::Refused:
            return QStringLiteral("✖ ") +
                   (preview ? BulkResultDialog::tr("Cannot") : BulkResultDialog::tr("Not done"));
        case State::NotDone:
            return QStringLiteral("✖ ") + BulkResultDialog::tr("Not written");
        }
        return {};
    }

    BulkResultDialog::Mode m_mode;
    BulkView m_view;
    QList<BulkOutcome> m_outcomes;
    QStringList m_skipped;
    bool m_hasLabel;
    bool m_written; // Applied items were written (a report of a run that wrote)
    QList<int> m_rows;
};

QString counted(const BulkView &view, int n)
{
    return view.countText ? view.countText(n) : QString::number(n);
}

QString previewSummary(const BulkView &view, const BulkReport &report)
{
    const int applied = report.appliedCount();
    const int unchanged = report.unchangedCount();
    const int refused = report.refusedCount() + report.notDoneCount();
    const int total = int(report.outcomes.size());
    QString text;
    if (refused > 0 && view.allOrNothing)
        text = BulkResultDialog::tr("%1 cannot be applied (see why below).").arg(counted(view, refused)) +
               (view.blockedHint.isEmpty() ? QString() : QLatin1Char(' ') + view.blockedHint);
    else if (refused > 0)
        text = BulkResultDialog::tr("%1 of %2 can be processed; %3 cannot (see why below).")
                   .arg(applied)
                   .arg(counted(view, total))
                   .arg(refused);
    else if (applied == 0)
        text = BulkResultDialog::tr("Nothing needs to change: all %1 are already as asked.")
                   .arg(counted(view, total));
    else
        text = BulkResultDialog::tr("All %1 can be processed.").arg(counted(view, applied));
    if (unchanged > 0 && applied > 0)
        text += QLatin1Char(' ') +
                BulkResultDialog::tr("Already as asked, left as they are: %1.").arg(counted(view, unchanged));
    return text;
}

QString reportSummary(const BulkReport &report, int skipped)
{
    const int done = report.ok() || report.partlyDone ? report.appliedCount() : 0;
    const int unchanged = report.unchangedCount();
    const int refused = report.refusedCount();
    const int notWritten = int(report.outcomes.size()) - done - unchanged - refused;
    if (skipped > 0)
        return BulkResultDialog::tr("%1 processed, %2 refused, %3 skipped.")
            .arg(done)
            .arg(refused)
            .arg(skipped);
    if (unchanged > 0)
        return BulkResultDialog::tr("%1 processed, %2 unchanged, %3 not processed.")
            .arg(done)
            .arg(unchanged)
            .arg(refused + notWritten);
    return BulkResultDialog::tr("%1 processed, %2 not processed.").arg(done).arg(refused + notWritten);
}

} // namespace

BulkResultDialog::BulkResultDialog(Mode mode, const BulkView &view, const QString &intro,
                                   const BulkReport &report, QWidget *parent, const QStringList &skipped)
    : QDialog(parent)
{
    setObjectName(mode == Mode::Preview ? QStringLiteral("bulkPreviewDialog")
                                        : QStringLiteral("bulkReportDialog"));
    setWindowTitle(view.title);
    const int columns = 3 + (view.labelHeader.isEmpty() ? 0 : 1) + int(view.extraHeaders.size());
    resize(columns > 3 ? 900 : 680, 420);
    const int refused = report.refusedCount() + report.notDoneCount();
    if (mode == Mode::Preview && (!view.allOrNothing || refused == 0))
        m_applicable = report.appliedCount();

    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(this);
    label->setObjectName(QStringLiteral("summaryLabel"));
    label->setWordWrap(true);
    const QString summary =
        mode == Mode::Preview ? previewSummary(view, report) : reportSummary(report, int(skipped.size()));
    label->setText(intro.isEmpty() ? summary : intro + QStringLiteral("\n") + summary);
    layout->addWidget(label);

    auto *model = new OutcomeModel(mode, view, report, skipped, this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("outcomeTable"));
    m_table->setModel(model);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(0, 170);
    for (int c = 1; c < model->resultColumn(); ++c)
        m_table->setColumnWidth(c, c == 1 ? 200 : 90);
    m_table->setColumnWidth(model->resultColumn(), 100);
    layout->addWidget(m_table);

    if (refused > 0 && refused < report.outcomes.size()) {
        auto *only = new QCheckBox(tr("Show only the ones not done (%1)").arg(refused), this);
        only->setObjectName(QStringLiteral("onlyProblemsCheck"));
        connect(only, &QCheckBox::toggled, model, [model](bool on) { model->setOnlyProblems(on); });
        layout->addWidget(only);
    }

    auto *buttons = new QDialogButtonBox(this);
    // All or nothing, but the view may offer the applicable items alone: never the default button,
    // so Enter does not leave rows behind.
    const int applicableOnly = mode == Mode::Preview && view.allOrNothing && refused > 0 &&
                                       view.applyApplicableText
                                   ? report.appliedCount()
                                   : 0;
    if (refused > 0 && view.saveProblems && !view.saveProblemsText.isEmpty()) {
        QPushButton *save = buttons->addButton(view.saveProblemsText, QDialogButtonBox::ActionRole);
        save->setObjectName(QStringLiteral("saveProblemsButton"));
        save->setAutoDefault(false);
        connect(save, &QPushButton::clicked, this, [this, saver = view.saveProblems] { saver(this); });
    }
    if (m_applicable > 0) {
        QPushButton *apply = buttons->addButton(tr("Apply to %1").arg(counted(view, m_applicable)),
                                                QDialogButtonBox::AcceptRole);
        apply->setObjectName(QStringLiteral("applyButton"));
        apply->setDefault(true);
        buttons->addButton(QDialogButtonBox::Cancel);
    } else if (applicableOnly > 0) {
        QPushButton *apply =
            buttons->addButton(view.applyApplicableText(applicableOnly), QDialogButtonBox::ActionRole);
        apply->setObjectName(QStringLiteral("applyApplicableButton"));
        apply->setAutoDefault(false);
        connect(apply, &QPushButton::clicked, this, [this] {
            m_applicableOnly = true;
            accept();
        });
        buttons->addButton(QDialogButtonBox::Cancel)->setDefault(true);
    } else {
        buttons->addButton(QDialogButtonBox::Close);
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

} // namespace sd
