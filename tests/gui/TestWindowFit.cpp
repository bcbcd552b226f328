// Everything fits a 1280×720 laptop screen, in Chinese and in English: on every page of the main
// window and every tab of the drill and incident dialogs and the wizard, every visible button and the status
// bar can be reached.
//
// The rule, per visible QAbstractButton of the window shown: its rectangle, mapped up parent by
// parent, lies wholly inside each parent and finally inside the 1280×720 screen, and it is at least
// as wide as its text needs (minimumSizeHint). Inside a scroll area's viewport a button only has to
// lie inside the scrolled content and fit into the viewport: scrolling reaches it (unless that
// scroll bar is switched off). From the scroll area up the same rule applies again. A button in a
// tab not shown, or in a tool bar's overflow, is not visible and is checked where it is shown.

#include "PageTour.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QRegularExpression>
#include <QMainWindow>
#include <QScrollBar>
#include <QStandardPaths>
#include <QStatusBar>

namespace {

QString describe(const QWidget *widget)
{
    QString text;
    if (const auto *button = qobject_cast<const QAbstractButton *>(widget))
        text = button->text();
    return QStringLiteral("%1 \"%2\" (%3)")
        .arg(QString::fromLatin1(widget->metaObject()->className()), text, widget->objectName());
}

QString rectText(const QRect &rect)
{
    return QStringLiteral("%1,%2 %3×%4").arg(rect.x()).arg(rect.y()).arg(rect.width()).arg(rect.height());
}

// Why `widget` cannot be seen or reached whole in `window` (shown on `screen`), or "".
QString unreachable(QWidget *widget, QWidget *window, const QRect &screen)
{
    QRect rect = widget->rect();
    QWidget *child = widget;
    while (child != window) {
        QWidget *parent = child->parentWidget();
        rect.translate(child->pos()); // now in the parent's coordinates
        auto *area = parent->parentWidget() ? qobject_cast<QAbstractScrollArea *>(parent->parentWidget()) : nullptr;
        if (area && parent == area->viewport()) {
            const QRect viewport = parent->rect();
            if (rect.width() > viewport.width() || rect.height() > viewport.height())
                return QStringLiteral("larger than the scroll area %1 (%2 in %3)")
                    .arg(describe(area), rectText(rect), rectText(viewport));
            const bool needsHorizontal = rect.left() < 0 || rect.right() > viewport.right();
            const bool needsVertical = rect.top() < 0 || rect.bottom() > viewport.bottom();
            if ((needsHorizontal && area->horizontalScrollBarPolicy() == Qt::ScrollBarAlwaysOff)
                || (needsVertical && area->verticalScrollBarPolicy() == Qt::ScrollBarAlwaysOff))
                return QStringLiteral("outside %1, which cannot scroll to it").arg(describe(area));
            // Scrolled to, it lies in the viewport.
            rect.moveLeft(qBound(0, rect.left(), viewport.width() - rect.width()));
            rect.moveTop(qBound(0, rect.top(), viewport.height() - rect.height()));
        } else if (!parent->rect().contains(rect)) {
            return QStringLiteral("clipped by %1 (%2 in %3)").arg(describe(parent), rectText(rect), rectText(parent->rect()));
        }
        child = parent;
    }
    if (!screen.contains(rect))
        return QStringLiteral("off the %1×%2 screen at %3").arg(screen.width()).arg(screen.height()).arg(rectText(rect));
    return QString();
}

QStringList fitProblems(const QString &state, QWidget *window)
{
    QStringList problems;
    const QRect screen(QPoint(0, 0), PageTour::kLaptopScreen);
    const QSize minimum = window->minimumSizeHint().expandedTo(window->minimumSize());
    if (minimum.width() > screen.width() || minimum.height() > screen.height())
        problems << QStringLiteral("%1: the window needs at least %2×%3").arg(state).arg(minimum.width()).arg(minimum.height());
    if (window->width() > screen.width() || window->height() > screen.height())
        problems << QStringLiteral("%1: the window is %2×%3").arg(state).arg(window->width()).arg(window->height());
    const QList<QAbstractButton *> buttons = window->findChildren<QAbstractButton *>();
    for (QAbstractButton *button : buttons) {
        if (button->window() != window || !button->isVisible())
            continue;
        const QString why = unreachable(button, window, screen);
        if (!why.isEmpty())
            problems << QStringLiteral("%1: %2 is %3").arg(state, describe(button), why);
        else if (!button->text().isEmpty() && button->width() < button->minimumSizeHint().width())
            problems << QStringLiteral("%1: %2 is %3 wide, its text needs %4")
                            .arg(state, describe(button))
                            .arg(button->width())
                            .arg(button->minimumSizeHint().width());
    }
    if (auto *mainWindow = qobject_cast<QMainWindow *>(window)) {
        QStatusBar *status = mainWindow->statusBar();
        if (!status->isVisible())
            problems << QStringLiteral("%1: the status bar is hidden").arg(state);
        else if (const QString why = unreachable(status, window, screen); !why.isEmpty())
            problems << QStringLiteral("%1: the status bar is %2").arg(state, why);
    }
    return problems;
}

} // namespace

