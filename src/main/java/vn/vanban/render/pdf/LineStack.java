package vn.vanban.render.pdf;

import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import java.util.ArrayList;
import java.util.List;
import vn.vanban.layout.Align;
import vn.vanban.layout.TextStyle;

/**
 * A column of centred or flush-left lines and short rules, placed by hand. The header, the title and
 * the signature block are made of these because their geometry is fixed by the decree (a rule exactly
 * as long as the Tiêu ngữ, Số level with the date, Nơi nhận level with the signer's title), which a
 * flowing paragraph cannot promise. Offsets run downwards from the top of the stack.
 */
final class LineStack {

    private record Line(String text, BaseFont face, float size, float x, float baseline) {
    }

    private record Rule(float x, float y, float length, float thickness) {
    }

    private final Typography type;
    private final float width;
    private final List<Line> lines = new ArrayList<>();
    private final List<Rule> rules = new ArrayList<>();
    private float height;
    private TextStyle lastStyle;

    LineStack(Typography type, float width) {
        this.type = type;
        this.width = width;
    }

    float width() {
        return width;
    }

    float height() {
        return height;
    }

    boolean isEmpty() {
        return lines.isEmpty() && rules.isEmpty();
    }

    /** Baseline of the first line, or 0 for a stack without text. */
    float firstBaseline() {
        return lines.isEmpty() ? 0 : lines.get(0).baseline();
    }

    /** The text, broken to the column width; continuation lines of a flush-left text hang by {@code hang}. */
    LineStack text(String text, TextStyle style, float hang) {
        return lines(type.wrap(text, style, width, hang), style, hang);
    }

    /**
     * Lines already broken. The role's space before counts only below something: at the top of a
     * column it would push the column off the level of its neighbour.
     */
    LineStack lines(List<String> texts, TextStyle style, float hang) {
        if (texts.isEmpty()) {
            return this;
        }
        if (!isEmpty()) {
            height += (float) style.spaceBeforePt();
        }
        BaseFont face = type.face(style);
        float size = type.size(style);
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i);
            float x = switch (style.align() == null ? Align.LEFT : style.align()) {
                // A line wider than its column (only the unbreakable Quốc hiệu can be) keeps its right end
                // inside the column, so it never crosses the right margin.
                case CENTER -> Math.min((width - face.getWidthPoint(text, size)) / 2, width - face.getWidthPoint(text, size));
                case RIGHT -> width - face.getWidthPoint(text, size);
                case LEFT, JUSTIFY -> i == 0 ? 0 : hang;
            };
            lines.add(new Line(text, face, size, x, height + type.baseline(style)));
            height += type.lineHeight(style);
        }
        height += (float) style.spaceAfterPt();
        lastStyle = style;
        return this;
    }

    LineStack gap(float pt) {
        height += pt;
        return this;
    }

    /**
     * A centred rule in a slot of its own: one descender depth of the line above, the rule, the same
     * depth again. The slot keeps the rule clear of descenders and diacritics below (ộ, ự) above it and of
     * the accents above the capitals under it.
     */
    LineStack rule(float length) {
        return rule(length, true);
    }

    /** The rule's clearance: one descent of the line above. */
    float ruleClearance() {
        return lastStyle == null ? 0 : type.descent(lastStyle);
    }

    /** A rule whose clearance below is left to the block under it ({@code spaceBelow} false). */
    LineStack rule(float length, boolean spaceBelow) {
        float clearance = ruleClearance();
        float thickness = (float) type.layout().ruleWidthPt();
        float drawn = Math.min(length, width);
        height += clearance + thickness / 2;
        rules.add(new Rule((width - drawn) / 2, height, drawn, thickness));
        height += thickness / 2 + (spaceBelow ? clearance : 0);
        return this;
    }

    /** Copies another stack in at {@code top} (in this stack's offsets). */
    LineStack place(LineStack other, float top) {
        other.lines.forEach(l -> lines.add(new Line(l.text(), l.face(), l.size(), l.x(), l.baseline() + top)));
        other.rules.forEach(r -> rules.add(new Rule(r.x(), r.y() + top, r.length(), r.thickness())));
        height = Math.max(height, top + other.height);
        if (other.lastStyle != null) {
            lastStyle = other.lastStyle;
        }
        return this;
    }

    /** Draws the stack with its top-left corner at ({@code left}, {@code top}) in page space. */
    void draw(PdfContentByte canvas, float left, float top) {
        if (!lines.isEmpty()) {
            canvas.beginText();
            for (Line line : lines) {
                canvas.setFontAndSize(line.face(), line.size());
                canvas.setTextMatrix(left + line.x(), top - line.baseline());
                canvas.showText(line.text());
            }
            canvas.endText();
        }
        for (Rule rule : rules) {
            canvas.saveState();
            canvas.setLineWidth(rule.thickness());
            canvas.moveTo(left + rule.x(), top - rule.y());
            canvas.lineTo(left + rule.x() + rule.length(), top - rule.y());
            canvas.stroke();
            canvas.restoreState();
        }
    }
}
