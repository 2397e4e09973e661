// Comparing the selected trace with its cluster's representative or with a pinned trace, side by
// side in a dialog (TraceCompareView), so the operator sees what makes a trace differ.
#include "ui/labeling/LabelingPage.h"

#include "ui/labeling/LabelQueueModel.h"
#include "ui/trace/TraceCompareView.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

namespace tracemark {

namespace {

void showComparison(QWidget* parent, Workspace* workspace, WorkspaceWorker* worker, std::int64_t a, std::int64_t b,
                    const QString& title)
{
    auto* dialog = new QDialog(parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(title);
    auto* layout = new QVBoxLayout(dialog);
    auto* view = new TraceCompareView(dialog);
    view->setWorkspace(workspace, worker);
    view->compare(a, b);
    layout->addWidget(view, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog->resize(parent->window()->size() * 0.8);
    dialog->show();
}

} // namespace

void LabelingPage::compareWithRepresentative()
{
    const QueueEntry* entry = model_->entryOfKey(currentKey());
    if (!entry)
        return;
    for (const ClusterInfo& cluster : snapshot_.clusters) {
        if (cluster.cluster != entry->cluster)
            continue;
        if (cluster.representativeKey == entry->key) {
            clusterInfo_->setText(tr("This trace is its cluster's representative; pin another trace to compare."));
            return;
        }
        showComparison(this, workspace_, worker_, cluster.representativeKey, entry->key,
                       tr("Representative of cluster %1 vs. trace %2").arg(cluster.cluster).arg(entry->traceId));
        return;
    }
    clusterInfo_->setText(tr("This trace is in no cluster; pin another trace to compare with."));
}

void LabelingPage::comparePinned()
{
    const QueueEntry* entry = model_->entryOfKey(currentKey());
    if (!entry)
        return;
    if (pinnedKey_ == 0 || pinnedKey_ == entry->key) {
        clusterInfo_->setText(tr("Pin a trace first (Compare… → Pin this trace), then select another one."));
        return;
    }
    showComparison(this, workspace_, worker_, pinnedKey_, entry->key, tr("Pinned trace vs. trace %1").arg(entry->traceId));
}

} // namespace tracemark
