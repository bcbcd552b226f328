#include "PlanTableWidget.h"

#include "PlanTableDelegate.h"
#include "core/domain/ContactTeam.h"

#include <QApplication>
#include <QClipboard>
#include <QCoreApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTimer>
#include <algorithm>

PlanTableWidget::PlanTableWidget(const QString &objectName, const QList<Column> &columns, QWidget *parent)
    : QTableWidget(parent), m_columns(columns)
{
    setObjectName(objectName);
    setColumnCount(int(columns.size()));
    QStringList headers;
    for (const Column &column : columns)
        headers << column.header;
    setHorizontalHeaderLabels(headers);
    setItemDelegate(new PlanTableDelegate(this));
    setWordWrap(true);
    setAlternatingRowColors(true);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                    | QAbstractItemView::AnyKeyPressed);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    verticalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setMinimumSectionSize(40);
    for (int column = 0; column < columns.size(); ++column) {
        const Column &spec = columns.at(column);
        if (spec.width == 0) {
            horizontalHeader()->setSectionResizeMode(column, QHeaderView::Stretch);
        } else {
            horizontalHeader()->setSectionResizeMode(column, QHeaderView::Interactive);
            setColumnWidth(column, spec.width);
        }
        if (!spec.toolTip.isEmpty())
            horizontalHeaderItem(column)->setToolTip(spec.toolTip);
    }
    connect(this, &QTableWidget::itemChanged, this, [this] {
        scheduleRowResize();
        // The emphasis may follow any cell of the row, not only the one that changed.
        if (m_rowEmphasis)
            viewport()->update();
        announceEdit();
    });
    connect(horizontalHeader(), &QHeaderView::sectionResized, this, &PlanTableWidget::scheduleRowResize);
    // A table that shows all its rows asks for a new height whenever they change.
    const auto heightChanged = [this] {
        if (m_showsAllRows)
            updateGeometry();
    };
    connect(verticalHeader(), &QHeaderView::sectionResized, this, heightChanged);
    connect(model(), &QAbstractItemModel::rowsInserted, this, heightChanged);
    connect(model(), &QAbstractItemModel::rowsRemoved, this, heightChanged);
}

void PlanTableWidget::setColumnReadOnly(int column, bool readOnly)
{
    if (readOnly)
        m_readOnlyColumns.insert(column);
    else
        m_readOnlyColumns.remove(column);
    ++m_loading;
    for (int row = 0; row < rowCount(); ++row) {
        if (QTableWidgetItem *cell = item(row, column))
            cell->setFlags(cellFlags(column));
    }
    --m_loading;
}

bool PlanTableWidget::isColumnReadOnly(int column) const
{
    return m_readOnlyColumns.contains(column);
}

void PlanTableWidget::setRowCountFixed(bool fixed)
{
    m_rowCountFixed = fixed;
}

void PlanTableWidget::setRowEmphasis(std::function<bool(int row)> emphasised)
{
    m_rowEmphasis = std::move(emphasised);
    scheduleRowResize(); // bold text is wider and may wrap differently
    viewport()->update();
}

bool PlanTableWidget::isRowEmphasised(int row) const
{
    return m_rowEmphasis && m_rowEmphasis(row);
}

void PlanTableWidget::setShowsAllRows(bool showsAllRows)
{
    m_showsAllRows = showsAllRows;
    setVerticalScrollBarPolicy(showsAllRows ? Qt::ScrollBarAlwaysOff : Qt::ScrollBarAsNeeded);
    setSizePolicy(QSizePolicy::Expanding, showsAllRows ? QSizePolicy::Fixed : QSizePolicy::Expanding);
    updateGeometry();
}

int PlanTableWidget::allRowsHeight() const
{
    int height = 2 * frameWidth() + verticalHeader()->length();
    if (!horizontalHeader()->isHidden())
        height += horizontalHeader()->sizeHint().height();
    if (horizontalScrollBar()->isVisible())
        height += horizontalScrollBar()->sizeHint().height();
    // An empty table still shows one row's worth of space to drop the eye on.
    if (rowCount() == 0)
        height += verticalHeader()->defaultSectionSize();
    return height;
}

