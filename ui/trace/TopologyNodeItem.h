#pragma once
// One node of the topology graph: a box with the service (bold, red on error), the operation
// (elided to fit) and a detail line (duration, or count and mean for a grouped node). The box
// size is measured from the texts before layout, so Graphviz places boxes that never overlap and
// text that never clips.
#include <QColor>
#include <QFont>
#include <QGraphicsItem>
#include <QString>

namespace tracemark {

struct TopologyNodeLook {
    QString service;
    QString operation;
    QString detail;
    QColor serviceColor;
    bool error = false;
    bool critical = false;
    QString toolTip;
};

class TopologyNodeItem : public QGraphicsItem {
public:
    TopologyNodeItem(int node, TopologyNodeLook look, QSizeF size, const QFont& font);

    // The box needed for `look` in `font`: the texts elided to the width limit plus padding.
    static QSizeF measure(TopologyNodeLook& look, const QFont& font);

    int node() const { return node_; }
    void setSelectedNode(bool selected);
    bool isSelectedNode() const { return selected_; }
    const TopologyNodeLook& look() const { return look_; }

    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    int node_;
    TopologyNodeLook look_;
    QSizeF size_;
    QFont font_;
    bool selected_ = false;
};

} // namespace tracemark
