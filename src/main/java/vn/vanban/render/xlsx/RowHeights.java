package vn.vanban.render.xlsx;

import vn.vanban.layout.TextMeasure;

/**
 * Row heights for wrapped cells. Excel stores no height for a row it has not laid out, and LibreOffice
 * does not lay out an imported row again, so a name that wraps would be cut in half: the writer works
 * out the lines itself, word by word, as both programs wrap, with the document font's own widths.
 */
final class RowHeights {

    /** Excel's default row for Times New Roman is about 1.27 times the font size, and so is each line. */
    private static final double LINE = 1.27;
    /** Excel keeps about 3 pt clear at either side of a cell's text. */
    private static final double PADDING_PT = 6;

    private final TextMeasure measure;

    RowHeights(TextMeasure measure) {
        this.measure = measure;
    }

    static double heightPt(int lines, double sizePt) {
        return Math.max(1, lines) * sizePt * LINE;
    }

    /** Lines the text takes in a column {@code columnPt} wide, wrapping between words. */
    int lines(String text, double columnPt, double sizePt, boolean bold) {
        if (text == null || text.isEmpty()) {
            return 1;
        }
        double usable = Math.max(1, columnPt - PADDING_PT);
        double space = measure.widthPt(" ", sizePt, bold, false);
        int lines = 1;
        double used = 0;
        for (String word : text.split(" ")) {
            double w = measure.widthPt(word, sizePt, bold, false);
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
