#pragma once

#include "core/domain/DrillItem.h"
#include "core/domain/Plan.h"
#include "core/exchange/TemplateExporter.h"

#include <QDialog>
#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

// Exports a plan, or one drill of a plan's programme, as a template file for colleagues. Before
// anything is written it lists exactly what personal data the export removes (names, phone numbers,
// e-mail addresses, the organisation's name unless kept): the place, the kind and the value. The
// file is then chosen and written atomically.
class TemplateExportDialog : public QDialog
{
    Q_OBJECT

public:
    enum RemovalColumn
    {
        PlaceColumn,
        KindColumn,
        ValueColumn,
        ReplacementColumn
    };

    // The plan as a plan template.
    explicit TemplateExportDialog(const Plan &plan, QWidget *parent = nullptr);
    // A drill item of `plan`'s programme as a drill scenario.
    TemplateExportDialog(const DrillItem &item, const Plan &plan, QWidget *parent = nullptr);

    // What will be written and removed with the options as they are now.
    const TemplateExporter::Output &output() const { return m_output; }
    // The file name offered: the template's title without its {{…}} markers (no braces in a file name).
    QString suggestedFileName() const;
    // Where the template was written, once it was.
    QString writtenPath() const { return m_writtenPath; }

    // Asks for the file and writes the template; on success the dialog closes as accepted. Public
    // for tests; the Export button calls it.
    bool exportToFile();

    QTableWidget *removalTable() const { return m_removalTable; }
    QCheckBox *keepOrganisationCheckBox() const { return m_keepOrganisationCheck; }
    QLineEdit *titleEdit() const { return m_titleEdit; }
    QPushButton *exportButton() const { return m_exportButton; }

private:
    void buildLayout();
    TemplateExporter::Options options() const;
    // Runs the exporter again and shows what it removes; called whenever an option changes.
    void refresh();

    Plan m_plan;
    std::optional<DrillItem> m_item;
    TemplateExporter::Output m_output;
    QString m_writtenPath;

    QLineEdit *m_titleEdit = nullptr;
    QPlainTextEdit *m_descriptionEdit = nullptr;
    QLineEdit *m_authorEdit = nullptr;
    QSpinBox *m_versionSpin = nullptr;
    QCheckBox *m_keepOrganisationCheck = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QTableWidget *m_removalTable = nullptr;
    QLabel *m_problemLabel = nullptr;
    QPushButton *m_exportButton = nullptr;
};
