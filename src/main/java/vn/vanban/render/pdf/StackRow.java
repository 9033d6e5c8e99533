package vn.vanban.render.pdf;

import com.lowagie.text.Element;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;

/**
 * A borderless table of one row whose cells are {@link LineStack}s: the header and the closing. The
 * left column starts at the left margin and the right one ends at the right margin, so on a landscape
 * page the Quốc hiệu and the signature still sit over the right-hand side.
 */
final class StackRow {

    private final float left;
    private final float right;
    private final float between;

    private StackRow(float left, float right, float between) {
        this.left = left;
        this.right = right;
        this.between = between;
    }

    /** Columns of the layout's widths, narrowed in proportion if the text area is narrower than both. */
    static StackRow fit(double leftMm, double rightMm, float textWidth) {
        float l = Typography.pt(leftMm);
        float r = Typography.pt(rightMm);
        float scale = Math.min(1, textWidth / (l + r));
        return new StackRow(l * scale, r * scale, Math.max(0, textWidth - (l + r) * scale));
    }

    float leftWidth() {
        return left;
    }

    float rightWidth() {
        return right;
    }

    /** The row, as high as the taller stack; the row never splits, so a page break moves it whole. */
    PdfPTable table(LineStack leftStack, LineStack rightStack) {
        float height = Math.max(leftStack.height(), rightStack.height());
        boolean spacer = between > 0;
        PdfPTable table = new PdfPTable(spacer ? 3 : 2);
        table.setTotalWidth(spacer ? new float[] {left, between, right} : new float[] {left, right});
        table.setLockedWidth(true);
        table.setHorizontalAlignment(Element.ALIGN_LEFT);
        table.setSplitRows(false);
        table.addCell(cell(leftStack, height));
        if (spacer) {
            table.addCell(cell(null, height));
        }
        table.addCell(cell(rightStack, height));
        return table;
    }

    /** A full-width block of one stack (the title). */
    static PdfPTable single(LineStack stack) {
        PdfPTable table = new PdfPTable(1);
        table.setTotalWidth(new float[] {stack.width()});
        table.setLockedWidth(true);
        table.setHorizontalAlignment(Element.ALIGN_LEFT);
        table.setSplitRows(false);
        table.addCell(cell(stack, stack.height()));
        return table;
    }

    private static PdfPCell cell(LineStack stack, float height) {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        cell.setFixedHeight(height);
        if (stack != null && !stack.isEmpty()) {
            cell.setCellEvent((c, position, canvases) ->
                    stack.draw(canvases[PdfPTable.TEXTCANVAS], position.getLeft(), position.getTop()));
        }
        return cell;
    }
}
