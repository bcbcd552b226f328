#include "DrillProgrammePage.h"

#include "DrillCalendarWidget.h"
#include "DrillItemDialog.h"
#include "DrillOccurrenceModel.h"
#include "DrillPrinting.h"
#include "DrillRecordDialog.h"
#include "MessageBoxes.h"
#include "core/Clock.h"
#include "core/schedule/DrillScheduler.h"
#include "core/schedule/ProgrammeChecker.h"
#include "core/storage/PlanRepository.h"

#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
QString translatedForm(const DrillItem &item)
{
    return QCoreApplication::translate("DrillForm", drillFormSourceText(item.form));
}

QString translatedContent(const DrillItem &item)
{
    return QCoreApplication::translate("DrillContent", drillContentSourceText(item.content));
}

QPushButton *button(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *pushButton = new QPushButton(text, parent);
    pushButton->setObjectName(objectName);
    return pushButton;
}
} // namespace

DrillProgrammePage::DrillProgrammePage(Database &database, PlanRepository &plans, QWidget *parent)
    : QWidget(parent), m_database(database), m_plans(plans), m_drills(database)
{
    setObjectName(QStringLiteral("drillProgrammePage"));
    buildLayout();
}

void DrillProgrammePage::buildLayout()
{
    auto *layout = new QVBoxLayout(this);

    auto *header = new QHBoxLayout;
    QPushButton *backButton = button(tr("← &Plans"), QStringLiteral("drillBackButton"), this);
    connect(backButton, &QPushButton::clicked, this, &DrillProgrammePage::closeRequested);
    header->addWidget(backButton);
    m_titleLabel = new QLabel(this);
    m_titleLabel->setObjectName(QStringLiteral("drillProgrammeTitleLabel"));
    m_titleLabel->setTextFormat(Qt::PlainText);
    QFont titleFont = m_titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_titleLabel->setFont(titleFont);
    // A long plan title wraps instead of widening the window past the screen.
    m_titleLabel->setWordWrap(true);
    m_titleLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    header->addWidget(m_titleLabel, 1);
    auto *yearLabel = new QLabel(tr("&Year:"), this);
    m_yearSpinBox = new QSpinBox(this);
    m_yearSpinBox->setObjectName(QStringLiteral("drillYearSpinBox"));
    m_yearSpinBox->setRange(2000, 2100);
    m_yearSpinBox->setValue(Clock::today().year());
    yearLabel->setBuddy(m_yearSpinBox);
    connect(m_yearSpinBox, &QSpinBox::valueChanged, this, [this](int year) {
        m_calendar->setYear(year);
        refreshOccurrences();
    });
    header->addWidget(yearLabel);
    header->addWidget(m_yearSpinBox);

    QPushButton *printButton = button(tr("Print the Pro&gramme…"), QStringLiteral("printProgrammeButton"), this);
    auto *printMenu = new QMenu(printButton);
    printMenu->addAction(tr("Print Preview…"), this, [this] { printProgramme(false); })
        ->setObjectName(QStringLiteral("previewProgrammeAction"));
    printMenu->addAction(tr("Export as PDF…"), this, [this] { printProgramme(true); })
        ->setObjectName(QStringLiteral("exportProgrammePdfAction"));
    printButton->setMenu(printMenu);
    header->addWidget(printButton);
    QPushButton *calendarButton = button(tr("Export to &Calendar (.ics)…"), QStringLiteral("exportIcsButton"), this);
    connect(calendarButton, &QPushButton::clicked, this, &DrillProgrammePage::exportCalendar);
    header->addWidget(calendarButton);
    layout->addLayout(header);

    m_warningLabel = new QLabel(this);
    m_warningLabel->setObjectName(QStringLiteral("programmeWarningLabel"));
    m_warningLabel->setTextFormat(Qt::PlainText);
    m_warningLabel->setWordWrap(true);
    m_warningLabel->setStyleSheet(QStringLiteral("QLabel { color: #b00020; font-weight: bold; }"));
    layout->addWidget(m_warningLabel);

    auto *splitter = new QSplitter(Qt::Vertical, this);

    // The programme: one row per item.
    auto *itemsBox = new QWidget(splitter);
    auto *itemsLayout = new QVBoxLayout(itemsBox);
    itemsLayout->setContentsMargins(0, 0, 0, 0);
    auto *itemsTitle = new QLabel(tr("Drill programme"), itemsBox);
    QFont bold = itemsTitle->font();
    bold.setBold(true);
    itemsTitle->setFont(bold);
    itemsLayout->addWidget(itemsTitle);
    m_itemTable = new QTableWidget(0, 6, itemsBox);
    m_itemTable->setObjectName(QStringLiteral("drillItemsTableWidget"));
    m_itemTable->setHorizontalHeaderLabels(
        {tr("Drill"), tr("Form"), tr("Content"), tr("First date"), tr("Recurrence"), tr("Budgeted")});
    m_itemTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_itemTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_itemTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_itemTable->verticalHeader()->hide();
    m_itemTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_itemTable->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
    m_itemTable->horizontalHeader()->setDefaultSectionSize(120);
    m_itemTable->horizontalHeader()->resizeSection(1, 140);
    m_itemTable->horizontalHeader()->resizeSection(2, 220);
    m_itemTable->horizontalHeader()->resizeSection(3, 140);
    // At least three rows, so that a laptop screen keeps room for the year below; the splitter
    // gives the table more when the window has it.
    m_itemTable->setMinimumHeight(m_itemTable->horizontalHeader()->sizeHint().height()
                                  + 3 * m_itemTable->verticalHeader()->defaultSectionSize() + 2 * m_itemTable->frameWidth());
    connect(m_itemTable, &QTableWidget::itemActivated, this, [this] { editSelectedItem(); });
    connect(m_itemTable, &QTableWidget::itemSelectionChanged, this, &DrillProgrammePage::updateButtons);
    itemsLayout->addWidget(m_itemTable);
    auto *itemButtons = new QHBoxLayout;
    QPushButton *newButton = button(tr("&New Drill…"), QStringLiteral("newDrillItemButton"), itemsBox);
    connect(newButton, &QPushButton::clicked, this, &DrillProgrammePage::newItem);
    m_editItemButton = button(tr("&Edit…"), QStringLiteral("editDrillItemButton"), itemsBox);
    connect(m_editItemButton, &QPushButton::clicked, this, &DrillProgrammePage::editSelectedItem);
    m_deleteItemButton = button(tr("&Delete…"), QStringLiteral("deleteDrillItemButton"), itemsBox);
    connect(m_deleteItemButton, &QPushButton::clicked, this, &DrillProgrammePage::deleteSelectedItem);
    itemButtons->addWidget(newButton);
    itemButtons->addWidget(m_editItemButton);
    itemButtons->addWidget(m_deleteItemButton);
    m_exportItemButton = button(tr("E&xport as Template…"), QStringLiteral("exportDrillAsTemplateButton"), itemsBox);
    connect(m_exportItemButton, &QPushButton::clicked, this, [this] {
        if (const DrillItem *item = selectedItem())
            emit exportAsTemplateRequested(*item);
    });
    itemButtons->addWidget(m_exportItemButton);
    itemButtons->addStretch();
    itemsLayout->addLayout(itemButtons);
    splitter->addWidget(itemsBox);

    // The year: occurrences as a list and on the calendar, and the records.
    m_tabs = new QTabWidget(splitter);
    m_tabs->setObjectName(QStringLiteral("drillTabWidget"));
    auto *occurrencePage = new QWidget(m_tabs);
    auto *occurrenceLayout = new QVBoxLayout(occurrencePage);
    m_occurrenceModel = new DrillOccurrenceModel(this);
    m_occurrenceView = new QTableView(occurrencePage);
    m_occurrenceView->setObjectName(QStringLiteral("drillOccurrencesTableView"));
    m_occurrenceView->setModel(m_occurrenceModel);
    m_occurrenceView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_occurrenceView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_occurrenceView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_occurrenceView->verticalHeader()->hide();
    m_occurrenceView->setColumnHidden(DrillOccurrenceModel::PlanColumn, true);
    m_occurrenceView->horizontalHeader()->setSectionResizeMode(DrillOccurrenceModel::DrillColumn, QHeaderView::Stretch);
    m_occurrenceView->horizontalHeader()->setSectionResizeMode(DrillOccurrenceModel::NoteColumn, QHeaderView::Stretch);
    m_occurrenceView->horizontalHeader()->setDefaultSectionSize(110);
    m_occurrenceView->horizontalHeader()->resizeSection(DrillOccurrenceModel::FormColumn, 250);
    connect(m_occurrenceView, &QTableView::activated, this, [this] { recordSelectedOccurrence(); });
    connect(m_occurrenceView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DrillProgrammePage::updateButtons);
    occurrenceLayout->addWidget(m_occurrenceView);
    auto *occurrenceButtons = new QHBoxLayout;
    m_recordButton = button(tr("&Record the Drill…"), QStringLiteral("recordDrillButton"), occurrencePage);
    connect(m_recordButton, &QPushButton::clicked, this, &DrillProgrammePage::recordSelectedOccurrence);
    m_cancelButton = button(tr("C&ancel Occurrence…"), QStringLiteral("cancelOccurrenceButton"), occurrencePage);
    connect(m_cancelButton, &QPushButton::clicked, this, &DrillProgrammePage::cancelSelectedOccurrence);
    m_restoreButton = button(tr("Res&tore"), QStringLiteral("restoreOccurrenceButton"), occurrencePage);
    connect(m_restoreButton, &QPushButton::clicked, this, &DrillProgrammePage::restoreSelectedOccurrence);
    m_workPlanButton = button(tr("&Work Plan…"), QStringLiteral("printWorkPlanButton"), occurrencePage);
    auto *workPlanMenu = new QMenu(m_workPlanButton);
    workPlanMenu->addAction(tr("Print Preview…"), this, [this] { printWorkPlan(false); });
    workPlanMenu->addAction(tr("Export as PDF…"), this, [this] { printWorkPlan(true); });
    m_workPlanButton->setMenu(workPlanMenu);
    m_blankFormButton = button(tr("&Blank Record Form…"), QStringLiteral("printBlankFormButton"), occurrencePage);
    auto *blankMenu = new QMenu(m_blankFormButton);
    blankMenu->addAction(tr("Print Preview…"), this, [this] { printBlankForm(false); })
        ->setObjectName(QStringLiteral("previewBlankFormAction"));
    blankMenu->addAction(tr("Export as PDF…"), this, [this] { printBlankForm(true); })
        ->setObjectName(QStringLiteral("exportBlankFormPdfAction"));
    m_blankFormButton->setMenu(blankMenu);
    m_rehearseButton = button(tr("Re&hearse the Reporting…"), QStringLiteral("rehearseIncidentButton"), occurrencePage);
    m_rehearseButton->setToolTip(tr("Declare an incident in drill mode for this drill: the same clock and reports "
                                    "as a real incident, every printed page marked 演练 (exercise)."));
    connect(m_rehearseButton, &QPushButton::clicked, this, [this] {
        if (const std::optional<SelectedOccurrence> occurrence = selectedOccurrence())
            emit rehearseIncidentRequested(m_plan.id, occurrence->drillItemId, occurrence->recordId);
    });
    for (QPushButton *pushButton :
         {m_recordButton, m_cancelButton, m_restoreButton, m_workPlanButton, m_blankFormButton, m_rehearseButton})
        occurrenceButtons->addWidget(pushButton);
    occurrenceButtons->addStretch();
    occurrenceLayout->addLayout(occurrenceButtons);
    m_tabs->addTab(occurrencePage, tr("&Occurrences"));

    m_calendar = new DrillCalendarWidget(m_tabs);
    connect(m_calendar, &DrillCalendarWidget::dateSelected, this, &DrillProgrammePage::showOccurrencesOn);
    m_tabs->addTab(m_calendar, tr("Ca&lendar"));

    auto *recordPage = new QWidget(m_tabs);
    auto *recordLayout = new QVBoxLayout(recordPage);
    m_recordTable = new QTableWidget(0, 5, recordPage);
    m_recordTable->setObjectName(QStringLiteral("drillRecordsTableWidget"));
    m_recordTable->setHorizontalHeaderLabels(
        {tr("Held on"), tr("Drill"), tr("Planned for"), tr("Open corrective actions"), tr("Plan revision")});
    m_recordTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_recordTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_recordTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_recordTable->verticalHeader()->hide();
    m_recordTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_recordTable->horizontalHeader()->setDefaultSectionSize(150);
    connect(m_recordTable, &QTableWidget::itemActivated, this, [this](QTableWidgetItem *cell) {
        openRecord(m_recordTable->item(cell->row(), 0)->data(Qt::UserRole).toLongLong());
    });
    connect(m_recordTable, &QTableWidget::itemSelectionChanged, this, &DrillProgrammePage::updateButtons);
    recordLayout->addWidget(m_recordTable);
    auto *recordButtons = new QHBoxLayout;
    m_openRecordButton = button(tr("Open &Record…"), QStringLiteral("openRecordButton"), recordPage);
    connect(m_openRecordButton, &QPushButton::clicked, this, [this] {
        const int row = m_recordTable->currentRow();
        if (row >= 0)
            openRecord(m_recordTable->item(row, 0)->data(Qt::UserRole).toLongLong());
    });
    recordButtons->addWidget(m_openRecordButton);
    m_printRecordButton = button(tr("Pr&int…"), QStringLiteral("printRecordButton"), recordPage);
    auto *recordPrintMenu = new QMenu(m_printRecordButton);
    recordPrintMenu->addAction(tr("Record: Print Preview…"), this, [this] { printSelectedRecord(false, false); })
        ->setObjectName(QStringLiteral("previewRecordAction"));
    recordPrintMenu->addAction(tr("Record: Export as PDF…"), this, [this] { printSelectedRecord(true, false); })
        ->setObjectName(QStringLiteral("exportRecordPdfAction"));
    recordPrintMenu->addAction(tr("Summary Report: Print Preview…"), this, [this] { printSelectedRecord(false, true); })
        ->setObjectName(QStringLiteral("previewSummaryReportAction"));
    recordPrintMenu->addAction(tr("Summary Report: Export as PDF…"), this, [this] { printSelectedRecord(true, true); })
        ->setObjectName(QStringLiteral("exportSummaryReportPdfAction"));
    m_printRecordButton->setMenu(recordPrintMenu);
    recordButtons->addWidget(m_printRecordButton);
    recordButtons->addStretch();
    recordLayout->addLayout(recordButtons);
    m_tabs->addTab(recordPage, tr("Record&s"));

    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);
    updateButtons();
}

