#pragma once
// The list of files and folders to import, with what auto-detection found for each (its format,
// or why it was not recognised), and the buttons to add and remove entries.
#include "core/io/Importer.h"

#include <QString>
#include <QStringList>
#include <QWidget>

#include <optional>
#include <vector>

class QPushButton;
class QTreeWidget;

namespace tracemark {

class ImportInputList : public QWidget {
    Q_OBJECT
public:
    struct Input {
        QString path; // absolute
        std::optional<SourceFormat> detected;
        QString problem; // detectFormat's explanation when nothing matched
    };

    explicit ImportInputList(QWidget* parent = nullptr);

    // Adds files or folders (duplicates ignored) and detects their formats. A folder that no
    // importer recognises as a dataset is replaced by the recognised files directly inside it.
    void addInputs(const QStringList& paths);
    void clear();
    const std::vector<Input>& entries() const { return inputs_; }
    QStringList paths() const;
    bool isEmpty() const { return inputs_.empty(); }
    bool allRecognised() const;
    QTreeWidget* tree() const { return tree_; }

Q_SIGNALS:
    void changed();

private:
    void addFiles();
    void addFolder();
    void removeSelected();
    void rebuild();
    void updateButtons();

    std::vector<Input> inputs_;
    QTreeWidget* tree_;
    QPushButton* addFiles_;
    QPushButton* addFolder_;
    QPushButton* remove_;
};

} // namespace tracemark
