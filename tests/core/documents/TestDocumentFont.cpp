// The document font decides whether a PDF's text can be searched and copied. With Debian's Noto
// CJK fonts, Qt writes common characters into the text layer as look-alike Kangxi radicals; these
// tests show that the pitfall is real on this machine (so the radical check can fail) and that
// PlanDesk's documents avoid it even where Noto is installed.

#include "core/documents/DocumentStyle.h"
#include "core/documents/PdfExporter.h"
#include "core/reference/PlanFactory.h"
#include "support/PdfText.h"

#include <QAbstractTextDocumentLayout>
#include <QFontDatabase>
#include <QFontInfo>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

namespace {
// Characters that Noto CJK is known to turn into radicals (网 → ⽹, 门 → ⻔, 长 → ⻓, 见 → ⻅ …).
const QString kSample = QStringLiteral("网络安全事件应急预案：部门负责人、组长、见附件。");

QString writeSampleWithFont(const QString &path, const QString &family)
{
    QPdfWriter writer(path);
    writer.setResolution(300);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(20, 20, 20, 20)));
    QTextDocument document;
    QFont font(family);
    font.setPointSize(12);
    font.setStyleStrategy(QFont::PreferMatch);
    document.setDefaultFont(font);
    document.setPlainText(kSample);
    QPainter painter(&writer);
    document.documentLayout()->setPaintDevice(&writer);
    document.setPageSize(QSizeF(writer.width(), writer.height()));
    document.drawContents(&painter);
    painter.end();
    return PdfText::extract(path);
}
}

class TestDocumentFont : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void notoIsInstalledForTheseTests()
    {
        // scripts/setup-debian.sh --tests installs fonts-noto-cjk on purpose.
        QVERIFY2(QFontDatabase::families().contains(QStringLiteral("Noto Sans CJK SC")),
                 "fonts-noto-cjk is missing: install it (scripts/setup-debian.sh --tests)");
    }

    void notoWritesRadicalsIntoTheTextLayer()
    {
        QTemporaryDir dir;
        const QString text = writeSampleWithFont(dir.filePath(QStringLiteral("noto.pdf")),
                                                 QStringLiteral("Noto Sans CJK SC"));
        QVERIFY(!text.isEmpty());
        QVERIFY2(!PdfText::radicals(text).isEmpty(),
                 "Noto no longer produces radicals: the font choice could be revisited, the check still stands");
        QVERIFY(!PdfText::squeezed(text).contains(PdfText::squeezed(kSample)));
    }

    void wenQuanYiExtractsExactly()
    {
        QTemporaryDir dir;
        const QString text = writeSampleWithFont(dir.filePath(QStringLiteral("wqy.pdf")), DocumentStyle::fontFamily());
        QVERIFY(PdfText::radicals(text).isEmpty());
        QVERIFY(PdfText::squeezed(text).contains(PdfText::squeezed(kSample)));
    }

    void documentsUseWenQuanYiEvenWithNotoPresent()
    {
        QVERIFY(DocumentStyle::fontFamily().startsWith(QLatin1String("WenQuanYi")));
        const QFontInfo resolved(DocumentStyle::font(12));
        QVERIFY2(resolved.family().startsWith(QLatin1String("WenQuanYi")), qPrintable(resolved.family()));

        QTemporaryDir dir;
        Plan plan = PlanFactory().createDemo();
        plan.sections[1].body = kSample;
        const QString pdf = dir.filePath(QStringLiteral("plan.pdf"));
        QVERIFY(PdfExporter::exportPlan(plan, pdf).ok());
        const QString text = PdfText::extract(pdf);
        QVERIFY(PdfText::radicals(text).isEmpty());
        QVERIFY(PdfText::squeezed(text).contains(PdfText::squeezed(kSample)));
        QVERIFY2(!PdfText::fonts(pdf).contains(QLatin1String("Noto")), qPrintable(PdfText::fonts(pdf)));
    }
};

QTEST_MAIN(TestDocumentFont)
#include "TestDocumentFont.moc"
