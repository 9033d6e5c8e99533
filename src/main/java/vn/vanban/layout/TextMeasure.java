package vn.vanban.layout;

/**
 * Width of a line of text in the document font. Rules that must be exactly as long as a text (the
 * rule under the Tiêu ngữ) or a share of it (under the issuing body and the trích yếu) are computed
 * from it, for both writers alike.
 */
@FunctionalInterface
public interface TextMeasure {

    double widthPt(String text, double sizePt, boolean bold, boolean italic);

    static double mmToPt(double mm) {
        return mm * 72.0 / 25.4;
    }

    static double ptToMm(double pt) {
        return pt * 25.4 / 72.0;
    }
}
