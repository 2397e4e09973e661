#include "ui/ImportInputList.h"

#include "ui/Formatting.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <exception>

namespace tracemark {

namespace {

std::optional<SourceFormat> detect(const QString& path, QString* problem)
{
    try {
        return detectFormat(std::filesystem::path(QFile::encodeName(path).toStdString()));
    } catch (const std::exception& error) {
        if (problem)
            *problem = QString::fromStdString(error.what());
        return std::nullopt;
    }
}

constexpr SourceFormat kFormats[] = { SourceFormat::Jaeger, SourceFormat::Zipkin, SourceFormat::Otlp,
    SourceFormat::Nezha, SourceFormat::DeepTraLog, SourceFormat::LabelEase, SourceFormat::Csv };

} // namespace

QComboBox* ImportInputList::makeFormatCombo(const Input& input)
{
    auto* combo = new QComboBox;
    combo->setObjectName(QStringLiteral("inputFormat"));
    combo->addItem(input.detected ? tr("As detected") : tr("Choose…"), static_cast<int>(SourceFormat::Auto));
    for (SourceFormat format : kFormats)
        combo->addItem(sourceFormatDisplayName(format), static_cast<int>(format));
    combo->setCurrentIndex(std::max(0, combo->findData(static_cast<int>(input.chosen))));
    const QString path = input.path;
    connect(combo, &QComboBox::activated, this, [this, combo, path] {
        for (std::size_t i = 0; i < inputs_.size(); ++i) {
            if (inputs_[i].path == path) {
                inputs_[i].chosen = static_cast<SourceFormat>(combo->currentData().toInt());
                Q_EMIT changed();
            }
        }
    });
    return combo;
}

ImportInputList::ImportInputList(QWidget* parent)
    : QWidget(parent)
    , tree_(new QTreeWidget(this))
    , addFiles_(new QPushButton(tr("Add &Files…"), this))
    , addFolder_(new QPushButton(tr("Add F&older…"), this))
    , remove_(new QPushButton(tr("&Remove"), this))
{
    tree_->setObjectName(QStringLiteral("importInputs"));
    tree_->setColumnCount(3);
    tree_->setHeaderLabels({ tr("File or folder"), tr("Detected format"), tr("Import as") });
    tree_->setRootIsDecorated(false);
    tree_->setSelectionMode(QAbstractItemView::ExtendedSelection);
    tree_->setTextElideMode(Qt::ElideLeft); // the file name matters more than its folder
    tree_->header()->setStretchLastSection(false);
    tree_->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    tree_->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    tree_->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);

    auto* buttons = new QVBoxLayout;
    buttons->addWidget(addFiles_);
    buttons->addWidget(addFolder_);
    buttons->addWidget(remove_);
    buttons->addStretch();
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(tree_, 1);
    layout->addLayout(buttons);

    connect(addFiles_, &QPushButton::clicked, this, &ImportInputList::addFiles);
    connect(addFolder_, &QPushButton::clicked, this, &ImportInputList::addFolder);
    connect(remove_, &QPushButton::clicked, this, &ImportInputList::removeSelected);
    connect(tree_, &QTreeWidget::itemSelectionChanged, this, &ImportInputList::updateButtons);
    updateButtons();
}

void ImportInputList::addInputs(const QStringList& paths)
{
    for (const QString& raw : paths) {
        const QString path = QFileInfo(raw).absoluteFilePath();
        if (std::any_of(inputs_.begin(), inputs_.end(), [&](const Input& in) { return in.path == path; }))
            continue;
        Input input { path, std::nullopt, {} };
        input.detected = detect(path, &input.problem);
        if (!input.detected && QFileInfo(path).isDir()) {
            QStringList recognised;
            const QFileInfoList entries = QDir(path).entryInfoList(QDir::Files | QDir::Readable, QDir::Name);
            for (const QFileInfo& entry : entries) {
                if (detect(entry.absoluteFilePath(), nullptr))
                    recognised.append(entry.absoluteFilePath());
            }
            if (!recognised.isEmpty()) {
                addInputs(recognised);
                continue;
            }
        }
        inputs_.push_back(std::move(input));
    }
    rebuild();
}

void ImportInputList::clear()
{
    inputs_.clear();
    rebuild();
}

QStringList ImportInputList::paths() const
{
    QStringList result;
    for (const Input& input : inputs_)
        result.append(input.path);
    return result;
}

bool ImportInputList::allRecognised() const
{
    return std::all_of(
        inputs_.begin(), inputs_.end(), [](const Input& in) { return in.format().has_value(); });
}

void ImportInputList::setFormat(int index, SourceFormat format)
{
    if (index < 0 || index >= static_cast<int>(inputs_.size()) || inputs_[index].chosen == format)
        return;
    inputs_[index].chosen = format;
    QComboBox* combo = formatCombo(index);
    combo->setCurrentIndex(std::max(0, combo->findData(static_cast<int>(format))));
    Q_EMIT changed();
}

void ImportInputList::setFormatForAll(SourceFormat format)
{
    for (Input& input : inputs_)
        input.chosen = format;
    rebuild();
}

QComboBox* ImportInputList::formatCombo(int index) const
{
    QTreeWidgetItem* item = tree_->topLevelItem(index);
    return item ? qobject_cast<QComboBox*>(tree_->itemWidget(item, 2)) : nullptr;
}

int ImportInputList::currentIndex() const
{
    if (inputs_.empty())
        return -1;
    const QList<QTreeWidgetItem*> selected = tree_->selectedItems();
    return selected.isEmpty() ? 0 : tree_->indexOfTopLevelItem(selected.first());
}

void ImportInputList::addFiles()
{
    addInputs(QFileDialog::getOpenFileNames(this, tr("Add Trace Files"), QString(),
        tr("Trace files (*.json *.json.gz *.csv *.csv.gz *.gz);;All files (*)")));
}

void ImportInputList::addFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Add a Folder"));
    if (!folder.isEmpty())
        addInputs({ folder });
}

void ImportInputList::removeSelected()
{
    const QList<QTreeWidgetItem*> selected = tree_->selectedItems();
    for (QTreeWidgetItem* item : selected) {
        const QString path = item->data(0, Qt::UserRole).toString();
        inputs_.erase(
            std::remove_if(inputs_.begin(), inputs_.end(), [&](const Input& in) { return in.path == path; }),
            inputs_.end());
    }
    rebuild();
}

void ImportInputList::rebuild()
{
    tree_->clear();
    for (const Input& input : inputs_) {
        auto* item = new QTreeWidgetItem(tree_);
        item->setText(0, QDir::toNativeSeparators(input.path));
        item->setData(0, Qt::UserRole, input.path);
        if (input.detected) {
            item->setText(1, sourceFormatDisplayName(*input.detected));
            item->setToolTip(0, QDir::toNativeSeparators(input.path));
        } else {
            item->setText(1, tr("Not recognised"));
            item->setForeground(1, QColor(200, 30, 30));
            item->setToolTip(0, input.problem);
            item->setToolTip(1, input.problem);
        }
        tree_->setItemWidget(item, 2, makeFormatCombo(input));
    }
    updateButtons();
    Q_EMIT changed();
}

void ImportInputList::updateButtons()
{
    remove_->setEnabled(isEnabled() && !tree_->selectedItems().isEmpty());
}

} // namespace tracemark
