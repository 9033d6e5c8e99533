package vn.vanban.render.xlsx;

import java.util.Iterator;
import java.util.List;
import vn.vanban.document.Run;
import vn.vanban.document.Table;
import vn.vanban.document.TableCell;
import vn.vanban.document.TableRow;
import vn.vanban.layout.Nd30Layout;
import vn.vanban.layout.PageSpec;
import vn.vanban.layout.TextMeasure;
import vn.vanban.layout.TextRole;
import vn.vanban.layout.TextStyle;
import vn.vanban.render.RowsAhead;
import vn.vanban.render.ooxml.Xml;

/**
 * xl/worksheets/sheet1.xml: the title across the table, then the table, a row at a time as the rows
 * come. Strings are written inline, not to a shared-string table, which would have to be held until
 * the end; only the merged ranges are (see {@link MergedRanges}). The header rows are frozen on screen
 * and printed on every page; a TT is a number, every other cell text.
 */
final class SheetPart {

    private static final String NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final double MM_PER_INCH = 25.4;

    private final Xml x;
    private final Nd30Layout layout;
    private final PageSpec page;
    private final boolean landscape;
    private final MergedRanges merges = new MergedRanges();
    private final RowHeights heights;
    private int row;

    SheetPart(Xml x, Nd30Layout layout, RowHeights heights, boolean landscape) {
        this.x = x;
        this.layout = layout;
        this.heights = heights;
        this.page = layout.page(landscape);
        this.landscape = landscape;
    }

    void write(TitleLines title, Table table, Iterator<TableRow> moreRows) {
        int columns = Math.max(1, table.columnWeights().size());
        int headerEnd = title.rows() + table.headerRows();
        x.raw(Xml.DECLARATION).raw("<worksheet xmlns=\"").raw(NS).raw("\" xmlns:r=\"")
                .raw(WorkbookParts.R_NS).raw("\"><sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr><sheetViews>")
                .raw("<sheetView workbookViewId=\"0\">");
        if (table.headerRows() > 0) {
            x.raw("<pane").attr("ySplit", headerEnd).attr("topLeftCell", "A" + (headerEnd + 1))
                    .raw(" activePane=\"bottomLeft\" state=\"frozen\"/>");
        }
        x.raw("</sheetView></sheetViews>");
        columnWidths(table.fractions());
        x.raw("<sheetData>");
        title(title);
        RowLines lines = new RowLines(heights, columnPoints(table.fractions()));
        RowsAhead rows = new RowsAhead(table.rows(), moreRows);
        while (rows.hasNext()) {
            tableRow(rows.next(), rows.peek(), lines);
            x.drainIfFull();
        }
        x.raw("</sheetData>");
        mergeCells(title, columns);
        pageSetup();
        ignoreNumbersAsText(headerEnd + 1, columns);
        x.raw("</worksheet>");
    }

    /**
     * Widths in Excel's unit, the width of a digit of the default font (the cells' Times New Roman, whose
     * figures are half an em wide), shared out as the table's columns share the text width of the page.
     */
    private void columnWidths(double[] fractions) {
        if (fractions.length == 0) {
            return;
        }
        double digit = layout.style(TextRole.TABLE_CELL).sizePt() / 2;
        double textWidth = TextMeasure.mmToPt(page.textWidthMm());
        x.raw("<cols>");
        for (int c = 0; c < fractions.length; c++) {
            String width = String.format(java.util.Locale.ROOT, "%.2f", fractions[c] * textWidth / digit);
            x.raw("<col").attr("min", c + 1).attr("max", c + 1).attr("width", width).raw(" customWidth=\"1\"/>");
        }
        x.raw("</cols>");
    }

    /** The width of each column in points, as {@link #columnWidths} shares out the page. */
    private double[] columnPoints(double[] fractions) {
        double textWidth = TextMeasure.mmToPt(page.textWidthMm());
        if (fractions.length == 0) {
            return new double[] {textWidth};
        }
        double[] points = new double[fractions.length];
        for (int c = 0; c < fractions.length; c++) {
            points[c] = fractions[c] * textWidth;
        }
        return points;
    }

    private void title(TitleLines title) {
        for (int i = 0; i < title.texts().size(); i++) {
            row++;
            x.raw("<row").attr("r", row).raw(">");
            textCell(0, title.styles().get(i), title.texts().get(i));
            x.raw("</row>");
        }
        if (title.rows() > 0) {
            row++; // the empty row under the title
        }
    }