QSize PlanTableWidget::sizeHint() const
{
    QSize hint = QTableWidget::sizeHint();
    if (m_showsAllRows)
        hint.setHeight(allRowsHeight());
    return hint;
}

QSize PlanTableWidget::minimumSizeHint() const
{
    QSize hint = QTableWidget::minimumSizeHint();
    if (m_showsAllRows)
        hint.setHeight(allRowsHeight());
    return hint;
}

void PlanTableWidget::scheduleRowResize()
{
    if (m_rowResizePending)
        return;
    m_rowResizePending = true;
    QTimer::singleShot(0, this, [this] {
        m_rowResizePending = false;
        resizeRowsToContents();
    });
}

PlanTableWidget::ColumnKind PlanTableWidget::columnKind(int column) const
{
    return column >= 0 && column < m_columns.size() ? m_columns.at(column).kind : ColumnKind::Text;
}

QList<PlanTableWidget::Choice> PlanTableWidget::columnChoices(int column) const
{
    return column >= 0 && column < m_columns.size() ? m_columns.at(column).choices : QList<Choice>();
}

int PlanTableWidget::preferredWidth() const
{
    int width = 2 * frameWidth() + verticalHeader()->width();
    for (int column = 0; column < m_columns.size(); ++column)
        width += m_columns.at(column).width == 0 ? 200 : columnWidth(column);
    return width;
}

void PlanTableWidget::commitPendingEdit()
{
    if (state() != QAbstractItemView::EditingState)
        return;
    if (QWidget *editor = indexWidget(currentIndex())) {
        commitData(editor);
        closeEditor(editor, QAbstractItemDelegate::NoHint);
    }
}

void PlanTableWidget::beginLoading(int rowCount)
{
    ++m_loading;
    clearContents();
    setRowCount(rowCount);
    for (int row = 0; row < rowCount; ++row)
        initialiseRow(row);
}

void PlanTableWidget::endLoading()
{
    --m_loading;
    scheduleRowResize();
}

void PlanTableWidget::announceEdit()
{
    if (m_loading == 0)
        emit edited();
}

void PlanTableWidget::initialiseRow(int row)
{
    ++m_loading;
    for (int column = 0; column < columnCount(); ++column) {
        switch (columnKind(column)) {
        case ColumnKind::Check: setCellChecked(row, column, false); break;
        case ColumnKind::Minutes: setCellMinutes(row, column, 0); break;
        case ColumnKind::Team: setCellTeamKey(row, column, contactTeamKey(ContactTeam::Department)); break;
        case ColumnKind::Choice: setCellChoiceKey(row, column, QString()); break;
        case ColumnKind::Date: setCellDate(row, column, QDate()); break;
        case ColumnKind::Time: setCellTime(row, column, QTime()); break;
        case ColumnKind::Text:
        case ColumnKind::MultiLineText: setCellText(row, column, QString()); break;
        }
    }
    --m_loading;
}

int PlanTableWidget::addRow()
{
    const int current = currentRow();
    const int row = current >= 0 ? current + 1 : rowCount();
    ++m_loading;
    insertRow(row);
    initialiseRow(row);
    // A new member usually joins the team of the row above.
    if (current >= 0) {
        for (int column = 0; column < columnCount(); ++column) {
            if (columnKind(column) == ColumnKind::Team)
                setCellTeamKey(row, column, cellTeamKey(current, column));
            else if (columnKind(column) == ColumnKind::Choice)
                setCellChoiceKey(row, column, cellChoiceKey(current, column));
        }
    }
    --m_loading;
    // The new row is ready to type in: its first column of text the user may edit (the team and
    // kind columns already hold the row above's choice).
    int firstColumn = -1;
    for (int column = 0; column < columnCount() && firstColumn < 0; ++column) {
        const ColumnKind kind = columnKind(column);
        if ((kind == ColumnKind::Text || kind == ColumnKind::MultiLineText) && !isColumnReadOnly(column)
            && !isColumnHidden(column))
            firstColumn = column;
    }
    setCurrentCell(row, qMax(0, firstColumn));
    scrollToItem(item(row, qMax(0, firstColumn)));
    announceEdit();
    if (firstColumn >= 0 && currentIndex().isValid()) {
        // Once the caller is done: the Add buttons give the table the focus after adding, which
        // would close an editor opened now. Nothing happens if the row went or another cell is current.
        const QPersistentModelIndex target = currentIndex();
        QTimer::singleShot(0, this, [this, target] {
            if (target.isValid() && target == currentIndex() && isVisible() && state() != EditingState) {
                setFocus(Qt::OtherFocusReason);
                edit(target);
            }
        });
    }
    return row;
}

