#pragma once

#include "PlanTableWidget.h"
#include "core/domain/Contact.h"

// The emergency organisation's people: team, role, name, duties, phones, deputy, 24-hour duty.
class ContactTableWidget : public PlanTableWidget
{
    Q_OBJECT

public:
    enum Column { TeamColumn, RoleColumn, NameColumn, DutiesColumn, OfficePhoneColumn, MobilePhoneColumn,
                  DeputyColumn, OnDutyColumn };

    explicit ContactTableWidget(QWidget *parent = nullptr);

    Contact contact(int row) const;
    QList<Contact> contacts() const;
    void setContacts(const QList<Contact> &contacts);
};
