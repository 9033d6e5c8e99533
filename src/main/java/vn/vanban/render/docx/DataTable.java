package vn.vanban.render.docx;

import java.util.Iterator;
import java.util.List;
import vn.vanban.document.Run;
import vn.vanban.document.Table;
import vn.vanban.document.TableCell;
import vn.vanban.document.TableRow;
import vn.vanban.layout.TextRole;
import vn.vanban.layout.TextStyle;
import vn.vanban.render.RowGroups;
import vn.vanban.render.RowsAhead;
import vn.vanban.render.ooxml.Xml;

/**
 * A ruled table across the text width (a member list). Header rows repeat on every page and stay with
 * the first body row; no row splits across pages; a cell merged up continues the cell above it. Rows
 * are written as they come, one outer group (a commune) held at a time, so a streamed list never has
 * to be held whole.
 */
final class DataTable {

    private final DocxContext ctx;
    private final Xml x;

    DataTable(DocxContext ctx, Xml x) {
        this.ctx = ctx;
        this.x = x;
    }

    /**
     * @param moreRows            rows to write after the table's own, as they come
     * @param keepLastRowWithNext the closing block follows and must not be left alone on a new page
     */
    void write(Table table, Iterator<TableRow> moreRows, boolean keepLastRowWithNext) {
        RowsAhead rows = new RowsAhead(table.rows(), moreRows);
        if (!rows.hasNext() || table.columnWeights().isEmpty()) {
            return; // Word rejects a table without rows or columns
        }
        int[] columns = columns(table.fractions());
        tableProperties(columns);
        for (int i = 0; i < table.headerRows() && rows.hasNext(); i++) {
            TableRow row = rows.next();
            row(row, rows.peek(), columns, true, true);
        }
        double pageHeight = Units.ptFromTwips(Units.twipsFromMm(ctx.page().textHeightMm()));
        while (rows.hasNext()) {
            RowGroups.Group group = RowGroups.next(rows, row -> rowHeightPt(row, columns), pageHeight);
            boolean keepLast = keepLastRowWithNext && !rows.hasNext();
            List<TableRow> written = group.rows();
            for (int j = 0; j < written.size(); j++) {
                boolean last = j == written.size() - 1;
                row(written.get(j), last ? rows.peek() : written.get(j + 1), columns, false,
                        group.keepWithNext().get(j) || last && keepLast);
            }
            x.drainIfFull();
        }
        x.raw("</w:tbl>");
    }

    /** The height a row takes, its merged-up cells being empty: for deciding what fits a page. */
    private double rowHeightPt(TableRow row, int[] columns) {
        TextStyle style = ctx.style(TextRole.TABLE_CELL);
        double padding = ctx.layout().tableCellPaddingPt();
        int lines = 1;
        for (int c = 0; c < row.cells().size() && c < columns.length; c++) {
            if (!row.cells().get(c).mergedUp()) {
                lines = Math.max(lines, lineCount(row.cells().get(c), style, row.kind() == TableRow.Kind.TOTAL,
                        columns[c] / 20.0 - 2 * padding));
            }
        }
        return lines * style.sizePt() * ctx.layout().lineHeightFactor() + 2 * padding;
    }

    /** A row that never splits; a header row repeats on every page. */
    private void row(TableRow row, TableRow below, int[] columns, boolean header, boolean keep) {
        boolean[] restarts = restarts(row, below);
        x.raw("<w:tr><w:trPr><w:cantSplit/>");
        int height = groupRowHeight(row, restarts, columns);
        if (height > 0) {
            x.raw("<w:trHeight").attr("w:val", height).raw(" w:hRule=\"atLeast\"/>");
        }
        x.raw(header ? "<w:tblHeader/>" : "").raw("</w:trPr>");
        for (int c = 0; c < row.cells().size() && c < columns.length; c++) {
            cell(row.cells().get(c), row.kind(), columns[c], restarts[c], keep);
        }
        x.raw("</w:tr>");
    }

    /** Which cells of {@code row} start a merged group, because the cell below is merged up into them. */
    private static boolean[] restarts(TableRow row, TableRow below) {
        boolean[] restart = new boolean[row.cells().size()];
        for (int c = 0; c < restart.length; c++) {
            restart[c] = !row.cells().get(c).mergedUp() && below != null && c < below.cells().size()
                    && below.cells().get(c).mergedUp();
        }
        return restart;
    }

