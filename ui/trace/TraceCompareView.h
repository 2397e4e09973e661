#pragma once
// Two traces side by side: both waterfalls (spans on call paths the other trace lacks are
// tinted), a summary line, and a table of call paths with span counts and mean durations in A
// and B, the difference, and the call paths present in only one trace. The largest change is
// highlighted. Both traces are read on the WorkspaceWorker; an older comparison is dropped.
#include "ui/jobs/JobTracker.h"
#include "ui/trace/LoadedTrace.h"
#include "ui/trace/TraceComparison.h"

#include <QWidget>

#include <cstdint>
#include <memory>
#include <optional>

class QLabel;
class QTableWidget;

namespace tracemark {

class WaterfallView;
class WorkspaceWorker;

class TraceCompareView : public QWidget {
    Q_OBJECT
public:
    explicit TraceCompareView(QWidget* parent = nullptr);
    ~TraceCompareView() override;

    // Both must outlive their use here; nullptr detaches.
    void setWorkspace(Workspace* workspace, WorkspaceWorker* worker);
    void compare(std::int64_t traceKeyA, std::int64_t traceKeyB);
    void clear();

    std::int64_t traceKeyA() const { return keyA_; }
    std::int64_t traceKeyB() const { return keyB_; }
    bool isLoading() const { return loading_; }
    // The comparison shown (nullptr before one finished).
    const TraceComparison* comparison() const { return comparison_ ? &*comparison_ : nullptr; }
    QTableWidget* table() const { return table_; }
    WaterfallView* waterfallA() const { return waterfallA_; }
    WaterfallView* waterfallB() const { return waterfallB_; }
    QString summaryText() const;

    // Table columns.
    enum Column { CallColumn, SpansAColumn, SpansBColumn, MeanAColumn, MeanBColumn, DeltaColumn, PathColumn, ColumnCount };

Q_SIGNALS:
    void comparisonReady();
    void loadFailed(const QString& message);

private:
    struct Pair {
        LoadedTracePtr a;
        LoadedTracePtr b;
    };
    void showPair(const Pair& pair);
    void fillTable();

    WorkspaceWorker* worker_ = nullptr;
    JobTracker loads_;
    std::int64_t keyA_ = 0;
    std::int64_t keyB_ = 0;
    bool loading_ = false;
    Pair pair_;
    std::optional<TraceComparison> comparison_;
    QLabel* titleA_;
    QLabel* titleB_;
    QLabel* summary_;
    WaterfallView* waterfallA_;
    WaterfallView* waterfallB_;
    QTableWidget* table_;
};

} // namespace tracemark
