#pragma once

#include <QWidget>

// What the first start with an empty database shows: the ways to begin (guided, from a template, a colleague's template, a sample), no blank grid.
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
