// The template library, the import preview and the export dialog, driven through the real main
// window over a temporary database: what a user sees before anything is written, that a broken file
// changes nothing, and that an exported template leaves names and phone numbers at home.

#include "FileDialogs.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "MessageBoxes.h"
#include "core/Clock.h"
#include "core/exchange/TemplateReader.h"
#include "core/reference/PlanFactory.h"
#include "core/storage/Database.h"
#include "core/storage/DrillRepository.h"
#include "core/storage/PlanRepository.h"
#include "core/storage/TemplateRepository.h"
#include "drills/DrillProgrammePage.h"
#include "editor/PlanEditor.h"
#include "templates/DrillFromTemplateDialog.h"
#include "templates/NewPlanFromTemplateDialog.h"
#include "templates/TemplatePreviewText.h"
#include "templates/TemplateExportDialog.h"
#include "templates/TemplateImportDialog.h"
#include "templates/TemplateLibraryPage.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QCommandLinkButton>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

namespace {

QString dataFile(const QString &relative)
{
    return QStringLiteral(TEST_DATA_DIR "/templates/") + relative;
}

QStringList columnTexts(const QTableWidget *table, int column, int role = Qt::DisplayRole)
{
    QStringList texts;
    for (int row = 0; row < table->rowCount(); ++row)
        texts << (table->item(row, column) ? table->item(row, column)->data(role).toString() : QString());
    return texts;
}

QWidget *currentPage(const MainWindow &window)
{
    return window.findChild<QStackedWidget *>(QStringLiteral("mainStackedWidget"))->currentWidget();
}

QList<Template> importedTemplates(Database &database)
{
    Result<QList<Template>> list = TemplateRepository(database).list();
    return list ? list.value() : QList<Template>();
}

} // namespace

class TestTemplateGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        QVERIFY(m_dir.isValid());
        m_database = std::make_unique<Database>();
        QVERIFY(m_database->open(m_dir.filePath(QStringLiteral("plans-%1.sqlite").arg(++m_count))).ok());
    }

    void cleanup()
    {
        m_database.reset();
        Clock::reset();
        MessageBoxes::clearLastText();
    }

    void importPreviewOfAGoodFile()
    {
        MainWindow window(*m_database);
        window.show();
        window.importTemplateFile(dataFile(QStringLiteral("valid/small-plan.json")));
        TemplateImportDialog *dialog = window.templatePage()->importDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());

        // What it is, how it relates to the library, what it holds: before anything is written.
        const TemplateImportPreview &preview = dialog->preview();
        QCOMPARE(preview.status, TemplateImportPreview::Status::New);
        QCOMPARE(dialog->statusLabel()->text(), preview.statusText());
        QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("templateTitleLabel"))->text(),
                 QStringLiteral("勒索软件事件专项应急预案（测试模板）"));
        QCOMPARE(dialog->summaryValue(QStringLiteral("author")), QStringLiteral("测试组"));
        QCOMPARE(dialog->summaryValue(QStringLiteral("version")), QStringLiteral("1"));
        QCOMPARE(dialog->summaryValue(QStringLiteral("created")), QStringLiteral("2026-11-24"));
        QCOMPARE(dialog->summaryValue(QStringLiteral("file")), QStringLiteral("small-plan.json"));
        QCOMPARE(dialog->summaryValue(QStringLiteral("contents")), preview.templ.contentSummary());
        QVERIFY(dialog->summaryValue(QStringLiteral("contents")).startsWith(QStringLiteral("7 section")));
        QVERIFY(dialog->contentView()->toPlainText().contains(QStringLiteral("自定义小节")));
        QCOMPARE(dialog->problemTable()->rowCount(), 0);
        QVERIFY(importedTemplates(*m_database).isEmpty());

        QVERIFY(dialog->importButton()->isEnabled());
        QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
        QTRY_VERIFY(!window.templatePage()->importDialog() ||
                    !window.templatePage()->importDialog()->isVisible());

        const QList<Template> imported = importedTemplates(*m_database);
        QCOMPARE(imported.size(), 1);
        QCOMPARE(imported.first().id, QStringLiteral("org.example.test.small-plan"));
        QCOMPARE(imported.first().origin.fileName, QStringLiteral("small-plan.json"));
        // The library shows it, selected, with where it came from.
        QCOMPARE(currentPage(window), window.templatePage());
        const TemplateLibrary::Entry *selected = window.templatePage()->selectedEntry();
        QVERIFY(selected);
        QVERIFY(!selected->builtIn);
        QCOMPARE(selected->templ.id, QStringLiteral("org.example.test.small-plan"));
        QVERIFY(
            window.templatePage()->previewEdit()->toPlainText().contains(QStringLiteral("small-plan.json")));
        const QStringList origins =
            columnTexts(window.templatePage()->templateTable(), TemplateLibraryPage::OriginColumn);
        QCOMPARE(origins.count(QStringLiteral("Built in")),
                 window.templatePage()->templateTable()->rowCount() - 1);
    }

    void brokenFilesAreRefusedAndChangeNothing_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("pointer");
        QTest::newRow("bad date") << QStringLiteral("broken/bad-date.json")
                                  << QStringLiteral("/template/created");
        QTest::newRow("duplicate keys") << QStringLiteral("broken/duplicate-keys.json") << QString();
        QTest::newRow("really a zip") << QStringLiteral("broken/really-a-zip.json") << QString();
        QTest::newRow("truncated") << QStringLiteral("broken/truncated.json") << QString();
        QTest::newRow("future version") << QStringLiteral("broken/future-version.json") << QString();
        QTest::newRow("html") << QStringLiteral("broken/html.json") << QString();
    }

    void brokenFilesAreRefusedAndChangeNothing()
    {
        QFETCH(QString, file);
        QFETCH(QString, pointer);
        QVERIFY(PlanRepository(*m_database).save(PlanFactory().createDemo()).ok());
        MainWindow window(*m_database);
        window.show();
        const int plansBefore = int(PlanRepository(*m_database).listPlans().value().size());

        window.importTemplateFile(dataFile(file));
        TemplateImportDialog *dialog = window.templatePage()->importDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->preview().hasErrors());
        QCOMPARE(dialog->preview().status, TemplateImportPreview::Status::Invalid);
        QVERIFY(!dialog->importButton()->isEnabled());
        QVERIFY(dialog->statusLabel()->text().contains(QStringLiteral("cannot be imported")));

        // Every problem is listed with its place and what is wrong.
        QTableWidget *problems = dialog->problemTable();
        QCOMPARE(problems->rowCount(), int(dialog->preview().problems.size()));
        QVERIFY(problems->rowCount() > 0);
        for (int row = 0; row < problems->rowCount(); ++row) {
            const TemplateProblem &problem = dialog->preview().problems.at(row);
            QCOMPARE(problems->item(row, TemplateImportDialog::PlaceColumn)->data(Qt::UserRole).toString(),
                     problem.pointer);
            QVERIFY(problems->item(row, TemplateImportDialog::PlaceColumn)
                        ->text()
                        .startsWith(problem.pointer.isEmpty() ? QStringLiteral("(whole file)")
                                                              : problem.pointer));
            QCOMPARE(problems->item(row, TemplateImportDialog::ProblemColumn)->text(), problem.message);
            QVERIFY(!problem.message.isEmpty());
            QCOMPARE(problems->item(row, TemplateImportDialog::SeverityColumn)->text(),
                     problem.isError() ? QStringLiteral("Error") : QStringLiteral("Warning"));
        }
        if (!pointer.isEmpty())
            QVERIFY(columnTexts(problems, TemplateImportDialog::PlaceColumn, Qt::UserRole).contains(pointer));
        // The summary does not show a refused field's default as if the file said so.
        if (pointer == QLatin1String("/template/created"))
            QCOMPARE(dialog->summaryValue(QStringLiteral("created")),
                     QStringLiteral("(not valid, see the problems)"));

        // Even pressed in spite of the disabled button, the import writes nothing.
        QVERIFY(!dialog->importTemplate());
        QVERIFY(dialog->isVisible());
        QVERIFY(importedTemplates(*m_database).isEmpty());
        QCOMPARE(PlanRepository(*m_database).listPlans().value().size(), plansBefore);
        dialog->reject();
    }

    void theSameFileTwiceIsReportedAndANewerVersionIsAnUpdate()
    {
        MainWindow window(*m_database);
        window.show();
        const QString path = dataFile(QStringLiteral("valid/small-drill.json"));
        window.importTemplateFile(path);
        QVERIFY(window.templatePage()->importDialog());
        QVERIFY(window.templatePage()->importDialog()->importTemplate());
        QCOMPARE(importedTemplates(*m_database).size(), 1);

        window.importTemplateFile(path);
        TemplateImportDialog *again = window.templatePage()->importDialog();
        QVERIFY(again);
        QCOMPARE(again->preview().status, TemplateImportPreview::Status::AlreadyImported);
        QVERIFY(again->statusLabel()->text().contains(QStringLiteral("already imported")));
        QVERIFY(!again->importButton()->isEnabled());
        QVERIFY(!again->importTemplate());
        QCOMPARE(importedTemplates(*m_database).size(), 1);
        again->reject();

        // Version 4 of the same template replaces version 3; it is offered as an update.
        QFile source(path);
        QVERIFY(source.open(QIODevice::ReadOnly));
        QByteArray bytes = source.readAll();
        QVERIFY(bytes.contains("\"version\": 3,"));
        bytes.replace("\"version\": 3,", "\"version\": 4,");
        const QString newer = m_dir.filePath(QStringLiteral("small-drill-v4.json"));
        QFile out(newer);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(bytes);
        out.close();
        window.importTemplateFile(newer);
        TemplateImportDialog *update = window.templatePage()->importDialog();
        QVERIFY(update);
        QCOMPARE(update->preview().status, TemplateImportPreview::Status::Update);
        QCOMPARE(update->importButton()->text(), QStringLiteral("&Update"));
        QVERIFY(update->importButton()->isEnabled());
        QVERIFY(update->importTemplate());
        const QList<Template> imported = importedTemplates(*m_database);
        QCOMPARE(imported.size(), 1);
        QCOMPARE(imported.first().version, 4);

        // And the older file is now refused as older.
        window.importTemplateFile(path);
        TemplateImportDialog *older = window.templatePage()->importDialog();
        QVERIFY(older);
        QCOMPARE(older->preview().status, TemplateImportPreview::Status::OlderThanImported);
        QVERIFY(!older->importButton()->isEnabled());
        older->reject();
    }

    void unknownFieldsAreListedAsWarningsAndKept()
    {
        MainWindow window(*m_database);
        window.show();
        window.importTemplateFile(dataFile(QStringLiteral("valid/unknown-fields.json")));
        TemplateImportDialog *dialog = window.templatePage()->importDialog();
        QVERIFY(dialog);
        QVERIFY(!dialog->preview().hasErrors());
        QVERIFY(dialog->problemTable()->rowCount() > 0);
        QVERIFY(columnTexts(dialog->problemTable(), TemplateImportDialog::PlaceColumn, Qt::UserRole)
                    .contains(QStringLiteral("/template/licence")));
        QVERIFY(!columnTexts(dialog->problemTable(), TemplateImportDialog::SeverityColumn)
                     .contains(QStringLiteral("Error")));
        QVERIFY(dialog->importButton()->isEnabled());
        QVERIFY(dialog->importTemplate());
        QCOMPARE(importedTemplates(*m_database)
                     .first()
                     .unknownFields.value(QStringLiteral("/template/licence"))
                     .toString(),
                 QStringLiteral("CC-BY-4.0"));
    }

    void dropAFileOnTheWindowOpensTheImportPreview()
    {
        MainWindow window(*m_database);
        window.show();

        QMimeData other;
        other.setUrls({QUrl::fromLocalFile(dataFile(QStringLiteral("broken/not-json.txt")))});
        QDragEnterEvent refused(QPoint(20, 20), Qt::CopyAction, &other, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &refused);
        QVERIFY(!refused.isAccepted());

        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(dataFile(QStringLiteral("valid/small-plan.json")))});
        QDragEnterEvent enter(QPoint(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &drop);
        QVERIFY(drop.isAccepted());

        TemplateImportDialog *dialog = window.templatePage()->importDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->preview().templ.id, QStringLiteral("org.example.test.small-plan"));
        QVERIFY(importedTemplates(*m_database).isEmpty()); // a preview, nothing written
    }

    void exportListsWhatIsRemovedAndWritesAFileWithoutIt()
    {
        Plan plan = PlanFactory().createDemo(QStringLiteral("en"));
        plan.sections[1].body +=
            QStringLiteral("\nCall 王建国 on 138-0000-0101 or write to soc@example.com.");
        Result<Plan> saved = PlanRepository(*m_database).save(plan);
        QVERIFY(saved.ok());
        plan = saved.value();

        MainWindow window(*m_database);
        window.show();
        window.planTable()->selectRow(0);
        auto *exportAction = window.findChild<QAction *>(QStringLiteral("exportPlanAsTemplateAction"));
        QVERIFY(exportAction && exportAction->isEnabled());
        exportAction->trigger();
        TemplateExportDialog *dialog = window.templateExportDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());

        // Every name and phone number of the contact list, and the organisation, before writing.
        QTableWidget *table = dialog->removalTable();
        const QStringList values = columnTexts(table, TemplateExportDialog::ValueColumn);
        QStringList secrets{plan.organisation, QStringLiteral("soc@example.com")};
        for (const Contact &contact : plan.contacts) {
            for (const QString &value : {contact.name, contact.officePhone, contact.mobilePhone}) {
                if (!value.isEmpty())
                    secrets << value;
            }
        }
        QVERIFY(secrets.size() > 5);
        for (const QString &secret : std::as_const(secrets))
            QVERIFY2(values.contains(secret), qPrintable(secret));
        QCOMPARE(table->rowCount(), int(dialog->output().removed.size()));
        QVERIFY(
            columnTexts(table, TemplateExportDialog::KindColumn).contains(QStringLiteral("Phone number")));

        // Keeping the organisation's name takes it off the list.
        QVERIFY(columnTexts(table, TemplateExportDialog::KindColumn)
                    .contains(QStringLiteral("Organisation name")));
        dialog->keepOrganisationCheckBox()->setChecked(true);
        QVERIFY(!columnTexts(table, TemplateExportDialog::KindColumn)
                     .contains(QStringLiteral("Organisation name")));
        dialog->keepOrganisationCheckBox()->setChecked(false);
        QVERIFY(columnTexts(table, TemplateExportDialog::KindColumn)
                    .contains(QStringLiteral("Organisation name")));

        // The file name offered has no {{organisation}} in it.
        QVERIFY(dialog->output().templ.title.contains(QStringLiteral("{{organisation}}")));
        QCOMPARE(dialog->suggestedFileName(), QStringLiteral("Cybersecurity Incident Emergency Plan.json"));

        const QString path = m_dir.filePath(QStringLiteral("exported.json"));
        FileDialogs::setNextFileName(path);
        QTest::mouseClick(dialog->exportButton(), Qt::LeftButton);
        QTRY_VERIFY(!window.templateExportDialog() || !window.templateExportDialog()->isVisible());

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString written = QString::fromUtf8(file.readAll());
        for (const QString &secret : std::as_const(secrets))
            QVERIFY2(!written.contains(secret), qPrintable(secret));
        QVERIFY(written.contains(QStringLiteral("{{organisation}}")));
        // What was exported can be imported.
        const TemplateReadResult read = TemplateReader::readFile(path);
        QVERIFY(!read.hasErrors());
        QCOMPARE(read.templ.plan.sections.size(), plan.sections.size());
        // Its preview, as a colleague's library shows it, reads 〔单位名称〕 / [organisation], not the marker.
        const QString preview = TemplatePreviewText::of(read.templ, false);
        QVERIFY(!preview.contains(QStringLiteral("{{")));
        QVERIFY2(preview.startsWith(QStringLiteral("[organisation] Cybersecurity Incident Emergency Plan")),
                 qPrintable(preview.left(80)));
    }

    void aDrillExportsAsAScenarioWithoutItsPeople()
    {
        Clock::setFixed(QDateTime(QDate(2026, 6, 1), QTime(9, 0)));
        Result<Plan> plan = PlanRepository(*m_database).save(PlanFactory().createDemo(QStringLiteral("en")));
        QVERIFY(plan.ok());
        DrillItem item;
        item.planId = plan.value().id;
        item.title = QStringLiteral("Ransomware tabletop");
        item.purpose = QStringLiteral("Practise the isolation steps; 张伟 presents the findings.");
        item.firstDate = QDate(2026, 9, 1);
        item.place = QStringLiteral("Room 301");
        item.participants = QStringLiteral("Alice Example, Bob Example");
        item.objectives << QStringLiteral("Isolate within 30 minutes");
        QVERIFY(DrillRepository(*m_database).saveItem(item).ok());

        MainWindow window(*m_database);
        window.show();
        QVERIFY(window.openDrills(plan.value().id));
        window.drillPage()->itemTable()->selectRow(0);
        auto *exportButton =
            window.drillPage()->findChild<QPushButton *>(QStringLiteral("exportDrillAsTemplateButton"));
        QVERIFY(exportButton && exportButton->isEnabled());
        exportButton->click();
        TemplateExportDialog *dialog = window.templateExportDialog();
        QVERIFY(dialog);
        const QStringList values = columnTexts(dialog->removalTable(), TemplateExportDialog::ValueColumn);
        QVERIFY(values.contains(item.participants));
        QVERIFY(values.contains(QStringLiteral("张伟")));

        const QString path = m_dir.filePath(QStringLiteral("drill.json"));
        FileDialogs::setNextFileName(path);
        QVERIFY(dialog->exportToFile());
        const TemplateReadResult read = TemplateReader::readFile(path);
        QVERIFY(!read.hasErrors());
        QCOMPARE(read.templ.kind, TemplateKind::DrillScenario);
        QCOMPARE(read.templ.drill.objectives, item.objectives);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString written = QString::fromUtf8(file.readAll());
        for (const QString &secret :
             {item.participants, item.place, QStringLiteral("张伟"), plan.value().organisation})
            QVERIFY2(!written.contains(secret), qPrintable(secret));
    }

    void newPlanFromABuiltInTemplate()
    {
        MainWindow window(*m_database);
        window.show();
        QCOMPARE(currentPage(window)->objectName(), QStringLiteral("welcomePage"));
        auto *fromTemplate = window.findChild<QCommandLinkButton *>(QStringLiteral("templatePlanButton"));
        QVERIFY(fromTemplate);
        fromTemplate->click();
        TemplateLibraryPage *page = window.templatePage();
        QCOMPARE(currentPage(window), page);
        // Only plan templates, built-in ones listed.
        QVERIFY(page->templateTable()->rowCount() >= 12);
        QVERIFY(!columnTexts(page->templateTable(), TemplateLibraryPage::KindColumn)
                     .contains(QStringLiteral("Drill scenario")));

        // Searching narrows the list.
        QTest::keyClicks(page->searchEdit(), QStringLiteral("ransomware"));
        QVERIFY(page->templateTable()->rowCount() >= 1);
        QVERIFY(page->templateTable()->rowCount() < 12);
        QVERIFY(page->selectTemplate(QStringLiteral("cn.plandesk.builtin.plan-ransomware.en")));
        const Template templ = page->selectedEntry()->templ;
        QVERIFY(page->previewEdit()->toPlainText().startsWith(templ.title));
        QVERIFY(page->previewEdit()->toPlainText().contains(
            QStringLiteral("Built in (plan-ransomware.en.json)")));

        auto *create = page->findChild<QPushButton *>(QStringLiteral("createPlanFromTemplateButton"));
        QVERIFY(create && create->isEnabled());
        QVERIFY(!page->findChild<QPushButton *>(QStringLiteral("addDrillFromTemplateButton"))->isEnabled());
        QVERIFY(!page->findChild<QPushButton *>(QStringLiteral("deleteTemplateButton"))->isEnabled());
        create->click();
        NewPlanFromTemplateDialog *dialog = page->planDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->organisationEdit()->text().isEmpty()); // no plan yet to take it from

        // The organisation is required.
        auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("createPlanButton"));
        MessageBoxes::setNextAnswer(QMessageBox::Ok);
        ok->click();
        QVERIFY(dialog->isVisible());
        QVERIFY(PlanRepository(*m_database).listPlans().value().isEmpty());

        QTest::keyClicks(dialog->organisationEdit(), QStringLiteral("Example Ltd"));
        QVERIFY(dialog->titleEdit()->text().startsWith(QStringLiteral("Example Ltd")));
        ok->click();
        QTRY_VERIFY(!page->planDialog() || !page->planDialog()->isVisible());

        const QList<PlanSummary> plans = PlanRepository(*m_database).listPlans().value();
        QCOMPARE(plans.size(), 1);
        QCOMPARE(currentPage(window), window.editor());
        const Plan plan = window.editor()->plan();
        QCOMPARE(plan.id, plans.first().id);
        QCOMPARE(plan.organisation, QStringLiteral("Example Ltd"));
        QCOMPARE(plan.kind, PlanKind::Special);
        QCOMPARE(plan.sections.size(), templ.plan.sections.size());
        for (const Section &section : plan.sections)
            QVERIFY(!section.body.contains(QStringLiteral("{{organisation}}")));
    }

    // A CII operator starting from a special plan written for ordinary operators: the dialog asks
    // for the sector, says the chain changes, and the plan has the CII chain (1 hour).
    void aCiiOperatorGetsTheCiiReportingChainFromAnOrdinaryTemplate()
    {
        MainWindow window(*m_database);
        window.show();
        window.findChild<QCommandLinkButton *>(QStringLiteral("templatePlanButton"))->click();
        TemplateLibraryPage *page = window.templatePage();
        QVERIFY(page->selectTemplate(QStringLiteral("cn.plandesk.builtin.plan-ransomware.en")));
        QCOMPARE(page->selectedEntry()->templ.plan.profile, OperatorProfile::Ordinary);
        page->findChild<QPushButton *>(QStringLiteral("createPlanFromTemplateButton"))->click();
        NewPlanFromTemplateDialog *dialog = page->planDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->profileCombo()->currentData().toString(), operatorProfileKey(OperatorProfile::Ordinary));
        QVERIFY(dialog->sectorCombo()->isHidden());
        QVERIFY(dialog->reportingHintLabel()->isHidden());

        dialog->profileCombo()->setCurrentIndex(
            dialog->profileCombo()->findData(operatorProfileKey(OperatorProfile::CriticalInfrastructure)));
        QVERIFY(!dialog->sectorCombo()->isHidden());
        QVERIFY(!dialog->reportingHintLabel()->isHidden());
        QVERIFY2(dialog->reportingHintLabel()->text().contains(QStringLiteral("1 hour")),
                 qPrintable(dialog->reportingHintLabel()->text()));
        QTest::keyClicks(dialog->organisationEdit(), QStringLiteral("Example Grid Co."));
        // Without the sector it is refused.
        MessageBoxes::setNextAnswer(QMessageBox::Ok);
        dialog->findChild<QPushButton *>(QStringLiteral("createPlanButton"))->click();
        QVERIFY(dialog->isVisible());
        dialog->sectorCombo()->setCurrentIndex(dialog->sectorCombo()->findData(QStringLiteral("energy")));
        dialog->findChild<QPushButton *>(QStringLiteral("createPlanButton"))->click();
        QTRY_VERIFY(!page->planDialog() || !page->planDialog()->isVisible());

        const Plan plan = window.editor()->plan();
        QVERIFY(plan.id > 0);
        QCOMPARE(plan.profile, OperatorProfile::CriticalInfrastructure);
        QCOMPARE(plan.ciiSector, QStringLiteral("energy"));
        QCOMPARE(plan.reportingSteps,
                 PlanFactory().reportingStepsFor(OperatorProfile::CriticalInfrastructure, QStringLiteral("en")));
        QCOMPARE(plan.reportingSteps.first().deadlineMinutes, 60);
    }

    void aDrillScenarioIsAddedToAPlansProgramme()
    {
        Clock::setFixed(QDateTime(QDate(2026, 6, 1), QTime(9, 0)));
        Result<Plan> saved = PlanRepository(*m_database).save(PlanFactory().createDemo(QStringLiteral("en")));
        QVERIFY(saved.ok());
        MainWindow window(*m_database);
        window.show();
        window.planTable()->selectRow(0);
        auto *library = window.findChild<QAction *>(QStringLiteral("templateLibraryAction"));
        QVERIFY(library);
        library->trigger();
        TemplateLibraryPage *page = window.templatePage();
        QCOMPARE(currentPage(window), page);
        QVERIFY(page->selectTemplate(QStringLiteral("cn.plandesk.builtin.drill-ddos-hands-on.en")));
        const Template templ = page->selectedEntry()->templ;
        auto *add = page->findChild<QPushButton *>(QStringLiteral("addDrillFromTemplateButton"));
        QVERIFY(add && add->isEnabled());
        add->click();
        DrillFromTemplateDialog *dialog = page->drillDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->planCombo()->currentData().toLongLong(), saved.value().id);
        dialog->firstDateEdit()->setDate(QDate(2026, 9, 15));
        dialog->findChild<QPushButton *>(QStringLiteral("addDrillButton"))->click();
        QTRY_VERIFY(!page->drillDialog() || !page->drillDialog()->isVisible());

        const QList<DrillItem> items = DrillRepository(*m_database).listItems(saved.value().id).value();
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.first().title, templ.drill.title);
        QCOMPARE(items.first().firstDate, QDate(2026, 9, 15));
        QCOMPARE(items.first().recurrence.frequency,
                 RecurrenceRule::Frequency::Once); // templates schedule nothing
        QCOMPARE(items.first().injects.size(), templ.drill.injects.size());
        QCOMPARE(currentPage(window), window.drillPage());
    }

    void anImportedTemplateCanBeDeleted()
    {
        MainWindow window(*m_database);
        window.show();
        window.importTemplateFile(dataFile(QStringLiteral("valid/small-plan.json")));
        QVERIFY(window.templatePage()->importDialog()->importTemplate());
        TemplateLibraryPage *page = window.templatePage();
        QVERIFY(!page->selectedEntry()->builtIn);
        auto *remove = page->findChild<QPushButton *>(QStringLiteral("deleteTemplateButton"));
        QVERIFY(remove->isEnabled());
        MessageBoxes::setNextAnswer(QMessageBox::Cancel);
        remove->click();
        QCOMPARE(importedTemplates(*m_database).size(), 1);
        MessageBoxes::setNextAnswer(QMessageBox::Yes);
        remove->click();
        QVERIFY(importedTemplates(*m_database).isEmpty());
        QVERIFY(!page->selectTemplate(QStringLiteral("org.example.test.small-plan")));
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    int m_count = 0;
};

QTEST_MAIN(TestTemplateGui)
#include "TestTemplateGui.moc"
