#include "SectionEditorWidget.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QTextCursor>
#include <QVBoxLayout>

SectionEditorWidget::SectionEditorWidget(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("sectionEditorWidget"));
    m_headingLabel = new QLabel(this);
    m_headingLabel->setObjectName(QStringLiteral("sectionNumberLabel"));
    m_headingLabel->setTextFormat(Qt::PlainText);
    QFont headingFont = m_headingLabel->font();
    headingFont.setBold(true);
    m_headingLabel->setFont(headingFont);

    m_titleEdit = new QLineEdit(this);
    m_titleEdit->setObjectName(QStringLiteral("sectionTitleLineEdit"));
    m_titleEdit->setPlaceholderText(tr("Section title"));
    m_titleEdit->setClearButtonEnabled(true);

    m_bodyEdit = new QPlainTextEdit(this);
    m_bodyEdit->setObjectName(QStringLiteral("sectionBodyPlainTextEdit"));
    m_bodyEdit->setPlaceholderText(tr("What this part of the plan says. Leave an empty line between paragraphs."));
    // Ctrl+Z must always mean the editor's own undo stack, which also covers the tree and the tables.
    m_bodyEdit->setUndoRedoEnabled(false);
    m_bodyEdit->setTabChangesFocus(true);

    auto *titleLabel = new QLabel(tr("&Title:"), this);
    titleLabel->setBuddy(m_titleEdit);
    auto *bodyLabel = new QLabel(tr("Te&xt:"), this);
    bodyLabel->setBuddy(m_bodyEdit);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_headingLabel);
    auto *titleRow = new QFormLayout;
    titleRow->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    titleRow->addRow(titleLabel, m_titleEdit);
    layout->addLayout(titleRow);
    layout->addWidget(bodyLabel);
    layout->addWidget(m_bodyEdit, 1);

    connect(m_titleEdit, &QLineEdit::textEdited, this, &SectionEditorWidget::titleEdited);
    connect(m_bodyEdit, &QPlainTextEdit::textChanged, this, [this] { emit bodyEdited(m_bodyEdit->toPlainText()); });
    setSection(nullptr, QString());
}

void SectionEditorWidget::setSection(const Section *section, const QString &number)
{
    const QSignalBlocker titleBlocker(m_titleEdit);
    const QSignalBlocker bodyBlocker(m_bodyEdit);
    setEnabled(section != nullptr);
    m_headingLabel->setText(section ? number : tr("Select a section in the outline."));
    m_titleEdit->setText(section ? section->title : QString());
    m_bodyEdit->setPlainText(section ? section->body : QString());
}

void SectionEditorWidget::showTexts(const QString &title, const QString &body)
{
    const QSignalBlocker titleBlocker(m_titleEdit);
    const QSignalBlocker bodyBlocker(m_bodyEdit);
    if (m_titleEdit->text() != title) {
        const int position = m_titleEdit->cursorPosition();
        m_titleEdit->setText(title);
        m_titleEdit->setCursorPosition(qMin(position, int(title.size())));
    }
    if (m_bodyEdit->toPlainText() != body) {
        const int position = m_bodyEdit->textCursor().position();
        m_bodyEdit->setPlainText(body);
        QTextCursor cursor = m_bodyEdit->textCursor();
        cursor.setPosition(qMin(position, m_bodyEdit->document()->characterCount() - 1));
        m_bodyEdit->setTextCursor(cursor);
    }
}
