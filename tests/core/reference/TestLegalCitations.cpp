// Every mention of a Cybersecurity Law article whose number moved in the 2025 amendment (in force
// 1 January 2026: old Arts. 21–59 moved up by two) cites the current number, with the old number only
// as the pre-amendment reference: 第二十七条（修正前第二十五条）, "Art. 27 (Art. 25 before the 2025
// amendment)". A bare old number (第二十五条, Art. 34, Art. 38, …) in the shipped text, the data, the
// templates, the translations or the README is a defect: the user would look up the wrong article.

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

namespace {

// Old numbers that PlanDesk cites (25 plan, 31 CII sectors, 34 CII duties, 38 yearly testing,
// 53 sector plans); as current numbers they are articles PlanDesk never cites.
const QRegularExpression kOldArticle(QStringLiteral(
    "第(二十五|三十一|三十四|三十八|五十三)条|\\b(?:Art\\.|Article|Arts\\.) ?(25|31|34|38|53)\\b"));

// The few characters around a hit that mark it as the pre-amendment number.
bool markedAsOld(const QString &text, qsizetype at, qsizetype length)
{
    const QString before = text.mid(qMax<qsizetype>(0, at - 8), qMin<qsizetype>(at, 8));
    const QString after = text.mid(at + length, 40);
    static const QRegularExpression afterOld(QStringLiteral("^(\\([^)]*\\)|（[^）]*）|[（(]?[一二三四1-4][）)])?[,;]? ?"
                                                            "(before the (2025 )?amendment|before the amendment)"));
    return before.contains(QStringLiteral("修正前")) || before.endsWith(QStringLiteral("原"))
           || before.endsWith(QStringLiteral("至")) || before.contains(QStringLiteral("old "))
           || before.contains(QStringLiteral("Old ")) || afterOld.match(after).hasMatch();
}

QStringList offences(const QString &root)
{
    QStringList found;
    QStringList files = {root + QStringLiteral("/README.md")};
    for (const QString &folder : {QStringLiteral("app"), QStringLiteral("ui"), QStringLiteral("resources"),
                                  QStringLiteral("templates"), QStringLiteral("translations"), QStringLiteral("docs")}) {
        QDirIterator it(root + QLatin1Char('/') + folder, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
    }
    for (const QString &path : std::as_const(files)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QString text = QString::fromUtf8(file.readAll());
        // The Personal Information Protection Law's Art. 57 etc. never match; a hit in another law
        // would need the law named right before it, which PlanDesk's texts do not do.
        QRegularExpressionMatchIterator matches = kOldArticle.globalMatch(text);
        while (matches.hasNext()) {
            const QRegularExpressionMatch match = matches.next();
            if (markedAsOld(text, match.capturedStart(), match.capturedLength()))
                continue;
            const qsizetype line = text.left(match.capturedStart()).count(QLatin1Char('\n')) + 1;
            found << QStringLiteral("%1:%2: %3").arg(path.mid(root.size() + 1)).arg(line).arg(
                         text.mid(qMax<qsizetype>(0, match.capturedStart() - 30), match.capturedLength() + 60)
                             .simplified());
        }
    }
    return found;
}

} // namespace

class TestLegalCitations : public QObject
{
    Q_OBJECT

private slots:
    void checkTellsOldFromCurrent()
    {
        QVERIFY(!markedAsOld(QStringLiteral("（《网络安全法》第二十五条）"), 7, 5));
        QVERIFY(markedAsOld(QStringLiteral("第二十七条（修正前第二十五条）"), 9, 5));
        const QString en = QStringLiteral("Art. 27 (Art. 25 before the 2025 amendment)");
        QVERIFY(markedAsOld(en, en.indexOf(QStringLiteral("Art. 25")), 7));
        QVERIFY(!markedAsOld(QStringLiteral("(Cybersecurity Law Art. 38)."), 19, 7));
        const QString sub = QStringLiteral("Art. 36(4) (Art. 34(4) before the 2025 amendment)");
        QVERIFY(markedAsOld(sub, sub.indexOf(QStringLiteral("Art. 34")), 7));
    }

    void noBareOldArticleNumber()
    {
        const QStringList found = offences(QStringLiteral(PLANDESK_SOURCE_DIR));
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestLegalCitations)
#include "TestLegalCitations.moc"