QList<int> PlanTableWidget::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex &index : selectionModel()->selectedIndexes())
        rows << index.row();
    if (rows.isEmpty() && currentRow() >= 0)
        rows << currentRow();
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    return rows;
}

void PlanTableWidget::removeSelectedRows()
{
    const QList<int> rows = selectedRows();
    if (rows.isEmpty())
        return;
    ++m_loading;
    for (auto it = rows.crbegin(); it != rows.crend(); ++it)
        removeRow(*it);
    --m_loading;
    if (rowCount() > 0)
        setCurrentCell(qMin(rows.first(), rowCount() - 1), qMax(0, currentColumn()));
    announceEdit();
}

void PlanTableWidget::pasteText(const QString &text)
{
    QString normalised = text;
    normalised.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    QStringList lines = normalised.split(QLatin1Char('\n'));
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    int blankLinesLeftOut = 0;
    if (m_skipsBlankPastedLines) {
        blankLinesLeftOut = int(lines.removeIf([](const QString &line) {
            return QString(line).remove(QLatin1Char('\t')).trimmed().isEmpty();
        }));
    }
    const int firstRow = qMax(0, currentRow());
    const int firstColumn = qMax(0, currentColumn());
    m_lastPasteLeftOutHeader = !lines.isEmpty() && isHeaderLine(lines.first(), firstColumn);
    if (m_lastPasteLeftOutHeader)
        lines.removeFirst();
    if (lines.isEmpty()) {
        emit pasted(blankLinesLeftOut);
        return;
    }
    bool changed = false;
    ++m_loading;
    for (int i = 0; i < lines.size(); ++i) {
        const int row = firstRow + i;
        if (row >= rowCount()) {
            if (m_rowCountFixed)
                break;
            insertRow(row);
            initialiseRow(row);
            changed = true;
        }
        const QStringList cells = lines.at(i).split(QLatin1Char('\t'));
        for (int j = 0; j < cells.size() && firstColumn + j < columnCount(); ++j) {
            // Only the cells the user could edit: the spreadsheet's columns stay where they are.
            const int column = firstColumn + j;
            if (isColumnReadOnly(column) || isColumnHidden(column))
                continue;
            setCellFromText(row, column, cells.at(j));
            changed = true;
        }
    }
    --m_loading;
    if (changed)
        announceEdit();
    emit pasted(blankLinesLeftOut);
}

void PlanTableWidget::setSkipsBlankPastedLines(bool skips)
{
    m_skipsBlankPastedLines = skips;
}

bool PlanTableWidget::isHeaderLine(const QString &line, int firstColumn) const
{
    // "Role in the drill", "role in the  drill " and "ROLE IN THE DRILL" are the same heading.
    const auto normalised = [](const QString &text) {
        QString folded = text.toCaseFolded();
        folded.remove(QRegularExpression(QStringLiteral("[\\s:：]")));
        return folded;
    };
    const QStringList cells = line.split(QLatin1Char('\t'));
    int headings = 0;
    for (int j = 0; j < cells.size(); ++j) {
        const QString cell = normalised(cells.at(j));
        if (cell.isEmpty())
            continue;
        const int column = firstColumn + j;
        if (column >= columnCount())
            return false;
        const Column &spec = m_columns.at(column);
        bool matches = normalised(spec.header) == cell;
        for (const QString &alias : spec.aliases)
            matches = matches || normalised(alias) == cell;
        if (!matches)
            return false;
        ++headings;
    }
    return headings > 0;
}

void PlanTableWidget::keyPressEvent(QKeyEvent *event)
{
    if (state() != QAbstractItemView::EditingState && event->matches(QKeySequence::Paste)) {
        if (const QClipboard *clipboard = QApplication::clipboard(); clipboard && !clipboard->text().isEmpty()) {
            pasteText(clipboard->text());
            event->accept();
            return;
        }
    }
    QTableWidget::keyPressEvent(event);
}

