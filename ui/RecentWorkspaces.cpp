#include "ui/RecentWorkspaces.h"

#include <QFileInfo>
#include <QSettings>

namespace tracemark {

namespace {

const QString kSettingsKey = QStringLiteral("recentWorkspaces");

QString normalized(const QString& path)
{
    return QFileInfo(path).absoluteFilePath();
}

} // namespace

QStringList RecentWorkspaces::load()
{
    return QSettings().value(kSettingsKey).toStringList();
}

void RecentWorkspaces::store(const QStringList& paths)
{
    QSettings settings;
    if (paths.isEmpty())
        settings.remove(kSettingsKey);
    else
        settings.setValue(kSettingsKey, paths);
}

QStringList RecentWorkspaces::paths() const
{
    const QStringList stored = load();
    QStringList existing;
    for (const QString& path : stored) {
        if (QFileInfo(path).isFile() && !existing.contains(path))
            existing.append(path);
    }
    if (existing != stored)
        store(existing);
    return existing;
}

void RecentWorkspaces::add(const QString& path)
{
    const QString entry = normalized(path);
    QStringList paths = load();
    paths.removeAll(entry);
    paths.prepend(entry);
    while (paths.size() > kMaxEntries)
        paths.removeLast();
    store(paths);
}

void RecentWorkspaces::remove(const QString& path)
{
    QStringList paths = load();
    if (paths.removeAll(normalized(path)) > 0)
        store(paths);
}

void RecentWorkspaces::clear()
{
    store({});
}

} // namespace tracemark
