#include "TemplateImportDialog.h"

#include "MessageBoxes.h"
#include "TemplatePreviewText.h"
#include "ToolTipText.h"
#include "core/exchange/TemplateImporter.h"
#include "core/exchange/TemplatePlaceholders.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

QString orDash(const QString &text)
{
    return text.trimmed().isEmpty() ? QStringLiteral("—") : text;
}

int countOf(const QList<TemplateProblem> &problems, TemplateProblem::Severity severity)
{
    int count = 0;
    for (const TemplateProblem &problem : problems)
        count += problem.severity == severity ? 1 : 0;
    return count;
}

} // namespace

TemplateImportDialog::TemplateImportDialog(Database &database, const TemplateImportPreview &preview,
                                           QWidget *parent)
    : QDialog(parent), m_database(database), m_preview(preview)
{
    setObjectName(QStringLiteral("templateImportDialog"));
    const Template &templ = m_preview.templ;
    const QString fileName = QFileInfo(templ.origin.fileName).fileName();
    setWindowTitle(fileName.isEmpty() ? tr("Import a Template") : tr("Import a Template — %1").arg(fileName));

    auto *layout = new QVBoxLayout(this);

    auto *title = new QLabel(templ.title.trimmed().isEmpty() ? orDash(fileName)
                                                             : TemplatePlaceholders::readable(templ.title, templ.language),
                             this);
    title->setObjectName(QStringLiteral("templateTitleLabel"));
    title->setTextFormat(Qt::PlainText); // a colleague's file: its text is never markup
    title->setWordWrap(true);
    title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    title->setFont(titleFont);
    layout->addWidget(title);

    // The verdict first, with an icon, so that a refused file is obvious before any detail.
    auto *statusRow = new QHBoxLayout;
    auto *statusIcon = new QLabel(this);
    QStyle::StandardPixmap pixmap = QStyle::SP_MessageBoxInformation;
    if (m_preview.hasErrors())
        pixmap = QStyle::SP_MessageBoxCritical;
    else if (!m_preview.canImport())
        pixmap = QStyle::SP_MessageBoxWarning;
    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    statusIcon->setPixmap(style()->standardIcon(pixmap, nullptr, this).pixmap(iconSize, iconSize));
    statusIcon->setAlignment(Qt::AlignTop);
    statusRow->addWidget(statusIcon, 0, Qt::AlignTop);
    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("importStatusLabel"));
    m_statusLabel->setTextFormat(Qt::PlainText);
    m_statusLabel->setWordWrap(true);
    QString status;
    const int errors = countOf(m_preview.problems, TemplateProblem::Severity::Error);
    const int warnings = countOf(m_preview.problems, TemplateProblem::Severity::Warning);
    if (errors > 0) {
        status =
            tr("The file has %n error(s) and cannot be imported. Nothing has been changed.", nullptr, errors);
    } else {
        status = m_preview.statusText();
        if (warnings > 0)
            status += QLatin1Char(' ') +
                      tr("%n remark(s) below: fields PlanDesk does not know are kept as they are.", nullptr,
                         warnings);
    }
    m_statusLabel->setText(status);
    statusRow->addWidget(m_statusLabel, 1);
    layout->addLayout(statusRow);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    const bool parsed = !templ.id.isEmpty() || !templ.title.isEmpty();
    // A field the reader refused holds a default, not what the file says: show that it is wrong
    // instead of a plausible value.
    auto field = [&](const char *key, const QString &value) {
        const QString pointer = QStringLiteral("/template/") + QLatin1String(key);
        for (const TemplateProblem &problem : std::as_const(m_preview.problems)) {
            if (problem.isError() && problem.pointer == pointer)
                return tr("(not valid, see the problems)");
        }
        return parsed ? value : QString();
    };
    addSummaryRow(form, QStringLiteral("kind"), tr("Kind:"),
                  field("kind", TemplatePreviewText::kindName(templ.kind)));
    addSummaryRow(form, QStringLiteral("language"), tr("Language:"),
                  field("language", TemplatePreviewText::languageName(templ.language)));
    addSummaryRow(form, QStringLiteral("version"), tr("Version:"),
                  field("version", QString::number(templ.version)));
    addSummaryRow(form, QStringLiteral("identifier"), tr("Identifier:"), field("id", templ.id));
    addSummaryRow(form, QStringLiteral("author"), tr("Author:"), field("author", templ.author));
    addSummaryRow(form, QStringLiteral("organisation"), tr("Organisation:"),
                  field("organisation", templ.organisation));
    addSummaryRow(
        form, QStringLiteral("created"), tr("Created:"),
        field("created", templ.created.isValid() ? templ.created.toString(Qt::ISODate) : QString()));
    addSummaryRow(form, QStringLiteral("contents"), tr("Contents:"),
                  parsed ? templ.contentSummary() : QString());
    addSummaryRow(form, QStringLiteral("file"), tr("File:"), fileName);
    layout->addLayout(form);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("importTabWidget"));
    m_problemTable = new QTableWidget(0, 3, m_tabs);
    m_problemTable->setObjectName(QStringLiteral("problemTableWidget"));
    m_problemTable->setHorizontalHeaderLabels({tr("Place"), tr("Problem"), tr("Severity")});
    m_problemTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_problemTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_problemTable->setWordWrap(true);
    m_problemTable->verticalHeader()->hide();
    m_problemTable->horizontalHeader()->setSectionResizeMode(PlaceColumn, QHeaderView::Interactive);
    m_problemTable->horizontalHeader()->setSectionResizeMode(ProblemColumn, QHeaderView::Stretch);
    m_problemTable->horizontalHeader()->setSectionResizeMode(SeverityColumn, QHeaderView::ResizeToContents);
    m_problemTable->setColumnWidth(PlaceColumn, 220);
    fillProblems();
    // Row heights follow the width the Problem column finally gets, so wrapped text is neither cut
    // nor padded with empty lines (a stretched column's resizing emits no sectionResized).
    m_problemTable->viewport()->installEventFilter(this);
    m_tabs->addTab(m_problemTable, tr("Problems (%1)").arg(m_preview.problems.size()));

    m_contentView = new QPlainTextEdit(m_tabs);
    m_contentView->setObjectName(QStringLiteral("templateContentPlainTextEdit"));
    m_contentView->setReadOnly(true);
    m_contentView->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    if (parsed && errors == 0)
        m_contentView->setPlainText(TemplatePreviewText::of(templ, false));
    else
        m_contentView->setPlainText(tr("The content is shown once the file has no errors."));
    m_tabs->addTab(m_contentView, tr("Content"));
    m_tabs->setCurrentIndex(m_preview.problems.isEmpty() ? 1 : 0);
    layout->addWidget(m_tabs, 1);

    auto *buttons = new QDialogButtonBox(this);
    const bool update = m_preview.status == TemplateImportPreview::Status::Update;
    m_importButton = buttons->addButton(update ? tr("&Update") : tr("&Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(QStringLiteral("importTemplateButton"));
    m_importButton->setEnabled(m_preview.canImport() && !m_preview.hasErrors());
    m_importButton->setDefault(m_importButton->isEnabled());
    m_closeButton = buttons->addButton(m_importButton->isEnabled() ? tr("Cancel") : tr("Close"),
                                       QDialogButtonBox::RejectRole);
    m_closeButton->setObjectName(QStringLiteral("closeImportButton"));
    connect(m_importButton, &QPushButton::clicked, this, [this] { importTemplate(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    setWindowModality(Qt::WindowModal);
    resize(820, 640);
}

QLabel *TemplateImportDialog::addSummaryRow(QFormLayout *form, const QString &field, const QString &label,
                                            const QString &value)
{
    auto *valueLabel = new QLabel(orDash(value), this);
    valueLabel->setObjectName(field + QStringLiteral("ValueLabel"));
    valueLabel->setTextFormat(Qt::PlainText);
    valueLabel->setWordWrap(true);
    valueLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(label, valueLabel);
    return valueLabel;
}

QString TemplateImportDialog::summaryValue(const QString &field) const
{
    const auto *label = findChild<QLabel *>(field + QStringLiteral("ValueLabel"));
    return label ? label->text() : QString();
}

void TemplateImportDialog::fillProblems()
{
    m_problemTable->setRowCount(int(m_preview.problems.size()));
    for (int row = 0; row < m_preview.problems.size(); ++row) {
        const TemplateProblem &problem = m_preview.problems.at(row);
        QString place = problem.pointer.isEmpty() ? tr("(whole file)") : problem.pointer;
        if (problem.line > 0)
            //: Place of a problem in a template file: %1 the JSON pointer, %2 line, %3 column.
            place = tr("%1 (line %2, column %3)")
                        .arg(place, QString::number(problem.line), QString::number(problem.column));
        auto *placeItem = new QTableWidgetItem(place);
        placeItem->setData(Qt::UserRole, problem.pointer);
        placeItem->setToolTip(ToolTipText::fromPlainText(place));
        auto *messageItem = new QTableWidgetItem(problem.message);
        messageItem->setToolTip(ToolTipText::fromPlainText(problem.message));
        auto *severityItem = new QTableWidgetItem(problem.isError() ? tr("Error") : tr("Warning"));
        severityItem->setData(Qt::UserRole, problem.isError());
        severityItem->setIcon(style()->standardIcon(problem.isError() ? QStyle::SP_MessageBoxCritical
                                                                      : QStyle::SP_MessageBoxWarning));
        m_problemTable->setItem(row, PlaceColumn, placeItem);
        m_problemTable->setItem(row, ProblemColumn, messageItem);
        m_problemTable->setItem(row, SeverityColumn, severityItem);
    }
    m_problemTable->resizeRowsToContents();
}

bool TemplateImportDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_problemTable->viewport() && event->type() == QEvent::Resize)
        m_problemTable->resizeRowsToContents();
    return QDialog::eventFilter(watched, event);
}

bool TemplateImportDialog::importTemplate()
{
    if (!m_importButton->isEnabled())
        return false;
    Result<Template> stored = TemplateImporter(m_database).import(m_preview);
    if (!stored) {
        MessageBoxes::warning(this, tr("The template was not imported"), stored.errorMessage());
        return false;
    }
    m_imported = stored.value();
    accept();
    return true;
}
