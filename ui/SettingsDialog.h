#pragma once
// Edit ▸ Settings…: the user's preferences (language, label author, auto-advance, the
// tracemark-cli model jobs run). Shows what is stored in AppSettings and saves on OK only.
#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace tracemark {

class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget* parent = nullptr);

    QComboBox* languageCombo() const { return language_; }
    QLineEdit* authorEdit() const { return author_; }
    QCheckBox* autoAdvanceCheck() const { return autoAdvance_; }
    QLineEdit* cliPathEdit() const { return cliPath_; }
    // The warning under the tracemark-cli path ("" when the path is usable or empty).
    QString cliPathProblem() const;

public Q_SLOTS:
    // Stores the choices in AppSettings and closes.
    void accept() override;

private:
    void load();
    void browseForCli();
    void checkCliPath();

    QComboBox* language_;
    QLineEdit* author_;
    QCheckBox* autoAdvance_;
    QLineEdit* cliPath_;
    QLabel* cliProblem_;
};

} // namespace tracemark
