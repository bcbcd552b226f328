#pragma once

#include <QDate>
#include <QWidget>

class QDateEdit;
class QToolButton;

// A date that may be unset ("Not set"): a QDateEdit whose minimum stands for "no date", with a
// button that clears it.
class OptionalDateEdit : public QWidget
{
    Q_OBJECT

public:
    explicit OptionalDateEdit(const QString &baseName, QWidget *parent = nullptr);

    QDate date() const; // null when unset
    void setDate(const QDate &date); // does not emit dateEdited
    QDateEdit *dateEdit() const { return m_dateEdit; }

signals:
    void dateEdited(const QDate &date);

private:
    void updateButton();

    QDateEdit *m_dateEdit;
    QToolButton *m_clearButton;
    bool m_setting = false;
};
