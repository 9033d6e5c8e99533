package vn.vanban.render.docx;

import vn.vanban.layout.Align;
import vn.vanban.layout.TextStyle;
import vn.vanban.render.ooxml.Xml;

/**
 * Everything that goes into one paragraph's w:pPr and into the w:rPr of its runs. Starts from a
 * {@link TextStyle} and is adjusted by the block writers (a left indent for the addressees, keep-with-
 * next before the signature). Lengths are twips. One instance per paragraph, never shared.
 *
 * <p>A format made for a named style ({@link #styled}) writes the style's name and, directly, only what
 * differs from the style: the look stays the same, and a clerk who edits the style edits every paragraph
 * of its kind.
 */
final class ParagraphFormat {

    private String styleId;
    private ParagraphFormat base;
    private int numId;
    private int numLevel;

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

    /** {@code style}'s look, named as the paragraph style {@code styleId} that carries {@code styleLook}. */
    static ParagraphFormat styled(String styleId, TextStyle styleLook, TextStyle style) {
        ParagraphFormat f = of(style);
        f.styleId = styleId;
        f.base = of(styleLook);
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

    /** Word numbers the paragraph from level {@code level} of list {@code id} of word/numbering.xml. */
    ParagraphFormat numbered(int id, int level) {
        numId = id;
        numLevel = level;
        return this;
    }

    int firstLine() {
        return firstLine;
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

    /** The run properties a run of this paragraph writes itself: what its style does not already say. */
    void writeRunProperties(Xml x, boolean runBold, boolean runItalic) {
        boolean b = (runBold || bold) && (base == null || !base.bold);
        boolean i = (runItalic || italic) && (base == null || !base.italic);
        boolean size = base == null || base.halfPoints != halfPoints;
        if (!b && !i && !size) {
            return;
        }
        x.raw("<w:rPr>");
        if (b) {
            x.raw("<w:b/><w:bCs/>");
        }
        if (i) {
            x.raw("<w:i/><w:iCs/>");
        }
        if (size) {
            x.empty("w:sz", "w:val", halfPoints).empty("w:szCs", "w:val", halfPoints);
        }
        x.raw("</w:rPr>");
    }

    /** w:pPr, children in the order the schema requires. */
    void writeProperties(Xml x) {
        x.raw("<w:pPr>");
        if (styleId != null) {
            x.empty("w:pStyle", "w:val", styleId);
        }
        if (keepNext) {
            x.raw("<w:keepNext/>");
        }
        if (keepLines) {
            x.raw("<w:keepLines/>");
        }
        if (numId > 0) {
            x.raw("<w:numPr>").empty("w:ilvl", "w:val", numLevel).empty("w:numId", "w:val", numId).raw("</w:numPr>");
        }
        if (bottomBorder > 0) {
            x.raw("<w:pBdr><w:bottom w:val=\"single\"").attr("w:sz", bottomBorder)
                    .raw(" w:space=\"0\" w:color=\"000000\"/></w:pBdr>");
        }
        if (base == null || before != base.before || after != base.after || exactLine != base.exactLine) {
            writeSpacing(x);
        }
        // A numbered paragraph states its indent: Word would otherwise take the list's over the style's.
        if (base == null || numId > 0 || left != base.left || right != base.right || hanging != base.hanging
                || firstLine != base.firstLine) {
            writeIndent(x, base != null);
        }
        if (base == null || align != base.align) {
            x.empty("w:jc", "w:val", justification(align));
        }
        if (base == null || halfPoints != base.halfPoints) {
            x.raw("<w:rPr>").empty("w:sz", "w:val", halfPoints).empty("w:szCs", "w:val", halfPoints).raw("</w:rPr>");
        }
        x.raw("</w:pPr>");
    }

    /** Only the spacing and indent, for a w:pPr that carries something else too (a section's setup). */
    void writeSpacingAndIndent(Xml x) {
        writeSpacing(x);
        writeIndent(x, false);
    }

    /** The w:pPr and w:rPr of a named style that carries this look. */
    void writeStyleProperties(Xml x) {
        x.raw("<w:pPr>");
        writeSpacing(x);
        writeIndent(x, false);
        x.empty("w:jc", "w:val", justification(align)).raw("</w:pPr><w:rPr>");
        if (bold) {
            x.raw("<w:b/><w:bCs/>");
        }
        if (italic) {
            x.raw("<w:i/><w:iCs/>");
        }
        x.empty("w:sz", "w:val", halfPoints).empty("w:szCs", "w:val", halfPoints).raw("</w:rPr>");
    }

    private void writeSpacing(Xml x) {
        x.raw("<w:spacing").attr("w:before", before).attr("w:after", after);
        if (exactLine > 0) {
            x.attr("w:line", exactLine).raw(" w:lineRule=\"exact\"/>");
        } else {
            x.attr("w:line", Units.SINGLE_LINE).raw(" w:lineRule=\"auto\"/>");
        }
    }

    /** {@code overriding}: a style's first-line indent is there to cancel, so a zero is written too. */
    private void writeIndent(Xml x, boolean overriding) {
        if (left == 0 && right == 0 && firstLine == 0 && hanging == 0 && !overriding) {
            return;
        }
        x.raw("<w:ind").attr("w:left", left).attr("w:right", right);
        if (hanging > 0) {
            x.attr("w:hanging", hanging);
        } else if (firstLine > 0 || overriding) {
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
