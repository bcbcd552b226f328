#pragma once

#include "PlanWizardPage.h"
#include "core/reference/ReferenceData.h"

class QPushButton;
class QTableWidget;
class SectionEditorGroup;

// Page 3: the emergency organisation (leading body, office, teams) and the contact table. The
// rows the reference data marks required (leader, head of the emergency office) need a name and
// a phone number and cannot be removed.
class ContactsPage : public PlanWizardPage
{
    Q_OBJECT

public:
    enum Column { TeamColumn, RoleColumn, NameColumn, DutiesColumn, OfficePhoneColumn, MobileColumn, DeputyColumn,
                  DutyColumn, ColumnCount };
    // Item data of the team cell: whether the row is required.
    static constexpr int RequiredRole = Qt::UserRole + 1;

    explicit ContactsPage(const ReferenceData &data, QWidget *parent = nullptr);

    void setDefaults(const Plan &defaults) override;
    void applyTo(Plan &plan) const override;
    bool validatePage() override;

protected:
    QStringList problems() const override;

private:
    QStringList checkRows(int *firstRow, int *firstColumn) const;
    void appendRow(const Contact &contact, bool required, bool fromDefaults);
    void addContact();
    void removeContact();
    void updateButtons();
    bool isRequiredRow(int row) const;

    const ReferenceData &m_data;
    SectionEditorGroup *m_sections = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    bool m_filled = false; // the default rows are added once, then the table is the user's
};
