#include "ui/HelpDialogs.h"

#include "ui/AppIcon.h"

#include <QAction>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QKeySequence>
#include <QMessageBox>
#include <QRegularExpression>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace tracemark {

namespace {

struct HelpDialogs {
    Q_DECLARE_TR_FUNCTIONS(HelpDialogs)
};

QString row(const QString& keys, const QString& what)
{
    return QStringLiteral("<tr><td style='padding:2px 16px 2px 0'><b>%1</b></td><td>%2</td></tr>")
        .arg(keys.toHtmlEscaped(), what.toHtmlEscaped());
}

QString plainActionText(const QAction* action)
{
    QString text = action->text();
    text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    if (text.endsWith(QStringLiteral("…")))
        text.chop(1);
    return text;
}

} // namespace

QString aboutText()
{
    return HelpDialogs::tr(
        "<h3>Tracemark %1</h3>"
        "<p>A workbench that turns distributed traces, logs and KPIs into a labelled dataset: "
        "import, browse, label, find root causes and export for training.</p>"
        "<p>Built with Qt %2, running on Qt %3. The workbench window does not load LibTorch; "
        "model training and evaluation run in <tt>tracemark-cli</tt>.</p>")
        .arg(QStringLiteral(TRACEMARK_VERSION), QStringLiteral(QT_VERSION_STR),
            QString::fromLatin1(qVersion()));
}

void showAboutDialog(QWidget* parent)
{
    QMessageBox box(parent);
    box.setWindowTitle(HelpDialogs::tr("About Tracemark"));
    box.setIconPixmap(paintAppIcon(64, box.devicePixelRatioF()));
    box.setTextFormat(Qt::RichText);
    box.setText(aboutText());
    box.setStandardButtons(QMessageBox::Close);
    box.exec();
}

QString shortcutsHtml(const QList<QAction*>& actions)
{
    QString html = QStringLiteral("<table>");
    for (const QAction* action : actions) {
        if (action->shortcut().isEmpty() || action->isSeparator())
            continue;
        html += row(action->shortcut().toString(QKeySequence::NativeText), plainActionText(action));
    }
    html += QStringLiteral("</table><h4>%1</h4><table>")
                .arg(HelpDialogs::tr("In the trace table").toHtmlEscaped());
    html += row(HelpDialogs::tr("Up, Down, Page Up, Page Down"),
        HelpDialogs::tr("Move through the traces; more load as you go"));
    html += row(HelpDialogs::tr("Ctrl+Home, Ctrl+End"), HelpDialogs::tr("First trace, last loaded trace"));
    html += row(HelpDialogs::tr("Enter in the search field"),
        HelpDialogs::tr("Apply the search at once instead of after the pause"));
    html += QStringLiteral("</table><h4>%1</h4><table>").arg(HelpDialogs::tr("In dialogs").toHtmlEscaped());
    html += row(
        HelpDialogs::tr("Escape"), HelpDialogs::tr("Close the dialog (cancels a running import first)"));
    html += QStringLiteral("</table>");
    return html;
}

void showShortcutsDialog(QWidget* parent, const QList<QAction*>& actions)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(HelpDialogs::tr("Keyboard Shortcuts"));
    auto* text = new QTextBrowser(&dialog);
    text->setHtml(shortcutsHtml(actions));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(text);
    layout->addWidget(buttons);
    dialog.resize(520, 440);
    dialog.exec();
}

} // namespace tracemark
