// The operator's actions on the labeling page: judging the current trace, moving through the
// queue, undo and redo, the keyboard shortcuts and comparisons.
#include "ui/labeling/LabelingPage.h"

#include "ui/AppSettings.h"
#include "ui/Formatting.h"
#include "ui/jobs/WorkspaceWorker.h"
#include "ui/labeling/LabelColors.h"
#include "ui/labeling/LabelQueueFilter.h"
#include "ui/labeling/LabelQueueModel.h"
#include "ui/labeling/LabelWriter.h"
#include "ui/labeling/ShortcutsOverlay.h"
#include "ui/trace/TraceViewer.h"

#include <QCheckBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>

namespace tracemark {

void LabelingPage::createShortcuts()
{
    auto add = [this](const QKeySequence& keys, auto slot) {
        auto* shortcut = new QShortcut(keys, this);
        // Only while the page (or a child that does not want the key, e.g. not a search box) has focus.
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, slot);
    };
    add(QKeySequence(Qt::Key_N), [this] { labelCurrent(TraceLabel::Normal); });
    add(QKeySequence(Qt::Key_A), [this] { labelCurrent(TraceLabel::Abnormal); });
    add(QKeySequence(Qt::Key_S), [this] { skipCurrent(); });
    add(QKeySequence(Qt::Key_J), [this] { moveBy(1); });
    add(QKeySequence(Qt::Key_K), [this] { moveBy(-1); });
    add(QKeySequence(Qt::Key_Z), [this] { undo(); });
    add(QKeySequence(Qt::SHIFT | Qt::Key_Z), [this] { redo(); });
    add(QKeySequence(Qt::Key_C), [this] { compareWithRepresentative(); });
    add(QKeySequence(QStringLiteral("?")), [this] { showShortcuts(); });
    add(QKeySequence(Qt::SHIFT | Qt::Key_Question), [this] { showShortcuts(); });
    add(QKeySequence(Qt::Key_Slash), [this] {
        search_->setFocus();
        search_->selectAll();
    });

    autoAdvance_->setChecked(autoAdvance());
    auto* menu = new QMenu(compareButton_);
    menu->addAction(tr("With its cluster's representative  (C)"), this, &LabelingPage::compareWithRepresentative);
    menu->addAction(tr("With the pinned trace"), this, &LabelingPage::comparePinned);
    menu->addSeparator();
    menu->addAction(tr("Pin this trace for comparison"), this, [this] {
        pinnedKey_ = currentKey();
        updateActions();
    });
    compareButton_->setMenu(menu);
}

bool LabelingPage::autoAdvance() const
{
    return AppSettings::autoAdvance();
}

void LabelingPage::setAutoAdvance(bool on)
{
    AppSettings::setAutoAdvance(on);
    if (autoAdvance_->isChecked() != on)
        autoAdvance_->setChecked(on);
}

QString LabelingPage::author() const
{
    return AppSettings::author();
}

std::int64_t LabelingPage::currentKey() const
{
    const QModelIndex current = view_->currentIndex();
    return current.isValid() ? current.data(LabelQueueModel::KeyRole).toLongLong() : 0;
}

int LabelingPage::filteredRowOfKey(std::int64_t key) const
{
    const int sourceRow = model_->rowOfKey(key);
    if (sourceRow < 0)
        return -1;
    return filter_->mapFromSource(model_->index(sourceRow, 0)).row();
}

bool LabelingPage::selectKey(std::int64_t key)
{
    const int row = key ? filteredRowOfKey(key) : -1;
    if (row < 0)
        return false;
    view_->setCurrentIndex(filter_->index(row, 0));
    view_->scrollTo(filter_->index(row, 0));
    return true;
}

void LabelingPage::moveBy(int rows)
{
    const int count = filter_->rowCount();
    if (count == 0)
        return;
    const int current = view_->currentIndex().isValid() ? view_->currentIndex().row() : -1;
    const int next = std::clamp(current + rows, 0, count - 1);
    view_->setCurrentIndex(filter_->index(next, 0));
}

void LabelingPage::labelCurrent(TraceLabel label)
{
    const std::int64_t key = currentKey();
    const QueueEntry* entry = model_->entryOfKey(key);
    if (!entry || !workspace_)
        return;
    const LabelState after{label, LabelSource::Human, 1.0};
    if (entry->label == after) {
        advanceAfterLabel();
        return;
    }
    history_.record({key, entry->label, after});
    applyLabel(key, after);
    advanceAfterLabel();
}

void LabelingPage::skipCurrent()
{
    moveBy(1);
}

