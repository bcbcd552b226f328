#include "TemplateLibraryPage.h"

#include "DrillFromTemplateDialog.h"
#include "FileDialogs.h"
#include "LanguageManager.h"
#include "MessageBoxes.h"
#include "NewPlanFromTemplateDialog.h"
#include "TemplateImportDialog.h"
#include "TemplatePreviewText.h"
#include "ToolTipText.h"
#include "core/exchange/TemplateImporter.h"
#include "core/exchange/TemplatePlaceholders.h"
#include "core/storage/DrillRepository.h"
#include "core/storage/PlanRepository.h"
#include "core/storage/TemplateRepository.h"

#include <QComboBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

QPushButton *button(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *pushButton = new QPushButton(text, parent);
    pushButton->setObjectName(objectName);
    return pushButton;
}

} // namespace

TemplateLibraryPage::TemplateLibraryPage(Database &database, PlanRepository &plans, QWidget *parent)
    : QWidget(parent), m_database(database), m_plans(plans)
{
    setObjectName(QStringLiteral("templateLibraryPage"));
    buildLayout();
}

TemplateImportDialog *TemplateLibraryPage::importDialog() const
{
    return m_importDialog;
}

NewPlanFromTemplateDialog *TemplateLibraryPage::planDialog() const
{
    return m_planDialog;
}

DrillFromTemplateDialog *TemplateLibraryPage::drillDialog() const
{
    return m_drillDialog;
}

