// libFuzzer harness: TemplateReader must neither crash nor hang on any bytes, and whatever it
// accepts must survive TemplateWriter: written and read again it is the same template, without a
// problem, and writing that gives the same bytes. A broken invariant aborts, which libFuzzer reports.

#include "core/exchange/TemplateReader.h"
#include "core/exchange/TemplateWriter.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

void check(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "template fuzzer: %s\n", what);
        std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const TemplateReadResult read = TemplateReader::read(bytes, QStringLiteral("fuzz.json"));
    for (const TemplateProblem &problem : read.problems)
        check(!problem.message.isEmpty(), "a problem without a message");
    if (read.hasErrors())
        return 0;

    const QByteArray written = TemplateWriter::toJson(read.templ);
    // readStored: the indented layout may be larger than the file's size limit; nothing else differs.
    const TemplateReadResult again = TemplateReader::readStored(written);
    check(!again.hasErrors(), "what was accepted, once written, is refused");
    Template before = read.templ;
    Template after = again.templ;
    before.origin = TemplateOrigin();
    after.origin = TemplateOrigin();
    check(before == after, "what was accepted changes when written and read again");
    check(TemplateWriter::toJson(again.templ) == written, "writing is not stable");
    return 0;
}
