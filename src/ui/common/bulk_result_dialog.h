#pragma once
#include "core/common/bulk_report.h"

#include <QDialog>
#include <QStringList>
#include <functional>

class QTableView;

namespace sd {

// How a bulk flow names its items on screen: the preview, the progress and the report.
struct BulkView
{
    QString title;
    QString keyHeader;   // the key's column: "Product order no."
    QString labelHeader; // the outcome label's column ("Product", "Row"); empty: no such column
    // Further columns about an item, from what the calling view shows of it (masked per role there).
    QStringList extraHeaders;
    std::function<QStringList(const QString &key)> extraCells;
    // "%n orders", "%n rows": the counted noun of the summaries and the apply button.
    std::function<QString(int n)> countText;
    // Apply only when every item can take it (a file is applied whole or not at all).
    bool allOrNothing = false;
    QString blockedHint;   // all or nothing, some refused: what to do ("correct the file")
    QString skippedReason; // why the report's skipped items were left out ("no tracking number")
    // All or nothing, some refused and some applicable: the preview may still offer to apply the
    // applicable ones and leave the others (a dispatch upload, as the marketplaces do). The button's
    // text for n items; unset: not offered. The flow then calls BulkFlowSpec::runApplicable.
    std::function<QString(int n)> applyApplicableText;
    // A button of the preview and the report that saves the items not done ("Save the rows with
    // errors…": the result file of an upload), shown when some were refused; unset: none. The dialog
    // stays open.
    QString saveProblemsText;
    std::function<void(QWidget *dialog)> saveProblems;
};

// One outcome per line of a bulk run, as a preview (what will happen, why not, then "apply to the N
// that can") or as the report after it ran (written, unchanged, refused, not written when a staged
// run stopped). The table is a model over the report, so a 100,000-row file shows as fast as ten
// rows; "only the problems" narrows it to the refused and not written ones.
class BulkResultDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { Preview, Report };
    // `skipped`: items the caller left out on purpose (a blank tracking number), listed last.
    BulkResultDialog(Mode mode, const BulkView &view, const QString &intro, const BulkReport &report,
                     QWidget *parent = nullptr, const QStringList &skipped = {});

    // Items the preview's apply button applies (0: no apply button).
    int applicableCount() const { return m_applicable; }
    // The preview was accepted with the button that applies the applicable items only
    // (BulkView::applyApplicableText).
    bool applicableOnlyChosen() const { return m_applicableOnly; }
    QTableView *table() const { return m_table; }

private:
    int m_applicable = 0;
    bool m_applicableOnly = false;
    QTableView *m_table = nullptr;
};

} // namespace sd
