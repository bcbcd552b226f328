#pragma once

#include "core/exchange/TemplateImportPreview.h"

#include <QDialog>

class Database;
class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableWidget;

// The preview of a template file before it is imported: what it is, how it relates to what is
// already in the library (new, already imported, an update, older), and every problem with its
// place in the file. Nothing is written until the user presses Import (or Update); the import is
// one transaction, so a refusal at that point changes nothing either.
class TemplateImportDialog : public QDialog
{
    Q_OBJECT

public:
    enum ProblemColumn
    {
        PlaceColumn,
        ProblemColumn,
        SeverityColumn
    };

    TemplateImportDialog(Database &database, const TemplateImportPreview &preview, QWidget *parent = nullptr);

    const TemplateImportPreview &preview() const { return m_preview; }
    // The template as stored, once imported (localId 0 before).
    const Template &importedTemplate() const { return m_imported; }

    // Stores the template; on success the dialog closes as accepted. A refusal is shown and leaves
    // the dialog open. Public for tests; the Import / Update button calls it.
    bool importTemplate();

    QPushButton *importButton() const { return m_importButton; }
    QTableWidget *problemTable() const { return m_problemTable; }
    QLabel *statusLabel() const { return m_statusLabel; }
    QPlainTextEdit *contentView() const { return m_contentView; }
    // The value shown for a field of the summary ("title", "kind", "language", "version", "author",
    // "organisation", "created", "contents", "file"), for tests.
    QString summaryValue(const QString &field) const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QLabel *addSummaryRow(QFormLayout *form, const QString &field, const QString &label,
                          const QString &value);
    void fillProblems();

    Database &m_database;
    TemplateImportPreview m_preview;
    Template m_imported;
    QLabel *m_statusLabel = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableWidget *m_problemTable = nullptr;
    QPlainTextEdit *m_contentView = nullptr;
    QPushButton *m_importButton = nullptr;
    QPushButton *m_closeButton = nullptr;
};