void LabelingPage::advanceAfterLabel()
{
    if (!autoAdvance())
        return;
    // The next row below that a person has not judged yet; stay put when there is none.
    const int count = filter_->rowCount();
    for (int row = view_->currentIndex().row() + 1; row < count; ++row) {
        const std::int64_t key = filter_->index(row, 0).data(LabelQueueModel::KeyRole).toLongLong();
        const QueueEntry* entry = model_->entryOfKey(key);
        if (entry && (entry->label.label == TraceLabel::Unlabeled || entry->label.source != LabelSource::Human)) {
            view_->setCurrentIndex(filter_->index(row, 0));
            return;
        }
    }
}

void LabelingPage::undo()
{
    if (const auto change = history_.undo()) {
        applyLabel(change->traceKey, change->before);
        selectKey(change->traceKey);
    }
}

void LabelingPage::redo()
{
    if (const auto change = history_.redo()) {
        applyLabel(change->traceKey, change->after);
        selectKey(change->traceKey);
    }
}

void LabelingPage::applyLabel(std::int64_t key, const LabelState& state)
{
    model_->setLabel(key, state, true);
    const std::string who = state.source == LabelSource::Human ? author().toStdString() : std::string("tracemark");
    writer_->write(key, state, who, [this, key, state](const QString& error) {
        if (!error.isEmpty()) {
            // Show what the store really holds: the row must never claim a label that was not saved.
            lastJobMessage_ = tr("The label was not saved: %1").arg(error);
            clusterInfo_->setText(lastJobMessage_);
            reload();
            return;
        }
        if (const QueueEntry* entry = model_->entryOfKey(key); entry && entry->label == state)
            model_->setSaved(key);
        refreshCounts();
        Q_EMIT labelsChanged();
    });
    // The cluster table follows when the write is confirmed (refreshCounts): rebuilding it on
    // every key press would cost the UI thread a table of k rows each time.
    updateCounts();
    updateCurrent();
    updateActions();
}

void LabelingPage::showShortcuts()
{
    if (overlay_->isVisible()) {
        overlay_->hide();
        view_->setFocus();
        return;
    }
    overlay_->popUp();
}

void LabelingPage::updateCurrent()
{
    const std::int64_t key = currentKey();
    const QueueEntry* entry = model_->entryOfKey(key);
    if (!entry) {
        currentTitle_->setText(workspace_ ? tr("No trace selected") : QString());
        clusterInfo_->clear();
        if (viewer_->traceKey() != 0)
            viewer_->clear();
        updateActions();
        return;
    }
    // The viewer's header names the trace; this line says what the operator needs to decide.
    currentTitle_->setText(tr("Label: %1").arg(labelDisplayText(entry->label)));
    QPalette palette = currentTitle_->palette();
    palette.setColor(QPalette::WindowText, labelTextColor(entry->label, this->palette().color(QPalette::WindowText)));
    currentTitle_->setPalette(palette);
    QString cluster;
    for (const ClusterInfo& info : snapshot_.clusters) {
        if (info.cluster != entry->cluster)
            continue;
        const std::int64_t unlabeled = info.size - info.normal - info.abnormal;
        cluster = tr("Cluster %1: %2 traces, %3 judged by a person; labels %4 normal, %5 abnormal, %6 unlabeled.")
                      .arg(info.cluster)
                      .arg(formatCount(info.size), formatCount(info.humanLabeled), formatCount(info.normal),
                           formatCount(info.abnormal), formatCount(unlabeled));
    }
    if (cluster.isEmpty())
        cluster = tr("Not in a cluster of the current selection.");
    if (!entry->reason.isEmpty())
        cluster += QLatin1Char(' ') + tr("Suggested because: %1").arg(entry->reason);
    clusterInfo_->setText(cluster);
    if (viewer_->traceKey() != key)
        viewer_->showTrace(key);
    updateActions();
}

void LabelingPage::updateActions()
{
    const bool hasCurrent = model_->entryOfKey(currentKey()) != nullptr;
    const bool jobRunning = job_ && job_->isRunning();
    normalButton_->setEnabled(hasCurrent);
    abnormalButton_->setEnabled(hasCurrent);
    skipButton_->setEnabled(hasCurrent);
    compareButton_->setEnabled(hasCurrent);
    undoButton_->setEnabled(history_.canUndo());
    redoButton_->setEnabled(history_.canRedo());
    const bool canRun = workspace_ && !jobRunning;
    const bool hasSelection = snapshot_.selection.has_value();
    selectButton_->setEnabled(canRun);
    embedButton_->setEnabled(canRun);
    propagateButton_->setEnabled(canRun && hasSelection && snapshot_.counts.human > 0);
    suggestButton_->setEnabled(canRun && hasSelection && snapshot_.counts.human > 0);
    const QString needLabels = tr("Label at least one representative first");
    propagateButton_->setToolTip(propagateButton_->isEnabled()
                                     ? tr("Give every other trace the label of its nearest labelled neighbours")
                                     : needLabels);
    suggestButton_->setToolTip(suggestButton_->isEnabled()
                                   ? tr("Add the traces whose propagated label is most doubtful to the queue")
                                   : needLabels);
}

} // namespace tracemark
