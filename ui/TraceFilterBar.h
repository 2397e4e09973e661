#pragma once
// The row of filters above the trace table: search text (debounced), service, operation (the
// list follows the chosen service), errors only, minimum duration. It emits filterChanged()
// once per effective change; typing is debounced so a fresh query runs only when the user pauses.
#include "core/store/Workspace.h"

#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QToolButton;

namespace tracemark {

class TraceFilterBar : public QWidget {
    Q_OBJECT
public:
    static constexpr int kDebounceMs = 250;

    explicit TraceFilterBar(QWidget* parent = nullptr);

    // Fills the service and operation lists from the workspace (nullptr empties them) and clears
    // the filters without emitting filterChanged().
    void setWorkspace(Workspace* workspace);
    // Re-reads the service and operation lists, keeping the current choices when they still exist.
    void reloadChoices();
    TraceFilter filter() const;
    // Clears every filter; emits filterChanged() once if anything changed.
    void clearFilters();
    void focusSearch();

    QLineEdit* searchEdit() const { return search_; }
    QComboBox* serviceCombo() const { return service_; }
    QComboBox* operationCombo() const { return operation_; }
    QCheckBox* errorsOnlyCheck() const { return errorsOnly_; }
    QDoubleSpinBox* minDurationSpin() const { return minDuration_; }

Q_SIGNALS:
    void filterChanged();

private:
    void fillServices(const QString& keep);
    void fillOperations(const QString& keep);
    void onServiceChanged();
    void emitIfChanged();

    Workspace* workspace_ = nullptr;
    QLineEdit* search_;
    QComboBox* service_;
    QComboBox* operation_;
    QCheckBox* errorsOnly_;
    QDoubleSpinBox* minDuration_;
    QToolButton* reset_;
    QTimer debounce_;
    TraceFilter lastEmitted_;
    bool quiet_ = false; // set while the widgets are changed programmatically
};

bool sameFilter(const TraceFilter& a, const TraceFilter& b);

} // namespace tracemark
