#pragma once
#include "core/common/bulk_report.h"
#include "ui/common/bulk_result_dialog.h"

#include <QStringList>
#include <functional>

class QWidget;

namespace sd {

// The one preview-then-apply flow of every bulk action and import (the service does the work; this
// only asks it and shows the answers):
// 1. one item (a single selected order) is applied directly, after `warning` when there is one;
// 2. otherwise the run is asked as a dry run and its outcome per item is previewed; a refusal as a
//    whole (no permission, an unreadable file) or a single problem is a plain message instead;
// 3. on "apply", the run is asked for the items that can take it (all of them, or nothing, for an
//    all-or-nothing view), and the report is shown per item when asked for or when not all was done
//    (a partly done staged run says exactly which items were written). An all-or-nothing view may
//    also offer to apply the applicable items alone (BulkView::applyApplicableText, runApplicable).
// Big runs show a progress dialog with cancel; the service checks it between its stages.
struct BulkFlowSpec
{
    BulkView view;
    // The items, as the service's keys; empty when only the run knows them (the rows of a file).
    QStringList keys;
    QString intro;   // above the preview's summary (the file's name)
    QString warning; // asked before applying (an irreversible action); empty: not asked
    // The service call: `keys` are the spec's keys for the preview and the accepted ones for the
    // apply (a file's run applies itself whole and ignores them).
    std::function<BulkReport(const QStringList &keys, bool dryRun, const BulkControl &control)> run;
    // With BulkView::applyApplicableText: the service call that applies what can be applied and
    // leaves the rest (its report is partlyDone when some were left).
    std::function<BulkReport(const BulkControl &control)> runApplicable;
    bool reportOnSuccess = true; // show the per-item report after everything was applied
    // Tests set 0 so the progress dialog shows at the first stage.
    int progressAfterMs = 400;
};

struct BulkFlowResult
{
    bool written = false; // something was written: refresh the views
    // The apply's report (with the preview's refusals of the items not applied), or the preview's
    // when nothing was applied.
    BulkReport report;
};

BulkFlowResult runBulkFlow(QWidget *parent, const BulkFlowSpec &spec);

// The per-item report of a run done elsewhere (the 송장 입력 dialog's own submit).
void showBulkReport(QWidget *parent, const BulkView &view, const QString &intro, const BulkReport &report,
                    const QStringList &skipped = {});

} // namespace sd