void TemplateLibraryPage::buildLayout()
{
    auto *layout = new QVBoxLayout(this);

    auto *header = new QHBoxLayout;
    QPushButton *backButton = button(tr("← &Plans"), QStringLiteral("templateBackButton"), this);
    connect(backButton, &QPushButton::clicked, this, &TemplateLibraryPage::closeRequested);
    header->addWidget(backButton);
    auto *title = new QLabel(tr("Template Library"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    title->setFont(titleFont);
    header->addWidget(title, 1);
    layout->addLayout(header);

    auto *intro =
        new QLabel(tr("Start a plan or a drill from a template, or import a template a colleague sent you. "
                      "Templates hold no names, phone numbers or dates."),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *filters = new QHBoxLayout;
    auto *searchLabel = new QLabel(tr("Sear&ch:"), this);
    m_searchEdit = new QLineEdit(this);
    m_searchEdit->setObjectName(QStringLiteral("templateSearchLineEdit"));
    m_searchEdit->setPlaceholderText(tr("Words in the title or description"));
    m_searchEdit->setClearButtonEnabled(true);
    searchLabel->setBuddy(m_searchEdit);
    filters->addWidget(searchLabel);
    filters->addWidget(m_searchEdit, 1);
    auto *kindLabel = new QLabel(tr("&Kind:"), this);
    m_kindCombo = new QComboBox(this);
    m_kindCombo->setObjectName(QStringLiteral("templateKindComboBox"));
    m_kindCombo->addItem(tr("All kinds"), QString());
    for (TemplateKind kind : allTemplateKinds())
        m_kindCombo->addItem(TemplatePreviewText::kindName(kind), templateKindKey(kind));
    kindLabel->setBuddy(m_kindCombo);
    filters->addWidget(kindLabel);
    filters->addWidget(m_kindCombo);
    auto *languageLabel = new QLabel(tr("&Language:"), this);
    m_languageCombo = new QComboBox(this);
    m_languageCombo->setObjectName(QStringLiteral("templateLanguageComboBox"));
    m_languageCombo->addItem(tr("All languages"), QString());
    for (const QString &code : {QStringLiteral("zh_CN"), QStringLiteral("en")})
        m_languageCombo->addItem(TemplatePreviewText::languageName(code), code);
    languageLabel->setBuddy(m_languageCombo);
    filters->addWidget(languageLabel);
    filters->addWidget(m_languageCombo);
    layout->addLayout(filters);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("templateSplitter"));
    auto *listBox = new QWidget(splitter);
    auto *listLayout = new QVBoxLayout(listBox);
    listLayout->setContentsMargins(0, 0, 0, 0);
    m_table = new QTableWidget(0, ColumnCount, listBox);
    m_table->setObjectName(QStringLiteral("templateTableWidget"));
    m_table->setHorizontalHeaderLabels(
        {tr("Template"), tr("Kind"), tr("Language"), tr("Version"), tr("Origin")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    for (int column : {KindColumn, LanguageColumn, VersionColumn, OriginColumn})
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    listLayout->addWidget(m_table, 1);
    m_countLabel = new QLabel(listBox);
    m_countLabel->setObjectName(QStringLiteral("templateCountLabel"));
    m_countLabel->setForegroundRole(QPalette::PlaceholderText);
    listLayout->addWidget(m_countLabel);
    splitter->addWidget(listBox);

    m_preview = new QPlainTextEdit(splitter);
    m_preview->setObjectName(QStringLiteral("templatePreviewPlainTextEdit"));
    m_preview->setReadOnly(true); // a plain-text widget: a template's text is never read as markup
    m_preview->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    splitter->addWidget(m_preview);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    auto *buttons = new QHBoxLayout;
    m_createPlanButton =
        button(tr("Create Pla&n from Template…"), QStringLiteral("createPlanFromTemplateButton"), this);
    connect(m_createPlanButton, &QPushButton::clicked, this, &TemplateLibraryPage::createPlanFromSelected);
    m_addDrillButton =
        button(tr("&Add to a Plan's Drill Programme…"), QStringLiteral("addDrillFromTemplateButton"), this);
    connect(m_addDrillButton, &QPushButton::clicked, this, &TemplateLibraryPage::addSelectedToDrillProgramme);
    QPushButton *importButton = button(tr("&Import…"), QStringLiteral("importTemplateFileButton"), this);
    connect(importButton, &QPushButton::clicked, this, &TemplateLibraryPage::chooseFileAndImport);
    m_deleteButton = button(tr("&Delete…"), QStringLiteral("deleteTemplateButton"), this);
    m_deleteButton->setToolTip(
        tr("Removes an imported template from the library. Plans and drills made from it stay "
           "as they are."));
    connect(m_deleteButton, &QPushButton::clicked, this, &TemplateLibraryPage::deleteSelected);
    buttons->addWidget(m_createPlanButton);
    buttons->addWidget(m_addDrillButton);
    buttons->addStretch(1);
    buttons->addWidget(importButton);
    buttons->addWidget(m_deleteButton);
    layout->addLayout(buttons);

    connect(m_searchEdit, &QLineEdit::textChanged, this, &TemplateLibraryPage::refill);
    connect(m_kindCombo, &QComboBox::currentIndexChanged, this, &TemplateLibraryPage::refill);
    connect(m_languageCombo, &QComboBox::currentIndexChanged, this, &TemplateLibraryPage::refill);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        rememberSelection();
        showPreview();
        updateButtons();
    });
    connect(m_table, &QTableWidget::itemActivated, this, [this] {
        const TemplateLibrary::Entry *entry = selectedEntry();
        if (entry && entry->templ.kind == TemplateKind::Plan)
            createPlanFromSelected();
        else if (entry)
            addSelectedToDrillProgramme();
    });
    updateButtons();
}

void TemplateLibraryPage::reload()
{
    Result<QList<TemplateLibrary::Entry>> entries = TemplateLibrary(&m_database).entries();
    if (!entries) {
        MessageBoxes::warning(this, tr("Could not list the templates"), entries.errorMessage());
        m_entries.clear();
    } else {
        m_entries = entries.value();
    }
    refill();
}

void TemplateLibraryPage::setKindFilter(std::optional<TemplateKind> kind)
{
    m_kindCombo->setCurrentIndex(kind ? m_kindCombo->findData(templateKindKey(*kind)) : 0);
}

void TemplateLibraryPage::refill()
{
    // Keep the selection across a new search or a reload when the template is still listed.
    const QString previousId = m_selectedId;
    const bool previousBuiltIn = m_selectedBuiltIn;

    const QString search = m_searchEdit->text();
    const std::optional<TemplateKind> kind = templateKindFromKey(m_kindCombo->currentData().toString());
    const QString language = m_languageCombo->currentData().toString();

    const QSignalBlocker blocker(m_table);
    m_table->clearContents();
    m_table->setRowCount(0);
    int selectRow = -1;
    for (qsizetype index = 0; index < m_entries.size(); ++index) {
        const TemplateLibrary::Entry &entry = m_entries.at(index);
        const Template &templ = entry.templ;
        if ((kind && templ.kind != *kind) || (!language.isEmpty() && templ.language != language) ||
            !TemplateLibrary::matches(templ, search))
            continue;
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        // The library speaks of the template as a reader would: 〔单位名称〕, not {{organisation}}.
        const QString shownTitle = TemplatePlaceholders::readable(templ.title, templ.language);
        auto *title = new QTableWidgetItem(shownTitle);
        title->setData(Qt::UserRole, int(index));
        title->setToolTip(ToolTipText::fromPlainText(
            templ.description.isEmpty() ? shownTitle
                                        : shownTitle + QStringLiteral("\n\n")
                                              + TemplatePlaceholders::readable(templ.description, templ.language)));
        m_table->setItem(row, TitleColumn, title);
        m_table->setItem(row, KindColumn, new QTableWidgetItem(TemplatePreviewText::kindName(templ.kind)));
        m_table->setItem(row, LanguageColumn,
                         new QTableWidgetItem(TemplatePreviewText::languageName(templ.language)));
        auto *version = new QTableWidgetItem(QString::number(templ.version));
        version->setTextAlignment(Qt::AlignCenter);
        m_table->setItem(row, VersionColumn, version);
        //: Origin column of the template library: a template shipped with PlanDesk.
        QString origin = tr("Built in");
        if (!entry.builtIn)
            //: Origin column of the template library: %1 the date it was imported.
            origin =
                tr("Imported %1").arg(templ.origin.importedAt.toLocalTime().date().toString(Qt::ISODate));
        auto *originItem = new QTableWidgetItem(origin);
        originItem->setToolTip(
            ToolTipText::fromPlainText(TemplatePreviewText::originText(templ, entry.builtIn)));
        m_table->setItem(row, OriginColumn, originItem);
        if (!previousId.isEmpty() && templ.id == previousId && entry.builtIn == previousBuiltIn)
            selectRow = row;
    }
    if (selectRow < 0 && m_table->rowCount() > 0)
        selectRow = 0;
    if (selectRow >= 0)
        m_table->selectRow(selectRow);
    rememberSelection();
    m_countLabel->setText(
        tr("%1 of %n template(s)", nullptr, int(m_entries.size())).arg(m_table->rowCount()));
    showPreview();
    updateButtons();
}

bool TemplateLibraryPage::selectTemplate(const QString &templateId)
{
    int found = -1;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const int index = m_table->item(row, TitleColumn)->data(Qt::UserRole).toInt();
        const TemplateLibrary::Entry &entry = m_entries.at(index);
        if (entry.templ.id == templateId && (found < 0 || !entry.builtIn))
            found = row;
    }
    if (found < 0)
        return false;
    m_table->selectRow(found);
    m_table->scrollToItem(m_table->item(found, TitleColumn));
    return true;
}

const TemplateLibrary::Entry *TemplateLibraryPage::selectedEntry() const
{
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    if (selected.isEmpty())
        return nullptr;
    const QTableWidgetItem *title = m_table->item(selected.first()->row(), TitleColumn);
    if (!title)
        return nullptr;
    const int index = title->data(Qt::UserRole).toInt();
    return index >= 0 && index < m_entries.size() ? &m_entries.at(index) : nullptr;
}

void TemplateLibraryPage::rememberSelection()
{
    const TemplateLibrary::Entry *entry = selectedEntry();
    m_selectedId = entry ? entry->templ.id : QString();
    m_selectedBuiltIn = entry && entry->builtIn;
}

void TemplateLibraryPage::showPreview()
{
    const TemplateLibrary::Entry *entry = selectedEntry();
    if (entry)
        m_preview->setPlainText(TemplatePreviewText::of(entry->templ, entry->builtIn));
    else if (m_table->rowCount() == 0 && !m_entries.isEmpty())
        m_preview->setPlainText(tr("No template matches the search."));
    else
        m_preview->clear();
}

void TemplateLibraryPage::updateButtons()
{
    const TemplateLibrary::Entry *entry = selectedEntry();
    m_createPlanButton->setEnabled(entry && entry->templ.kind == TemplateKind::Plan);
    m_addDrillButton->setEnabled(entry && entry->templ.kind == TemplateKind::DrillScenario);
    m_deleteButton->setEnabled(entry && !entry->builtIn);
}

void TemplateLibraryPage::createPlanFromSelected()
{
    const TemplateLibrary::Entry *entry = selectedEntry();
    if (!entry || entry->templ.kind != TemplateKind::Plan)
        return;
    // The user's organisation is most likely the one of the plans they already have.
    QString organisation;
    if (Result<QList<PlanSummary>> plans = m_plans.listPlans(); plans && !plans.value().isEmpty())
        organisation = plans.value().constFirst().organisation;
    if (m_planDialog)
        m_planDialog->close();
    m_planDialog =
        new NewPlanFromTemplateDialog(entry->templ, organisation, LanguageManager::effectiveLanguage(), this);
    m_planDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_planDialog->setSaveHandler([this](const Plan &plan) { return m_plans.save(plan); });
    NewPlanFromTemplateDialog *dialog = m_planDialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog] { emit planCreated(dialog->savedPlan().id); });
    m_planDialog->open();
}

