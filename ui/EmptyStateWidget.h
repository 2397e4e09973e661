#pragma once
// What the main window shows while no workspace is open: the icon, one sentence saying what to
// do, buttons for the two ways in, and the most recent workspaces one click away.
#include <QStringList>
#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace tracemark {

class EmptyStateWidget : public QWidget {
    Q_OBJECT
public:
    explicit EmptyStateWidget(QWidget* parent = nullptr);
    void setRecentWorkspaces(const QStringList& paths);
    QString message() const;

Q_SIGNALS:
    void newWorkspaceRequested();
    void openWorkspaceRequested();
    void recentWorkspaceRequested(const QString& path);

private:
    QLabel* message_;
    QLabel* recentTitle_;
    QVBoxLayout* recentList_;
};

} // namespace tracemark