bool DrillProgrammePage::openPlan(qint64 planId)
{
    Result<Plan> plan = m_plans.load(planId);
    if (!plan) {
        MessageBoxes::warning(this, tr("The plan could not be opened"), plan.errorMessage());
        return false;
    }
    m_plan = plan.value();
    //: Title of the drill page: %1 the plan's title.
    m_titleLabel->setText(tr("Drills — %1").arg(m_plan.title));
    reload();
    return true;
}

int DrillProgrammePage::year() const
{
    return m_yearSpinBox->value();
}

void DrillProgrammePage::setYear(int year)
{
    m_yearSpinBox->setValue(year); // refreshes through valueChanged
}

void DrillProgrammePage::reload()
{
    if (m_plan.id == 0)
        return;
    Result<QList<DrillItem>> items = m_drills.listItems(m_plan.id);
    Result<DrillScheduleSnapshot> snapshot = m_drills.loadSchedule(m_plan.id);
    if (!items || !snapshot) {
        MessageBoxes::warning(this, tr("The drill programme could not be read"),
                              items ? snapshot.errorMessage() : items.errorMessage());
        return;
    }
    m_items = items.value();
    m_snapshot = snapshot.value();
    refreshItems();
    refreshOccurrences();
    refreshRecords();
    refreshWarnings();
}

