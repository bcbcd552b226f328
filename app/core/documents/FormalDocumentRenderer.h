#pragma once

#include "../Result.h"
#include "FormalDocument.h"

#include <QCoreApplication>
#include <QPagedPaintDevice>
#include <functional>

// Lays a FormalDocument out on A4 pages of any paged device — QPdfWriter for export, QPrinter for
// printing and the print preview — with the cover, a table of contents whose page numbers come
// from the real layout, a header and a "page N of M" footer on every page after the cover, and
// the watermark. The device must have no margins of its own (full page).
class FormalDocumentRenderer
{
    Q_DECLARE_TR_FUNCTIONS(FormalDocumentRenderer)

public:
    // Called after each page with (pages done, pages in all); returning false cancels.
    using Progress = std::function<bool(int, int)>;

    // Returns the number of pages painted.
    static Result<int> render(FormalDocument &document, QPagedPaintDevice &device, const Progress &progress = {});

    // Lays the document out for `device` without painting, and returns the page count.
    static int layoutPageCount(FormalDocument &document, QPagedPaintDevice &device);
};
