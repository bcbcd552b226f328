// The translations: plandesk_zh_CN.ts is complete and keeps every placeholder, mnemonic, ellipsis
// and line break of its source; the .qm files embedded in plandesk_core give the key strings of the
// window, the command line and the printed document; plandesk_en.ts gives real English plurals.
//
// The checks work on parsed messages and return their problems as text, so that checkDetectsDefects()
// can run them on a deliberately broken file and prove that each of them is able to fail.

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

#include <functional>

namespace {

struct TsMessage
{
    QString context;
    QString source;
    QString comment; // the disambiguation
    bool numerus = false;
    QString translationType; // "", "unfinished", "obsolete", "vanished"
    QStringList translations; // one entry, or one per <numerusform>
    bool hasTranslation = false;

    QString label() const { return context + QStringLiteral(" \"") + source + QLatin1Char('"'); }
    QString first() const { return translations.value(0); }
};

struct TsFile
{
    QString language;
    QString version;
    QList<TsMessage> messages;
    QString error; // empty when the file parsed
};

TsFile parseTs(QIODevice *device)
{
    TsFile file;
    QXmlStreamReader xml(device);
    QString context;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("TS")) {
            file.language = xml.attributes().value(QLatin1String("language")).toString();
            file.version = xml.attributes().value(QLatin1String("version")).toString();
        } else if (name == QLatin1String("context")) {
            context.clear();
        } else if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            TsMessage message;
            message.context = context;
            message.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            while (xml.readNextStartElement()) {
                const auto child = xml.name();
                if (child == QLatin1String("source")) {
                    message.source = xml.readElementText();
                } else if (child == QLatin1String("comment")) {
                    message.comment = xml.readElementText();
                } else if (child == QLatin1String("translation")) {
                    message.hasTranslation = true;
                    message.translationType = xml.attributes().value(QLatin1String("type")).toString();
                    if (message.numerus) {
                        while (xml.readNextStartElement()) {
                            if (xml.name() == QLatin1String("numerusform"))
                                message.translations << xml.readElementText();
                            else
                                xml.skipCurrentElement();
                        }
                    } else {
                        message.translations << xml.readElementText();
                    }
                } else {
                    xml.skipCurrentElement(); // extracomment, translatorcomment, location
                }
            }
            file.messages << message;
        }
    }
    if (xml.hasError())
        file.error = QStringLiteral("line %1: %2").arg(xml.lineNumber()).arg(xml.errorString());
    return file;
}

TsFile parseTsFile(const QString &path)
{
    QFile device(path);
    if (!device.open(QIODevice::ReadOnly)) {
        TsFile file;
        file.error = device.errorString();
        return file;
    }
    return parseTs(&device);
}

QString translationsPath(const QString &name)
{
    return QStringLiteral(TRANSLATIONS_DIR) + QLatin1Char('/') + name;
}

// %1 … %99, %L1 …, %n and %Ln, as a sorted list so that a duplicate or a lost occurrence counts too.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?(?:[1-9][0-9]?|n)"));
    QStringList found;
    for (const QRegularExpressionMatch &match : pattern.globalMatch(text))
        found << match.captured();
    found.sort();
    return found;
}

// The mnemonic letter of "&File" (F); "&&" is a literal ampersand. A null QChar when there is none.
QChar mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text.at(i + 1);
    }
    return {};
}

bool containsChinese(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF)
            return true;
    }
    return false;
}

using Check = std::function<QStringList(const TsMessage &)>;

QStringList runCheck(const QList<TsMessage> &messages, const Check &check)
{
    QStringList problems;
    for (const TsMessage &message : messages)
        problems << check(message);
    return problems;
}

// (a) every message translated and current
QStringList completeness(const TsMessage &message)
{
    QStringList problems;
    if (!message.hasTranslation)
        problems << message.label() + QStringLiteral(": no <translation> element");
    if (!message.translationType.isEmpty())
        problems << message.label() + QStringLiteral(": translation is type=\"%1\"").arg(message.translationType);
    if (message.translations.isEmpty())
        problems << message.label() + QStringLiteral(": no translation text");
    for (const QString &translation : message.translations) {
        if (translation.trimmed().isEmpty())
            problems << message.label() + QStringLiteral(": empty translation");
    }
    return problems;
}

