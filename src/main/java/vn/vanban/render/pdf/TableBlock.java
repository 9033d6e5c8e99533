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
 * The cells of a ruled table across the text area, as small OpenPDF tables that {@link TableFlow} sets
 * page by page: the header rows as one, each body row as another. Merged groups are not row spans: a
 * group (a commune, a team) may run over a page break, so each merged cell is a cell without the rule
 * between it and the cell above.
 */
final class TableBlock {

    private final Typography type;
    private final float textWidth;
    private final float rule;

    TableBlock(Typography type, float textWidth) {
        this.type = type;
        this.textWidth = textWidth;
        this.rule = (float) type.layout().ruleWidthPt();
    }

    /** Column widths in points; together one rule narrower than the text area (see {@link #width}). */
    float[] widths(Table table) {
        double[] fractions = table.fractions();
        float width = width();
        float[] widths = new float[fractions.length];
        for (int i = 0; i < fractions.length; i++) {
            widths[i] = (float) (fractions[i] * width);
        }
        return widths;
    }

    /** The outer rules are stroked on the cell edges; narrowing by one rule keeps their halves inside the margins. */
    float width() {
        return textWidth - rule;
    }

    float rule() {
        return rule;
    }

    /** Rows set as one block (the header rows), merged cells joined inside the block. */
    PdfPTable rows(float[] widths, List<TableRow> rows) {
        PdfPTable pdf = table(widths);
        for (int r = 0; r < rows.size(); r++) {
            TableRow below = r + 1 < rows.size() ? rows.get(r + 1) : null;
            addRow(pdf, rows.get(r), below, null);
        }
        return pdf;
    }

    /**
     * One body row. {@code continued} is null unless the row is the first under the header of a page:
     * then a cell merged into a group that started on an earlier page prints the group's text again,
     * ruled above, so the page can be read on its own.
     */
    PdfPTable row(float[] widths, TableRow row, TableRow below, GroupTexts continued) {
        PdfPTable pdf = table(widths);
        addRow(pdf, row, below, continued);
        return pdf;
    }

    /**
     * The header rows and one row for OpenPDF to split over pages, for a row taller than a page (only a
     * cell of extraordinary length makes one): split is better than lost.
     */
    PdfPTable splittable(float[] widths, List<TableRow> header, TableRow row, TableRow below, GroupTexts continued) {
        PdfPTable pdf = rows(widths, header);
        pdf.setHeaderRows(header.size());
        pdf.setSplitLate(true);
        pdf.setSplitRows(true);
        pdf.setTableEvent(new PageEdges(rule));
        addRow(pdf, row, below, continued);
        return pdf;
    }

    private PdfPTable table(float[] widths) {
        PdfPTable pdf = new PdfPTable(widths.length);
        pdf.setTotalWidth(widths);
        pdf.setLockedWidth(true);
        pdf.setHorizontalAlignment(Element.ALIGN_CENTER);
        pdf.setSplitRows(false);
        return pdf;
    }

    private void addRow(PdfPTable pdf, TableRow row, TableRow below, GroupTexts continued) {
        for (int c = 0; c < row.cells().size(); c++) {
            TableCell cell = row.cells().get(c);
            boolean openBelow = below != null && c < below.cells().size() && below.cells().get(c).mergedUp();
            boolean openAbove = cell.mergedUp() && continued == null;
            List<Run> runs = !cell.mergedUp() ? cell.runs() : openAbove ? List.of() : continued.text(c);
            pdf.addCell(cell(row.kind(), cell, runs, openAbove, openBelow));
        }
    }

    private PdfPCell cell(TableRow.Kind kind, TableCell cell, List<Run> runs, boolean openAbove, boolean openBelow) {
        TextStyle style = type.style(kind == TableRow.Kind.HEADER ? TextRole.TABLE_HEADER : TextRole.TABLE_CELL);
        boolean total = kind == TableRow.Kind.TOTAL;
        // Composite content: in text mode OpenPDF loses the horizontal alignment of one-line cells.
        Paragraph text = new Paragraph();
        text.setFont(type.font(style, total, false));
        text.setLeading(type.lineHeight(style), 0);
        text.setAlignment(Typography.alignment(cell.align() == null ? style.align() : cell.align()));
        for (Run run : runs) {
            text.add(new Chunk(run.isLineBreak() ? "\n" : run.text(), type.font(style, total || run.bold(), run.italic())));
        }
        PdfPCell pdf = new PdfPCell();
        if (!runs.isEmpty()) {
            // An empty cell (most merged ones) is left without content: laying out nothing still costs.
            pdf.addElement(text);
        }
        // Heading cells centred, the others from the top, as the DOCX's cells are.
        pdf.setVerticalAlignment(kind == TableRow.Kind.HEADER ? Element.ALIGN_MIDDLE : Element.ALIGN_TOP);
        // OpenPDF sets a cell's first baseline one leading under its padding and ends the cell at the
        // last baseline; Word's line box has its baseline one descent above its bottom. Moving one
        // descent of padding from the top to the bottom gives the lines and the row Word's geometry.
        float padding = (float) type.layout().tableCellPaddingPt();
        float descent = type.descent(style);
        pdf.setPaddingLeft(padding);
        pdf.setPaddingRight(padding);
        pdf.setPaddingTop(padding - descent);
        pdf.setPaddingBottom(padding + descent);
        int border = Rectangle.BOX;
        if (openAbove) {
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
     * Closes a table that OpenPDF splits at the top and bottom of every page: where a merged group
     * crosses a page break its cells have no rule of their own there.
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