void DrillProgrammePage::refreshItems()
{
    const qint64 selected = selectedItem() ? selectedItem()->id : 0;
    m_itemTable->setRowCount(int(m_items.size()));
    for (int row = 0; row < m_items.size(); ++row) {
        const DrillItem &item = m_items.at(row);
        const QStringList cells = {item.title,
                                   translatedForm(item),
                                   item.content == DrillContent::Special && !item.scenario.isEmpty()
                                       ? tr("%1: %2").arg(translatedContent(item), item.scenario)
                                       : translatedContent(item),
                                   item.firstDate.toString(Qt::ISODate) + QLatin1Char(' ')
                                       + item.startTime.toString(QStringLiteral("HH:mm")),
                                   item.recurrence.describe(item.firstDate),
                                   item.budgeted ? tr("Yes") : tr("No")};
        for (int column = 0; column < cells.size(); ++column) {
            auto *cell = new QTableWidgetItem(cells.at(column));
            cell->setToolTip(cells.at(column));
            m_itemTable->setItem(row, column, cell);
        }
        m_itemTable->item(row, 0)->setData(Qt::UserRole, item.id);
        if (item.id == selected)
            m_itemTable->selectRow(row);
    }
    updateButtons();
}

void DrillProgrammePage::refreshOccurrences()
{
    const std::optional<SelectedOccurrence> selected = selectedOccurrence();
    const int shownYear = year();
    const QList<DrillOccurrence> occurrences = DrillScheduler::occurrencesBetween(
        m_snapshot, QDate(shownYear, 1, 1), QDate(shownYear, 12, 31), Clock::today(), m_plan.id);
    m_occurrenceModel->setOccurrences(occurrences);
    m_calendar->setOccurrences(occurrences);
    if (selected) {
        const int row = m_occurrenceModel->rowOf(selected->drillItemId, selected->date);
        if (row >= 0)
            m_occurrenceView->selectRow(row);
    }
    updateButtons();
}

