package vn.vanban.document.markup;

/** Letters of điểm (a, b, c, d, đ, e, …) in Vietnamese alphabet order, which has no f, j, w or z. */
final class VietnameseOrdinals {

    private static final String[] LETTERS = {"a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m", "n", "o",
        "p", "q", "r", "s", "t", "u", "v", "x", "y"};

    /** a, b, c, d: where the Vietnamese alphabet and the Latin one still agree (the fifth is đ, not e). */
    private static final int SHARED_WITH_LATIN = 4;

    private VietnameseOrdinals() {
    }

    static String pointLetter(int index) {
        if (index < LETTERS.length) {
            return LETTERS[index];
        }
        return LETTERS[index / LETTERS.length - 1] + LETTERS[index % LETTERS.length];
    }

    /**
     * Whether {@code count} điểm all have letters of the Latin alphabet in its own order, the only letters
     * Word's and LibreOffice's list numbering count in: a run that reaches đ keeps typed letters.
     */
    static boolean sharedWithLatin(int count) {
        return count <= SHARED_WITH_LATIN;
    }
}
