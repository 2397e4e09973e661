#pragma once
// The list of files and folders to import, with what auto-detection found for each (its format,
// or why it was not recognised), a per-input override of the format, and the buttons to add and
// remove entries.
#include "core/io/Importer.h"

#include <QString>
#include <QStringList>
#include <QWidget>

#include <optional>
#include <vector>

class QComboBox;
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
        SourceFormat chosen = SourceFormat::Auto; // the user's override; Auto uses `detected`
        // The format the input will be imported as, if any.
        std::optional<SourceFormat> format() const
        {
            return chosen != SourceFormat::Auto ? std::optional<SourceFormat>(chosen) : detected;
        }
    };

    explicit ImportInputList(QWidget* parent = nullptr);

    // Adds files or folders (duplicates ignored) and detects their formats. A folder that no
    // importer recognises as a dataset is replaced by the recognised files directly inside it.
    void addInputs(const QStringList& paths);
    void clear();
    const std::vector<Input>& entries() const { return inputs_; }
    QStringList paths() const;
    bool isEmpty() const { return inputs_.empty(); }
    // True when every input has a format (detected or chosen).
    bool allRecognised() const;
    // Overrides one input's format (Auto: back to what was detected).
    void setFormat(int index, SourceFormat format);
    // Overrides every input's format.
    void setFormatForAll(SourceFormat format);
    // The format combo of one row (column "Import as").
    QComboBox* formatCombo(int index) const;
    // The row selected in the list (the first one when none is), or -1 when the list is empty.
    int currentIndex() const;
    QTreeWidget* tree() const { return tree_; }

Q_SIGNALS:
    void changed();

private:
    void addFiles();
    void addFolder();
    void removeSelected();
    void rebuild();
    QComboBox* makeFormatCombo(const Input& input);
    void updateButtons();

    std::vector<Input> inputs_;
    QTreeWidget* tree_;
    QPushButton* addFiles_;
    QPushButton* addFolder_;
    QPushButton* remove_;
};

} // namespace tracemark
