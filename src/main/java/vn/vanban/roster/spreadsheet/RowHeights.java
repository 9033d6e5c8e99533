package vn.vanban.roster.spreadsheet;

import vn.vanban.layout.TextMeasure;

/**
 * Row heights for wrapped cells. Excel stores no height for a row it has not laid out, and LibreOffice
 * does not lay out an imported row again, so a name that wraps would be cut in half: the writer works
 * out the lines itself, word by word, as both programs wrap.
 */
final class RowHeights {

    static final double FONT_PT = 12;
    /** Times New Roman 12 pt: Excel's default row is 15.75 pt, each further line about 14 pt. */
    private static final double FIRST_LINE_PT = 15.75;
    private static final double NEXT_LINE_PT = 14;

    /**
     * Times New Roman widths in thousandths of an em, close enough to wrap as Office does when the real
     * font's metrics were not given.
     */
    static final TextMeasure APPROXIMATE = (text, sizePt, bold, italic) -> {
        double em = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            em += c == ' ' ? 250 : Character.isDigit(c) ? 500 : Character.isUpperCase(c) ? 690
                    : "iljtfr.,;:'()-/".indexOf(c) >= 0 ? 300 : "mwMW".indexOf(c) >= 0 ? 760 : 470;
        }
        return em * sizePt / 1000 * (bold ? 1.05 : 1);
    };

    private final TextMeasure measure;

    RowHeights(TextMeasure measure) {
        this.measure = measure;
    }

    /** Excel's column width in characters as points at 12 pt: a digit is 8 px, plus 5 px of padding. */
    static double columnPoints(double widthChars) {
        return (widthChars * 8 + 5) * 0.75;
    }

    static double heightPt(int lines) {
        return FIRST_LINE_PT + Math.max(0, lines - 1) * NEXT_LINE_PT;
    }

    /** Lines the text takes in a column of this width, wrapping between words. */
    int lines(String text, double columnPt, boolean bold) {
        if (text == null || text.isEmpty()) {
            return 1;
        }
        double usable = columnPt - 6;
        double space = measure.widthPt(" ", FONT_PT, bold, false);
        int lines = 1;
        double used = 0;
        for (String word : text.split(" ")) {
            double w = measure.widthPt(word, FONT_PT, bold, false);
            if (used > 0 && used + space + w <= usable) {
                used += space + w;
            } else {
                if (used > 0) {
                    lines++;
                }
                // A word wider than the column is broken across lines.
                int extra = (int) Math.max(0, Math.ceil(w / usable) - 1);
                lines += extra;
                used = w - extra * usable;
            }
        }
        return lines;
    }
}
