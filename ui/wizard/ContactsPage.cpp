#include "ContactsPage.h"

#include "AutoHeightTableWidget.h"
#include "ContactTeamDelegate.h"
#include "MultiLineTextDelegate.h"
#include "SectionEditorGroup.h"
#include "TableCells.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

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

    m_table = new AutoHeightTableWidget(0, ColumnCount, content());
    m_table->setObjectName(QStringLiteral("contactsTableWidget"));
    tableLabel->setBuddy(m_table);
    m_table->setHorizontalHeaderLabels({tr("Team"), tr("Role"), tr("Name"), tr("Duties"), tr("Office phone"),
                                        tr("Mobile"), tr("Deputy"), tr("24h duty")});
    m_table->setItemDelegateForColumn(TeamColumn, new ContactTeamDelegate(m_table));
    m_table->setItemDelegateForColumn(DutiesColumn, new MultiLineTextDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed);
    m_table->setTabKeyNavigation(false); // Tab leaves the table; arrows move between cells
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(DutiesColumn, QHeaderView::Stretch);
    m_table->setColumnWidth(TeamColumn, 130);
    m_table->setColumnWidth(RoleColumn, 140);
    m_table->setColumnWidth(NameColumn, 95);
    m_table->setColumnWidth(OfficePhoneColumn, 105);
    m_table->setColumnWidth(MobileColumn, 105);
    m_table->setColumnWidth(DeputyColumn, 80);
    m_table->setColumnWidth(DutyColumn, 70);
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

    connect(m_addButton, &QPushButton::clicked, this, &ContactsPage::addContact);
    connect(m_removeButton, &QPushButton::clicked, this, &ContactsPage::removeContact);
    connect(m_table, &QTableWidget::currentCellChanged, this, &ContactsPage::updateButtons);
    connect(m_table, &QTableWidget::itemChanged, this, &ContactsPage::recheck);
    updateButtons();
}

void ContactsPage::appendRow(const Contact &contact, bool required, bool fromDefaults)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *team = TableCells::editable(ContactTeamDelegate::teamName(contactTeamKey(contact.team)));
    team->setData(ContactTeamDelegate::TeamKeyRole, contactTeamKey(contact.team));
    team->setData(RequiredRole, required);
    m_table->setItem(row, TeamColumn, team);
    m_table->setItem(row, RoleColumn, fromDefaults ? TableCells::withDefault(contact.role) : TableCells::editable(contact.role));
    m_table->setItem(row, NameColumn, TableCells::editable(contact.name));
    m_table->setItem(row, DutiesColumn,
                     fromDefaults ? TableCells::withDefault(contact.duties) : TableCells::editable(contact.duties));
    m_table->setItem(row, OfficePhoneColumn, TableCells::editable(contact.officePhone));
    m_table->setItem(row, MobileColumn, TableCells::editable(contact.mobilePhone));
    m_table->setItem(row, DeputyColumn, TableCells::editable(contact.deputy));
    auto *duty = new QTableWidgetItem;
    duty->setTextAlignment(Qt::AlignLeft | Qt::AlignTop);
    duty->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    duty->setCheckState(contact.onDuty24h ? Qt::Checked : Qt::Unchecked);
    duty->setData(Qt::AccessibleTextRole, tr("24h duty"));
    m_table->setItem(row, DutyColumn, duty);
    if (required) {
        for (int column = 0; column < ColumnCount; ++column) {
            QFont font = m_table->item(row, column)->font();
            font.setBold(true);
            m_table->item(row, column)->setFont(font);
        }
    }
}

void ContactsPage::setDefaults(const Plan &defaults)
{
    m_sections->setDefaults(defaults.sections);
    if (!m_filled) {
        for (qsizetype i = 0; i < defaults.contacts.size(); ++i) {
            const bool required = i < m_data.defaultContacts.size() && m_data.defaultContacts.at(i).required;
            appendRow(defaults.contacts.at(i), required, true);
        }
        m_filled = true;
        return;
    }
    // Rows from the defaults keep their order, so the n-th row with a default is the n-th default.
    qsizetype next = 0;
    for (int row = 0; row < m_table->rowCount() && next < defaults.contacts.size(); ++row) {
        QTableWidgetItem *role = m_table->item(row, RoleColumn);
        if (!role || !role->data(TableCells::DefaultTextRole).isValid())
            continue;
        TableCells::refill(role, defaults.contacts.at(next).role);
        TableCells::refill(m_table->item(row, DutiesColumn), defaults.contacts.at(next).duties);
        ++next;
    }
}

