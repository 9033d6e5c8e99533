package vn.vanban.render.xlsx;

import vn.vanban.document.TableRow;
import vn.vanban.layout.Align;
import vn.vanban.layout.Nd30Layout;
import vn.vanban.layout.TextRole;
import vn.vanban.layout.TextStyle;
import vn.vanban.render.ooxml.Xml;

/**
 * xl/styles.xml and the index of each cell style in it. Fonts, sizes and weights are the layout's roles,
 * as in the DOCX and PDF: the title as tên loại and trích yếu, the table as its header and cells; the
 * table is ruled thin all round, its cells wrap and sit at the top (a merged commune runs down a
 * hundred rows, and its name must be where the commune starts).
 */
final class SheetStyles {

    static final int TITLE = 1;
    static final int SUBJECT = 2;
    static final int REFERENCE = 3;
    static final int HEADER = 4;
    private static final int BODY = 5;
    private static final int TOTAL = 8;

    private SheetStyles() {
    }

    /** The style of a table cell: header, body or total row, by the cell's alignment. */
    static int cell(TableRow.Kind kind, Align align) {
        if (kind == TableRow.Kind.HEADER) {
            return HEADER;
        }
        int base = kind == TableRow.Kind.TOTAL ? TOTAL : BODY;
        return base + switch (align == null ? Align.LEFT : align) {
            case CENTER -> 1;
            case RIGHT -> 2;
            case LEFT, JUSTIFY -> 0;
        };
    }

    /** Font 0, the sheet's default, is the table cells' font: Excel measures column widths in its digits. */
    static String xml(Nd30Layout layout) {
        Xml x = new Xml().raw(Xml.DECLARATION)
                .raw("<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
        TextRole[] fonts = {TextRole.TABLE_CELL, TextRole.DOCUMENT_TYPE, TextRole.DOCUMENT_SUBJECT,
            TextRole.DOCUMENT_REFERENCE, TextRole.TABLE_HEADER};
        x.raw("<fonts count=\"").raw(Integer.toString(fonts.length + 1)).raw("\">");
        for (TextRole role : fonts) {
            font(x, layout, layout.style(role), false);
        }
        font(x, layout, layout.style(TextRole.TABLE_CELL), true); // 5: total rows
        x.raw("</fonts><fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>")
                .raw("<fill><patternFill patternType=\"gray125\"/></fill></fills>")
                .raw("<borders count=\"2\"><border><left/><right/><top/><bottom/><diagonal/></border><border>");
        for (String side : new String[] {"left", "right", "top", "bottom"}) {
            x.raw("<").raw(side).raw(" style=\"thin\"><color rgb=\"FF000000\"/></").raw(side).raw(">");
        }
        x.raw("<diagonal/></border></borders>")
                .raw("<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>")
                .raw("<cellXfs count=\"11\">")
                .raw("<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>");
        xf(x, 1, 0, "center", "center");   // TITLE
        xf(x, 2, 0, "center", "center");   // SUBJECT
        xf(x, 3, 0, "center", "center");   // REFERENCE
        xf(x, 4, 1, "center", "center");   // HEADER
        for (int font : new int[] {0, 5}) { // BODY, TOTAL: left, centre, right
            xf(x, font, 1, "left", "top");
            xf(x, font, 1, "center", "top");
            xf(x, font, 1, "right", "top");
        }
        return x.raw("</cellXfs><cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/>")
                .raw("</cellStyles></styleSheet>").toString();
    }

    private static void font(Xml x, Nd30Layout layout, TextStyle style, boolean bold) {
        x.raw("<font>");
        if (style.bold() || bold) {
            x.raw("<b/>");
        }
        if (style.italic()) {
            x.raw("<i/>");
        }
        x.empty("sz", "val", number(style.sizePt())).empty("name", "val", layout.fontFamily())
                .raw("<family val=\"1\"/><charset val=\"163\"/></font>");
    }

    private static void xf(Xml x, int font, int border, String horizontal, String vertical) {
        x.raw("<xf numFmtId=\"0\"").attr("fontId", font).raw(" fillId=\"0\"").attr("borderId", border)
                .raw(" xfId=\"0\" applyFont=\"1\" applyBorder=\"1\" applyAlignment=\"1\"><alignment")
                .attr("horizontal", horizontal).attr("vertical", vertical).raw(" wrapText=\"1\"/></xf>");
    }

    static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