void DrillProgrammePage::refreshRecords()
{
    Result<QList<DrillRecordSummary>> records = m_drills.listRecords(m_plan.id);
    if (!records) {
        MessageBoxes::warning(this, tr("The drill records could not be read"), records.errorMessage());
        return;
    }
    m_recordTable->setRowCount(int(records.value().size()));
    for (int row = 0; row < records.value().size(); ++row) {
        const DrillRecordSummary &record = records.value().at(row);
        const QStringList cells = {record.heldOn.toString(Qt::ISODate), record.drillTitle,
                                   record.occurrenceDate.toString(Qt::ISODate),
                                   QString::number(record.openCorrectiveActions),
                                   record.planRevisionPending ? tr("Pending") : QString()};
        for (int column = 0; column < cells.size(); ++column)
            m_recordTable->setItem(row, column, new QTableWidgetItem(cells.at(column)));
        m_recordTable->item(row, 0)->setData(Qt::UserRole, record.id);
        if (record.planRevisionPending)
            m_recordTable->item(row, 4)->setForeground(DrillOccurrenceModel::stateColour(OccurrenceState::Overdue));
    }
    updateButtons();
}

void DrillProgrammePage::refreshWarnings()
{
    QStringList messages;
    for (const ProgrammeWarning &warning : ProgrammeChecker::check(m_snapshot, m_plan.id, Clock::today()))
        messages << warning.message;
    m_warningLabel->setText(messages.join(QLatin1Char('\n')));
    m_warningLabel->setVisible(!messages.isEmpty());
}

