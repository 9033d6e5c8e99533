package vn.vanban.render.docx;

import vn.vanban.layout.Align;
import vn.vanban.layout.TextStyle;
import vn.vanban.render.ooxml.Xml;

/**
 * Everything that goes into one paragraph's w:pPr and into the w:rPr of its runs. Starts from a
 * {@link TextStyle} and is adjusted by the block writers (a left indent for the addressees, keep-with-
 * next before the signature). Lengths are twips. One instance per paragraph, never shared.
 */
final class ParagraphFormat {

    private final int halfPoints;
    private boolean bold;
    private final boolean italic;
    private Align align;
    private int firstLine;
    private int left;
    private int right;
    private int hanging;
    private int before;
    private int after;
    private int exactLine;
    private int bottomBorder;
    private boolean keepNext;
    private boolean keepLines;

    private ParagraphFormat(int halfPoints, boolean bold, boolean italic, Align align) {
        this.halfPoints = halfPoints;
        this.bold = bold;
        this.italic = italic;
        this.align = align;
    }

    static ParagraphFormat of(TextStyle style) {
        ParagraphFormat f = new ParagraphFormat(Units.halfPoints(style.sizePt()), style.bold(), style.italic(),
                style.align());
        f.firstLine = Units.twipsFromMm(style.firstLineIndentMm());
        f.before = Units.twipsFromPt(style.spaceBeforePt());
        f.after = Units.twipsFromPt(style.spaceAfterPt());
        return f;
    }

    /**
     * An empty paragraph of exactly {@code heightTwips}: the carrier of a rule, of a page break, or
     * the paragraph Word needs after a closing table, without adding a blank line.
     */
    static ParagraphFormat tiny(int heightTwips) {
        ParagraphFormat f = new ParagraphFormat(Units.MIN_HALF_POINTS, false, false, Align.LEFT);
        f.exactLine = Math.max(1, heightTwips);
        return f;
    }

    ParagraphFormat align(Align value) {
        align = value;
        return this;
    }

    ParagraphFormat bold() {
        bold = true;
        return this;
    }

    ParagraphFormat firstLine(int twips) {
        firstLine = twips;
        return this;
    }

    ParagraphFormat indent(int leftTwips, int rightTwips) {
        left = leftTwips;
        right = rightTwips;
        return this;
    }

    /** Wrapped lines start at the left indent, the first line {@code twips} further left. */
    ParagraphFormat hanging(int twips) {
        hanging = twips;
        firstLine = 0;
        return this;
    }

    ParagraphFormat before(int twips) {
        before = twips;
        return this;
    }

    ParagraphFormat after(int twips) {
        after = twips;
        return this;
    }

    ParagraphFormat bottomBorder(int eighthsOfPoint) {
        bottomBorder = eighthsOfPoint;
        return this;
    }

    ParagraphFormat keepNext() {
        keepNext = true;
        return this;
    }

    /** Keeps the paragraph on one page and with the next one: for the closing block. */
    ParagraphFormat keepTogether() {
        keepNext = true;
        keepLines = true;
        return this;
    }

    int after() {
        return after;
    }

    int halfPoints() {
        return halfPoints;
    }

    boolean isBold() {
        return bold;
    }

    boolean isItalic() {
        return italic;
    }

    /** w:pPr, children in the order the schema requires. */
    void writeProperties(Xml x) {
        x.raw("<w:pPr>");
        if (keepNext) {
            x.raw("<w:keepNext/>");
        }
        if (keepLines) {
            x.raw("<w:keepLines/>");
        }
        if (bottomBorder > 0) {
            x.raw("<w:pBdr><w:bottom w:val=\"single\"").attr("w:sz", bottomBorder)
                    .raw(" w:space=\"0\" w:color=\"000000\"/></w:pBdr>");
        }
        writeSpacing(x);
        writeIndent(x);
        x.empty("w:jc", "w:val", justification(align));
        x.raw("<w:rPr>").empty("w:sz", "w:val", halfPoints).empty("w:szCs", "w:val", halfPoints)
                .raw("</w:rPr></w:pPr>");
    }

    private void writeSpacing(Xml x) {
        x.raw("<w:spacing").attr("w:before", before).attr("w:after", after);
        if (exactLine > 0) {
            x.attr("w:line", exactLine).raw(" w:lineRule=\"exact\"/>");
        } else {
            x.attr("w:line", Units.SINGLE_LINE).raw(" w:lineRule=\"auto\"/>");
        }
    }

    private void writeIndent(Xml x) {
        if (left == 0 && right == 0 && firstLine == 0 && hanging == 0) {
            return;
        }
        x.raw("<w:ind").attr("w:left", left).attr("w:right", right);
        if (hanging > 0) {
            x.attr("w:hanging", hanging);
        } else if (firstLine > 0) {
            x.attr("w:firstLine", firstLine);
        }
        x.raw("/>");
    }

    /** "both" is Word's name for justified; the others keep theirs. */
    static String justification(Align align) {
        return switch (align) {
            case JUSTIFY -> "both";
            case CENTER -> "center";
            case RIGHT -> "right";
            case LEFT -> "left";
        };
    }
}
