package vn.vanban.render.docx;

import java.util.List;
import vn.vanban.layout.LineBreaks;
import vn.vanban.layout.Nd30Layout;
import vn.vanban.layout.PageSpec;
import vn.vanban.layout.TextMeasure;
import vn.vanban.layout.TextRole;
import vn.vanban.layout.TextStyle;

/**
 * What every block writer of one document needs: the layout, the font metrics, the page in use and the
 * document's Word lists.
 */
record DocxContext(Nd30Layout layout, TextMeasure measure, FontHeights heights, PageSpec page,
                   DocxNumbering numbering) {

    int textWidth() {
        return Units.twipsFromMm(page.textWidthMm());
    }

    TextStyle style(TextRole role) {
        TextStyle style = layout.style(role);
        if (style == null) {
            throw new IllegalStateException("Nd30Layout has no style for " + role);
        }
        return style;
    }

    /** The look of {@code role}, as its named paragraph style. */
    ParagraphFormat format(TextRole role) {
        return format(DocxStyles.of(role), style(role));
    }

    /** {@code look} in the named paragraph style {@code named}, which writes only where they differ. */
    ParagraphFormat format(DocxStyles.Style named, TextStyle look) {
        return ParagraphFormat.styled(named.id(), style(named.role()), look);
    }

    double widthPt(String text, TextRole role) {
        TextStyle s = style(role);
        return measure.widthPt(text, s.sizePt(), s.bold(), s.italic());
    }

    double widestPt(List<String> lines, TextRole role) {
        double widest = 0;
        for (String line : lines) {
            widest = Math.max(widest, widthPt(line, role));
        }
        return widest;
    }

    /**
     * The widest line of {@code lines} once broken to {@code widthTwips}: a rule under a wrapped
     * issuing body follows its longest line.
     */
    double widestWrappedPt(List<String> lines, TextRole role, int widthTwips) {
        TextStyle s = style(role);
        double widest = 0;
        for (String line : lines) {
            for (String part : wrap(line, s.sizePt(), s.bold(), s.italic(), widthTwips / 20.0)) {
                widest = Math.max(widest, measure.widthPt(part, s.sizePt(), s.bold(), s.italic()));
            }
        }
        return widest;
    }

    /**
     * {@code text} broken into lines no wider than {@code widthPt}, greedily at ordinary spaces, the way
     * Word and the PDF writer break them; a word wider than the line stays whole on a line of its own.
     */
    List<String> wrap(String text, double sizePt, boolean bold, boolean italic, double widthPt) {
        return LineBreaks.greedy(text, t -> measure.widthPt(t, sizePt, bold, italic), widthPt, widthPt);
    }

    /** The lines of a heading, broken between its phrases and balanced, as the PDF writer sets them. */
    List<String> balance(String text, TextRole role, int widthTwips) {
        TextStyle s = style(role);
        return LineBreaks.balanced(text, t -> measure.widthPt(t, s.sizePt(), s.bold(), s.italic()), widthTwips / 20.0);
    }

    /** How far below {@code role}'s baseline {@code other}'s baseline sits when both lines start level. */
    double baselineDropPt(TextRole role, TextRole other) {
        return heights.ascentPt(style(other)) - heights.ascentPt(style(role));
    }

    /** An empty paragraph as high as a rule is thick. */
    ParagraphFormat tiny() {
        return ParagraphFormat.tiny(Units.twipsFromPt(layout.ruleWidthPt()));
    }

    /**
     * A solid rule {@code lengthPt} long (at most the column), centred in a column {@code containerTwips}
     * wide, under a line of {@code lineAbove}: a tiny paragraph whose bottom border is the rule and whose
     * equal indents set its length. As in the PDF, the rule has a slot of its own: one descender depth of
     * the line above, the rule, the same depth again.
     */
    ParagraphFormat rule(double lengthPt, int containerTwips, TextRole lineAbove) {
        int length = Math.min(containerTwips, Units.twipsFromPt(lengthPt));
        int side = (containerTwips - length) / 2;
        int clearance = Units.twipsFromPt(heights.descentPt(style(lineAbove)));
        return ParagraphFormat.tiny(clearance).after(clearance).indent(side, side)
                .bottomBorder(Units.eighthsOfPoint(layout.ruleWidthPt()));
    }
}
