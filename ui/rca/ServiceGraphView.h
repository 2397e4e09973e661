#pragma once
// The service dependency graph of one fault period: Graphviz places the services (on the
// process's one layout thread), this view draws them, shaded darker the more suspicious, the
// labelled root cause outlined in red, edges with their calls and latency in tooltips. Wheel
// zooms, dragging the background pans, a click on a service selects it.
#include "ui/graph/GraphLayout.h"
#include "ui/jobs/JobTracker.h"

#include <QGraphicsView>
#include <QHash>
#include <QString>
#include <QVector>

#include <optional>

namespace tracemark {

class ServiceNodeItem;

class ServiceGraphView : public QGraphicsView {
    Q_OBJECT
public:
    struct Node {
        QString service;
        double score = 0;     // shown under the name
        double suspicion = 0; // 0..1: how dark the node is
        int rank = 0;         // 0: not ranked
    };
    struct Edge {
        QString caller;
        QString callee;
        qint64 calls = 0;
        double meanLatencyNs = 0;
        std::optional<double> meanCallGapNs;
    };

    explicit ServiceGraphView(QWidget* parent = nullptr);

    // Lays the graph out in the background and draws it when the layout arrives.
    void setGraph(QVector<Node> nodes, QVector<Edge> edges);
    // Shows a message instead of a graph.
    void showMessage(const QString& message);
    void setRootCauseService(const QString& service);
    void setSelectedService(const QString& service);
    QString selectedService() const { return selected_; }

    bool isLayoutPending() const { return pending_; }
    QString message() const { return message_; }
    QStringList services() const { return items_.keys(); }
    // The service's box in scene coordinates; empty when it is not drawn.
    QRectF nodeRect(const QString& service) const;
    // The text drawn in the service's box and whether it fits.
    QString nodeText(const QString& service) const;
    bool nodeTextFits(const QString& service) const;
    bool isOutlinedAsRootCause(const QString& service) const;
    double nodeSuspicion(const QString& service) const;
    int edgeCount() const { return edgeItems_; }
    QString edgeToolTip(const QString& caller, const QString& callee) const;

public Q_SLOTS:
    void zoomIn();
    void zoomOut();
    // Fits the whole graph, never enlarging beyond 100 %.
    void fitAll();

Q_SIGNALS:
    void serviceClicked(const QString& service);
    void layoutReady();

protected:
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;

private:
    void draw(const QVector<Node>& nodes, const QVector<Edge>& edges, const GraphLayoutResult& layout);
    void zoomBy(double factor);

    JobTracker layouts_;
    bool pending_ = false;
    QString message_;
    QString selected_;
    QString rootCause_;
    QHash<QString, ServiceNodeItem*> items_;
    QHash<QString, QString> edgeTips_; // "caller\ncallee" -> tooltip
    int edgeItems_ = 0;
};

} // namespace tracemark
