#include "PdfReport.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QIODevice>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgRenderer>
#include <QTextDocument>

namespace ftc {

namespace {
class PdfReportText {
    Q_DECLARE_TR_FUNCTIONS(ftc::PdfReport)
};
} // namespace

bool writePdfReport(const HtmlReport &report, const QString &title, QIODevice *device, QString *error)
{
    QPdfWriter writer(device);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("ftconsole %1").arg(QStringLiteral(FT_VERSION)));
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    writer.setResolution(300);

    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(&writer);
    // Latin text and digits in DejaVu Sans, other scripts from the system's
    // fallbacks (Noto Sans CJK): with a CJK font first, Qt's PDF engine wrote
    // digits that text extraction (pdftotext, search) could not read back.
    QFont font = doc.defaultFont();
    font.setFamilies({QStringLiteral("DejaVu Sans"), font.family()});
    font.setPointSizeF(9);
    doc.setDefaultFont(font);
    for (auto it = report.charts.constBegin(); it != report.charts.constEnd(); ++it) {
        QSvgRenderer svg(it.value());
        if (!svg.isValid())
            continue;
        // At the printer's resolution: the chart stays sharp on paper.
        const QSize size = svg.defaultSize() * 4;
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        QPainter p(&image);
        svg.render(&p);
        p.end();
        image.setDevicePixelRatio(4.0);
        doc.addResource(QTextDocument::ImageResource, QUrl(it.key()), image);
    }
    doc.setHtml(report.html);

    const QRect page = writer.pageLayout().paintRectPixels(writer.resolution());
    const int band = writer.resolution() / 3;   // a third of an inch for header and footer
    const QRectF body(0, band, page.width(), page.height() - 2 * band);
    doc.setPageSize(body.size());
    const int pages = qMax(1, doc.pageCount());

    QPainter painter;
    if (!painter.begin(&writer)) {
        if (error)
            *error = PdfReportText::tr("the PDF could not be started");
        return false;
    }
    QFont small = font;
    small.setPointSizeF(7.5);
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            writer.newPage();
        painter.setFont(small);
        painter.setPen(QColor(0x5b, 0x66, 0x70));
        painter.drawText(QRectF(0, 0, page.width(), band * 0.8), Qt::AlignLeft | Qt::AlignVCenter, title);
        painter.drawText(QRectF(0, page.height() - band * 0.8, page.width(), band * 0.8), Qt::AlignRight | Qt::AlignVCenter,
                         PdfReportText::tr("Page %1 of %2").arg(i + 1).arg(pages));
        painter.save();
        painter.translate(body.left(), body.top() - i * body.height());
        QAbstractTextDocumentLayout::PaintContext ctx;
        ctx.clip = QRectF(0, i * body.height(), body.width(), body.height());
        painter.setClipRect(ctx.clip);
        doc.documentLayout()->draw(&painter, ctx);
        painter.restore();
    }
    if (!painter.end()) {
        if (error)
            *error = PdfReportText::tr("the PDF could not be finished");
        return false;
    }
    return true;
}

} // namespace ftc
