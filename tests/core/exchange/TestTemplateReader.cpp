// TemplateReader, StrictJsonParser and TemplateWriter: every file of the broken corpus is refused
// with its place and reason, valid files read completely and are written back byte for byte, and
// every built-in template validates.

#include "core/exchange/StrictJsonParser.h"
#include "core/exchange/TemplateFormat.h"
#include "core/exchange/TemplateReader.h"
#include "core/exchange/TemplateWriter.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

namespace {

QString corpus(const QString &name)
{
    return QStringLiteral(TEST_DATA_DIR "/templates/") + name;
}

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString describe(const QList<TemplateProblem> &problems)
{
    QStringList lines;
    for (const TemplateProblem &problem : problems)
        lines << QStringLiteral("[%1] \"%2\": %3")
                     .arg(problem.isError() ? QStringLiteral("error") : QStringLiteral("warning"),
                          problem.pointer, problem.message);
    return lines.isEmpty() ? QStringLiteral("(no problems)") : lines.join(QLatin1Char('\n'));
}

bool hasError(const QList<TemplateProblem> &problems, const QString &pointer, const QString &message)
{
    for (const TemplateProblem &problem : problems) {
        if (problem.isError() && problem.pointer == pointer && problem.message == message)
            return true;
    }
    return false;
}

// The template as read, without what depends on the file rather than its content.
Template contentOf(Template templ)
{
    templ.origin = TemplateOrigin();
    templ.localId = 0;
    return templ;
}

const QString kMarkup = QStringLiteral(
    "<script>alert('x')</script><b>bold</b> &amp; <img src=\"file:///etc/passwd\"> {{organisation}}");

struct Expectation
{
    QString file;
    QString pointer;
    QString message;
};

// Each broken file with a problem it must be refused for (exact pointer and English message).
QList<Expectation> brokenFiles()
{
    QList<Expectation> rows;
    const QString notJson = QStringLiteral("The file is not valid JSON: %1 (line %2, column %3).");
    const QString notUtf8 = QStringLiteral(
        "The file is not valid UTF-8 text (line %1, column %2); a template must be saved as UTF-8.");
    auto row = [&rows](const char *file, const QString &pointer, const QString &message) {
        rows.append(Expectation{QString::fromLatin1(file), pointer, message});
    };
    row("truncated.json", QStringLiteral("/plan/sections/1/children/0/body"),
        QStringLiteral("The file ends in the middle of the JSON data (line 46); it may be truncated."));
    row("not-json.txt", QString(), notJson.arg(QStringLiteral("unexpected character \"M\"")).arg(1).arg(1));
    row("html.json", QString(), notJson.arg(QStringLiteral("unexpected character \"<\"")).arg(1).arg(1));
    row("comment.json", QString(), notJson.arg(QStringLiteral("unexpected character \"/\"")).arg(1).arg(1));
    row("trailing-comma.json", QString(),
        notJson.arg(QStringLiteral("a key in double quotes was expected")).arg(1).arg(53));
    row("trailing-garbage.json", QString(),
        notJson.arg(QStringLiteral("there is more data after the end of the JSON value")).arg(111).arg(1));
    row("empty.json", QString(), QStringLiteral("The file is empty; a template is a JSON object."));
    row("whitespace-only.json", QString(), QStringLiteral("The file is empty; a template is a JSON object."));
    row("array-root.json", QString(),
        QStringLiteral("The file holds a list, not a JSON object; it is not a PlanDesk template."));
    row("wrong-types.json", QStringLiteral("/template/title"),
        QStringLiteral("Expected text here, but found a whole number."));
    row("future-version.json", QStringLiteral("/schema_version"),
        QStringLiteral(
            "schema_version 7 is newer than this PlanDesk understands (1); a newer PlanDesk is needed."));
    row("version-zero.json", QStringLiteral("/schema_version"),
        QStringLiteral(
            "schema_version 0 is not a version PlanDesk knows; this PlanDesk reads schema_version 1."));
    row("version-as-text.json", QStringLiteral("/schema_version"),
        QStringLiteral(
            "schema_version must be a whole number, not \"1.0\"; this PlanDesk reads schema_version 1."));
    row("unknown-format.json", QStringLiteral("/format"),
        QStringLiteral("The format \"plandesk-plan\" is not one PlanDesk reads; a template has the format "
                       "\"plandesk-template\"."));
    const QString noFormat =
        QStringLiteral("The file has no \"format\" field, so it is not a PlanDesk template; a "
                       "template has \"format\": \"plandesk-template\".");
    row("no-format.json", QString(), noFormat);
    row("someone-elses-json.json", QString(), noFormat);
    row("duplicate-keys.json", QStringLiteral("/template/title"),
        QStringLiteral(
            "The key \"title\" appears more than once in the same object; each key may appear only "
            "once."));
    row("huge-string.json", QStringLiteral("/plan/sections/0/body"),
        QStringLiteral("This text is 25000 characters long; at most 20000 are allowed."));
    row("long-title.json", QStringLiteral("/template/title"),
        QStringLiteral("This text is 201 characters long; \"title\" may have at most 200."));
    row("long-description.json", QStringLiteral("/template/description"),
        QStringLiteral("This text is 4001 characters long; \"description\" may have at most 4000."));
    const QString tooDeep =
        QStringLiteral("The data is nested more than 32 levels deep; a template allows at most 32.");
    row("deep-nesting.json", QStringLiteral("/extra") + QStringLiteral("/0").repeated(31), tooDeep);
    row("deep-nesting-bomb.json", QStringLiteral("/0").repeated(32), tooDeep);
    row("deep-sections.json", QStringLiteral("/plan/sections/0") + QStringLiteral("/children/0").repeated(6),
        QStringLiteral(
            "This section is nested 7 levels deep; a template allows at most 6 levels of sections."));
    row("invalid-utf8.json", QStringLiteral("/template/author"), notUtf8.arg(11).arg(17));
    row("latin1.json", QStringLiteral("/template/author"), notUtf8.arg(11).arg(17));
    row("overlong-utf8.json", QStringLiteral("/template/author"), notUtf8.arg(11).arg(16));
    row("utf16.json", QString(),
        QStringLiteral("The file is UTF-16 text; a template must be saved as UTF-8."));
    row("lone-surrogate.json", QStringLiteral("/template/author"),
        notJson.arg(QStringLiteral("the escape \\ud800 is half of a character (a lone surrogate)"))
            .arg(11)
            .arg(16));
    row("control-character.json", QStringLiteral("/template/author"),
        QStringLiteral(
            "This text contains the control character U+0007; only tabs and line breaks are allowed."));
    row("nul-escape.json", QStringLiteral("/template/author"),
        QStringLiteral(
            "This text contains the control character U+0000; only tabs and line breaks are allowed."));
    row("raw-control-character.json", QStringLiteral("/template/author"),
        notJson
            .arg(QStringLiteral("a control character inside text must be written as an escape such as \\n"))
            .arg(11)
            .arg(19));
    row("kind-mismatch.json", QString(),
        QStringLiteral("The template's kind is \"plan\", so the file needs a \"plan\" part."));
    row("both-parts.json", QStringLiteral("/drill_scenario"),
        QStringLiteral("The template's kind is \"plan\"; a \"drill_scenario\" part does not belong in it."));
    row("unknown-kind.json", QStringLiteral("/template/kind"),
        QStringLiteral(
            "\"checklist\" is not allowed for \"kind\"; use one of \"plan\", \"drill_scenario\"."));
    row("bad-id.json", QStringLiteral("/template/id"),
        QStringLiteral(
            "The identifier \"my template/../1\" is not valid; it must be 3 to 200 characters long and "
            "use only letters, digits, \".\", \"_\", \":\" and \"-\"."));
    row("missing-title.json", QStringLiteral("/template"),
        QStringLiteral("The required field \"title\" is missing."));
    row("section-without-title.json", QStringLiteral("/plan/sections/1/children/0"),
        QStringLiteral("The required field \"title\" is missing."));
    row("empty-drill-title.json", QStringLiteral("/drill_scenario/title"),
        QStringLiteral("\"title\" must not be empty."));
    row("bad-language.json", QStringLiteral("/template/language"),
        QStringLiteral("\"fr\" is not allowed for \"language\"; use one of \"zh_CN\", \"en\"."));
    row("bad-date.json", QStringLiteral("/template/created"),
        QStringLiteral("\"24.11.2026\" is not a date of the form YYYY-MM-DD."));
    row("template-version-zero.json", QStringLiteral("/template/version"),
        QStringLiteral("0 is out of range; \"version\" must be a whole number from 1 to 2147483647."));
    row("bad-enum.json", QStringLiteral("/drill_scenario/form"),
        QStringLiteral("\"zoom\" is not allowed for \"form\"; use one of \"tabletop\", \"hands_on\", "
                       "\"demonstration\"."));
    row("bad-team.json", QStringLiteral("/plan/roles/1/team"),
        QStringLiteral(
            "\"board\" is not allowed for \"team\"; use one of \"leading\", \"office\", \"technical\", "
            "\"department\", \"external\"."));
    row("negative-duration.json", QStringLiteral("/drill_scenario/duration_minutes"),
        QStringLiteral("-5 is out of range; \"duration_minutes\" must be a whole number from 1 to 10080."));
    row("huge-number.json", QStringLiteral("/drill_scenario/duration_minutes"),
        notJson.arg(QStringLiteral("the number 1e999 is too large")).arg(23).arg(25));
    row("bad-colour.json", QStringLiteral("/plan/levels/0/colour_hex"),
        QStringLiteral("\"red; background:url(file:///etc/passwd)\" is not a colour; write it as # and six "
                       "hexadecimal digits, e.g. \"#C00000\"."));
    row("special-without-scenario.json", QStringLiteral("/plan/scenario"),
        QStringLiteral("A special plan template must name the scenario it covers in \"scenario\"."));
    row("too-many-items.json", QStringLiteral("/drill_scenario/objectives"),
        QStringLiteral("This list has 1001 items; at most 1000 are allowed."));
    row("really-a-zip.json", QString(),
        QStringLiteral("This is a ZIP archive (for example a Word or Excel file), not a PlanDesk template."));
    row("really-a-png.json", QString(), QStringLiteral("This is a PNG image, not a PlanDesk template."));
    row("really-a-jpeg.json", QString(), QStringLiteral("This is a JPEG image, not a PlanDesk template."));
    row("really-a-pdf.json", QString(), QStringLiteral("This is a PDF document, not a PlanDesk template."));
    return rows;
}

} // namespace

