package vn.vanban.render.docx;

import vn.vanban.render.ooxml.Xml;

/**
 * The borderless two-column table that Nghị định 30's forms use to set two blocks side by side (the
 * header, and Nơi nhận beside the signature). Cell margins are zero so that a column's width is the
 * width its text and rules are centred in. On a page wider than the two columns (landscape) an empty
 * column between them keeps the right-hand block against the right margin, where the decree puts it.
 */
final class LayoutTable {

    private final Xml x;
    private final int[] widths;

    private LayoutTable(Xml x, int[] widths) {
        this.x = x;
        this.widths = widths;
    }

    static LayoutTable open(DocxContext ctx, Xml x, double leftMm, double rightMm) {
        LayoutTable t = new LayoutTable(x, columns(ctx.textWidth(), Units.twipsFromMm(leftMm),
                Units.twipsFromMm(rightMm)));
        t.writeStart();
        return t;
    }

    /** Left and right as given, or shrunk in proportion when a narrower page cannot hold them. */
    static int[] columns(int textWidth, int left, int right) {
        int gap = textWidth - left - right;
        if (gap > 0) {
            return new int[] {left, gap, right};
        }
        int scaledLeft = (int) Math.round((double) left * textWidth / (left + right));
        return new int[] {scaledLeft, textWidth - scaledLeft};
    }

    int leftWidth() {
        return widths[0];
    }

    int rightWidth() {
        return widths[widths.length - 1];
    }

    private void writeStart() {
        int total = 0;
        for (int w : widths) {
            total += w;
        }
        x.raw("<w:tbl><w:tblPr>").raw("<w:tblW").attr("w:w", total).raw(" w:type=\"dxa\"/>")
                .raw("<w:tblBorders><w:top w:val=\"nil\"/><w:left w:val=\"nil\"/><w:bottom w:val=\"nil\"/>")
                .raw("<w:right w:val=\"nil\"/><w:insideH w:val=\"nil\"/><w:insideV w:val=\"nil\"/></w:tblBorders>")
                .raw("<w:tblLayout w:type=\"fixed\"/><w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/>")
                .raw("<w:left w:w=\"0\" w:type=\"dxa\"/><w:bottom w:w=\"0\" w:type=\"dxa\"/>")
                .raw("<w:right w:w=\"0\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr><w:tblGrid>");
        for (int w : widths) {
            x.empty("w:gridCol", "w:w", w);
        }
        x.raw("</w:tblGrid>");
    }

    /** A row that never breaks across pages. */
    void startRow() {
        x.raw("<w:tr><w:trPr><w:cantSplit/></w:trPr>");
    }

    void startLeftCell() {
        startCell(leftWidth());
    }

    /** Closes the left cell, writes the spacer column if there is one, and opens the right cell. */
    void nextCell(ParagraphFormat spacer) {
        endCell();
        if (widths.length == 3) {
            startCell(widths[1]);
            Paragraphs.empty(x, spacer);
            endCell();
        }
        startCell(rightWidth());
    }

    void endCellAndRow() {
        endCell();
        x.raw("</w:tr>");
    }

    void close() {
        x.raw("</w:tbl>");
    }

    private void startCell(int width) {
        x.raw("<w:tc><w:tcPr><w:tcW").attr("w:w", width).raw(" w:type=\"dxa\"/></w:tcPr>");
    }

    private void endCell() {
        x.raw("</w:tc>");
    }
}
