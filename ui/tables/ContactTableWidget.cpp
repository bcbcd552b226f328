#include "ContactTableWidget.h"

ContactTableWidget::ContactTableWidget(QWidget *parent)
    : PlanTableWidget(QStringLiteral("contactsTableWidget"),
                      {{tr("Team"), ColumnKind::Team, 165},
                       {tr("Role"), ColumnKind::Text, 120},
                       {tr("Name"), ColumnKind::Text, 80},
                       {tr("Duties"), ColumnKind::MultiLineText, 0},
                       {tr("Office phone"), ColumnKind::Text, 110},
                       {tr("Mobile"), ColumnKind::Text, 110},
                       {tr("Deputy"), ColumnKind::Text, 75, tr("Who stands in when this person is absent")},
                       {tr("24 h"), ColumnKind::Check, 45, tr("On duty around the clock")}},
                      parent)
{
}

Contact ContactTableWidget::contact(int row) const
{
    Contact contact;
    contact.team = contactTeamFromKey(cellTeamKey(row, TeamColumn)).value_or(ContactTeam::Department);
    contact.role = cellText(row, RoleColumn);
    contact.name = cellText(row, NameColumn);
    contact.duties = cellText(row, DutiesColumn);
    contact.officePhone = cellText(row, OfficePhoneColumn);
    contact.mobilePhone = cellText(row, MobilePhoneColumn);
    contact.deputy = cellText(row, DeputyColumn);
    contact.onDuty24h = cellChecked(row, OnDutyColumn);
    return contact;
}

QList<Contact> ContactTableWidget::contacts() const
{
    QList<Contact> contacts;
    for (int row = 0; row < rowCount(); ++row)
        contacts << contact(row);
    return contacts;
}

void ContactTableWidget::setContacts(const QList<Contact> &contacts)
{
    beginLoading(int(contacts.size()));
    for (int row = 0; row < contacts.size(); ++row) {
        const Contact &contact = contacts.at(row);
        setCellTeamKey(row, TeamColumn, contactTeamKey(contact.team));
        setCellText(row, RoleColumn, contact.role);
        setCellText(row, NameColumn, contact.name);
        setCellText(row, DutiesColumn, contact.duties);
        setCellText(row, OfficePhoneColumn, contact.officePhone);
        setCellText(row, MobilePhoneColumn, contact.mobilePhone);
        setCellText(row, DeputyColumn, contact.deputy);
        setCellChecked(row, OnDutyColumn, contact.onDuty24h);
    }
    endLoading();
}
