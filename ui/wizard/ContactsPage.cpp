#include "ContactsPage.h"

#include "SectionEditorGroup.h"
#include "tables/ContactTableWidget.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>

ContactsPage::ContactsPage(const ReferenceData &data, QWidget *parent)
    : PlanWizardPage(QStringLiteral("contacts"), parent), m_data(data)
{
    setTitle(tr("Emergency organisation and contacts"));
    setSubTitle(tr("Who leads, who coordinates and who handles incidents, and how to reach them at any hour."));

    auto *layout = new QVBoxLayout(content());
    auto *tableLabel = new QLabel(tr("&Contacts:"), content());
    tableLabel->setObjectName(QStringLiteral("contactsLabel"));
    layout->addWidget(tableLabel);
    auto *hint = new QLabel(tr("Rows in bold are required: they need a name and at least one phone number. "
                               "Double-click a cell or press F2 to edit it."),
                            content());
    hint->setWordWrap(true);
    layout->addWidget(hint);

    m_table = new ContactTableWidget(content());
    tableLabel->setBuddy(m_table);
    m_table->setShowsAllRows(true); // the page scrolls, not the table
    m_table->setTabKeyNavigation(false); // Tab leaves the table; arrows move between cells
    m_table->verticalHeader()->setVisible(false);
    m_table->setRowEmphasis([this](int row) { return isRequiredRow(row); });
    layout->addWidget(m_table);

    auto *buttons = new QHBoxLayout;
    m_addButton = new QPushButton(tr("&Add Contact"), content());
    m_addButton->setObjectName(QStringLiteral("addContactButton"));
    m_removeButton = new QPushButton(tr("&Remove Contact"), content());
    m_removeButton->setObjectName(QStringLiteral("removeContactButton"));
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    // The contacts come first: they are what the page insists on.
    layout->addSpacing(10);
    m_sections = new SectionEditorGroup(
        {QStringLiteral("organisation.leading"), QStringLiteral("organisation.office"), QStringLiteral("organisation.teams")},
        content());
    layout->addWidget(m_sections);
    layout->addStretch(1);

    connect(m_addButton, &QPushButton::clicked, this, [this] {
        m_table->addRow();
        m_table->setFocus(Qt::OtherFocusReason);
    });
    connect(m_removeButton, &QPushButton::clicked, this, &ContactsPage::removeContacts);
    connect(m_table, &QTableWidget::currentCellChanged, this, &ContactsPage::updateButtons);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ContactsPage::updateButtons);
    connect(m_table, &ContactTableWidget::edited, this, [this] {
        updateButtons(); // a changed role may make a row required, or no longer
        recheck();
    });
    updateButtons();
}

void ContactsPage::setDefaults(const Plan &defaults)
{
    m_language = defaults.language;
    m_sections->setDefaults(defaults.sections);
    // The table follows the language while it is exactly what it was last filled with; once the
    // user has changed anything in it, the whole table is theirs.
    if (m_table->contacts() == m_filledContacts) {
        m_table->setContacts(defaults.contacts);
        m_filledContacts = defaults.contacts;
    }
    updateButtons();
}

void ContactsPage::applyTo(Plan &plan) const
{
    m_sections->applyTo(plan.sections);
    plan.contacts.clear();
    for (Contact contact : m_table->contacts()) {
        contact.role = contact.role.trimmed();
        contact.name = contact.name.trimmed();
        contact.duties = contact.duties.trimmed();
        contact.officePhone = contact.officePhone.trimmed();
        contact.mobilePhone = contact.mobilePhone.trimmed();
        contact.deputy = contact.deputy.trimmed();
        // A row added and left empty is not a contact.
        if (contact.role.isEmpty() && contact.name.isEmpty() && contact.duties.isEmpty() && !contact.hasPhone()
            && contact.deputy.isEmpty())
            continue;
        plan.contacts.append(contact);
    }
}

bool ContactsPage::isRequiredRow(int row) const
{
    const QString role = m_table->contact(row).role.trimmed();
    if (role.isEmpty())
        return false;
    return std::any_of(m_data.defaultContacts.cbegin(), m_data.defaultContacts.cend(),
                       [&role](const ReferenceData::DefaultContact &contact) {
                           return contact.required && (role == contact.role.zhCN || role == contact.role.en);
                       });
}

bool ContactsPage::anyRequiredRowSelected() const
{
    const QList<int> rows = m_table->selectedRows();
    return std::any_of(rows.cbegin(), rows.cend(), [this](int row) { return isRequiredRow(row); });
}

QStringList ContactsPage::problems() const
{
    return checkRows(nullptr, nullptr);
}

QStringList ContactsPage::checkRows(int *firstRow, int *firstColumn) const
{
    QStringList problems;
    QStringList present; // the required roles that have a row
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (!isRequiredRow(row))
            continue;
        const Contact contact = m_table->contact(row);
        const QString role = contact.role.trimmed();
        present << role;
        const bool noName = contact.name.trimmed().isEmpty();
        const bool noPhone = !contact.hasPhone();
        if (noName && noPhone)
            problems << tr("%1: enter a name and an office or mobile phone number.").arg(role);
        else if (noName)
            problems << tr("%1: enter a name.").arg(role);
        else if (noPhone)
            problems << tr("%1: enter an office or mobile phone number.").arg(role);
        if ((noName || noPhone) && firstRow && *firstRow < 0) {
            *firstRow = row;
            *firstColumn = noName ? ContactTableWidget::NameColumn : ContactTableWidget::OfficePhoneColumn;
        }
    }
    // A required role whose row was renamed or removed still needs someone: the plan must say who
    // leads and who runs the office.
    for (const ReferenceData::DefaultContact &contact : m_data.defaultContacts) {
        if (contact.required && !present.contains(contact.role.zhCN) && !present.contains(contact.role.en))
            problems << tr("%1: enter a name and an office or mobile phone number.").arg(contact.role.in(m_language));
    }
    return problems;
}

bool ContactsPage::validatePage()
{
    m_table->commitPendingEdit();
    int firstRow = -1;
    int firstColumn = ContactTableWidget::NameColumn;
    const QStringList found = checkRows(&firstRow, &firstColumn);
    if (!found.isEmpty()) {
        if (firstRow >= 0)
            m_table->setCurrentCell(firstRow, firstColumn);
        focusField(m_table);
    }
    return reportProblems(found);
}

void ContactsPage::removeContacts()
{
    if (anyRequiredRowSelected())
        return;
    m_table->removeSelectedRows();
    updateButtons();
}

void ContactsPage::updateButtons()
{
    const bool required = anyRequiredRowSelected();
    m_removeButton->setEnabled(!m_table->selectedRows().isEmpty() && !required);
    m_removeButton->setToolTip(required ? tr("This row is required and cannot be removed.") : QString());
}
