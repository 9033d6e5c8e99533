package vn.vanban.render.docx;

/**
 * The unit conversions of WordprocessingML. Lengths in Nd30Layout are millimetres and points; Word
 * wants twentieths of a point (twips) for lengths, half-points for font sizes and eighths of a point
 * for border widths.
 */
final class Units {

    /** "Single" line spacing: with lineRule="auto", w:line counts 240ths of a line. */
    static final int SINGLE_LINE = 240;

    /** The smallest font size Word accepts (1 pt), for the invisible mark of a rule paragraph. */
    static final int MIN_HALF_POINTS = 2;

    private static final int TWIPS_PER_INCH = 1440;
    private static final double MM_PER_INCH = 25.4;
    private static final int MIN_BORDER_EIGHTHS = 2;
    private static final int MAX_BORDER_EIGHTHS = 96;

    private Units() {
    }

    static int twipsFromMm(double mm) {
        return (int) Math.round(mm * TWIPS_PER_INCH / MM_PER_INCH);
    }

    static double ptFromTwips(int twips) {
        return twips / 20.0;
    }

    static int twipsFromPt(double pt) {
        return (int) Math.round(pt * 20);
    }

    static int halfPoints(double pt) {
        return (int) Math.round(pt * 2);
    }

    /** Border width; Word accepts only 1/4 pt to 12 pt and ignores anything else. */
    static int eighthsOfPoint(double pt) {
        return Math.max(MIN_BORDER_EIGHTHS, Math.min(MAX_BORDER_EIGHTHS, (int) Math.round(pt * 8)));
    }
}
