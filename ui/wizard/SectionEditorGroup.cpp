#include "SectionEditorGroup.h"

#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>

namespace {
QString chapterOf(const QString &key)
{
    return key.section(QLatin1Char('.'), 0, 0);
}

// Section titles come from data: an ampersand in them is text, not a mnemonic.
QString labelText(const QString &title)
{
    QString text = title;
    text.replace(QLatin1Char('&'), QLatin1String("&&"));
    return text;
}
} // namespace

SectionEditorGroup::SectionEditorGroup(const QStringList &keys, QWidget *parent) : QWidget(parent)
{
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setRowWrapPolicy(QFormLayout::WrapAllRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    QStringList chapters;
    for (const QString &key : keys) {
        if (!chapters.contains(chapterOf(key)))
            chapters << chapterOf(key);
    }
    const bool withHeadings = chapters.size() > 1;

    QString currentChapter;
    for (const QString &key : keys) {
        if (withHeadings && chapterOf(key) != currentChapter) {
            currentChapter = chapterOf(key);
            auto *heading = new QLabel(this);
            heading->setObjectName(QStringLiteral("chapter_%1_Label").arg(currentChapter));
            heading->setTextFormat(Qt::PlainText);
            QFont font = heading->font();
            font.setBold(true);
            font.setPointSizeF(font.pointSizeF() * 1.15);
            heading->setFont(font);
            if (!m_chapterHeadings.isEmpty())
                form->addItem(new QSpacerItem(0, 8));
            form->addRow(heading);
            m_chapterHeadings.append({currentChapter, heading});
        }
        Field field;
        field.key = key;
        field.label = new QLabel(this);
        QString labelName = editorObjectName(key);
        labelName.replace(QLatin1String("_PlainTextEdit"), QLatin1String("_Label"));
        field.label->setObjectName(labelName);
        field.edit = new QPlainTextEdit(this);
        field.edit->setObjectName(editorObjectName(key));
        field.edit->setTabChangesFocus(true);
        // About seven lines: enough to read a paragraph, small enough to see the next heading.
        const int margins = field.edit->contentsMargins().top() + field.edit->contentsMargins().bottom()
                            + 2 * int(field.edit->document()->documentMargin());
        field.edit->setFixedHeight(field.edit->fontMetrics().lineSpacing() * 7 + margins);
        field.label->setBuddy(field.edit);
        form->addRow(field.label, field.edit);
        m_fields.append(field);
    }
}

QString SectionEditorGroup::editorObjectName(const QString &key)
{
    QString name = key;
    name.replace(QLatin1Char('.'), QLatin1Char('_'));
    name.replace(QLatin1Char('-'), QLatin1Char('_'));
    return QStringLiteral("section_%1_PlainTextEdit").arg(name);
}

void SectionEditorGroup::setDefaults(const QList<Section> &sections)
{
    for (Field &field : m_fields) {
        for (const Section &section : sections) {
            if (section.key != field.key)
                continue;
            field.label->setText(labelText(section.title));
            field.edit->setAccessibleName(section.title);
            // Compare with what the editor showed after the last fill (the editor may normalise
            // some characters), so that an untouched field is recognised as such.
            if (section.body != field.lastDefault && field.edit->toPlainText() == field.shownDefault) {
                field.edit->setPlainText(section.body);
                field.shownDefault = field.edit->toPlainText();
            }
            field.lastDefault = section.body;
            break;
        }
    }
    for (const auto &[chapter, heading] : std::as_const(m_chapterHeadings)) {
        for (const Section &section : sections) {
            if (section.key == chapter) {
                heading->setText(section.title);
                break;
            }
        }
    }
}

void SectionEditorGroup::applyTo(QList<Section> &sections) const
{
    for (const Field &field : m_fields) {
        for (Section &section : sections) {
            if (section.key == field.key) {
                section.body = field.edit->toPlainText();
                break;
            }
        }
    }
}

QPlainTextEdit *SectionEditorGroup::editor(const QString &key) const
{
    for (const Field &field : m_fields) {
        if (field.key == key)
            return field.edit;
    }
    return nullptr;
}

QPlainTextEdit *SectionEditorGroup::firstEditor() const
{
    return m_fields.isEmpty() ? nullptr : m_fields.first().edit;
}
