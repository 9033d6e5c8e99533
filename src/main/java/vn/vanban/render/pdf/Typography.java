package vn.vanban.render.pdf;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import java.util.List;
import java.util.function.ToDoubleFunction;
import vn.vanban.fonts.DocumentFonts;
import vn.vanban.layout.Align;
import vn.vanban.layout.LineBreaks;
import vn.vanban.layout.Nd30Layout;
import vn.vanban.layout.TextMeasure;
import vn.vanban.layout.TextRole;
import vn.vanban.layout.TextStyle;

/**
 * Everything the PDF writer needs to know about a line of text: its face, its height and where its
 * baseline sits. Lines follow the model Word and LibreOffice lay a DOCX out with: a box of {@code size ×
 * lineHeightFactor} whose baseline sits one descent above its bottom, the font's line gap above the
 * ascent. Blocks drawn by hand and blocks set by OpenPDF use it alike, so they line up with each other
 * and with the DOCX.
 */
final class Typography {

    private static final float ITALIC_OVERHANG_DIVISOR = 12;
    private static final float TEXT_AREA_ROUNDING_PT = 0.32f;

    private final Nd30Layout layout;
    private final DocumentFonts fonts;

    Typography(Nd30Layout layout, DocumentFonts fonts) {
        this.layout = layout;
        this.fonts = fonts;
    }

    Nd30Layout layout() {
        return layout;
    }

    TextStyle style(TextRole role) {
        TextStyle style = layout.style(role);
        if (style == null) {
            throw new IllegalStateException("Nd30Layout has no style for " + role);
        }
        return style;
    }

    /** A run's own bold or italic adds to the role's, never removes it. */
    BaseFont face(TextStyle style, boolean bold, boolean italic) {
        return fonts.face(style.bold() || bold, style.italic() || italic);
    }

    BaseFont face(TextStyle style) {
        return face(style, false, false);
    }

    /**
     * Always {@link Font#NORMAL}: with a bold or italic style flag OpenPDF would fake the style (stroke
     * or skew) on top of the real bold or italic face.
     */
    Font font(TextStyle style, boolean bold, boolean italic) {
        return new Font(face(style, bold, italic), (float) style.sizePt(), Font.NORMAL);
    }

    float size(TextStyle style) {
        return (float) style.sizePt();
    }

    float lineHeight(TextStyle style) {
        return (float) (style.sizePt() * layout.lineHeightFactor());
    }

    /** From the top of a line box down to its baseline. */
    float baseline(TextStyle style) {
        return lineHeight(style) - descent(style);
    }

    /** Depth of the descenders below the baseline, positive. */
    float descent(TextStyle style) {
        return -face(style).getFontDescriptor(BaseFont.AWT_DESCENT, size(style));
    }

    /**
     * The part of a line box below the baseline. OpenPDF ends a line at its baseline, so what follows
     * a paragraph (a table, a rule) must add this to sit where Word puts it.
     */
    float depth(TextStyle style) {
        return descent(style);
    }

    /**
     * Room a wrapped line leaves free at its end, measured on LibreOffice, the oracle the DOCX is checked
     * against: its lines start about 0.16 pt right of the margin and end as much short of the other one
     * (it rounds the text area to its own units), and it keeps one twelfth of the line height free at
     * the end of an italic line for the overhang of the slanted last letter. Without this a căn cứ
     * breaks one word later in the PDF than in the DOCX.
     */
    float breakAllowance(TextStyle style) {
        return TEXT_AREA_ROUNDING_PT + (style.italic() ? lineHeight(style) / ITALIC_OVERHANG_DIVISOR : 0);
    }

    float width(String text, TextStyle style) {
        return face(style).getWidthPoint(text, size(style));
    }

    static float pt(double mm) {
        return (float) TextMeasure.mmToPt(mm);
    }

    static int alignment(Align align) {
        return switch (align) {
            case LEFT -> Element.ALIGN_LEFT;
            case CENTER -> Element.ALIGN_CENTER;
            case RIGHT -> Element.ALIGN_RIGHT;
            case JUSTIFY -> Element.ALIGN_JUSTIFIED;
        };
    }

    /** Lines of {@code text} as Word breaks them; {@code nextIndent} narrows every line after the first. */
    List<String> wrap(String text, TextStyle style, float width, float nextIndent) {
        return LineBreaks.greedy(text, measure(style), width, width - nextIndent);
    }

    /** The lines of a heading, broken between its phrases and balanced (the issuing body). */
    List<String> balance(String text, TextStyle style, float width) {
        return LineBreaks.balanced(text, measure(style), width);
    }

    /** Widths in the document's faces, for the layout's rules that depend on a text's width. */
    TextMeasure measure() {
        return (text, sizePt, bold, italic) -> fonts.face(bold, italic).getWidthPoint(text, (float) sizePt);
    }

    private ToDoubleFunction<String> measure(TextStyle style) {
        BaseFont face = face(style);
        float size = size(style);
        return s -> face.getWidthPoint(s, size);
    }
}
