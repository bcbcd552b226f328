#include "TemplateExportDialog.h"

#include "DocumentPrinting.h"
#include "FileDialogs.h"
#include "MessageBoxes.h"
#include "ToolTipText.h"
#include "core/exchange/PersonalDataStripper.h"
#include "core/exchange/TemplatePlaceholders.h"
#include "core/exchange/TemplateWriter.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

TemplateExportDialog::TemplateExportDialog(const Plan &plan, QWidget *parent) : QDialog(parent), m_plan(plan)
{
    setObjectName(QStringLiteral("templateExportDialog"));
    setWindowTitle(tr("Export the Plan as a Template"));
    buildLayout();
}

TemplateExportDialog::TemplateExportDialog(const DrillItem &item, const Plan &plan, QWidget *parent)
    : QDialog(parent), m_plan(plan), m_item(item)
{
    setObjectName(QStringLiteral("templateExportDialog"));
    setWindowTitle(tr("Export the Drill as a Template"));
    buildLayout();
}

void TemplateExportDialog::buildLayout()
{
    auto *layout = new QVBoxLayout(this);
    auto *intro =
        new QLabel(m_item ? tr("A drill scenario for colleagues: the drill's content without its dates, "
                               "place, recurrence or participants.")
                          : tr("A plan template for colleagues: the plan's text, levels, categories, "
                               "reporting chain and roles, without dates, approval or people."),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_titleEdit = new QLineEdit(m_item ? m_item->title : m_plan.title, this);
    m_titleEdit->setObjectName(QStringLiteral("templateTitleLineEdit"));
    m_titleEdit->setMaxLength(200);
    form->addRow(tr("&Title:"), m_titleEdit);
    m_descriptionEdit = new QPlainTextEdit(this);
    m_descriptionEdit->setObjectName(QStringLiteral("templateDescriptionPlainTextEdit"));
    m_descriptionEdit->setTabChangesFocus(true);
    m_descriptionEdit->setPlaceholderText(tr("What the template is for, and what a colleague should adapt"));
    m_descriptionEdit->setFixedHeight(m_descriptionEdit->fontMetrics().lineSpacing() * 4);
    form->addRow(tr("&Description:"), m_descriptionEdit);
    m_authorEdit = new QLineEdit(this);
    m_authorEdit->setObjectName(QStringLiteral("templateAuthorLineEdit"));
    m_authorEdit->setMaxLength(200);
    m_authorEdit->setPlaceholderText(tr("Optional; your colleagues see it"));
    form->addRow(tr("&Author:"), m_authorEdit);
    m_versionSpin = new QSpinBox(this);
    m_versionSpin->setObjectName(QStringLiteral("templateVersionSpinBox"));
    m_versionSpin->setRange(1, 9999);
    m_versionSpin->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_versionSpin->setToolTip(tr("Raise the version when you send a changed template again: a colleague who "
                                 "imported the earlier one is offered it as an update."));
    form->addRow(tr("&Version:"), m_versionSpin);
    QString organisation = m_plan.organisation;
    m_keepOrganisationCheck =
        new QCheckBox(tr("&Keep the organisation name (%1)")
                          .arg(organisation.replace(QLatin1Char('&'), QStringLiteral("&&"))),
                      this);
    m_keepOrganisationCheck->setObjectName(QStringLiteral("keepOrganisationCheckBox"));
    m_keepOrganisationCheck->setToolTip(
        tr("Otherwise the name is replaced by {{organisation}}, which is filled in with "
           "your colleague's organisation when they use the template."));
    m_keepOrganisationCheck->setEnabled(!m_plan.organisation.trimmed().isEmpty());
    form->addRow(QString(), m_keepOrganisationCheck);
    layout->addLayout(form);

    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(QStringLiteral("removalSummaryLabel"));
    m_summaryLabel->setWordWrap(true);
    m_summaryLabel->setTextFormat(Qt::PlainText);
    QFont bold = m_summaryLabel->font();
    bold.setBold(true);
    m_summaryLabel->setFont(bold);
    layout->addWidget(m_summaryLabel);

    m_removalTable = new QTableWidget(0, 4, this);
    m_removalTable->setObjectName(QStringLiteral("removalTableWidget"));
    m_removalTable->setHorizontalHeaderLabels({tr("Place"), tr("What"), tr("Value"), tr("Replaced by")});
    m_removalTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_removalTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_removalTable->verticalHeader()->hide();
    m_removalTable->horizontalHeader()->setSectionResizeMode(PlaceColumn, QHeaderView::Interactive);
    m_removalTable->horizontalHeader()->setSectionResizeMode(KindColumn, QHeaderView::ResizeToContents);
    m_removalTable->horizontalHeader()->setSectionResizeMode(ValueColumn, QHeaderView::Stretch);
    m_removalTable->horizontalHeader()->setSectionResizeMode(ReplacementColumn,
                                                             QHeaderView::ResizeToContents);
    m_removalTable->setColumnWidth(PlaceColumn, 230);
    layout->addWidget(m_removalTable, 1);

    // Honest about what the search can and cannot find: names it does not know stay in the text.
    auto *caution =
        new QLabel(tr("PlanDesk finds the names of the plan's contacts and approver, and phone numbers "
                      "and e-mail addresses by their form. Other names in free text are not recognised: "
                      "read the template before you send it."),
                   this);
    caution->setObjectName(QStringLiteral("removalCautionLabel"));
    caution->setWordWrap(true);
    caution->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(caution);

    m_problemLabel = new QLabel(this);
    m_problemLabel->setObjectName(QStringLiteral("exportProblemLabel"));
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setTextFormat(Qt::PlainText);
    m_problemLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problemLabel->hide();
    layout->addWidget(m_problemLabel);

    auto *buttons = new QDialogButtonBox(this);
    m_exportButton = buttons->addButton(tr("&Export…"), QDialogButtonBox::AcceptRole);
    m_exportButton->setObjectName(QStringLiteral("exportTemplateButton"));
    m_exportButton->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(m_exportButton, &QPushButton::clicked, this, [this] { exportToFile(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_titleEdit, &QLineEdit::textChanged, this, &TemplateExportDialog::refresh);
    connect(m_descriptionEdit, &QPlainTextEdit::textChanged, this, &TemplateExportDialog::refresh);
    connect(m_authorEdit, &QLineEdit::textChanged, this, &TemplateExportDialog::refresh);
    connect(m_versionSpin, &QSpinBox::valueChanged, this, &TemplateExportDialog::refresh);
    connect(m_keepOrganisationCheck, &QCheckBox::toggled, this, &TemplateExportDialog::refresh);

    setWindowModality(Qt::WindowModal);
    resize(860, 620);
    refresh();
}

TemplateExporter::Options TemplateExportDialog::options() const
{
    TemplateExporter::Options options;
    options.title = m_titleEdit->text().trimmed();
    options.description = m_descriptionEdit->toPlainText().trimmed();
    options.author = m_authorEdit->text().trimmed();
    options.version = m_versionSpin->value();
    options.keepOrganisation = m_keepOrganisationCheck->isChecked();
    return options;
}

void TemplateExportDialog::refresh()
{
    m_output = m_item ? TemplateExporter::fromDrillItem(*m_item, m_plan, options())
                      : TemplateExporter::fromPlan(m_plan, options());

    const QList<PersonalDataFinding> &removed = m_output.removed;
    m_summaryLabel->setText(
        removed.isEmpty()
            ? tr("No personal data was found; nothing will be removed.")
            : tr("The export removes %n piece(s) of personal data:", nullptr, int(removed.size())));
    m_removalTable->setRowCount(int(removed.size()));
    for (int row = 0; row < removed.size(); ++row) {
        const PersonalDataFinding &finding = removed.at(row);
        auto *place =
            new QTableWidgetItem(finding.pointer.isEmpty() ? tr("(not exported at all)") : finding.pointer);
        place->setData(Qt::UserRole, finding.pointer);
        auto *kind = new QTableWidgetItem(PersonalDataStripper::kindName(finding.kind));
        kind->setData(Qt::UserRole, int(finding.kind));
        auto *value = new QTableWidgetItem(finding.text);
        value->setToolTip(ToolTipText::fromPlainText(finding.text));
        auto *replacement =
            new QTableWidgetItem(finding.replacement.isEmpty() ? tr("(left out)") : finding.replacement);
        m_removalTable->setItem(row, PlaceColumn, place);
        m_removalTable->setItem(row, KindColumn, kind);
        m_removalTable->setItem(row, ValueColumn, value);
        m_removalTable->setItem(row, ReplacementColumn, replacement);
    }

    QStringList problems;
    for (const TemplateProblem &problem : m_output.problems) {
        if (problem.isError())
            problems << (problem.pointer.isEmpty()
                             ? problem.message
                             : QStringLiteral("%1: %2").arg(problem.pointer, problem.message));
    }
    m_problemLabel->setText(problems.isEmpty() ? QString()
                                               : tr("The template cannot be written:") + QLatin1Char('\n') +
                                                     problems.join(QLatin1Char('\n')));
    m_problemLabel->setVisible(!problems.isEmpty());
    m_exportButton->setEnabled(m_output.ok());
}

QString TemplateExportDialog::suggestedFileName() const
{
    return DocumentPrinting::safeFileName(TemplatePlaceholders::withoutMarkers(m_output.templ.title), tr("template"))
           + QStringLiteral(".json");
}

bool TemplateExportDialog::exportToFile()
{
    refresh(); // what is written is exactly what the list shows
    if (!m_output.ok())
        return false;
    const QString directory = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = suggestedFileName();
    QString path =
        FileDialogs::saveFileName(this, tr("Export as a Template"), QDir(directory).filePath(suggested),
                                  tr("PlanDesk templates (*.json)"));
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".json");
    if (Result<void> written = TemplateWriter::writeFile(m_output.templ, path); !written) {
        MessageBoxes::warning(this, tr("The template was not exported"), written.errorMessage());
        return false;
    }
    m_writtenPath = path;
    accept();
    return true;
}
