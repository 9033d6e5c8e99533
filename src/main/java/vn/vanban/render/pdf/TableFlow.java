package vn.vanban.render.pdf;

import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPTable;
import java.util.Iterator;
import java.util.List;
import vn.vanban.document.Table;
import vn.vanban.document.TableRow;
import vn.vanban.render.RowGroups;
import vn.vanban.render.RowsAhead;

/**
 * Sets a ruled table straight onto the pages, one row at a time, so that its rows may come from a
 * stream of any length: each row is drawn and forgotten, and OpenPDF writes a page out when the next
 * one begins. The header rows stand at the top of every page the table reaches and nowhere else; a
 * row never splits; rows are kept together by {@link RowGroups}, the rule the DOCX gives Word (a team,
 * a short commune, the row before a total); a merged group that runs over a page break prints its text
 * again under the header of the new page.
 */
final class TableFlow {

    /** The page turning of the document the table is set in. */
    interface Pages {

        float top();

        float bottom();

        /** Ends the page and starts the next one. */
        void turn();

        PdfContentByte canvas();
    }

    private final TableBlock cells;
    private final Pages pages;
    private final float left;
    private final float right;

    /** {@code left} and {@code right}: the text area the table is centred in. */
    TableFlow(TableBlock cells, Pages pages, float left, float right) {
        this.cells = cells;
        this.pages = pages;
        this.left = left;
        this.right = right;
    }

    /**
     * Sets {@code table}, then {@code moreRows}, from {@code y} down. {@code pageTop}: nothing is on the
     * page yet, so there is no use turning it. Returns the y under the last row; a table without body
     * rows is not set at all, as OpenPDF does not set one either.
     */
    float place(Table table, Iterator<TableRow> moreRows, float y, boolean pageTop) {
        int headerCount = table.headerRows();
        List<TableRow> headerRows = table.rows().subList(0, headerCount);
        RowsAhead rows = new RowsAhead(table.rows().subList(headerCount, table.rows().size()), moreRows);
        float[] widths = cells.widths(table);
        float x = left + (right - left - cells.width()) / 2;
        PdfPTable header = headerCount == 0 ? null : cells.rows(widths, headerRows);
        float headerHeight = header == null ? 0 : header.getTotalHeight();
        GroupTexts groups = new GroupTexts();
        float pageHeight = pages.top() - pages.bottom();
        boolean bodyOnPage = false;
        boolean headerOnPage = false;
        boolean emptyPage = pageTop;
        while (rows.hasNext()) {
            RowGroups.Group group = RowGroups.next(rows, r -> cells.row(widths, r, null, null).getTotalHeight(),
                    pageHeight);
            List<TableRow> written = group.rows();
            for (int j = 0; j < written.size(); j++) {
                TableRow row = written.get(j);
                TableRow below = j + 1 < written.size() ? written.get(j + 1) : rows.peek();
                float above = headerOnPage ? 0 : headerHeight;
                PdfPTable drawn = cells.row(widths, row, below, bodyOnPage ? null : groups);
                boolean turn = !emptyPage && y - drawn.getTotalHeight() - above < pages.bottom();
                if (!emptyPage && !turn && (j == 0 || !group.keepWithNext().get(j - 1))) {
                    // The rows kept together (a team, a short commune) start a new page rather than split,
                    // unless they are longer than a page anyway.
                    float kept = kept(group, j, rows.peek(), widths);
                    turn = y - kept - above < pages.bottom() && kept + headerHeight <= pageHeight;
                }
                if (turn) {
                    if (bodyOnPage) {
                        edge(widths, x, y);
                    }
                    pages.turn();
                    y = pages.top();
                    bodyOnPage = false;
                    headerOnPage = false;
                    emptyPage = true;
                    drawn = cells.row(widths, row, below, groups);
                }
                float height = drawn.getTotalHeight();
                if (y - height - (headerOnPage ? 0 : headerHeight) < pages.bottom()) {
                    y = split(cells.splittable(widths, headerOnPage ? List.of() : headerRows, row, below, groups), y);
                } else {
                    if (!headerOnPage) {
                        edge(widths, x, y);
                    }
                    if (!headerOnPage && header != null) {
                        y = header.writeSelectedRows(0, -1, x, y, pages.canvas());
                    }
                    y = drawn.writeSelectedRows(0, -1, x, y, pages.canvas());
                }
                headerOnPage = true;
                bodyOnPage = true;
                emptyPage = false;
                groups.follow(row);
            }
        }
        if (bodyOnPage) {
            edge(widths, x, y);
        }
        return y;
    }

    /**
     * The height of row {@code from} of {@code group} and of the rows kept with it, down to the first
     * that does not keep with its next (a total row after the group included).
     */
    private float kept(RowGroups.Group group, int from, TableRow after, float[] widths) {
        float height = 0;
        for (int j = from; j < group.heights().size(); j++) {
            height += group.heights().get(j).floatValue();
            if (!group.keepWithNext().get(j)) {
                return height;
            }
        }
        return after == null ? height : height + cells.row(widths, after, null, null).getTotalHeight();
    }

    /**
     * A rule across the table at the top and the foot of each page's part of it: a group that goes on
     * over the page break has no rule of its own under its last row on the page.
     */
    private void edge(float[] widths, float x, float y) {
        float width = 0;
        for (float w : widths) {
            width += w;
        }
        PdfContentByte canvas = pages.canvas();
        canvas.saveState();
        canvas.setLineWidth(cells.rule());
        canvas.moveTo(x, y);
        canvas.lineTo(x + width, y);
        canvas.stroke();
        canvas.restoreState();
    }

    /** Lets OpenPDF set a row taller than a page, split over as many pages as it needs. */
    private float split(PdfPTable table, float y) {
        ColumnText column = new ColumnText(pages.canvas());
        column.setSimpleColumn(left, pages.bottom(), right, y);
        column.addElement(table);
        while (ColumnText.hasMoreText(goOrFail(column))) {
            pages.turn();
            column.setCanvas(pages.canvas());
            column.setSimpleColumn(left, pages.bottom(), right, pages.top());
        }
        return column.getYLine();
    }

    private static int goOrFail(ColumnText column) {
        try {
            return column.go();
        } catch (com.lowagie.text.DocumentException e) {
            throw new PdfWriteException("a table row cannot be set: " + e.getMessage(), e);
        }
    }
}
