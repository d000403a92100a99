#include "ui/orders/order_print.h"

#include "core/calendar/seoul_time.h"
#include "core/orders/order_field.h"
#include "io/formats/pending_file.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QTextDocument>

namespace sd {

namespace {

class PrintText
{
    Q_DECLARE_TR_FUNCTIONS(sd::OrderPrint)
};

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString number(qint64 n)
{
    return QLocale().toString(n);
}

QString header(const PackingDocument &doc, const QString &title)
{
    return QStringLiteral("<h2>%1</h2><p>%2 · %3</p>")
        .arg(esc(title), esc(doc.storeName),
             esc(PrintText::tr("Printed %1").arg(formatSeoul(doc.printedAt, QStringLiteral("yyyy-MM-dd HH:mm")))));
}

QString packingListHtml(const PackingDocument &doc)
{
    QString html = header(doc, PrintText::tr("Packing list"));
    html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">"
                           "<tr><th align=\"left\">%1</th><th align=\"left\">%2</th><th align=\"right\">%3</th>"
                           "<th align=\"right\">%4</th></tr>")
                .arg(esc(orderFieldLabel(OrderField::Product)), esc(orderFieldLabel(OrderField::Option)),
                     esc(orderFieldLabel(OrderField::Quantity)), esc(PrintText::tr("Orders")));
    for (const PackingLine &line : doc.lines)
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td align=\"right\">%3</td><td align=\"right\">%4</td></tr>")
                    .arg(esc(line.product), esc(line.option), number(line.quantity), number(line.orders));
    html += QStringLiteral("<tr><td colspan=\"2\"><b>%1</b></td><td align=\"right\"><b>%2</b></td>"
                           "<td align=\"right\"><b>%3</b></td></tr></table>")
                .arg(esc(PrintText::tr("Total")), number(doc.totalQuantity), number(doc.productOrders));
    return html;
}

QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><td width=\"25%\"><b>%1</b></td><td>%2</td></tr>").arg(esc(label), esc(value));
}

QString slipHtml(const PackingDocument &doc, const PackingSlip &slip)
{
    QString html = header(doc, PrintText::tr("Order slip"));
    html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">");
    html += row(orderFieldLabel(OrderField::OrderNo), slip.orderNo);
    html += row(orderFieldLabel(OrderField::Channel), slip.channel);
    if (slip.paidAt.isValid())
        html += row(orderFieldLabel(OrderField::PaidAt), formatSeoul(slip.paidAt, QStringLiteral("yyyy-MM-dd HH:mm")));
    html += row(orderFieldLabel(OrderField::BuyerName), slip.buyer);
    html += row(orderFieldLabel(OrderField::RecipientName), slip.recipient);
    QString phones = slip.phone;
    if (!slip.phone2.isEmpty())
        phones += QStringLiteral(" / ") + slip.phone2;
    html += row(orderFieldLabel(OrderField::RecipientPhone1), phones);
    QString address = slip.address;
    if (!slip.addressDetail.isEmpty())
        address += QLatin1Char(' ') + slip.addressDetail;
    if (!slip.postcode.isEmpty())
        address = QStringLiteral("(%1) %2").arg(slip.postcode, address);
    html += row(orderFieldLabel(OrderField::Address), address);
    html += row(orderFieldLabel(OrderField::DeliveryMessage), slip.deliveryMessage);
    html += QStringLiteral("</table><p></p>");
    html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">"
                           "<tr><th align=\"left\">%1</th><th align=\"left\">%2</th><th align=\"left\">%3</th>"
                           "<th align=\"right\">%4</th></tr>")
                .arg(esc(orderFieldLabel(OrderField::ProductOrderNo)), esc(orderFieldLabel(OrderField::Product)),
                     esc(orderFieldLabel(OrderField::Option)), esc(orderFieldLabel(OrderField::Quantity)));
    for (const PackingItem &item : slip.items)
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td align=\"right\">%4</td></tr>")
                    .arg(esc(item.productOrderNo), esc(item.product), esc(item.option), number(item.quantity));
    html += QStringLiteral("<tr><td colspan=\"3\"><b>%1</b></td><td align=\"right\"><b>%2</b></td></tr></table>")
                .arg(esc(PrintText::tr("Total")), number(slip.quantity));
    return html;
}

} // namespace

QString packingDocumentHtml(const PackingDocument &doc, PrintPart part)
{
    QStringList pages;
    if (part != PrintPart::Slips)
        pages << packingListHtml(doc);
    if (part != PrintPart::PackingList) {
        for (const PackingSlip &slip : doc.slips)
            pages << slipHtml(doc, slip);
    }
    QString html = QStringLiteral("<html><body>");
    for (int i = 0; i < pages.size(); ++i) {
        html += i == 0 ? QStringLiteral("<div>") : QStringLiteral("<div style=\"page-break-before: always\">");
        html += pages.at(i) + QStringLiteral("</div>");
    }
    return html + QStringLiteral("</body></html>");
}

void layOutPackingDocument(QTextDocument *text, const PackingDocument &doc, PrintPart part)
{
    text->setDocumentMargin(0);
    text->setHtml(packingDocumentHtml(doc, part));
}

void previewPackingDocument(QWidget *parent, const PackingDocument &doc, PrintPart part)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter); // QTextDocument::print adds 2 cm
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setObjectName(QStringLiteral("printPreview"));
    dialog.setWindowTitle(part == PrintPart::PackingList ? PrintText::tr("Print packing list")
                                                         : PrintText::tr("Print order slips"));
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&doc, part](QPrinter *p) {
        QTextDocument text;
        layOutPackingDocument(&text, doc, part);
        text.print(p);
    });
    dialog.exec();
}

Result savePackingPdf(const PackingDocument &doc, PrintPart part, const QString &file)
{
    const QString failed = PrintText::tr("The PDF could not be saved.");
    PendingFile pending(file); // a 0600 temporary file beside the target
    if (!pending.isValid())
        return Result::fail(ErrorKind::Storage, pending.errorString());
    {
        QFile out(pending.temporaryPath());
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return Result::fail(ErrorKind::Storage, failed, out.errorString());
        QPdfWriter writer(&out);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter); // QTextDocument::print adds 2 cm
        writer.setCreator(QStringLiteral("SellerDesk"));
        writer.setTitle(part == PrintPart::PackingList ? PrintText::tr("Packing list") : PrintText::tr("Order slips"));
        QTextDocument text;
        layOutPackingDocument(&text, doc, part);
        text.print(&writer);
        out.flush();
        if (out.error() != QFileDevice::NoError || out.size() == 0)
            return Result::fail(ErrorKind::Storage, failed, out.errorString());
    }
    if (!pending.commit())
        return Result::fail(ErrorKind::Storage, failed, pending.errorString());
    return Result::success();
}

} // namespace sd
