#pragma once
// Help ▸ About Tracemark and Help ▸ Keyboard Shortcuts.
#include <QList>
#include <QString>

class QAction;
class QWidget;

namespace tracemark {

QString aboutText();
void showAboutDialog(QWidget* parent);

// An HTML table of every action that has a shortcut (taken from the menus, so it cannot go out
// of date) followed by the keys the trace table and the dialogs understand.
QString shortcutsHtml(const QList<QAction*>& actions);
void showShortcutsDialog(QWidget* parent, const QList<QAction*>& actions);

} // namespace tracemark