    /** A row as tall as its wrapped text, which neither Excel nor LibreOffice works out on opening. */
    private void tableRow(TableRow tableRow, TableRow next, RowLines lines) {
        row++;
        TextStyle font = layout.style(tableRow.kind() == TableRow.Kind.HEADER ? TextRole.TABLE_HEADER : TextRole.TABLE_CELL);
        boolean bold = font.bold() || tableRow.kind() == TableRow.Kind.TOTAL;
        int count = lines.of(tableRow, next, font.sizePt(), bold);
        String height = String.format(java.util.Locale.ROOT, "%.2f", RowHeights.heightPt(count, font.sizePt()));
        x.raw("<row").attr("r", row).attr("ht", height).raw(" customHeight=\"1\">");
        List<TableCell> cells = tableRow.cells();
        for (int c = 0; c < cells.size(); c++) {
            TableCell cell = cells.get(c);
            merges.cell(c, row, cell.mergedUp());
            int style = SheetStyles.cell(tableRow.kind(), cell.align());
            String text = cell.mergedUp() ? "" : text(cell.runs());
            if (text.isEmpty()) {
                // Still written, for its rules.
                x.raw("<c").attr("r", reference(c, row)).attr("s", style).raw("/>");
            } else if (tableRow.kind() == TableRow.Kind.BODY && isCount(text)) {
                x.raw("<c").attr("r", reference(c, row)).attr("s", style).raw("><v>").raw(text).raw("</v></c>");
            } else {
                textCell(c, style, text);
            }
        }
        x.raw("</row>");
    }

    private void textCell(int column, int style, String text) {
        x.raw("<c").attr("r", reference(column, row)).attr("s", style).raw(" t=\"inlineStr\"><is><t xml:space=\"preserve\">")
                .text(text).raw("</t></is></c>");
    }

    private void mergeCells(TitleLines title, int columns) {
        merges.closeAll();
        int count = merges.size() + (columns > 1 ? title.texts().size() : 0);
        if (count == 0) {
            return;
        }
        x.raw("<mergeCells").attr("count", count).raw(">");
        for (int r = 1; columns > 1 && r <= title.texts().size(); r++) {
            mergeCell(reference(0, r), reference(columns - 1, r));
        }
        for (int i = 0; i < merges.size(); i++) {
            mergeCell(reference(merges.column(i), merges.firstRow(i)), reference(merges.column(i), merges.lastRow(i)));
            x.drainIfFull();
        }
        x.raw("</mergeCells>");
    }

    private void mergeCell(String from, String to) {
        x.raw("<mergeCell ref=\"").raw(from).raw(":").raw(to).raw("\"/>");
    }

    /**
     * Margins as the decree's, A4 in the document's orientation, scaled to the width of the page, and the
     * page number centred in the footer from page 2 on: a sheet's header margin is where the repeated
     * header row is printed.
     */
    private void pageSetup() {
        x.raw("<pageMargins").attr("left", inches(page.leftMm())).attr("right", inches(page.rightMm()))
                .attr("top", inches(page.topMm())).attr("bottom", inches(page.bottomMm()))
                .attr("header", inches(page.headerDistanceMm())).attr("footer", inches(page.headerDistanceMm()))
                .raw("/><pageSetup paperSize=\"9\"").attr("orientation", landscape ? "landscape" : "portrait")
                .raw(" fitToWidth=\"1\" fitToHeight=\"0\"/><headerFooter differentFirst=\"1\"><oddFooter>")
                .text("&C&\"" + layout.fontFamily() + ",Regular\"&"
                        + SheetStyles.number(layout.style(TextRole.PAGE_NUMBER).sizePt()) + "&P")
                .raw("</oddFooter></headerFooter>");
    }

    /**
     * TT is a number and a phone number text, so that its leading zero stays; Excel would flag every phone
     * with a green corner without this.
     */
    private void ignoreNumbersAsText(int firstBodyRow, int columns) {
        if (row >= firstBodyRow) {
            x.raw("<ignoredErrors><ignoredError").attr("sqref", reference(0, firstBodyRow) + ":" + reference(columns - 1, row))
                    .raw(" numberStoredAsText=\"1\"/></ignoredErrors>");
        }
    }

    private static String inches(double mm) {
        return String.format(java.util.Locale.ROOT, "%.3f", mm / MM_PER_INCH);
    }

    private static String text(List<Run> runs) {
        if (runs.size() == 1) {
            return runs.get(0).text();
        }
        StringBuilder sb = new StringBuilder();
        runs.forEach(r -> sb.append(r.text()));
        return sb.toString();
    }

    /** A whole number such as a TT; a phone number keeps its leading 0 as text. */
    private static boolean isCount(String text) {
        if (text.length() > 9 || text.charAt(0) == '0') {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** "B7" for column 1, row 7. */
    static String reference(int column, int row) {
        StringBuilder letters = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            letters.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return letters.append(row).toString();
    }
}
