package vn.vanban.render.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPTableEvent;
import java.util.List;
import vn.vanban.document.Run;
import vn.vanban.document.Table;
import vn.vanban.document.TableCell;
import vn.vanban.document.TableRow;
import vn.vanban.layout.TextRole;
import vn.vanban.layout.TextStyle;

/**
 * A ruled table across the text area. Merged groups are not row spans: a group (a commune, a team)
 * may run over a page break, so each merged cell is an empty cell without the rule between it and the
 * cell above.
 */
final class TableBlock {

    private final Typography type;
    private final float textWidth;

    TableBlock(Typography type, float textWidth) {
        this.type = type;
        this.textWidth = textWidth;
    }

    PdfPTable build(Table table) {
        double[] fractions = table.fractions();
        float rule = (float) type.layout().ruleWidthPt();
        // The outer rules are stroked on the cell edges; narrowing by one rule keeps their halves inside the margins.
        float width = textWidth - rule;
        float[] widths = new float[fractions.length];
        for (int i = 0; i < fractions.length; i++) {
            widths[i] = (float) (fractions[i] * width);
        }
        PdfPTable pdf = new PdfPTable(widths.length);
        pdf.setTotalWidth(widths);
        pdf.setLockedWidth(true);
        pdf.setHorizontalAlignment(Element.ALIGN_CENTER);
        pdf.setHeaderRows(table.headerRows());
        // A row that does not fit goes whole to the next page; it is split only if it is taller than a page,
        // which is better than losing it.
        pdf.setSplitLate(true);
        pdf.setSplitRows(true);
        pdf.setTableEvent(new PageEdges(rule));
        List<TableRow> rows = table.rows();
        for (int r = 0; r < rows.size(); r++) {
            TableRow row = rows.get(r);
            TableRow below = r + 1 < rows.size() ? rows.get(r + 1) : null;
            for (int c = 0; c < row.cells().size(); c++) {
                boolean openBelow = below != null && c < below.cells().size() && below.cells().get(c).mergedUp();
                pdf.addCell(cell(row, row.cells().get(c), openBelow, rule));
            }
        }
        return pdf;
    }

    private PdfPCell cell(TableRow row, TableCell cell, boolean openBelow, float rule) {
        TextStyle style = type.style(row.kind() == TableRow.Kind.HEADER ? TextRole.TABLE_HEADER : TextRole.TABLE_CELL);
        boolean total = row.kind() == TableRow.Kind.TOTAL;
        // Composite content: in text mode OpenPDF loses the horizontal alignment of one-line cells.
        Paragraph text = new Paragraph();
        text.setFont(type.font(style, total, false));
        text.setLeading(type.lineHeight(style), 0);
        text.setAlignment(Typography.alignment(cell.align() == null ? style.align() : cell.align()));
        if (!cell.mergedUp()) {
            for (Run run : cell.runs()) {
                text.add(new Chunk(run.isLineBreak() ? "\n" : run.text(),
                        type.font(style, total || run.bold(), run.italic())));
            }
        }
        PdfPCell pdf = new PdfPCell();
        pdf.addElement(text);
        pdf.setVerticalAlignment(Element.ALIGN_MIDDLE);
        pdf.setPadding((float) type.layout().tableCellPaddingPt());
        // Ascender and descender instead of leading give the text the same room above and below.
        pdf.setUseAscender(true);
        pdf.setUseDescender(true);
        int border = Rectangle.BOX;
        if (cell.mergedUp()) {
            border &= ~Rectangle.TOP;
        }
        if (openBelow) {
            border &= ~Rectangle.BOTTOM;
        }
        pdf.setBorder(border);
        pdf.setBorderWidth(rule);
        return pdf;
    }

    /**
     * Closes the table at the top and bottom of every page: where a merged group crosses a page break its
     * cells have no rule of their own there.
     */
    private record PageEdges(float rule) implements PdfPTableEvent {

        @Override
        public void tableLayout(PdfPTable table, float[][] widths, float[] heights, int headerRows, int rowStart,
                                PdfContentByte[] canvases) {
            PdfContentByte canvas = canvases[PdfPTable.LINECANVAS];
            float left = widths[0][0];
            float right = widths[0][widths[0].length - 1];
            canvas.saveState();
            canvas.setLineWidth(rule);
            for (float y : new float[] {heights[0], heights[heights.length - 1]}) {
                canvas.moveTo(left, y);
                canvas.lineTo(right, y);
            }
            canvas.stroke();
            canvas.restoreState();
        }
    }
}
