#include "WelcomePage.h"

#include <QCommandLinkButton>
#include <QLabel>
#include <QVBoxLayout>

WelcomePage::WelcomePage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("welcomePage"));
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);

    auto *title = new QLabel(tr("Welcome to PlanDesk"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignHCenter);
    layout->addWidget(title);

    auto *intro = new QLabel(tr("Every network operator needs a cybersecurity incident emergency plan "
                                "(Cybersecurity Law, Art. 27; Art. 25 before the 2025 amendment); operators of "
                                "critical information infrastructure must also drill it regularly (Art. 36; "
                                "Art. 34 before the amendment). PlanDesk guides you through writing it "
                                "and prints it as a formal document."),
                             this);
    intro->setWordWrap(true);
    intro->setAlignment(Qt::AlignHCenter);
    // A word-wrapped label given an alignment in its layout shrinks to its minimum width and
    // clips its text; a fixed reading width avoids that.
    intro->setFixedWidth(620);
    intro->setMinimumHeight(intro->heightForWidth(620));
    layout->addWidget(intro, 0, Qt::AlignHCenter);
    layout->addSpacing(24);

    auto *guided = new QCommandLinkButton(tr("New plan (guided)"),
                                          tr("A step-by-step wizard, prefilled with sound default text."), this);
    guided->setObjectName(QStringLiteral("newGuidedPlanButton"));
    auto *demo = new QCommandLinkButton(tr("Open a sample plan"),
                                        tr("A complete example plan of a fictitious data centre, to look around."), this);
    demo->setObjectName(QStringLiteral("demoPlanButton"));
    auto *fromTemplate = new QCommandLinkButton(
        tr("New plan from a template"), tr("Start from a built-in plan, such as a special plan for ransomware."), this);
    fromTemplate->setObjectName(QStringLiteral("templatePlanButton"));
    auto *importTemplate = new QCommandLinkButton(tr("Import a colleague's template"),
                                                  tr("A template file you were sent; you see what it holds first."), this);
    importTemplate->setObjectName(QStringLiteral("importColleagueTemplateButton"));
    for (QCommandLinkButton *button : {guided, fromTemplate, importTemplate, demo}) {
        button->setMinimumWidth(460);
        layout->addWidget(button, 0, Qt::AlignHCenter);
    }
    layout->addStretch(2);

    connect(guided, &QCommandLinkButton::clicked, this, &WelcomePage::newGuidedPlanRequested);
    connect(demo, &QCommandLinkButton::clicked, this, &WelcomePage::demoPlanRequested);
    connect(fromTemplate, &QCommandLinkButton::clicked, this, &WelcomePage::templatePlanRequested);
    connect(importTemplate, &QCommandLinkButton::clicked, this, &WelcomePage::importTemplateRequested);
}
