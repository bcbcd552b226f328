#pragma once

#include "core/exchange/TemplateLibrary.h"

#include <QDate>
#include <QPointer>
#include <QWidget>
#include <optional>

class Database;
class DrillFromTemplateDialog;
class NewPlanFromTemplateDialog;
class PlanRepository;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class TemplateImportDialog;

// The template library: the built-in templates and those imported from colleagues, searchable, each
// with its kind, language, version and origin, and a plain-text preview of its content. From here a
// plan or a drill of a plan's programme is made from a template, and templates are imported (with a
// preview first) or removed. Dialogs open window-modal without blocking, so tests can drive them.
class TemplateLibraryPage : public QWidget
{
    Q_OBJECT

public:
    enum Column
    {
        TitleColumn,
        KindColumn,
        LanguageColumn,
        VersionColumn,
        OriginColumn,
        ColumnCount
    };

    TemplateLibraryPage(Database &database, PlanRepository &plans, QWidget *parent = nullptr);

    // Reads the built-in and imported templates again and shows them with the current filters.
    void reload();
    // Shows only templates of this kind (all: std::nullopt).
    void setKindFilter(std::optional<TemplateKind> kind);
    // The plan preselected when a drill scenario is added to a programme (0: the first plan).
    void setPreferredPlanId(qint64 planId) { m_preferredPlanId = planId; }
    // Selects a template by identifier (imported ones before built-in ones); false if not listed.
    bool selectTemplate(const QString &templateId);
    const TemplateLibrary::Entry *selectedEntry() const;
    const QList<TemplateLibrary::Entry> &entries() const { return m_entries; }

    // The commands, public for the window's menus and for tests.
    void createPlanFromSelected();
    void addSelectedToDrillProgramme();
    void chooseFileAndImport();
    // Reads and checks the file and opens the import preview; nothing is written before the user
    // confirms in it.
    void importFile(const QString &path);
    void deleteSelected();

    QLineEdit *searchEdit() const { return m_searchEdit; }
    QComboBox *kindCombo() const { return m_kindCombo; }
    QTableWidget *templateTable() const { return m_table; }
    QPlainTextEdit *previewEdit() const { return m_preview; }
    // The open dialogs, if any (defined out of line: QPointer needs the complete types).
    TemplateImportDialog *importDialog() const;
    NewPlanFromTemplateDialog *planDialog() const;
    DrillFromTemplateDialog *drillDialog() const;

signals:
    void closeRequested();
    void planCreated(qint64 planId);
    void drillItemCreated(qint64 planId, qint64 drillItemId, const QDate &firstDate);
    void templateImported(const QString &templateId);

private:
    void buildLayout();
    void refill();
    void rememberSelection();
    void showPreview();
    void updateButtons();

    Database &m_database;
    PlanRepository &m_plans;
    QList<TemplateLibrary::Entry> m_entries; // everything; the table shows the ones that match
    qint64 m_preferredPlanId = 0;
    QString m_selectedId; // the selected template, kept across searches and reloads
    bool m_selectedBuiltIn = false;

    QLineEdit *m_searchEdit = nullptr;
    QComboBox *m_kindCombo = nullptr;
    QComboBox *m_languageCombo = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_countLabel = nullptr;
    QPlainTextEdit *m_preview = nullptr;
    QPushButton *m_createPlanButton = nullptr;
    QPushButton *m_addDrillButton = nullptr;
    QPushButton *m_deleteButton = nullptr;
    QPointer<TemplateImportDialog> m_importDialog;
    QPointer<NewPlanFromTemplateDialog> m_planDialog;
    QPointer<DrillFromTemplateDialog> m_drillDialog;
};