QTableWidgetItem *PlanTableWidget::ensureItem(int row, int column)
{
    QTableWidgetItem *cell = item(row, column);
    if (!cell) {
        cell = new QTableWidgetItem;
        cell->setFlags(cellFlags(column));
        if (columnKind(column) == ColumnKind::Check) {
            cell->setCheckState(Qt::Unchecked);
        } else if (columnKind(column) == ColumnKind::Minutes || columnKind(column) == ColumnKind::Date
                   || columnKind(column) == ColumnKind::Time) {
            cell->setTextAlignment(Qt::AlignRight | Qt::AlignTop);
        } else {
            // Long cells read from the top, like the document.
            cell->setTextAlignment(Qt::AlignLeft | Qt::AlignTop);
        }
        setItem(row, column, cell);
    }
    return cell;
}

Qt::ItemFlags PlanTableWidget::cellFlags(int column) const
{
    Qt::ItemFlags flags = columnKind(column) == ColumnKind::Check
                              ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable
                              : QTableWidgetItem().flags();
    if (isColumnReadOnly(column))
        flags &= ~(Qt::ItemIsEditable | Qt::ItemIsUserCheckable);
    return flags;
}

QString PlanTableWidget::cellText(int row, int column) const
{
    const QTableWidgetItem *cell = item(row, column);
    return cell ? cell->data(Qt::EditRole).toString() : QString();
}

bool PlanTableWidget::cellChecked(int row, int column) const
{
    const QTableWidgetItem *cell = item(row, column);
    return cell && cell->checkState() == Qt::Checked;
}

int PlanTableWidget::cellMinutes(int row, int column) const
{
    const QTableWidgetItem *cell = item(row, column);
    return cell ? cell->data(Qt::EditRole).toInt() : 0;
}

QString PlanTableWidget::cellTeamKey(int row, int column) const
{
    const QTableWidgetItem *cell = item(row, column);
    return cell ? cell->data(Qt::UserRole).toString() : QString();
}

QString PlanTableWidget::cellChoiceKey(int row, int column) const
{
    return cellTeamKey(row, column); // both keep the key in Qt::UserRole
}

QDate PlanTableWidget::cellDate(int row, int column) const
{
    const QTableWidgetItem *cell = item(row, column);
    return cell ? cell->data(Qt::EditRole).toDate() : QDate();
}

QTime PlanTableWidget::cellTime(int row, int column) const
{
    const QTableWidgetItem *cell = item(row, column);
    return cell ? cell->data(Qt::EditRole).toTime() : QTime();
}

bool PlanTableWidget::isRowBlank(int row) const
{
    for (int column = 0; column < columnCount(); ++column) {
        switch (columnKind(column)) {
        case ColumnKind::Text:
        case ColumnKind::MultiLineText:
            if (!cellText(row, column).trimmed().isEmpty())
                return false;
            break;
        case ColumnKind::Date:
            if (cellDate(row, column).isValid())
                return false;
            break;
        case ColumnKind::Time:
            if (cellTime(row, column).isValid())
                return false;
            break;
        case ColumnKind::Check:
        case ColumnKind::Minutes:
        case ColumnKind::Team:
        case ColumnKind::Choice: break; // these always hold a value; alone they say nothing
        }
    }
    return true;
}

QVariant PlanTableWidget::cellData(int row, int column, int role) const
{
    const QTableWidgetItem *cell = item(row, column);
    return cell ? cell->data(role) : QVariant();
}

void PlanTableWidget::setCellText(int row, int column, const QString &text)
{
    QTableWidgetItem *cell = ensureItem(row, column);
    cell->setData(Qt::EditRole, text); // long texts get their tool tip from PlanTableDelegate::helpEvent
}