void ContactsPage::applyTo(Plan &plan) const
{
    m_sections->applyTo(plan.sections);
    plan.contacts.clear();
    for (int row = 0; row < m_table->rowCount(); ++row) {
        Contact contact;
        const QTableWidgetItem *team = m_table->item(row, TeamColumn);
        contact.team = contactTeamFromKey(team ? team->data(ContactTeamDelegate::TeamKeyRole).toString() : QString())
                           .value_or(ContactTeam::Department);
        contact.role = TableCells::text(m_table, row, RoleColumn).trimmed();
        contact.name = TableCells::text(m_table, row, NameColumn).trimmed();
        contact.duties = TableCells::text(m_table, row, DutiesColumn).trimmed();
        contact.officePhone = TableCells::text(m_table, row, OfficePhoneColumn).trimmed();
        contact.mobilePhone = TableCells::text(m_table, row, MobileColumn).trimmed();
        contact.deputy = TableCells::text(m_table, row, DeputyColumn).trimmed();
        const QTableWidgetItem *duty = m_table->item(row, DutyColumn);
        contact.onDuty24h = duty && duty->checkState() == Qt::Checked;
        // A row added and left empty is not a contact.
        if (contact.role.isEmpty() && contact.name.isEmpty() && contact.duties.isEmpty() && !contact.hasPhone()
            && contact.deputy.isEmpty())
            continue;
        plan.contacts.append(contact);
    }
}

bool ContactsPage::isRequiredRow(int row) const
{
    const QTableWidgetItem *team = m_table->item(row, TeamColumn);
    return team && team->data(RequiredRole).toBool();
}

QStringList ContactsPage::problems() const
{
    return checkRows(nullptr, nullptr);
}

QStringList ContactsPage::checkRows(int *firstRow, int *firstColumn) const
{
    QStringList problems;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (!isRequiredRow(row))
            continue;
        const QString role = TableCells::text(m_table, row, RoleColumn).trimmed();
        const QString who = role.isEmpty() ? tr("Row %1").arg(row + 1) : role;
        const bool noName = TableCells::text(m_table, row, NameColumn).trimmed().isEmpty();
        const bool noPhone = TableCells::text(m_table, row, OfficePhoneColumn).trimmed().isEmpty()
                             && TableCells::text(m_table, row, MobileColumn).trimmed().isEmpty();
        if (noName && noPhone)
            problems << tr("%1: enter a name and an office or mobile phone number.").arg(who);
        else if (noName)
            problems << tr("%1: enter a name.").arg(who);
        else if (noPhone)
            problems << tr("%1: enter an office or mobile phone number.").arg(who);
        if ((noName || noPhone) && firstRow && *firstRow < 0) {
            *firstRow = row;
            *firstColumn = noName ? NameColumn : OfficePhoneColumn;
        }
    }
    return problems;
}

bool ContactsPage::validatePage()
{
    int firstRow = -1;
    int firstColumn = NameColumn;
    const QStringList found = checkRows(&firstRow, &firstColumn);
    if (firstRow >= 0) {
        m_table->setCurrentCell(firstRow, firstColumn);
        focusField(m_table);
    }
    return reportProblems(found);
}

void ContactsPage::addContact()
{
    Contact contact;
    contact.team = ContactTeam::Department;
    appendRow(contact, false, false);
    const int row = m_table->rowCount() - 1;
    m_table->setCurrentCell(row, RoleColumn);
    m_table->scrollToItem(m_table->item(row, RoleColumn));
    m_table->setFocus(Qt::OtherFocusReason);
    updateButtons();
}

void ContactsPage::removeContact()
{
    const int row = m_table->currentRow();
    if (row < 0 || isRequiredRow(row))
        return;
    m_table->removeRow(row);
    updateButtons();
}

void ContactsPage::updateButtons()
{
    const int row = m_table->currentRow();
    m_removeButton->setEnabled(row >= 0 && !isRequiredRow(row));
    m_removeButton->setToolTip(row >= 0 && isRequiredRow(row) ? tr("This row is required and cannot be removed.")
                                                              : QString());
}
