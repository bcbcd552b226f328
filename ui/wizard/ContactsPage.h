#pragma once

#include "PlanWizardPage.h"
#include "core/reference/ReferenceData.h"

class ContactTableWidget;
class QPushButton;
class SectionEditorGroup;

// Page 3: the emergency organisation (leading body, office, teams) and the contact table. The
// roles the reference data marks required (leader, head of the emergency office) need a row with
// a name and a phone number; such rows are shown in bold and cannot be removed.
class ContactsPage : public PlanWizardPage
{
    Q_OBJECT

public:
    explicit ContactsPage(const ReferenceData &data, QWidget *parent = nullptr);

    void setDefaults(const Plan &defaults) override;
    void applyTo(Plan &plan) const override;
    bool validatePage() override;

protected:
    QStringList problems() const override;

private:
    QStringList checkRows(int *firstRow, int *firstColumn) const;
    void removeContacts();
    void updateButtons();
    // Whether the row's role is one of the required roles, in either plan language (a table the
    // user edited keeps its roles when the plan language changes).
    bool isRequiredRow(int row) const;
    bool anyRequiredRowSelected() const;

    const ReferenceData &m_data;
    QString m_language = QStringLiteral("zh_CN");
    SectionEditorGroup *m_sections = nullptr;
    ContactTableWidget *m_table = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QList<Contact> m_filledContacts; // the defaults the table was last filled with
};