// (b) the same placeholders as the source
QStringList samePlaceholders(const TsMessage &message)
{
    QStringList problems;
    QStringList expected = placeholders(message.source);
    for (const QString &translation : message.translations) {
        if (placeholders(translation) != expected)
            problems << message.label()
                            + QStringLiteral(": placeholders %1 in \"%2\", expected %3")
                                  .arg(placeholders(translation).join(QLatin1Char(' ')), translation,
                                       expected.join(QLatin1Char(' ')));
        if (message.source.contains(QLatin1String("[*]")) != translation.contains(QLatin1String("[*]")))
            problems << message.label() + QStringLiteral(": the window-modified marker [*] differs");
    }
    return problems;
}

// (c) the same mnemonic letter (Alt+S and Alt+s are the same key), none where the source has none;
// in Chinese text it stands in parentheses, upper case: "文件(&F)".
QStringList sameMnemonic(const TsMessage &message)
{
    QStringList problems;
    const QChar expected = mnemonic(message.source);
    for (const QString &translation : message.translations) {
        const QChar actual = mnemonic(translation);
        if (expected.isNull() != actual.isNull() || expected.toUpper() != actual.toUpper()) {
            problems << message.label()
                            + QStringLiteral(": mnemonic \"%1\" in \"%2\", expected \"%3\"")
                                  .arg(actual.isNull() ? QString() : QString(QLatin1Char('&') + actual), translation,
                                       expected.isNull() ? QString() : QString(QLatin1Char('&') + expected));
            continue;
        }
        if (!expected.isNull() && containsChinese(translation)
            && !translation.contains(QString(QStringLiteral("(&") + expected.toUpper() + QLatin1Char(')'))))
            problems << message.label()
                            + QStringLiteral(": mnemonic not written as \"(&%1)\" in \"%2\"")
                                  .arg(expected.toUpper(), translation);
    }
    return problems;
}

// Ellipsis, line breaks and outer spaces as in the source; Chinese text in full-width punctuation.
QStringList sameShape(const TsMessage &message)
{
    QStringList problems;
    const QChar ellipsis(0x2026);
    for (const QString &translation : message.translations) {
        if (message.source.endsWith(ellipsis) != translation.endsWith(ellipsis))
            problems << message.label() + QStringLiteral(": \"…\" at the end differs in \"%1\"").arg(translation);
        if (translation.contains(QLatin1String("...")))
            problems << message.label() + QStringLiteral(": three dots instead of \"…\" in \"%1\"").arg(translation);
        if (message.source.count(QLatin1Char('\n')) != translation.count(QLatin1Char('\n')))
            problems << message.label() + QStringLiteral(": a different number of line breaks");
        if (message.source.startsWith(QLatin1Char(' ')) != translation.startsWith(QLatin1Char(' ')))
            problems << message.label() + QStringLiteral(": leading space differs in \"%1\"").arg(translation);
        for (const QString &line : translation.split(QLatin1Char('\n'))) {
            if (line.endsWith(QLatin1Char(' ')) || line.endsWith(QLatin1Char('\t')))
                problems << message.label() + QStringLiteral(": trailing space in \"%1\"").arg(translation);
        }
        if (containsChinese(translation)) {
            // Chinese text ends in a full-width mark, never in ASCII ". , : ;" (file filters,
            // placeholders and command syntax inside the text keep their ASCII).
            static const QRegularExpression asciiEnd(QStringLiteral("[\\p{Han}][.,:;?!]$"));
            if (asciiEnd.match(translation).hasMatch())
                problems << message.label() + QStringLiteral(": ASCII punctuation after Chinese in \"%1\"").arg(translation);
            static const QRegularExpression asciiColon(QStringLiteral("[\\p{Han}]: "));
            if (asciiColon.match(translation).hasMatch())
                problems << message.label() + QStringLiteral(": ASCII colon after Chinese in \"%1\"").arg(translation);
        }
    }
    return problems;
}

QString translate(const char *context, const char *source, int n = -1)
{
    return QCoreApplication::translate(context, source, nullptr, n);
}

// A small file with one defect per check, besides a correct message.
const char kBrokenTs[] = R"(<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Broken</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gone</source>
        <translation type="vanished">走了</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n page(s) to %1.</source>
        <translation>
            <numerusform>已写入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>打印预览(&amp;P)...</translation>
    </message>
    <message>
        <source>Organisation &amp;&amp; contacts</source>
        <translation>组织机构(&amp;O)</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>完成. </translation>
    </message>