void DrillProgrammePage::updateButtons()
{
    const bool hasItem = selectedItem() != nullptr;
    m_editItemButton->setEnabled(hasItem);
    m_deleteItemButton->setEnabled(hasItem);
    m_exportItemButton->setEnabled(hasItem);
    const std::optional<SelectedOccurrence> occurrence = selectedOccurrence();
    m_recordButton->setEnabled(occurrence && !occurrence->cancelled);
    m_recordButton->setText(occurrence && occurrence->recordId != 0 ? tr("Open the &Record…") : tr("&Record the Drill…"));
    m_cancelButton->setEnabled(occurrence && !occurrence->cancelled && occurrence->recordId == 0);
    m_restoreButton->setEnabled(occurrence && occurrence->cancelled);
    m_workPlanButton->setEnabled(occurrence.has_value());
    m_blankFormButton->setEnabled(occurrence && !occurrence->cancelled);
    m_rehearseButton->setEnabled(occurrence && !occurrence->cancelled);
    m_openRecordButton->setEnabled(m_recordTable->currentRow() >= 0);
    m_printRecordButton->setEnabled(m_recordTable->currentRow() >= 0);
}

const DrillItem *DrillProgrammePage::itemById(qint64 itemId) const
{
    for (const DrillItem &item : m_items) {
        if (item.id == itemId)
            return &item;
    }
    return nullptr;
}

