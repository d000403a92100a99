#include "ui/common/bulk_flow.h"

#include "ui/common/busy_wait.h"

#include <QApplication>
#include <QCoreApplication>
#include <QEventLoop>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSet>
#include <QTimer>

namespace sd {

namespace {

// A modal progress dialog that follows the service between its stages. The run stays on the GUI
// thread; the window repaints and Cancel is read whenever the service reports and during the pause
// between two stages, which waits in an event loop instead of sleeping.
class ProgressShown
{
public:
    ProgressShown(QWidget *parent, const BulkFlowSpec &spec) : m_dialog(parent)
    {
        m_dialog.setObjectName(QStringLiteral("bulkProgressDialog"));
        m_dialog.setWindowTitle(spec.view.title);
        m_dialog.setWindowModality(Qt::WindowModal);
        m_dialog.setAutoClose(false);
        m_dialog.setAutoReset(false);
        m_dialog.setMinimumDuration(spec.progressAfterMs);
        m_dialog.setCancelButtonText(QCoreApplication::translate("sd::BulkFlow", "Cancel"));
        m_dialog.setRange(0, 0);
        m_dialog.setValue(0);
        QApplication::setOverrideCursor(Qt::WaitCursor);
    }
    ~ProgressShown()
    {
        QApplication::restoreOverrideCursor();
        m_dialog.close();
    }

    BulkControl control()
    {
        BulkControl c;
        c.progress = [this](const BulkProgress &p) {
            const bool checking = p.phase == BulkProgress::Phase::Checking;
            m_dialog.setLabelText((checking
                                       ? QCoreApplication::translate("sd::BulkFlow", "Checking %1 of %2…")
                                       : QCoreApplication::translate("sd::BulkFlow", "Applying %1 of %2…"))
                                      .arg(p.done)
                                      .arg(p.total));
            m_dialog.setMaximum(int(p.total));
            m_dialog.setValue(int(p.done));
            return !m_dialog.wasCanceled();
        };
        c.pause = [this](int ms) { pauseWithoutInput(ms, &m_dialog); };
        return c;
    }

private:
    QProgressDialog m_dialog;
};

BulkReport ask(QWidget *parent, const BulkFlowSpec &spec, const QStringList &keys, bool dryRun)
{
    ProgressShown progress(parent, spec);
    return spec.run(keys, dryRun, progress.control());
}

} // namespace

void showBulkReport(QWidget *parent, const BulkView &view, const QString &intro, const BulkReport &report,
                    const QStringList &skipped)
{
    BulkResultDialog(BulkResultDialog::Mode::Report, view, intro, report, parent, skipped).exec();
}

BulkFlowResult runBulkFlow(QWidget *parent, const BulkFlowSpec &spec)
{
    const QString &title = spec.view.title;
    BulkFlowResult out;
    if (spec.keys.size() == 1) {
        if (!spec.warning.isEmpty() &&
            QMessageBox::question(parent, title, spec.warning, QMessageBox::Yes | QMessageBox::Cancel,
                                  QMessageBox::Cancel) != QMessageBox::Yes)
            return out;
        out.report = spec.run(spec.keys, false, {});
        out.written = out.report.anyWritten();
        if (!out.report.ok())
            QMessageBox::warning(parent, title, out.report.result.message);
        return out;
    }

    const BulkReport preview = ask(parent, spec, spec.keys, true);
    out.report = preview;
    if (preview.cancelled)
        return out;
    // Refused as a whole, or one problem (an unreadable file, a missing column): no table needed.
    if (!preview.ok() && preview.outcomes.size() <= 1) {
        QMessageBox::warning(parent, title, preview.result.message);
        return out;
    }
    BulkResultDialog dialog(BulkResultDialog::Mode::Preview, spec.view,
                            spec.warning.isEmpty() ? spec.intro
                            : spec.intro.isEmpty() ? spec.warning
                                                   : spec.intro + QLatin1Char('\n') + spec.warning,
                            preview, parent);
    if (dialog.exec() != QDialog::Accepted)
        return out;
    if (dialog.applicableOnlyChosen()) {
        if (!spec.runApplicable)
            return out;
        {
            ProgressShown progress(parent, spec);
            out.report = spec.runApplicable(progress.control());
        }
        out.written = out.report.anyWritten();
        // What was left is the point of this report: it is always shown.
        showBulkReport(parent, spec.view, out.report.ok() ? QString() : out.report.result.message,
                       out.report);
        return out;
    }
    if (dialog.applicableCount() == 0)
        return out;

    const QStringList accepted = preview.acceptedKeys();
    BulkReport applied = ask(parent, spec, accepted, false);
    // The items the preview refused were not asked again: they belong in the report too.
    if (!spec.view.allOrNothing) {
        const QSet<QString> asked(accepted.cbegin(), accepted.cend());
        for (const BulkOutcome &o : preview.outcomes) {
            if (!asked.contains(o.key))
                applied.outcomes.append(o);
        }
    }
    out.report = applied;
    out.written = applied.anyWritten();
    if (!applied.ok() || spec.reportOnSuccess)
        showBulkReport(parent, spec.view, applied.ok() ? QString() : applied.result.message, applied);
    return out;
}

} // namespace sd