</context>
</TS>
)";

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void checksDetectDefects();
    void zhCnIsValidTs();
    void zhCnEveryMessageTranslated();
    void zhCnPlaceholdersMatchSource();
    void zhCnMnemonicsMatchSource();
    void zhCnKeepsEllipsesLineBreaksAndSpacing();
    void bothFilesHoldTheSameMessages();
    void zhCnQmGivesKeyStrings_data();
    void zhCnQmGivesKeyStrings();
    void zhCnQmMatchesTs();
    void enPluralForms_data();
    void enPluralForms();
    void enQmGivesBothFormsOfEveryPlural();
    void enNumerusMessagesHaveTwoForms();
    void cleanup();

private:
    TsFile m_zh;
    TsFile m_en;
    QTranslator *m_installed = nullptr;
};

void TestTranslations::initTestCase()
{
    m_zh = parseTsFile(translationsPath(QStringLiteral("plandesk_zh_CN.ts")));
    m_en = parseTsFile(translationsPath(QStringLiteral("plandesk_en.ts")));
    QVERIFY2(m_zh.error.isEmpty(), qPrintable(QStringLiteral("plandesk_zh_CN.ts: ") + m_zh.error));
    QVERIFY2(m_en.error.isEmpty(), qPrintable(QStringLiteral("plandesk_en.ts: ") + m_en.error));
}

void TestTranslations::cleanup()
{
    if (m_installed) {
        QCoreApplication::removeTranslator(m_installed);
        delete m_installed;
        m_installed = nullptr;
    }
}

void TestTranslations::checksDetectDefects()
{
    QByteArray data(kBrokenTs);
    QBuffer buffer(&data);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    const TsFile broken = parseTs(&buffer);
    QVERIFY2(broken.error.isEmpty(), qPrintable(broken.error));
    QCOMPARE(broken.messages.size(), 9);
    QCOMPARE(broken.messages.at(4).translations, QStringList{QStringLiteral("已写入 %1。")});

    // unfinished + empty, and vanished
    QCOMPARE(runCheck(broken.messages, completeness).size(), 3);
    // "第 %1 页" lost %2; the plural lost %n
    QCOMPARE(runCheck(broken.messages, samePlaceholders).size(), 2);
    // "保存" lost &S; "(&P)" is not &v; "&&" is no mnemonic, so "(&O)" is one too many
    QCOMPARE(runCheck(broken.messages, sameMnemonic).size(), 3);
    // "..." for "…" (twice: not "…" at the end, and three dots); "完成. " ends in a space and ASCII
    const QStringList shape = runCheck(broken.messages, sameShape);
    QCOMPARE(shape.size(), 3);
    QVERIFY(shape.join(QLatin1Char('\n')).contains(QLatin1String("trailing space")));

    QCOMPARE(placeholders(QStringLiteral("%L1 of %2, %n, 100% and %10")),
             (QStringList{QStringLiteral("%10"), QStringLiteral("%2"), QStringLiteral("%L1"), QStringLiteral("%n")}));
    QCOMPARE(mnemonic(QStringLiteral("A && B &x")), QLatin1Char('x'));
    QVERIFY(mnemonic(QStringLiteral("A && B")).isNull());
}

void TestTranslations::zhCnIsValidTs()
{
    QCOMPARE(m_zh.version, QStringLiteral("2.1"));
    QCOMPARE(m_zh.language, QStringLiteral("zh_CN"));
    QVERIFY2(m_zh.messages.size() > 300, qPrintable(QString::number(m_zh.messages.size())));
    QSet<QString> seen;
    for (const TsMessage &message : std::as_const(m_zh.messages)) {
        QVERIFY2(!message.context.isEmpty(), qPrintable(message.label()));
        QVERIFY2(!message.source.isEmpty(), qPrintable(message.label()));
        const QString key = message.context + QStringLiteral(" | ") + message.source + QStringLiteral(" | ") + message.comment;
        QVERIFY2(!seen.contains(key), qPrintable(QStringLiteral("duplicate message ") + message.label()));
        seen.insert(key);
        if (message.numerus)
            QVERIFY2(message.translations.size() == 1,
                     qPrintable(message.label() + QStringLiteral(": Chinese has one plural form")));
    }
}

