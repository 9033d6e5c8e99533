package vn.vanban.fonts;

public enum FontVariant {
    REGULAR, BOLD, ITALIC, BOLD_ITALIC;

    public static FontVariant of(boolean bold, boolean italic) {
        if (bold) {
            return italic ? BOLD_ITALIC : BOLD;
        }
        return italic ? ITALIC : REGULAR;
    }
}