class TestTemplateReader : public QObject
{
    Q_OBJECT

private slots:
    void refusesEveryBrokenFile_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<QString>("message");
        for (const Expectation &row : brokenFiles())
            QTest::newRow(qPrintable(row.file)) << row.file << row.pointer << row.message;
    }

    void refusesEveryBrokenFile()
    {
        QFETCH(QString, file);
        QFETCH(QString, pointer);
        QFETCH(QString, message);
        const QString path = corpus(QStringLiteral("broken/") + file);
        QVERIFY2(QFileInfo(path).isFile(), qPrintable(path));
        const TemplateReadResult read = TemplateReader::readFile(path);
        QVERIFY2(read.hasErrors(), qPrintable(describe(read.problems)));
        QVERIFY2(hasError(read.problems, pointer, message), qPrintable(describe(read.problems)));
        // The same from bytes in memory, and the origin names the file without its folder.
        const TemplateReadResult fromBytes = TemplateReader::read(bytesOf(path), path);
        QCOMPARE(fromBytes.problems, read.problems);
        QCOMPARE(fromBytes.templ.origin.fileName, file);
        for (const TemplateProblem &problem : read.problems) {
            QVERIFY2(!problem.message.isEmpty() && problem.message.endsWith(QLatin1Char('.')),
                     qPrintable(problem.message));
            QVERIFY2(problem.pointer.isEmpty() || problem.pointer.startsWith(QLatin1Char('/')),
                     qPrintable(problem.pointer));
        }
    }

    // A file added to the corpus without an expectation would test nothing.
    void everyBrokenFileHasAnExpectation()
    {
        QSet<QString> expected;
        for (const Expectation &row : brokenFiles())
            expected.insert(row.file);
        const QStringList files = QDir(corpus(QStringLiteral("broken"))).entryList(QDir::Files);
        QVERIFY(files.size() >= 50);
        for (const QString &file : files)
            QVERIFY2(expected.contains(file), qPrintable(file));
        QCOMPARE(expected.size(), files.size());
    }

    void reportsEveryProblemOfAFile()
    {
        const TemplateReadResult read =
            TemplateReader::readFile(corpus(QStringLiteral("broken/wrong-types.json")));
        const QString what = describe(read.problems);
        QVERIFY2(hasError(read.problems, QStringLiteral("/template/version"),
                          QStringLiteral("Expected a whole number here, but found text.")),
                 qPrintable(what));
        QVERIFY2(hasError(read.problems, QStringLiteral("/plan/sections"),
                          QStringLiteral("Expected a list here, but found an object.")),
                 qPrintable(what));
        QVERIFY2(hasError(read.problems, QStringLiteral("/plan/levels/1/criteria"),
                          QStringLiteral("Expected text here, but found a list.")),
                 qPrintable(what));
        QVERIFY2(hasError(read.problems, QStringLiteral("/plan/reporting_steps/0/deadline_minutes"),
                          QStringLiteral("Expected a whole number here, but found the number 2.5.")),
                 qPrintable(what));
        QVERIFY2(hasError(read.problems, QStringLiteral("/plan/roles/0"),
                          QStringLiteral("Expected an object here, but found text.")),
                 qPrintable(what));
        QCOMPARE(read.problems.size(), 6);

        const TemplateReadResult duplicates =
            TemplateReader::readFile(corpus(QStringLiteral("broken/duplicate-keys.json")));
        QVERIFY2(hasError(duplicates.problems, QStringLiteral("/plan/levels/1/code"),
                          QStringLiteral(
                              "The key \"code\" appears more than once in the same object; each key may "
                              "appear only once.")),
                 qPrintable(describe(duplicates.problems)));

        const TemplateReadResult kind =
            TemplateReader::readFile(corpus(QStringLiteral("broken/kind-mismatch.json")));
        QVERIFY2(hasError(kind.problems, QStringLiteral("/drill_scenario"),
                          QStringLiteral(
                              "The template's kind is \"plan\"; a \"drill_scenario\" part does not belong "
                              "in it.")),
                 qPrintable(describe(kind.problems)));
    }

    // An unknown future version is refused for its version alone: what it contains cannot be judged.
    void futureVersionSaysOnlyWhatIsNeeded()
    {
        const TemplateReadResult read =
            TemplateReader::readFile(corpus(QStringLiteral("broken/future-version.json")));
        QCOMPARE(read.problems.size(), 1);
        QVERIFY(read.templ.unknownFields.isEmpty());
    }

    void refusesFilesOverTheSizeLimitUnread()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        // Valid JSON just over the limit: refused for its size, before any parsing.
        QByteArray big = QByteArrayLiteral("{\"format\": \"plandesk-template\", \"padding\": \"");
        big.append(QByteArray(TemplateFormat::kMaximumFileBytes - big.size() - 1, 'x'));
        big.append("\"}");
        QCOMPARE(qint64(big.size()), qint64(TemplateFormat::kMaximumFileBytes + 1));
        const QString path = dir.filePath(QStringLiteral("big.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(big);
        file.close();
        const QString message =
            QStringLiteral("The file is 2097153 bytes long; a template may be at most 2097152 bytes "
                           "(2 MiB).");
        for (const TemplateReadResult &read :
             {TemplateReader::readFile(path), TemplateReader::read(big, path)}) {
            QCOMPARE(read.problems.size(), 1);
            QVERIFY2(hasError(read.problems, QString(), message), qPrintable(describe(read.problems)));
        }
        // Exactly at the limit is read (and then judged on its content).
        const QByteArray atLimit = big.left(big.size() - 2) + QByteArrayLiteral("}");
        QCOMPARE(qint64(atLimit.size()), qint64(TemplateFormat::kMaximumFileBytes));
        QVERIFY(!hasError(TemplateReader::read(atLimit).problems, QString(), message));

        // A big ZIP is still named as a ZIP.
        QFile zip(dir.filePath(QStringLiteral("big.zip")));
        QVERIFY(zip.open(QIODevice::WriteOnly));
        zip.write(QByteArrayLiteral("PK\x03\x04") + QByteArray(3 * 1024 * 1024, '\0'));
        zip.close();
        QVERIFY(hasError(
            TemplateReader::readFile(zip.fileName()).problems, QString(),
            QStringLiteral("This is a ZIP archive (for example a Word or Excel file), not a PlanDesk "
                           "template.")));
    }

    void reportsAFileThatCannotBeOpened()
    {
        const TemplateReadResult read = TemplateReader::readFile(corpus(QStringLiteral("no-such-file.json")));
        QCOMPARE(read.problems.size(), 1);
        QVERIFY(read.problems.first().isError());
        QVERIFY2(read.problems.first().message.startsWith(
                     QLatin1String("The file \"no-such-file.json\" cannot be read:")),
                 qPrintable(read.problems.first().message));
    }

    void readsEveryFieldOfAPlanTemplate()
    {
        const QString path = corpus(QStringLiteral("valid/small-plan.json"));
        const TemplateReadResult read = TemplateReader::readFile(path);
        QVERIFY2(read.problems.isEmpty(), qPrintable(describe(read.problems)));
        const Template &templ = read.templ;
        QCOMPARE(templ.id, QStringLiteral("org.example.test.small-plan"));
        QCOMPARE(templ.version, 1);
        QCOMPARE(templ.kind, TemplateKind::Plan);
        QCOMPARE(templ.language, QStringLiteral("zh_CN"));
        QCOMPARE(templ.title, QStringLiteral("勒索软件事件专项应急预案（测试模板）"));
        QCOMPARE(templ.author, QStringLiteral("测试组"));
        QCOMPARE(templ.created, QDate(2026, 11, 24));
        QCOMPARE(templ.source, QStringLiteral("《国家网络安全事件应急预案》（2017）"));
        QCOMPARE(templ.plan.kind, PlanKind::Special);
        QCOMPARE(templ.plan.scenario, QStringLiteral("勒索软件事件"));
        QCOMPARE(templ.plan.profile, OperatorProfile::Ordinary);
        // The tree as Plan's pre-order list with depths.
        QList<int> depths;
        QStringList titles;
        for (const Section &section : templ.plan.sections) {
            depths << section.depth;
            titles << section.title;
        }
        QCOMPARE(depths, (QList<int>{0, 1, 1, 0, 1, 2, 0}));
        QCOMPARE(titles,
                 (QStringList{QStringLiteral("总则"), QStringLiteral("编制目的"), QStringLiteral("适用范围"),
                              QStringLiteral("应急处置"), QStringLiteral("隔离遏制"),
                              QStringLiteral("自定义小节"), QStringLiteral("附则")}));
        QCOMPARE(templ.plan.sections.at(2).body, QStringLiteral("本预案适用于{{organisation}}。\n第二行。"));
        QCOMPARE(templ.plan.sections.at(5).key, QString());
        QCOMPARE(templ.plan.categories.size(), 1);
        QCOMPARE(templ.plan.levels.size(), 2);
        QCOMPARE(templ.plan.levels.at(0).colourHex, QStringLiteral("#C00000"));
        QCOMPARE(templ.plan.reportingSteps.size(), 1);
        QCOMPARE(templ.plan.reportingSteps.at(0).deadlineMinutes, 240);
        QCOMPARE(templ.plan.contacts.size(), 2);
        QCOMPARE(templ.plan.contacts.at(1).team, ContactTeam::TechnicalTeam);
        QVERIFY(templ.plan.contacts.at(1).name.isEmpty());
        QCOMPARE(templ.contentSummary(),
                 QStringLiteral("7 section(s), 2 level(s), 1 category(ies), 1 reporting step(s), 2 role(s)"));
        // The origin: the file's name and the SHA-256 of its bytes.
        QCOMPARE(templ.origin.fileName, QStringLiteral("small-plan.json"));
        QCOMPARE(
            templ.origin.sha256,
            QString::fromLatin1(QCryptographicHash::hash(bytesOf(path), QCryptographicHash::Sha256).toHex()));
        QVERIFY(!templ.origin.importedAt.isValid());
    }

    void readsEveryFieldOfADrillScenario()
    {
        const TemplateReadResult read =
            TemplateReader::readFile(corpus(QStringLiteral("valid/small-drill.json")));
        QVERIFY2(read.problems.isEmpty(), qPrintable(describe(read.problems)));
        const Template &templ = read.templ;
        QCOMPARE(templ.kind, TemplateKind::DrillScenario);
        QCOMPARE(templ.version, 3);
        QCOMPARE(templ.organisation, QStringLiteral("Example Co."));
        const DrillItem &drill = templ.drill;
        QCOMPARE(drill.title, QStringLiteral("Ransomware tabletop exercise"));
        QCOMPARE(drill.form, DrillForm::Tabletop);
        QCOMPARE(drill.content, DrillContent::Special);
        QCOMPARE(drill.scope, DrillScope::Organisation);
        QCOMPARE(drill.durationMinutes, 180);
        QCOMPARE(drill.objectives.size(), 2);
        QCOMPARE(drill.injects.size(), 2);
        QCOMPARE(drill.injects.at(1).offsetMinutes, 45);
        QCOMPARE(drill.injects.at(1).expectedAction, QStringLiteral("Preserve evidence; no payment."));
        QCOMPARE(drill.evaluationCriteria.size(), 2);
        QCOMPARE(drill.teams.size(), 2);
        QCOMPARE(drill.teams.at(1).team, DrillTeamRole::Evaluation);
        // Nothing that schedules: a template has no dates.
        QVERIFY(!drill.firstDate.isValid());
        QCOMPARE(drill.recurrence, RecurrenceRule());
    }

    // The valid corpus is in TemplateWriter's layout: reading and writing gives the same bytes.
    void writesValidFilesByteForByte_data()
    {
        QTest::addColumn<QString>("file");
        for (const char *file : {"small-plan.json", "small-drill.json", "markup-everywhere.json",
                                 "markup-everywhere-drill.json", "unknown-fields.json"})
            QTest::newRow(file) << QString::fromLatin1(file);
    }

    void writesValidFilesByteForByte()
    {
        QFETCH(QString, file);
        const QByteArray bytes = bytesOf(corpus(QStringLiteral("valid/") + file));
        const TemplateReadResult read = TemplateReader::read(bytes, file);
        QVERIFY2(!read.hasErrors(), qPrintable(describe(read.problems)));
        const QByteArray written = TemplateWriter::toJson(read.templ);
        QCOMPARE(QString::fromUtf8(written), QString::fromUtf8(bytes));
        QVERIFY(written == bytes);
    }

    void toleratesByteOrderMarkAndAbsentOptionalParts()
    {
        const TemplateReadResult read =
            TemplateReader::readFile(corpus(QStringLiteral("valid/minimal-with-bom.json")));
        QVERIFY2(read.problems.isEmpty(), qPrintable(describe(read.problems)));
        QCOMPARE(read.templ.id, QStringLiteral("min"));
        QCOMPARE(read.templ.title, QStringLiteral("Minimal"));
        QVERIFY(read.templ.description.isEmpty());
        QVERIFY(read.templ.plan.sections.isEmpty());
        QCOMPARE(read.templ.plan.kind, PlanKind::Comprehensive);
        // Written in the canonical layout, it reads back the same.
        const TemplateReadResult again = TemplateReader::read(TemplateWriter::toJson(read.templ));
        QVERIFY2(again.problems.isEmpty(), qPrintable(describe(again.problems)));
        QVERIFY(contentOf(again.templ) == contentOf(read.templ));
    }

    void keepsAndReportsUnknownFields()
    {
        const TemplateReadResult read =
            TemplateReader::readFile(corpus(QStringLiteral("valid/unknown-fields.json")));
        QVERIFY2(!read.hasErrors(), qPrintable(describe(read.problems)));
        QStringList warned;
        for (const TemplateProblem &problem : read.problems) {
            QCOMPARE(problem.severity, TemplateProblem::Severity::Warning);
            warned << problem.pointer;
        }
        warned.sort();
        QCOMPARE(warned, (QStringList{QStringLiteral("/plan/levels/0/icon"),
                                      QStringLiteral("/plan/sections/1/children/0/review_cycle"),
                                      QStringLiteral("/signature"), QStringLiteral("/template/licence")}));
        for (const TemplateProblem &problem : read.problems) {
            if (problem.pointer == QLatin1String("/template/licence"))
                QCOMPARE(problem.message,
                         QStringLiteral("PlanDesk does not know the field \"licence\"; it is kept with "
                                        "the template but not used."));
        }
        const QJsonObject &unknown = read.templ.unknownFields;
        QCOMPARE(unknown.size(), 4);
        QCOMPARE(unknown.value(QStringLiteral("/template/licence")).toString(), QStringLiteral("CC-BY-4.0"));
        QCOMPARE(unknown.value(QStringLiteral("/plan/levels/0/icon")).toString(),
                 QStringLiteral("red-alert"));
        QCOMPARE(unknown.value(QStringLiteral("/plan/sections/1/children/0/review_cycle"))
                     .toObject()
                     .value(QStringLiteral("months"))
                     .toInt(),
                 12);
        const QJsonArray values =
            unknown.value(QStringLiteral("/signature")).toObject().value(QStringLiteral("values")).toArray();
        QCOMPARE(values.size(), 4);
        QCOMPARE(values.at(1).toDouble(), 2.5);
        QVERIFY(values.at(3).isNull());
        // The known part is read as if the unknown fields were not there.
        QCOMPARE(read.templ.plan.sections.size(), 7);
    }

    // Markup is text: accepted as typed, never interpreted, nothing reported.
    void markupIsTextInEveryField()
    {
        for (const QString &file :
             {QStringLiteral("markup-everywhere.json"), QStringLiteral("markup-everywhere-drill.json")}) {
            const TemplateReadResult read = TemplateReader::readFile(corpus(QStringLiteral("valid/") + file));
            QVERIFY2(read.problems.isEmpty(), qPrintable(describe(read.problems)));
            const Template &templ = read.templ;
            QStringList texts{templ.title, templ.description, templ.author, templ.organisation, templ.source};
            if (templ.kind == TemplateKind::Plan) {
                texts << templ.plan.scenario;
                for (const Section &s : templ.plan.sections)
                    texts << s.key << s.title << s.body;
                for (const IncidentCategory &c : templ.plan.categories)
                    texts << c.code << c.name << c.description;
                for (const IncidentLevel &l : templ.plan.levels)
                    texts << l.code << l.name << l.warningColour << l.criteria << l.response;
                for (const ReportingStep &r : templ.plan.reportingSteps)
                    texts << r.authority << r.condition << r.channel << r.content;
                for (const Contact &c : templ.plan.contacts)
                    texts << c.role << c.duties;
            } else {
                const DrillItem &d = templ.drill;
                texts << d.title << d.purpose << d.scenario << d.process << d.objectives
                      << d.evaluationCriteria;
                for (const DrillInject &i : d.injects)
                    texts << i.description << i.expectedAction;
                for (const DrillTeamAssignment &t : d.teams)
                    texts << t.unit << t.role << t.duty;
            }
            QVERIFY(texts.size() > 20);
            for (const QString &text : texts)
                QVERIFY2(text.startsWith(kMarkup + QLatin1Char(' ')), qPrintable(text));
        }
    }

    // Every built-in template (templates/*.json, and the same embedded as resources) reads without a
    // single problem, warnings included, and writes back to the same content.
    void everyBuiltInTemplateValidates()
    {
        const QDir dir(QStringLiteral(PLANDESK_TEMPLATES_DIR));
        const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
        QVERIFY2(!files.isEmpty(), "templates/ holds no template");
        QSet<QString> ids;
        for (const QString &file : files) {
            const TemplateReadResult read = TemplateReader::readFile(dir.filePath(file));
            QVERIFY2(read.problems.isEmpty(), qPrintable(file + QLatin1Char('\n') + describe(read.problems)));
            QVERIFY2(!ids.contains(read.templ.id),
                     qPrintable(file + QStringLiteral(": identifier used twice")));
            ids.insert(read.templ.id);
            const TemplateReadResult again = TemplateReader::read(TemplateWriter::toJson(read.templ));
            QVERIFY2(again.problems.isEmpty(),
                     qPrintable(file + QLatin1Char('\n') + describe(again.problems)));
            QVERIFY2(contentOf(again.templ) == contentOf(read.templ), qPrintable(file));
            // The embedded copy is the same file.
            QCOMPARE(bytesOf(QStringLiteral(":/templates/") + file), bytesOf(dir.filePath(file)));
        }
    }

    // The CII templates carry the chain of the Reporting Measures (Art. 4): the operator reports to the
    // protection department and the police within 1 hour; only the protection department passes
    // serious incidents on to CAC and MPS, within 30 minutes; non-CII systems go the ordinary 4-hour
    // route; the police are told promptly (及时) of a suspected crime; and the report has eight items.
    void ciiTemplatesEscalateThroughTheProtectionDepartment_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("zh_CN") << QStringLiteral("plan-cii.zh_CN.json");
        QTest::newRow("en") << QStringLiteral("plan-cii.en.json");
    }

    void ciiTemplatesEscalateThroughTheProtectionDepartment()
    {
        QFETCH(QString, file);
        const bool zh = file.contains(QLatin1String("zh_CN"));
        const TemplateReadResult read =
            TemplateReader::readFile(QDir(QStringLiteral(PLANDESK_TEMPLATES_DIR)).filePath(file));
        QVERIFY2(read.problems.isEmpty(), qPrintable(describe(read.problems)));
        const QList<ReportingStep> &steps = read.templ.plan.reportingSteps;
        QVERIFY(steps.size() >= 3);
        QCOMPARE(steps.at(0).deadlineMinutes, 60);
        const ReportingStep &onward = steps.at(1);
        QCOMPARE(onward.deadlineMinutes, 30);
        if (zh) {
            QVERIFY2(onward.condition.contains(QStringLiteral("由保护工作部门在收到报告后"))
                         && onward.condition.contains(QStringLiteral("30分钟"))
                         && !onward.condition.contains(QStringLiteral("保护工作部门、公安机关")),
                     qPrintable(onward.condition));
        } else {
            QVERIFY2(onward.condition.contains(QStringLiteral("the protection department reports"))
                         && onward.condition.contains(QStringLiteral("30 minutes"))
                         && !onward.condition.contains(QStringLiteral("and the police report")),
                     qPrintable(onward.condition));
        }
        bool ordinaryRoute = false;
        bool police = false;
        for (const ReportingStep &step : steps) {
            if (step.deadlineMinutes == 240)
                ordinaryRoute = step.authority.contains(zh ? QStringLiteral("省级网信部门") : QStringLiteral("Provincial"));
            if (step.authority == (zh ? QStringLiteral("公安机关") : QStringLiteral("Public security organs (police)"))) {
                police = true;
                QVERIFY2(step.condition.contains(zh ? QStringLiteral("及时") : QStringLiteral("promptly")),
                         qPrintable(step.condition));
            }
        }
        QVERIFY(ordinaryRoute);
        QVERIFY(police);
        bool reportingText = false;
        bool form = false;
        for (const Section &section : read.templ.plan.sections) {
            if (section.key == QLatin1String("response.reporting")) {
                reportingText = true;
                QVERIFY2(!section.body.contains(zh ? QStringLiteral("保护工作部门、公安机关在收到")
                                                   : QStringLiteral("protection department and the public security organs to")),
                         qPrintable(section.body));
                QVERIFY(section.body.contains(zh ? QStringLiteral("（八）其他应当报告的情况") : QStringLiteral("(8) anything else")));
                QVERIFY(section.body.contains(zh ? QStringLiteral("4小时") : QStringLiteral("4 hours")));
            }
            if (section.key == QLatin1String("annex.report-form")) {
                form = true;
                QVERIFY(section.body.contains(zh ? QStringLiteral("（七）事件现场保护情况") : QStringLiteral("(7) How the scene")));
                QVERIFY(section.body.contains(zh ? QStringLiteral("签发人") : QStringLiteral("Issued by")));
            }
        }
        QVERIFY(reportingText);
        QVERIFY(form);
    }

    // The examples in docs/template-format.md are valid templates, and the drill example is the
    // test file of the same name.
    void documentedExamplesAreValid()
    {
        const QString doc =
            QString::fromUtf8(bytesOf(QStringLiteral(PLANDESK_TEMPLATES_DIR "/../docs/template-format.md")));
        QVERIFY(!doc.isEmpty());
        const QStringList blocks = doc.split(QStringLiteral("```json\n")).mid(1);
        QCOMPARE(blocks.size(), 2);
        for (const QString &block : blocks) {
            const QByteArray json = block.section(QStringLiteral("```"), 0, 0).toUtf8();
            const TemplateReadResult read = TemplateReader::read(json);
            QVERIFY2(read.problems.isEmpty(), qPrintable(describe(read.problems)));
        }
        QCOMPARE(blocks.first().section(QStringLiteral("```"), 0, 0).toUtf8(),
                 bytesOf(corpus(QStringLiteral("valid/small-drill.json"))));
    }

    // The fuzzing corpus (tests/fuzz) holds the inputs that reached the most code; each keeps the
    // fuzzer's invariants in the ordinary build too.
    void fuzzCorpusKeepsTheInvariants()
    {
        const QDir dir(QStringLiteral(PLANDESK_TEMPLATES_DIR "/../tests/fuzz/corpus"));
        const QStringList files = dir.entryList(QDir::Files);
        QVERIFY(files.size() > 100);
        int accepted = 0;
        for (const QString &file : files) {
            const TemplateReadResult read = TemplateReader::read(bytesOf(dir.filePath(file)));
            for (const TemplateProblem &problem : read.problems)
                QVERIFY2(!problem.message.isEmpty(), qPrintable(file));
            if (read.hasErrors())
                continue;
            ++accepted;
            const QByteArray written = TemplateWriter::toJson(read.templ);
            const TemplateReadResult again = TemplateReader::readStored(written);
            QVERIFY2(!again.hasErrors(), qPrintable(file + QLatin1Char('\n') + describe(again.problems)));
            QVERIFY2(contentOf(again.templ) == contentOf(read.templ), qPrintable(file));
            QVERIFY2(TemplateWriter::toJson(again.templ) == written, qPrintable(file));
        }
        QVERIFY(accepted > 0);
    }

    void parserNamesThePlaceOfEveryKey()
    {
        const StrictJsonParser::Outcome outcome = StrictJsonParser::parse(
            QByteArrayLiteral(R"({"a/b": {"c~d": [1, {"e": 1, "e": 2}]}, "x": 1, "x": 2})"), 32);
        QVERIFY(outcome.parsed);
        QCOMPARE(outcome.problems.size(), 2);
        QCOMPARE(outcome.problems.at(0).pointer, QStringLiteral("/a~1b/c~0d/1/e"));
        QCOMPARE(outcome.problems.at(0).line, 1);
        QCOMPARE(outcome.problems.at(1).pointer, QStringLiteral("/x"));
        // Of duplicates the last value wins, as in QJsonDocument.
        QCOMPARE(outcome.value.toObject().value(QStringLiteral("x")).toInt(), 2);
        QCOMPARE(StrictJsonParser::unescapePointerToken(
                     StrictJsonParser::escapePointerToken(QStringLiteral("~/~1"))),
                 QStringLiteral("~/~1"));
    }

    void parserAcceptsWhatJsonAllows()
    {
        const QByteArray json = QByteArrayLiteral(
            " {\"s\": \"\\\"\\\\\\/\\b\\f\\n\\r\\t\\u00e9\\ud83d\\ude92🚒\", \"n\": [-0, 0.5, -1e3, 1E+2, "
            "9007199254740993, 123456789012345678901234567890], \"t\": true, \"f\": false, \"z\": null, "
            "\"o\": {}, "
            "\"a\": []}\r\n");
        const StrictJsonParser::Outcome outcome = StrictJsonParser::parse(json, 32);
        QVERIFY2(outcome.parsed, qPrintable(describe(outcome.problems)));
        const QJsonObject object = outcome.value.toObject();
        QCOMPARE(object.value(QStringLiteral("s")).toString(),
                 QStringLiteral("\"\\/\b\f\n\r\t\u00e9\U0001F692\U0001F692"));
        const QJsonArray numbers = object.value(QStringLiteral("n")).toArray();
        QCOMPARE(numbers.at(1).toDouble(), 0.5);
        QCOMPARE(numbers.at(2).toDouble(), -1000.0);
        QCOMPARE(numbers.at(3).toDouble(), 100.0);
        QCOMPARE(numbers.at(4).toInteger(), Q_INT64_C(9007199254740993)); // exact, not rounded through double
        QCOMPARE(numbers.at(5).toDouble(), 1.2345678901234568e29);
        QVERIFY(object.value(QStringLiteral("z")).isNull());
        QCOMPARE(object.size(), 7);
    }

    void parserRefusesWhatJsonDoesNot_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("single quotes") << QByteArrayLiteral("{'a': 1}");
        QTest::newRow("leading zero") << QByteArrayLiteral("[01]");
        QTest::newRow("plus sign") << QByteArrayLiteral("[+1]");
        QTest::newRow("bare dot") << QByteArrayLiteral("[1.]");
        QTest::newRow("NaN") << QByteArrayLiteral("[NaN]");
        QTest::newRow("Infinity") << QByteArrayLiteral("[Infinity]");
        QTest::newRow("trailing comma in array") << QByteArrayLiteral("[1,]");
        QTest::newRow("missing colon") << QByteArrayLiteral("{\"a\" 1}");
        QTest::newRow("bad escape") << QByteArrayLiteral("[\"\\x41\"]");
        QTest::newRow("short unicode escape") << QByteArrayLiteral("[\"\\u12\"]");
        QTest::newRow("lone low surrogate") << QByteArrayLiteral("[\"\\udc00\"]");
        QTest::newRow("high surrogate then text") << QByteArrayLiteral("[\"\\ud800abc\"]");
        QTest::newRow("two high surrogates") << QByteArrayLiteral("[\"\\ud800\\ud800\"]");
        QTest::newRow("raw tab in string") << QByteArrayLiteral("[\"a\tb\"]");
        QTest::newRow("encoded surrogate") << QByteArrayLiteral("[\"\xed\xa0\x80\"]");
        QTest::newRow("above U+10FFFF") << QByteArrayLiteral("[\"\xf4\x90\x80\x80\"]");
        QTest::newRow("truncated sequence") << QByteArrayLiteral("[\"\xe6\xb5\"]");
        QTest::newRow("stray continuation outside string") << QByteArrayLiteral("[\x80]");
        QTest::newRow("true misspelt") << QByteArrayLiteral("[tru]");
        QTest::newRow("unterminated") << QByteArrayLiteral("{\"a\": [1, 2");
        QTest::newRow("two values") << QByteArrayLiteral("{} {}");
        QTest::newRow("NUL byte") << QByteArray("[1]\0", 4);
    }

    void parserRefusesWhatJsonDoesNot()
    {
        QFETCH(QByteArray, json);
        const StrictJsonParser::Outcome outcome = StrictJsonParser::parse(json, 32);
        QVERIFY(!outcome.parsed);
        QCOMPARE(outcome.problems.size(), 1);
        QVERIFY(outcome.problems.first().line >= 1);
    }

    void depthLimitCountsContainers()
    {
        QByteArray ok = QByteArray(32, '[') + QByteArray(32, ']');
        QVERIFY(StrictJsonParser::parse(ok, 32).parsed);
        QByteArray tooDeep = QByteArray(33, '[') + QByteArray(33, ']');
        QVERIFY(!StrictJsonParser::parse(tooDeep, 32).parsed);
    }

    // Text the writer must escape comes back exactly as it was.
    void writerRoundTripsAwkwardText()
    {
        Template templ = TemplateReader::readFile(corpus(QStringLiteral("valid/small-drill.json"))).templ;
        const QString awkward = QStringLiteral("quote \" backslash \\ slash / tab\t line\nCR\r emoji 🚒 "
                                               "line separator \u2028 paragraph \u2029 end");
        templ.title = QStringLiteral("T \" \\ 🚒");
        templ.drill.purpose = awkward;
        templ.drill.objectives = {awkward, QString(), QStringLiteral("{{organisation}}")};
        templ.unknownFields.insert(QStringLiteral("/drill_scenario/x~1y"), QJsonValue(awkward));
        const QByteArray json = TemplateWriter::toJson(templ);
        QVERIFY(json.contains("\\u2028"));
        QVERIFY(json.contains("\"x/y\": "));
        const TemplateReadResult read = TemplateReader::read(json);
        QVERIFY2(!read.hasErrors(), qPrintable(describe(read.problems)));
        QCOMPARE(read.templ.drill.purpose, awkward);
        QVERIFY(contentOf(read.templ) == contentOf(templ));
    }
};

QTEST_GUILESS_MAIN(TestTemplateReader)
#include "TestTemplateReader.moc"
