package vn.vanban.layout;

/**
 * Size and style of one {@link TextRole}.
 *
 * @param firstLineIndentMm indent of the first line of each paragraph
 * @param spaceBeforePt     space above the paragraph
 * @param spaceAfterPt      space below the paragraph
 */
public record TextStyle(double sizePt, boolean bold, boolean italic, Align align, double firstLineIndentMm,
                        double spaceBeforePt, double spaceAfterPt) {

    static TextStyle centered(double size, boolean bold, boolean italic) {
        return new TextStyle(size, bold, italic, Align.CENTER, 0, 0, 0);
    }

    TextStyle spaced(double before, double after) {
        return new TextStyle(sizePt, bold, italic, align, firstLineIndentMm, before, after);
    }

    TextStyle indented(double mm) {
        return new TextStyle(sizePt, bold, italic, align, mm, spaceBeforePt, spaceAfterPt);
    }
}