    /**
     * The least height of a row that starts merged groups: tall enough for the merged text, which thus
     * stays in the first row, as in the PDF. Without it LibreOffice spreads the text over the group's
     * rows and, when the group crosses a page break, carries its last line over to the next page.
     * 0 when the row starts no group.
     */
    private int groupRowHeight(TableRow row, boolean[] restarts, int[] columns) {
        TextStyle style = ctx.style(row.kind() == TableRow.Kind.HEADER ? TextRole.TABLE_HEADER : TextRole.TABLE_CELL);
        double padding = ctx.layout().tableCellPaddingPt();
        int lines = 0;
        for (int c = 0; c < restarts.length && c < columns.length; c++) {
            if (restarts[c]) {
                lines = Math.max(lines, lineCount(row.cells().get(c), style, row.kind() == TableRow.Kind.TOTAL,
                        columns[c] / 20.0 - 2 * padding));
            }
        }
        double lineHeight = style.sizePt() * ctx.layout().lineHeightFactor();
        return lines == 0 ? 0 : Units.twipsFromPt(lines * lineHeight + 2 * padding);
    }

    private int lineCount(TableCell cell, TextStyle style, boolean bold, double widthPt) {
        int lines = 0;
        StringBuilder text = new StringBuilder();
        boolean allBold = !cell.runs().isEmpty();
        for (Run run : cell.runs()) {
            allBold &= run.bold() || run.isLineBreak();
            text.append(run.text());
        }
        for (String part : text.toString().split("\n", -1)) {
            lines += ctx.wrap(part, style.sizePt(), style.bold() || bold || allBold, style.italic(), widthPt).size();
        }
        return lines;
    }

    /** Column widths in twips; the last column takes the rounding so the table is exactly the text width. */
    private int[] columns(double[] fractions) {
        int total = ctx.textWidth();
        int[] widths = new int[fractions.length];
        int used = 0;
        for (int i = 0; i < fractions.length - 1; i++) {
            widths[i] = (int) Math.round(total * fractions[i]);
            used += widths[i];
        }
        widths[fractions.length - 1] = total - used;
        return widths;
    }

    private void tableProperties(int[] columns) {
        int border = Units.eighthsOfPoint(ctx.layout().ruleWidthPt());
        int padding = Units.twipsFromPt(ctx.layout().tableCellPaddingPt());
        x.raw("<w:tbl><w:tblPr><w:tblW").attr("w:w", ctx.textWidth()).raw(" w:type=\"dxa\"/><w:tblBorders>");
        for (String side : new String[] {"top", "left", "bottom", "right", "insideH", "insideV"}) {
            x.raw("<w:").raw(side).raw(" w:val=\"single\"").attr("w:sz", border)
                    .raw(" w:space=\"0\" w:color=\"000000\"/>");
        }
        x.raw("</w:tblBorders><w:tblLayout w:type=\"fixed\"/><w:tblCellMar>");
        for (String side : new String[] {"top", "left", "bottom", "right"}) {
            x.raw("<w:").raw(side).attr("w:w", padding).raw(" w:type=\"dxa\"/>");
        }
        x.raw("</w:tblCellMar></w:tblPr><w:tblGrid>");
        for (int w : columns) {
            x.empty("w:gridCol", "w:w", w);
        }
        x.raw("</w:tblGrid>");
    }

    private void cell(TableCell cell, TableRow.Kind kind, int width, boolean restart, boolean keep) {
        x.raw("<w:tc><w:tcPr><w:tcW").attr("w:w", width).raw(" w:type=\"dxa\"/>");
        if (cell.mergedUp()) {
            x.raw("<w:vMerge/>");
        } else if (restart) {
            x.raw("<w:vMerge w:val=\"restart\"/>");
        }
        if (kind == TableRow.Kind.HEADER) {
            x.raw("<w:vAlign w:val=\"center\"/>");
        }
        x.raw("</w:tcPr>");
        ParagraphFormat f = ctx.format(kind == TableRow.Kind.HEADER ? TextRole.TABLE_HEADER : TextRole.TABLE_CELL)
                .align(cell.align());
        if (kind == TableRow.Kind.TOTAL) {
            f.bold();
        }
        if (keep) {
            f.keepNext();
        }
        if (cell.mergedUp()) {
            Paragraphs.empty(x, f);
        } else {
            Paragraphs.write(x, f, cell.runs());
        }
        x.raw("</w:tc>");
    }
}
