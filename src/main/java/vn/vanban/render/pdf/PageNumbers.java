package vn.vanban.render.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import vn.vanban.layout.TextStyle;

/**
 * The page number centred in the top margin from page 2 on (Nghị định 30 leaves page 1 unnumbered); an
 * appendix counts its own pages the same way.
 * Its line box starts at the header distance from the top edge, as a Word page header does.
 */
final class PageNumbers extends PdfPageEventHelper {

    private final BaseFont face;
    private final float size;
    private final float baselineFromTop;
    private int firstPage = 1;

    PageNumbers(Typography type, TextStyle style, float headerDistance) {
        this.face = type.face(style);
        this.size = type.size(style);
        this.baselineFromTop = headerDistance + type.baseline(style);
    }

    /** An appendix starts on {@code page}: it is its page 1, unnumbered, and the next is 2. */
    void restartAt(int page) {
        firstPage = page;
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        int page = writer.getPageNumber() - firstPage + 1;
        if (page < 2) {
            return;
        }
        PdfContentByte canvas = writer.getDirectContent();
        String text = Integer.toString(page);
        float centre = (document.left() + document.right()) / 2;
        canvas.beginText();
        canvas.setFontAndSize(face, size);
        canvas.setTextMatrix(centre - face.getWidthPoint(text, size) / 2, document.getPageSize().getHeight()
                - baselineFromTop);
        canvas.showText(text);
        canvas.endText();
    }
}