const DrillItem *DrillProgrammePage::selectedItem() const
{
    const QList<QTableWidgetItem *> selected = m_itemTable->selectedItems();
    if (selected.isEmpty())
        return nullptr;
    const QTableWidgetItem *first = m_itemTable->item(selected.first()->row(), 0);
    return first ? itemById(first->data(Qt::UserRole).toLongLong()) : nullptr;
}

std::optional<DrillProgrammePage::SelectedOccurrence> DrillProgrammePage::selectedOccurrence() const
{
    const QModelIndexList rows = m_occurrenceView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    const DrillOccurrence *occurrence = m_occurrenceModel->occurrenceAt(rows.first().row());
    if (!occurrence)
        return std::nullopt;
    return SelectedOccurrence{occurrence->drillItemId, occurrence->date, occurrence->recordId,
                              occurrence->state == OccurrenceState::Cancelled};
}

void DrillProgrammePage::selectOccurrence(qint64 drillItemId, const QDate &date)
{
    if (date.year() != year())
        setYear(date.year());
    m_tabs->setCurrentIndex(0);
    const int row = m_occurrenceModel->rowOf(drillItemId, date);
    if (row >= 0) {
        m_occurrenceView->selectRow(row);
        m_occurrenceView->scrollTo(m_occurrenceModel->index(row, 0));
    }
    m_calendar->showDate(date);
}

void DrillProgrammePage::showOccurrencesOn(const QDate &date)
{
    for (int row = 0; row < m_occurrenceModel->rowCount(); ++row) {
        if (m_occurrenceModel->occurrenceAt(row)->date == date) {
            m_occurrenceView->selectRow(row);
            m_occurrenceView->scrollTo(m_occurrenceModel->index(row, 0));
            return;
        }
    }
}

void DrillProgrammePage::newItem()
{
    DrillItem item;
    item.planId = m_plan.id;
    item.timeZoneId = DrillItem::defaultTimeZoneId();
    const QDate today = Clock::today();
    // Next year's programme is the usual work of the autumn: start there once it is that time.
    item.firstDate = today.month() >= 10 ? QDate(today.year() + 1, 3, 1) : today.addDays(30);
    item.content = m_items.isEmpty() ? DrillContent::Comprehensive : DrillContent::Special;
    item.recurrence.frequency = RecurrenceRule::Frequency::Yearly;
    item.recurrence.count = 3;
    openItemDialog(item);
}

void DrillProgrammePage::editSelectedItem()
{
    if (const DrillItem *item = selectedItem())
        openItemDialog(*item);
}

void DrillProgrammePage::openItemDialog(const DrillItem &item)
{
    if (m_itemDialog)
        m_itemDialog->close();
    m_itemDialog = new DrillItemDialog(item, this);
    m_itemDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_itemDialog->setSaveHandler([this](const DrillItem &edited) { return m_drills.saveItem(edited); });
    connect(m_itemDialog, &QDialog::accepted, this, [this] {
        reload();
        emit programmeChanged();
    });
    m_itemDialog->open();
}

