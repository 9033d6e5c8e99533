package vn.vanban.document.markup;

/** Letters of điểm (a, b, c, d, đ, e, …) in Vietnamese alphabet order, which has no f, j, w or z. */
final class VietnameseOrdinals {

    private static final String[] LETTERS = {"a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m", "n", "o",
        "p", "q", "r", "s", "t", "u", "v", "x", "y"};

    private VietnameseOrdinals() {
    }

    static String pointLetter(int index) {
        if (index < LETTERS.length) {
            return LETTERS[index];
        }
        return LETTERS[index / LETTERS.length - 1] + LETTERS[index % LETTERS.length];
    }
}
