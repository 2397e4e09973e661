#pragma once
// The "Open Recent" list, persisted in QSettings: newest first, at most kMaxEntries, no
// duplicates (paths compared after making them absolute), files that no longer exist dropped
// whenever the list is read.
#include <QString>
#include <QStringList>

namespace tracemark {

class RecentWorkspaces {
public:
    static constexpr int kMaxEntries = 10;

    // Uses the application's default QSettings (organization and application names).
    RecentWorkspaces() = default;

    // Existing files only; the stored list is pruned as a side effect.
    QStringList paths() const;
    // Moves (or inserts) the path to the front.
    void add(const QString& path);
    void remove(const QString& path);
    void clear();

private:
    static QStringList load();
    static void store(const QStringList& paths);
};

} // namespace tracemark
