#pragma once
// The trace viewer the labeling page embeds: the topology on top, the waterfall timeline
// bottom-left, span details and reference statistics bottom-right, all showing one trace and one
// selected span. Everything is read on the WorkspaceWorker (never on the GUI thread); a load or
// a reference query overtaken by a newer one is dropped.
#include "ui/jobs/JobTracker.h"
#include "ui/trace/LoadedTrace.h"

#include <QHash>
#include <QWidget>

#include <cstdint>
#include <memory>
#include <vector>

class QLabel;
class QStackedWidget;
class QTabWidget;

namespace tracemark {

class ReferencePanel;
class SpanDetailPanel;
class TopologyView;
class WaterfallMinimap;
class WaterfallView;
class WorkspaceWorker;

class TraceViewer : public QWidget {
    Q_OBJECT
public:
    explicit TraceViewer(QWidget* parent = nullptr);
    ~TraceViewer() override;

    // Both must outlive their use here; nullptr detaches (and clears the viewer).
    void setWorkspace(Workspace* workspace, WorkspaceWorker* worker);
    // Loads the trace on the worker; an earlier load still running is dropped.
    void showTrace(std::int64_t traceKey);
    void clear();
    std::int64_t traceKey() const { return key_; } // the trace asked for (0 when none)

    // The loaded trace (nullptr before the first load finishes or after clear()).
    LoadedTracePtr trace() const { return trace_; }
    bool isLoading() const { return loading_; }
    QString errorText() const { return error_; }
    int selectedSpan() const { return selected_; }
    // Selects a span in every part (-1 clears) and emits spanSelected when it changed.
    void selectSpan(int spanIndex);

    TopologyView* topologyView() const { return topology_; }
    WaterfallView* waterfallView() const { return waterfall_; }
    WaterfallMinimap* minimap() const { return minimap_; }
    SpanDetailPanel* spanDetails() const { return details_; }
    ReferencePanel* referencePanel() const { return reference_; }
    QTabWidget* detailTabs() const { return tabs_; }
    QString headerText() const;

Q_SIGNALS:
    void traceLoaded(std::int64_t key);
    void spanSelected(int spanIndex);
    void loadFailed(const QString& message);
    void referenceShown(); // the Reference tab shows the statistics of the selected span

private:
    QWidget* makeTopologyPanel();
    QWidget* makeWaterfallPanel();
    void showLoaded(LoadedTracePtr trace);
    void requestReference();
    void showPage(QWidget* page, const QString& message = {});

    WorkspaceWorker* worker_ = nullptr;
    JobTracker loads_;
    JobTracker references_;
    std::int64_t key_ = 0;
    LoadedTracePtr trace_;
    int selected_ = -1;
    bool loading_ = false;
    QString error_;
    // Durations per call path already read: clicking around one trace does not rescan.
    QHash<quint64, std::shared_ptr<const std::vector<std::int64_t>>> durationCache_;

    QStackedWidget* stack_;
    QLabel* message_;
    QWidget* content_;
    QLabel* header_;
    QLabel* grouping_;
    TopologyView* topology_;
    WaterfallView* waterfall_;
    WaterfallMinimap* minimap_;
    QTabWidget* tabs_;
    SpanDetailPanel* details_;
    ReferencePanel* reference_;
};

} // namespace tracemark