void DrillProgrammePage::deleteSelectedItem()
{
    const DrillItem *item = selectedItem();
    if (!item)
        return;
    if (MessageBoxes::question(this, tr("Delete the drill"),
                               tr("Delete \"%1\" and all its planned dates from the programme?").arg(item->title),
                               QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        != QMessageBox::Yes)
        return;
    if (Result<void> removed = m_drills.removeItem(item->id); !removed) {
        MessageBoxes::warning(this, tr("The drill was not deleted"), removed.errorMessage());
        return;
    }
    reload();
    emit programmeChanged();
}

void DrillProgrammePage::recordSelectedOccurrence()
{
    const std::optional<SelectedOccurrence> occurrence = selectedOccurrence();
    if (!occurrence)
        return;
    if (occurrence->recordId != 0) {
        openRecord(occurrence->recordId);
        return;
    }
    if (occurrence->cancelled) {
        MessageBoxes::information(this, tr("Cancelled drill"),
                                  tr("This drill was cancelled; restore it before recording it."));
        return;
    }
    if (const std::optional<DrillItem> item = loadItemOrWarn(occurrence->drillItemId))
        openRecordDialog(*item, DrillRecordDialog::newRecordFor(*item, occurrence->date));
}

void DrillProgrammePage::openRecord(qint64 recordId)
{
    Result<DrillRecord> record = m_drills.loadRecord(recordId);
    if (!record) {
        MessageBoxes::warning(this, tr("The drill record could not be opened"), record.errorMessage());
        return;
    }
    Result<DrillItem> item = m_drills.loadItem(record.value().drillItemId);
    if (!item) {
        MessageBoxes::warning(this, tr("The drill record could not be opened"), item.errorMessage());
        return;
    }
    openRecordDialog(item.value(), record.value());
}

void DrillProgrammePage::printSelectedRecord(bool toPdf, bool summaryReport)
{
    const int row = m_recordTable->currentRow();
    if (row < 0)
        return;
    Result<DrillRecord> record = m_drills.loadRecord(m_recordTable->item(row, 0)->data(Qt::UserRole).toLongLong());
    Result<DrillItem> item = record ? m_drills.loadItem(record.value().drillItemId) : Result<DrillItem>(record.error());
    if (!item) {
        MessageBoxes::warning(this, tr("The drill record could not be read"), item.errorMessage());
        return;
    }
    const DrillPrinting::Output output = toPdf ? DrillPrinting::Output::Pdf : DrillPrinting::Output::Preview;
    if (summaryReport)
        DrillPrinting::summaryReport(this, output, m_plan, item.value(), record.value());
    else
        DrillPrinting::record(this, output, m_plan, item.value(), record.value());
}

void DrillProgrammePage::openRecordDialog(const DrillItem &item, const DrillRecord &record)
{
    if (m_recordDialog)
        m_recordDialog->close();
    m_recordDialog = new DrillRecordDialog(m_plan, item, record, this);
    m_recordDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_recordDialog->setSaveHandler([this](const DrillRecord &edited) {
        Result<DrillRecord> saved = m_drills.saveRecord(edited);
        if (saved) {
            reload();
            emit programmeChanged();
        }
        return saved;
    });
    connect(m_recordDialog, &DrillRecordDialog::printRecordRequested, this, [this, item](const DrillRecord &shown) {
        DrillPrinting::record(m_recordDialog, DrillPrinting::Output::Preview, m_plan, item, shown);
    });
    connect(m_recordDialog, &DrillRecordDialog::printSummaryRequested, this, [this, item](const DrillRecord &shown) {
        DrillPrinting::summaryReport(m_recordDialog, DrillPrinting::Output::Preview, m_plan, item, shown);
    });
    connect(m_recordDialog, &DrillRecordDialog::printBlankFormRequested, this, [this, item, record] {
        DrillPrinting::blankForm(m_recordDialog, DrillPrinting::Output::Preview, m_plan, item, record.occurrenceDate);
    });
    m_recordDialog->open();
}

void DrillProgrammePage::cancelSelectedOccurrence()
{
    const std::optional<SelectedOccurrence> occurrence = selectedOccurrence();
    if (!occurrence || occurrence->cancelled || occurrence->recordId != 0)
        return;
    const std::optional<QString> reason =
        MessageBoxes::askText(this, tr("Cancel the drill"),
                              tr("Why is the drill of %1 cancelled? The reason is kept with the programme.")
                                  .arg(occurrence->date.toString(Qt::ISODate)));
    if (!reason)
        return;
    if (Result<void> cancelled = m_drills.cancelOccurrence(occurrence->drillItemId, occurrence->date, *reason);
        !cancelled) {
        MessageBoxes::warning(this, tr("The drill was not cancelled"), cancelled.errorMessage());
        return;
    }
    reload();
    emit programmeChanged();
}

void DrillProgrammePage::restoreSelectedOccurrence()
{
    const std::optional<SelectedOccurrence> occurrence = selectedOccurrence();
    if (!occurrence || !occurrence->cancelled)
        return;
    if (Result<void> restored = m_drills.restoreOccurrence(occurrence->drillItemId, occurrence->date); !restored) {
        MessageBoxes::warning(this, tr("The drill was not restored"), restored.errorMessage());
        return;
    }
    reload();
    emit programmeChanged();
}

void DrillProgrammePage::printProgramme(bool toPdf)
{
    if (const std::optional<QList<DrillItem>> items = listItemsOrWarn())
        DrillPrinting::programme(this, toPdf ? DrillPrinting::Output::Pdf : DrillPrinting::Output::Preview, m_plan,
                                 *items, year());
}

void DrillProgrammePage::printBlankForm(bool toPdf)
{
    const std::optional<SelectedOccurrence> occurrence = selectedOccurrence();
    if (!occurrence)
        return;
    if (const std::optional<DrillItem> item = loadItemOrWarn(occurrence->drillItemId))
        DrillPrinting::blankForm(this, toPdf ? DrillPrinting::Output::Pdf : DrillPrinting::Output::Preview, m_plan,
                                 *item, occurrence->date);
}

void DrillProgrammePage::printWorkPlan(bool toPdf)
{
    const std::optional<SelectedOccurrence> occurrence = selectedOccurrence();
    if (!occurrence)
        return;
    if (const std::optional<DrillItem> item = loadItemOrWarn(occurrence->drillItemId))
        DrillPrinting::workPlan(this, toPdf ? DrillPrinting::Output::Pdf : DrillPrinting::Output::Preview, m_plan,
                                *item, occurrence->date);
}

std::optional<DrillItem> DrillProgrammePage::loadItemOrWarn(qint64 itemId)
{
    Result<DrillItem> item = m_drills.loadItem(itemId);
    if (!item) {
        MessageBoxes::warning(this, tr("The drill could not be read"), item.errorMessage());
        return std::nullopt;
    }
    return item.value();
}

std::optional<QList<DrillItem>> DrillProgrammePage::listItemsOrWarn()
{
    Result<QList<DrillItem>> items = m_drills.listItems(m_plan.id);
    if (!items) {
        MessageBoxes::warning(this, tr("The drill programme could not be read"), items.errorMessage());
        return std::nullopt;
    }
    return items.value();
}

void DrillProgrammePage::exportCalendar()
{
    const std::optional<QList<DrillItem>> items = listItemsOrWarn();
    if (!items)
        return;
    QSet<quint64> cancelled;
    for (auto it = m_snapshot.cancellationReasons.cbegin(); it != m_snapshot.cancellationReasons.cend(); ++it)
        cancelled.insert(it.key());
    const QString path = DrillPrinting::exportCalendar(this, m_plan, *items, cancelled);
    if (!path.isEmpty())
        MessageBoxes::information(this, tr("Calendar exported"),
                                  tr("The drill programme was written to %1. Import it into Thunderbird, Outlook or "
                                     "any calendar; importing it again updates the drills instead of adding them twice.")
                                      .arg(QDir::toNativeSeparators(path)));
}
