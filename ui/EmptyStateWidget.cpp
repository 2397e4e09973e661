#include "ui/EmptyStateWidget.h"

#include "ui/AppIcon.h"

#include <QCommandLinkButton>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace tracemark {

EmptyStateWidget::EmptyStateWidget(QWidget* parent)
    : QWidget(parent)
    , message_(new QLabel(this))
    , recentTitle_(new QLabel(this))
    , recentList_(new QVBoxLayout)
{
    setObjectName(QStringLiteral("emptyState"));

    auto* icon = new QLabel(this);
    icon->setPixmap(paintAppIcon(96, devicePixelRatioF()));
    icon->setAlignment(Qt::AlignHCenter);

    message_->setObjectName(QStringLiteral("emptyStateMessage"));
    message_->setText(tr("Open or create a workspace, or drop trace files here"));
    message_->setAlignment(Qt::AlignHCenter);
    message_->setWordWrap(true);
    QFont big = message_->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    message_->setFont(big);

    auto* hint = new QLabel(tr("A workspace is one .tmk file that holds the imported traces, logs, "
                               "metrics and your labels."),
        this);
    hint->setAlignment(Qt::AlignHCenter);
    hint->setWordWrap(true);
    hint->setEnabled(false);

    auto* open = new QPushButton(tr("&Open Workspace…"), this);
    open->setObjectName(QStringLiteral("emptyStateOpen"));
    auto* create = new QPushButton(tr("&New Workspace…"), this);
    create->setObjectName(QStringLiteral("emptyStateNew"));
    connect(open, &QPushButton::clicked, this, &EmptyStateWidget::openWorkspaceRequested);
    connect(create, &QPushButton::clicked, this, &EmptyStateWidget::newWorkspaceRequested);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(open);
    buttons->addWidget(create);
    buttons->addStretch();

    recentTitle_->setText(tr("Recent workspaces"));
    recentTitle_->setAlignment(Qt::AlignHCenter);
    QFont bold = recentTitle_->font();
    bold.setBold(true);
    recentTitle_->setFont(bold);

    auto* column = new QVBoxLayout;
    column->addWidget(icon);
    column->addSpacing(12);
    column->addWidget(message_);
    column->addWidget(hint);
    column->addSpacing(16);
    column->addLayout(buttons);
    column->addSpacing(24);
    column->addWidget(recentTitle_);
    column->addLayout(recentList_);

    auto* centred = new QHBoxLayout;
    centred->addStretch(1);
    centred->addLayout(column, 3);
    centred->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addLayout(centred);
    layout->addStretch(3);

    setRecentWorkspaces({});
}

void EmptyStateWidget::setRecentWorkspaces(const QStringList& paths)
{
    while (QLayoutItem* item = recentList_->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const int shown = std::min<int>(static_cast<int>(paths.size()), 5);
    for (int i = 0; i < shown; ++i) {
        const QString path = paths.at(i);
        auto* link = new QCommandLinkButton(
            QFileInfo(path).completeBaseName(), QDir::toNativeSeparators(path), this);
        link->setObjectName(QStringLiteral("recentWorkspaceLink"));
        connect(link, &QCommandLinkButton::clicked, this,
            [this, path] { Q_EMIT recentWorkspaceRequested(path); });
        recentList_->addWidget(link);
    }
    recentTitle_->setVisible(shown > 0);
}

QString EmptyStateWidget::message() const
{
    return message_->text();
}

} // namespace tracemark
