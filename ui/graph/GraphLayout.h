#pragma once
// Graph layout as plain data: the caller describes nodes (with the size their label needs) and
// directed edges, Graphviz `dot` places them, and the result comes back as points in scene
// coordinates (y grows downwards, as in a QGraphicsScene). No Graphviz type leaves the .cpp.
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QVector>

namespace tracemark {

struct GraphLayoutRequest {
    struct Node {
        QSizeF size; // in scene units (pixels); Graphviz works in points, the conversion is internal
    };
    struct Edge {
        int from = 0; // node indices
        int to = 0;
    };
    QVector<Node> nodes;
    QVector<Edge> edges;
    bool leftToRight = false; // rankdir=LR instead of top to bottom
    double nodeSeparation = 18; // pixels between neighbours of one rank
    double rankSeparation = 36; // pixels between ranks
};

struct GraphLayoutResult {
    QVector<QPointF> nodeCentres;      // one per request node
    QVector<QVector<QPointF>> edgePaths; // per request edge: cubic Bezier control points
                                         // (p0, c1, c2, p1, c1, c2, p2, ...); may be empty
    QVector<QPointF> edgeArrowTips;      // per request edge: where the arrow head points (or NaN)
    QRectF bounds;                       // of every node and edge
    QString error;                       // non-empty when Graphviz failed (nothing else is valid)
};

// Runs `dot` on the calling thread. Graphviz keeps global state and is not thread-safe: call it
// from one thread only (GraphLayoutWorker does). Never throws.
GraphLayoutResult layoutGraph(const GraphLayoutRequest& request);

} // namespace tracemark