void TemplateLibraryPage::addSelectedToDrillProgramme()
{
    const TemplateLibrary::Entry *entry = selectedEntry();
    if (!entry || entry->templ.kind != TemplateKind::DrillScenario)
        return;
    Result<QList<PlanSummary>> plans = m_plans.listPlans();
    if (!plans) {
        MessageBoxes::warning(this, tr("Could not list the plans"), plans.errorMessage());
        return;
    }
    if (plans.value().isEmpty()) {
        MessageBoxes::information(
            this, tr("No plan yet"),
            tr("A drill belongs to the drill programme of a plan. Create the plan first."));
        return;
    }
    if (m_drillDialog)
        m_drillDialog->close();
    m_drillDialog = new DrillFromTemplateDialog(entry->templ, plans.value(), m_preferredPlanId, this);
    m_drillDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_drillDialog->setSaveHandler(
        [this](const DrillItem &item) { return DrillRepository(m_database).saveItem(item); });
    DrillFromTemplateDialog *dialog = m_drillDialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const DrillItem &item = dialog->savedItem();
        emit drillItemCreated(item.planId, item.id, item.firstDate);
    });
    m_drillDialog->open();
}

void TemplateLibraryPage::chooseFileAndImport()
{
    const QString directory = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = FileDialogs::openFileName(this, tr("Import a Template"), directory,
                                                   tr("PlanDesk templates (*.json);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

void TemplateLibraryPage::importFile(const QString &path)
{
    if (m_importDialog)
        m_importDialog->close();
    // Reading and checking writes nothing; the dialog shows the verdict and every problem.
    const TemplateImportPreview preview = TemplateImporter(m_database).previewFile(path);
    m_importDialog = new TemplateImportDialog(m_database, preview, this);
    m_importDialog->setAttribute(Qt::WA_DeleteOnClose);
    TemplateImportDialog *dialog = m_importDialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString id = dialog->importedTemplate().id;
        reload();
        if (!selectTemplate(id)) {
            // The filters hid it: show everything rather than a library without the new template.
            const QSignalBlocker searchBlocker(m_searchEdit);
            m_searchEdit->clear();
            m_kindCombo->setCurrentIndex(0);
            m_languageCombo->setCurrentIndex(0);
            refill();
            selectTemplate(id);
        }
        emit templateImported(id);
    });
    m_importDialog->open();
}

void TemplateLibraryPage::deleteSelected()
{
    const TemplateLibrary::Entry *entry = selectedEntry();
    if (!entry || entry->builtIn)
        return;
    const Template templ = entry->templ;
    if (MessageBoxes::question(
            this, tr("Delete the template"),
            tr("Remove \"%1\" (version %2) from the library? Plans and drills made from it stay as "
               "they are.")
                .arg(TemplatePlaceholders::readable(templ.title, templ.language), QString::number(templ.version)),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    if (Result<void> removed = TemplateRepository(m_database).remove(templ.localId); !removed) {
        MessageBoxes::warning(this, tr("The template was not deleted"), removed.errorMessage());
        return;
    }
    reload();
}