void TestTranslations::zhCnEveryMessageTranslated()
{
    const QStringList problems = runCheck(m_zh.messages, completeness);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestTranslations::zhCnPlaceholdersMatchSource()
{
    const QStringList problems = runCheck(m_zh.messages, samePlaceholders);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestTranslations::zhCnMnemonicsMatchSource()
{
    const QStringList problems = runCheck(m_zh.messages, sameMnemonic);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestTranslations::zhCnKeepsEllipsesLineBreaksAndSpacing()
{
    const QStringList problems = runCheck(m_zh.messages, sameShape);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestTranslations::bothFilesHoldTheSameMessages()
{
    auto keys = [](const TsFile &file) {
        QStringList list;
        for (const TsMessage &message : file.messages)
            list << message.context + QStringLiteral(" | ") + message.source + QStringLiteral(" | ") + message.comment
                        + (message.numerus ? QStringLiteral(" | numerus") : QString());
        list.sort();
        return list;
    };
    QCOMPARE(keys(m_en), keys(m_zh));
}

void TestTranslations::zhCnQmGivesKeyStrings_data()
{
    QTest::addColumn<QByteArray>("context");
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<int>("n");
    QTest::addColumn<QString>("expected");

    QTest::newRow("status draft") << QByteArray("PlanStatus") << QByteArray("Draft") << -1 << QStringLiteral("草稿");
    QTest::newRow("status withdrawn") << QByteArray("PlanStatus") << QByteArray("Withdrawn") << -1
                                      << QStringLiteral("已废止");
    QTest::newRow("page footer") << QByteArray("PlanDocument") << QByteArray("Page %1 of %2") << -1
                                 << QStringLiteral("第 %1 页 共 %2 页");
    QTest::newRow("contents") << QByteArray("PlanDocument") << QByteArray("Contents") << -1 << QStringLiteral("目录");
    QTest::newRow("classification") << QByteArray("PlanDocument") << QByteArray("Classification: %1") << -1
                                    << QStringLiteral("密级：%1");
    QTest::newRow("document hours") << QByteArray("PlanDocument") << QByteArray("%n hour(s)") << 4
                                    << QStringLiteral("4 小时");
    QTest::newRow("document days") << QByteArray("PlanDocument") << QByteArray("%n day(s)") << 30
                                   << QStringLiteral("30 日");
    QTest::newRow("special plan") << QByteArray("PlanKind") << QByteArray("Special emergency plan") << -1
                                  << QStringLiteral("专项应急预案");
    QTest::newRow("CII operator") << QByteArray("OperatorProfile")
                                  << QByteArray("Critical information infrastructure operator") << -1
                                  << QStringLiteral("关键信息基础设施运营者");
    QTest::newRow("file menu") << QByteArray("MainWindow") << QByteArray("&File") << -1 << QStringLiteral("文件(&F)");
    QTest::newRow("pdf filter") << QByteArray("DocumentPrinting") << QByteArray("PDF documents (*.pdf)") << -1
                                << QStringLiteral("PDF 文档 (*.pdf)");
    QTest::newRow("cli plural 3") << QByteArray("CommandLineRunner") << QByteArray("Wrote %n page(s) to %1.") << 3
                                  << QStringLiteral("已将 3 页写入 %1。");
    QTest::newRow("cli plural 1") << QByteArray("CommandLineRunner") << QByteArray("Wrote %n page(s) to %1.") << 1
                                  << QStringLiteral("已将 1 页写入 %1。");
}

void TestTranslations::zhCnQmGivesKeyStrings()
{
    QFETCH(QByteArray, context);
    QFETCH(QByteArray, source);
    QFETCH(int, n);
    QFETCH(QString, expected);

    m_installed = new QTranslator;
    QVERIFY(m_installed->load(QStringLiteral(":/i18n/plandesk_zh_CN.qm")));
    QCOMPARE(m_installed->language(), QStringLiteral("zh_CN"));
    QVERIFY(QCoreApplication::installTranslator(m_installed));
    QCOMPARE(translate(context.constData(), source.constData(), n), expected);
}

void TestTranslations::zhCnQmMatchesTs()
{
    // The embedded .qm is built from the .ts as it is now: every message comes back as written there.
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/plandesk_zh_CN.qm")));
    QStringList problems;
    for (const TsMessage &message : std::as_const(m_zh.messages)) {
        const QByteArray context = message.context.toUtf8();
        const QByteArray source = message.source.toUtf8();
        const QByteArray comment = message.comment.toUtf8();
        const QString actual = translator.translate(context.constData(), source.constData(),
                                                    message.comment.isEmpty() ? nullptr : comment.constData(),
                                                    message.numerus ? 2 : -1);
        if (actual != message.first())
            problems << message.label() + QStringLiteral(": .qm gives \"%1\", .ts has \"%2\"").arg(actual, message.first());
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestTranslations::enPluralForms_data()
{
    QTest::addColumn<QByteArray>("context");
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<int>("n");
    QTest::addColumn<QString>("expected");

    const QByteArray cli("CommandLineRunner");
    const QByteArray wrote("Wrote %n page(s) to %1.");
    QTest::newRow("1 page") << cli << wrote << 1 << QStringLiteral("Wrote 1 page to %1.");
    QTest::newRow("3 pages") << cli << wrote << 3 << QStringLiteral("Wrote 3 pages to %1.");
    QTest::newRow("0 pages") << cli << wrote << 0 << QStringLiteral("Wrote 0 pages to %1.");
    const QByteArray missing("Still missing: %n element(s). You can finish now and complete them in the editor.");
    QTest::newRow("1 element") << QByteArray("ReviewPage") << missing << 1
                               << QStringLiteral("Still missing: 1 element. You can finish now and complete it in the editor.");
    QTest::newRow("3 elements") << QByteArray("ReviewPage") << missing << 3
                                << QStringLiteral("Still missing: 3 elements. You can finish now and complete them in the editor.");
    // Reporting deadlines, in the table and in the printed plan.
    QTest::newRow("table 1 hour") << QByteArray("PlanTableDelegate") << QByteArray("%n hour(s)") << 1
                                  << QStringLiteral("1 hour");
    QTest::newRow("table 30 days") << QByteArray("PlanTableDelegate") << QByteArray("%n day(s)") << 30
                                   << QStringLiteral("30 days");
    QTest::newRow("document 4 hours") << QByteArray("PlanDocument") << QByteArray("%n hour(s)") << 4
                                      << QStringLiteral("4 hours");
    QTest::newRow("document 1 day") << QByteArray("PlanDocument") << QByteArray("%n day(s)") << 1
                                    << QStringLiteral("1 day");
}

void TestTranslations::enPluralForms()
{
    QFETCH(QByteArray, context);
    QFETCH(QByteArray, source);
    QFETCH(int, n);
    QFETCH(QString, expected);

    m_installed = new QTranslator;
    QVERIFY(m_installed->load(QStringLiteral(":/i18n/plandesk_en.qm")));
    QVERIFY(QCoreApplication::installTranslator(m_installed));
    QCOMPARE(translate(context.constData(), source.constData(), n), expected);
}

void TestTranslations::enQmGivesBothFormsOfEveryPlural()
{
    // Every plural message, whatever its context: 1 takes the singular form, 3 the plural one.
    m_installed = new QTranslator;
    QVERIFY(m_installed->load(QStringLiteral(":/i18n/plandesk_en.qm")));
    QVERIFY(QCoreApplication::installTranslator(m_installed));
    QStringList problems;
    for (const TsMessage &message : std::as_const(m_en.messages)) {
        if (!message.numerus)
            continue;
        const QByteArray context = message.context.toUtf8();
        const QByteArray source = message.source.toUtf8();
        for (const auto &[n, form] : {std::pair{1, 0}, std::pair{3, 1}}) {
            const QString expected = QString(message.translations.value(form)).replace(QLatin1String("%n"), QString::number(n));
            const QString actual = translate(context.constData(), source.constData(), n);
            if (actual != expected || actual.contains(QLatin1String("(s)")))
                problems << message.label() + QStringLiteral(": n=%1 gives \"%2\"").arg(n).arg(actual);
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestTranslations::enNumerusMessagesHaveTwoForms()
{
    QStringList problems;
    int numerus = 0;
    for (const TsMessage &message : std::as_const(m_en.messages)) {
        if (!message.numerus) {
            // English is the source: a non-plural message is left untranslated or repeats its source.
            if (!message.first().isEmpty() && message.first() != message.source)
                problems << message.label() + QStringLiteral(": English differs from the source");
            continue;
        }
        ++numerus;
        if (message.translationType == QLatin1String("unfinished") || message.translations.size() != 2
            || message.translations.at(0).isEmpty() || message.translations.at(1).isEmpty()
            || message.translations.at(0) == message.translations.at(1)) {
            problems << message.label() + QStringLiteral(": needs a finished singular and a plural form");
            continue;
        }
        for (const QString &form : message.translations) {
            if (form.contains(QLatin1String("(s)")))
                problems << message.label() + QStringLiteral(": \"(s)\" left in \"%1\"").arg(form);
            if (placeholders(form) != placeholders(message.source))
                problems << message.label() + QStringLiteral(": placeholders differ in \"%1\"").arg(form);
        }
    }
    QVERIFY2(numerus > 0, "plandesk_en.ts has no plural messages");
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "TestTranslations.moc"
