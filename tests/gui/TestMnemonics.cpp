// No two mnemonics (the &-letters, Alt+letter) clash where they act together, in Chinese and in
// English. The scopes: the menu bar's titles; each menu (its visible actions, submenus their own
// scope); and each page or dialog as it is shown on each page and tab of the tour (PageTour.h):
// its visible buttons, labels with a buddy, tab titles of visible tab bars and group box titles.
// A widget on a tab not shown is hidden and cannot take the key, so each tab is its own state.
// The menu bar's titles and a page's fields are separate scopes here (one menu level, one form);
// Alt+E of the Edit menu and an "&Edit…" button on a page still share the key (see the report of
// issue 8: not yet enforced).

#include "PageTour.h"

#include <QAbstractButton>
#include <QGroupBox>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTabBar>

namespace {

struct Mnemonic
{
    QString key;
    QString text;
};

void add(QList<Mnemonic> &found, const QString &text)
{
    const QKeySequence key = QKeySequence::mnemonic(text);
    if (!key.isEmpty())
        found << Mnemonic{key.toString(QKeySequence::PortableText), text};
}

QStringList clashes(const QString &scope, const QList<Mnemonic> &found)
{
    QMap<QString, QStringList> byKey;
    for (const Mnemonic &mnemonic : found)
        byKey[mnemonic.key] << mnemonic.text;
    QStringList problems;
    for (auto it = byKey.cbegin(); it != byKey.cend(); ++it) {
        if (it.value().size() > 1)
            problems << QStringLiteral("%1: %2 is taken by \"%3\"").arg(scope, it.key(), it.value().join(QStringLiteral("\", \"")));
    }
    return problems;
}

void collectMenu(QMenu *menu, const QString &path, QStringList &problems)
{
    QList<Mnemonic> found;
    for (QAction *action : menu->actions()) {
        if (!action->isVisible() || action->isSeparator())
            continue;
        add(found, action->text());
        if (action->menu())
            collectMenu(action->menu(), path + QStringLiteral(" > ") + action->text(), problems);
    }
    problems << clashes(path, found);
}

QStringList windowClashes(const QString &state, QWidget *window)
{
    QList<Mnemonic> found;
    const auto shown = [window](QWidget *widget) { return widget->window() == window && widget->isVisible(); };
    for (QAbstractButton *button : window->findChildren<QAbstractButton *>()) {
        if (shown(button))
            add(found, button->text());
    }
    for (QLabel *label : window->findChildren<QLabel *>()) {
        if (shown(label) && label->buddy())
            add(found, label->text());
    }
    for (QTabBar *tabs : window->findChildren<QTabBar *>()) {
        if (!shown(tabs))
            continue;
        for (int index = 0; index < tabs->count(); ++index) {
            if (tabs->isTabVisible(index))
                add(found, tabs->tabText(index));
        }
    }
    for (QGroupBox *box : window->findChildren<QGroupBox *>()) {
        if (shown(box))
            add(found, box->title());
    }
    return clashes(state, found);
}

} // namespace

class TestMnemonics : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void cleanup()
    {
        Clock::reset();
        PageTour::installLanguage(QString());
    }

    void noMnemonicIsTakenTwice_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("Chinese") << QStringLiteral("zh_CN");
        QTest::newRow("English") << QStringLiteral("en");
    }

    void noMnemonicIsTakenTwice()
    {
        QFETCH(QString, language);
        QStringList problems;
        int states = 0;
        bool menusChecked = false;
        PageTour::tour(language, [&](const QString &state, QWidget *window) {
            ++states;
            if (auto *mainWindow = qobject_cast<QMainWindow *>(window); mainWindow && !menusChecked) {
                QList<Mnemonic> titles;
                for (QAction *action : mainWindow->menuBar()->actions()) {
                    if (!action->isVisible())
                        continue;
                    add(titles, action->text());
                    if (action->menu())
                        collectMenu(action->menu(), action->text(), problems);
                }
                problems << clashes(QStringLiteral("menu bar"), titles);
                menusChecked = true;
            }
            problems << windowClashes(state, window);
        });
        if (QTest::currentTestFailed())
            return;
        QVERIFY(menusChecked);
        QVERIFY(states > 20);
        problems.removeDuplicates();
        for (const QString &problem : std::as_const(problems))
            qWarning().noquote() << problem;
        QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 clashes, listed above").arg(problems.size())));
    }
};

QTEST_MAIN(TestMnemonics)
#include "TestMnemonics.moc"
