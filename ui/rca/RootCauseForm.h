#pragma once
// The root cause of the selected period as the operator gives it: the service or one of its
// instances, the fault type, a note; Save and Clear. The form only collects and validates; the
// page writes to the workspace.
#include "core/store/Workspace.h"

#include <QGroupBox>
#include <QStringList>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace tracemark {

class RootCauseForm : public QGroupBox {
    Q_OBJECT
public:
    explicit RootCauseForm(QWidget* parent = nullptr);

    // The period the form edits (nullopt disables it); shows its stored root cause, if any.
    void setPeriod(const std::optional<FaultPeriodRecord>& period);
    // The service selected in the graph or table, and its instances: the choices of the
    // service/instance box, the service written into it.
    void setSuggestions(const QString& service, const QStringList& instances);

    // What Save would store (author and time left empty); nullopt when incomplete.
    std::optional<RootCause> rootCause() const;
    void setStatus(const QString& text);

    QComboBox* targetBox() const { return target_; }
    QComboBox* faultTypeBox() const { return faultType_; }
    QLineEdit* noteEdit() const { return note_; }
    QPushButton* saveButton() const { return save_; }
    QPushButton* clearButton() const { return clear_; }
    QString statusText() const;
    // Chooses a fault type by its stored name ("cpu"); false when it is not one.
    bool setFaultType(const QString& type);

Q_SIGNALS:
    void saveRequested();
    void clearRequested();

private:
    void updateButtons();

    QComboBox* target_;
    QComboBox* faultType_;
    QLineEdit* note_;
    QPushButton* save_;
    QPushButton* clear_;
    QLabel* current_;
    QLabel* status_;
    QString suggestedService_;
    QStringList instances_;
    std::optional<FaultPeriodRecord> period_;
};

} // namespace tracemark