void PlanTableWidget::setCellChecked(int row, int column, bool checked)
{
    ensureItem(row, column)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

void PlanTableWidget::setCellMinutes(int row, int column, int minutes)
{
    ensureItem(row, column)->setData(Qt::EditRole, qMax(0, minutes));
}

void PlanTableWidget::setCellTeamKey(int row, int column, const QString &teamKey)
{
    QTableWidgetItem *cell = ensureItem(row, column);
    const ContactTeam team = contactTeamFromKey(teamKey).value_or(ContactTeam::Department);
    cell->setData(Qt::UserRole, contactTeamKey(team));
    cell->setData(Qt::DisplayRole, QCoreApplication::translate("ContactTeam", contactTeamSourceText(team)));
}

void PlanTableWidget::setCellChoiceKey(int row, int column, const QString &key)
{
    const QList<Choice> choices = columnChoices(column);
    if (choices.isEmpty())
        return;
    Choice chosen = choices.first();
    for (const Choice &choice : choices) {
        if (choice.key == key)
            chosen = choice;
    }
    QTableWidgetItem *cell = ensureItem(row, column);
    cell->setData(Qt::UserRole, chosen.key);
    cell->setData(Qt::DisplayRole, chosen.label);
}

void PlanTableWidget::setCellDate(int row, int column, const QDate &date)
{
    // An empty cell rather than an invalid QDate, which the date editor would show as 2000-01-01.
    ensureItem(row, column)->setData(Qt::EditRole, date.isValid() ? QVariant(date) : QVariant());
}

void PlanTableWidget::setCellTime(int row, int column, const QTime &time)
{
    ensureItem(row, column)->setData(Qt::EditRole, time.isValid() ? QVariant(time) : QVariant());
}

void PlanTableWidget::setCellData(int row, int column, int role, const QVariant &value)
{
    ensureItem(row, column)->setData(role, value);
}

void PlanTableWidget::setCellFromText(int row, int column, const QString &text)
{
    const QString value = text.trimmed();
    switch (columnKind(column)) {
    case ColumnKind::Check: {
        static const QStringList yes = {QStringLiteral("1"), QStringLiteral("x"), QStringLiteral("yes"),
                                        QStringLiteral("y"), QStringLiteral("true"), QStringLiteral("是"),
                                        QStringLiteral("✓"), QStringLiteral("√")};
        setCellChecked(row, column, yes.contains(value.toLower()));
        break;
    }
    case ColumnKind::Minutes: {
        static const QRegularExpression number(QStringLiteral("(\\d+)"));
        const QRegularExpressionMatch match = number.match(value);
        int minutes = match.hasMatch() ? match.captured(1).toInt() : 0;
        if (value.contains(QLatin1Char('h'), Qt::CaseInsensitive) || value.contains(QStringLiteral("小时")))
            minutes *= 60;
        setCellMinutes(row, column, minutes);
        break;
    }
    case ColumnKind::Team: {
        QString key = contactTeamKey(ContactTeam::Department);
        for (ContactTeam team : allContactTeams()) {
            if (value.compare(contactTeamKey(team), Qt::CaseInsensitive) == 0
                || value.compare(QLatin1String(contactTeamSourceText(team)), Qt::CaseInsensitive) == 0
                || value == QCoreApplication::translate("ContactTeam", contactTeamSourceText(team)))
                key = contactTeamKey(team);
        }
        setCellTeamKey(row, column, key);
        break;
    }
    case ColumnKind::Choice: {
        QString key;
        for (const Choice &choice : columnChoices(column)) {
            if (value.compare(choice.key, Qt::CaseInsensitive) == 0 || value.compare(choice.label, Qt::CaseInsensitive) == 0)
                key = choice.key;
        }
        setCellChoiceKey(row, column, key);
        break;
    }
    case ColumnKind::Date: {
        // Spreadsheets copy dates as 2027-03-26, 2027/3/26 or 2027年3月26日.
        static const QRegularExpression datePattern(QStringLiteral("^(\\d{4})\\D+(\\d{1,2})\\D+(\\d{1,2})\\D*$"));
        const QRegularExpressionMatch match = datePattern.match(value);
        setCellDate(row, column,
                    match.hasMatch()
                        ? QDate(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt())
                        : QDate());
        break;
    }
    case ColumnKind::Time: {
        static const QRegularExpression timePattern(QStringLiteral("^(\\d{1,2})[:：时](\\d{2})"));
        const QRegularExpressionMatch match = timePattern.match(value);
        setCellTime(row, column,
                    match.hasMatch() ? QTime(match.captured(1).toInt(), match.captured(2).toInt()) : QTime());
        break;
    }
    case ColumnKind::Text:
    case ColumnKind::MultiLineText: setCellText(row, column, value); break;
    }
}
