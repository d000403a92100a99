#pragma once
#include "core/common/result.h"
#include "services/orders/packing_list.h"

#include <QString>

class QTextDocument;
class QWidget;

namespace sd {

// 인쇄 of the orders tab: lays out what PackingListService decided (the rows, the sums, the masking) as
// pages — the 피킹리스트 (products and options with summed quantities, a total, the store and the time
// it was printed), and one 주문서 per 주문번호 (recipient, address, phone as the role may see them,
// items, delivery message), each on its own page. Qt's print dialog with a preview, or a PDF.
enum class PrintPart { PackingList, Slips, Both };

// The pages as HTML for QTextDocument (page breaks between the packing list and each slip).
QString packingDocumentHtml(const PackingDocument &document, PrintPart part);
// A QTextDocument of the pages, sized for A4 printing.
void layOutPackingDocument(QTextDocument *text, const PackingDocument &document, PrintPart part);

// QPrintPreviewDialog over the pages (its print button opens the print dialog).
void previewPackingDocument(QWidget *parent, const PackingDocument &document, PrintPart part);

// Writes the pages as a PDF to `file`: a temporary file beside it, owner-only from its first byte
// (io/PendingFile), renamed over `file` only when complete. Nothing is left behind on failure.
Result savePackingPdf(const PackingDocument &document, PrintPart part, const QString &file);

} // namespace sd
