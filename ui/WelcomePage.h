#pragma once

#include <QWidget>

// What the first start with an empty database shows: the three ways to begin, no blank grid.
class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget *parent = nullptr);

signals:
    void newGuidedPlanRequested();
    void templatePlanRequested();
    void importTemplateRequested();
    void demoPlanRequested();
};
