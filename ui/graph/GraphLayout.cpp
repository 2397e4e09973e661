#include "ui/graph/GraphLayout.h"

#include <QCoreApplication>

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <cmath>
#include <limits>
#include <string>

namespace tracemark {

namespace {

// Graphviz measures in points (1/72 in) and node sizes in inches; the scene in pixels at 72 dpi
// so that the numbers stay the same.
constexpr double kPointsPerInch = 72.0;

// cgraph's setters take char* (Graphviz 2.42); agsafeset declares the attribute on first use.
void setAttribute(void* object, const char* name, const std::string& value)
{
    agsafeset(object, const_cast<char*>(name), const_cast<char*>(value.c_str()), const_cast<char*>(""));
}

std::string number(double value)
{
    char text[32];
    std::snprintf(text, sizeof text, "%.4f", value);
    return text;
}

GVC_t* sharedContext()
{
    // One context for the process, created on first use by the layout thread and kept until exit
    // (freeing it from an exit handler on another thread would race Graphviz's plugins).
    static GVC_t* context = gvContext();
    return context;
}

} // namespace

GraphLayoutResult layoutGraph(const GraphLayoutRequest& request)
{
    GraphLayoutResult result;
    const int nodeCount = request.nodes.size();
    result.nodeCentres.resize(nodeCount);
    result.edgePaths.resize(request.edges.size());
    result.edgeArrowTips.fill(QPointF(std::nan(""), std::nan("")), request.edges.size());
    if (nodeCount == 0)
        return result;

    GVC_t* context = sharedContext();
    if (!context) {
        result.error = QCoreApplication::translate("GraphLayout", "Graphviz could not be initialised");
        return result;
    }
    char graphName[] = "g";
    Agraph_t* graph = agopen(graphName, Agdirected, nullptr);
    setAttribute(graph, "rankdir", request.leftToRight ? "LR" : "TB");
    setAttribute(graph, "nodesep", number(request.nodeSeparation / kPointsPerInch));
    setAttribute(graph, "ranksep", number(request.rankSeparation / kPointsPerInch));
    setAttribute(graph, "splines", "spline");

    std::vector<Agnode_t*> nodes(static_cast<std::size_t>(nodeCount));
    for (int i = 0; i < nodeCount; ++i) {
        const std::string name = "n" + std::to_string(i);
        Agnode_t* node = agnode(graph, const_cast<char*>(name.c_str()), 1);
        const QSizeF size = request.nodes[i].size;
        setAttribute(node, "shape", "box");
        setAttribute(node, "fixedsize", "true");
        setAttribute(node, "label", "");
        setAttribute(node, "width", number(std::max(size.width(), 1.0) / kPointsPerInch));
        setAttribute(node, "height", number(std::max(size.height(), 1.0) / kPointsPerInch));
        nodes[static_cast<std::size_t>(i)] = node;
    }
    std::vector<Agedge_t*> edges;
    edges.reserve(static_cast<std::size_t>(request.edges.size()));
    for (const GraphLayoutRequest::Edge& edge : request.edges) {
        if (edge.from < 0 || edge.from >= nodeCount || edge.to < 0 || edge.to >= nodeCount) {
            edges.push_back(nullptr);
            continue;
        }
        // A unique name per edge keeps parallel edges apart (cgraph would merge unnamed ones).
        const std::string name = "e" + std::to_string(edges.size());
        edges.push_back(agedge(graph, nodes[static_cast<std::size_t>(edge.from)],
                               nodes[static_cast<std::size_t>(edge.to)], const_cast<char*>(name.c_str()), 1));
    }

    if (gvLayout(context, graph, "dot") != 0) {
        agclose(graph);
        result.error = QCoreApplication::translate("GraphLayout", "Graphviz dot could not lay out the graph");
        return result;
    }

    // Graphviz's y axis points up; flip it around the bounding box so the first rank is on top.
    const boxf box = GD_bb(graph);
    const double top = box.UR.y;
    auto toScene = [top](pointf p) { return QPointF(p.x, top - p.y); };
    result.bounds = QRectF(QPointF(box.LL.x, 0), QPointF(box.UR.x, box.UR.y - box.LL.y));
    for (int i = 0; i < nodeCount; ++i)
        result.nodeCentres[i] = toScene(ND_coord(nodes[static_cast<std::size_t>(i)]));
    for (std::size_t e = 0; e < edges.size(); ++e) {
        Agedge_t* edge = edges[e];
        if (!edge || !ED_spl(edge) || ED_spl(edge)->size == 0)
            continue;
        const bezier& curve = ED_spl(edge)->list[0];
        QVector<QPointF>& path = result.edgePaths[static_cast<int>(e)];
        path.reserve(static_cast<int>(curve.size));
        for (int p = 0; p < curve.size; ++p)
            path.push_back(toScene(curve.list[p]));
        if (curve.eflag)
            result.edgeArrowTips[static_cast<int>(e)] = toScene(curve.ep);
    }
    gvFreeLayout(context, graph);
    agclose(graph);
    return result;
}

} // namespace tracemark
