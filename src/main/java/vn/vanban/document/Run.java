package vn.vanban.document;

/** A piece of text with one style inside a line. A {@code "\n"} text is a line break. */
public record Run(String text, boolean bold, boolean italic) {

    public static final Run LINE_BREAK = new Run("\n", false, false);

    public static Run plain(String text) {
        return new Run(text, false, false);
    }

    public static Run bold(String text) {
        return new Run(text, true, false);
    }

    public boolean isLineBreak() {
        return "\n".equals(text);
    }
}
