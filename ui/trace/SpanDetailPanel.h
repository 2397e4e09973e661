#pragma once
// The "Span" tab: what one span is (service, operation, instance, kind, status and code, ids,
// start offset, duration, self time, call path), its decoded attributes, and the logs joined to
// it; or, with "All logs of the trace" ticked, every log line of the trace.
#include "ui/trace/LoadedTrace.h"

#include <QWidget>

class QCheckBox;
class QFormLayout;
class QLabel;
class QTableWidget;

namespace tracemark {

class SpanDetailPanel : public QWidget {
    Q_OBJECT
public:
    explicit SpanDetailPanel(QWidget* parent = nullptr);

    void setTrace(LoadedTracePtr trace);
    void showSpan(int span); // -1: nothing selected
    int span() const { return span_; }

    // For tests: the value shown for a field ("Service", "Duration", ...), attributes and logs.
    QString fieldText(const QString& field) const;
    QTableWidget* attributesTable() const { return attributes_; }
    QTableWidget* logsTable() const { return logs_; }
    QCheckBox* allLogsBox() const { return allLogs_; }

private:
    void addField(const QString& name);
    void fillLogs();

    LoadedTracePtr trace_;
    int span_ = -1;
    QLabel* placeholder_;
    QWidget* content_;
    QFormLayout* form_;
    QStringList fieldNames_;
    std::vector<QLabel*> fieldValues_;
    QTableWidget* attributes_;
    QLabel* logsTitle_;
    QCheckBox* allLogs_;
    QTableWidget* logs_;
};

} // namespace tracemark