class TestWindowFit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void cleanup()
    {
        Clock::reset();
        PageTour::installLanguage(QString());
    }

    void everyPageFitsALaptopScreen_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("Chinese") << QStringLiteral("zh_CN");
        QTest::newRow("English") << QStringLiteral("en");
    }

    void everyPageFitsALaptopScreen()
    {
        QFETCH(QString, language);
        QStringList problems;
        QStringList visited;
        // With PLANDESK_TOUR_SHOTS=<folder> every state is saved there as a picture, to look at.
        const QString shots = qEnvironmentVariable("PLANDESK_TOUR_SHOTS");
        PageTour::tour(language, [&](const QString &state, QWidget *window) {
            visited << state;
            problems << fitProblems(state, window);
            if (!shots.isEmpty())
                window->grab().save(QStringLiteral("%1/%2-%3.png")
                                        .arg(shots, language, QString(state).replace(QRegularExpression(QStringLiteral("[^\\w]+")), QStringLiteral("_"))));
        });
        if (QTest::currentTestFailed())
            return;
        // The tour reached every page (a page it missed would pass unchecked).
        for (const QString &expected : {QStringLiteral("welcome"), QStringLiteral("plan list"),
                                        QStringLiteral("drills/calendar (year)"), QStringLiteral("template library"),
                                        QStringLiteral("declare incident"), QStringLiteral("close incident"),
                                        QStringLiteral("incidents/closed"), QStringLiteral("incident follow-up"),
                                        QStringLiteral("plan list with an incident")})
            QVERIFY2(visited.contains(expected), qPrintable(visited.join(QStringLiteral(", "))));
        QVERIFY2(visited.filter(QStringLiteral("editor/")).size() >= 6, qPrintable(visited.join(QStringLiteral(", "))));
        QVERIFY2(visited.filter(QStringLiteral("drill item/")).size() >= 5, qPrintable(visited.join(QStringLiteral(", "))));
        QVERIFY2(visited.filter(QStringLiteral("drill record/")).size() >= 7, qPrintable(visited.join(QStringLiteral(", "))));
        QVERIFY2(visited.filter(QStringLiteral("incidents/")).size() >= 5, qPrintable(visited.join(QStringLiteral(", "))));
        QVERIFY2(visited.filter(QStringLiteral("incident report/")).size() >= 4, qPrintable(visited.join(QStringLiteral(", "))));
        QVERIFY2(visited.filter(QStringLiteral("wizard/")).size() >= 3, qPrintable(visited.join(QStringLiteral(", "))));
        // One line each: a failure message is cut short, and every problem should be seen at once.
        for (const QString &problem : std::as_const(problems))
            qWarning().noquote() << problem;
        QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 problems, listed above").arg(problems.size())));
    }
};

QTEST_MAIN(TestWindowFit)
#include "TestWindowFit.moc"
