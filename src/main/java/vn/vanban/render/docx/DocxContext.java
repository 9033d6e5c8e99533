package vn.vanban.render.docx;

import java.util.List;
import vn.vanban.layout.Nd30Layout;
import vn.vanban.layout.PageSpec;
import vn.vanban.layout.TextMeasure;
import vn.vanban.layout.TextRole;
import vn.vanban.layout.TextStyle;

/** What every block writer of one document needs: the layout, the font metrics and the page in use. */
record DocxContext(Nd30Layout layout, TextMeasure measure, PageSpec page) {

    int textWidth() {
        return Units.twipsFromMm(page.textWidthMm());
    }

    TextStyle style(TextRole role) {
        return layout.style(role);
    }

    ParagraphFormat format(TextRole role) {
        return ParagraphFormat.of(style(role));
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

    /** An empty paragraph as high as a rule is thick. */
    ParagraphFormat tiny() {
        return ParagraphFormat.tiny(Units.twipsFromPt(layout.ruleWidthPt()));
    }

    /**
     * A solid rule {@code lengthPt} long, centred in a column {@code containerTwips} wide: a tiny
     * paragraph whose bottom border is the rule and whose equal indents set its length. The paragraph
     * is as high as the rule is thick, so the rule sits right under the line above; the gap to the
     * line below is that line's own space before.
     */
    ParagraphFormat rule(double lengthPt, int containerTwips) {
        int side = Math.max(0, (containerTwips - Units.twipsFromPt(lengthPt)) / 2);
        return tiny().indent(side, side).bottomBorder(Units.eighthsOfPoint(layout.ruleWidthPt()));
    }
}
