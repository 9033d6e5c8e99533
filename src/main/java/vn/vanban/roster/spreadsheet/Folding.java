package vn.vanban.roster.spreadsheet;

import vn.vanban.text.VietnameseText;

/** The folded forms used to compare what people typed in a spreadsheet. */
final class Folding {

    private Folding() {
    }

    /**
     * A heading or a role label reduced to ASCII letters and digits: case, spacing, punctuation and
     * diacritics are what people vary when they retype a form, never the words themselves.
     */
    static String heading(String text) {
        return ascii(text).replaceAll("[^a-z0-9]", "");
    }

    /** Lower-case ASCII with single spaces: "Tổ KP 1" becomes "to kp 1". */
    static String ascii(String text) {
        return vn.vanban.text.Folding.ascii(text);
    }

    /**
     * The key that matches a team or a person: composed, single-spaced, case-insensitive. Diacritics
     * stay, since "Hùng" and "Hưng" are two people.
     */
    static String name(String text) {
        return text == null ? "" : squeeze(VietnameseText.nfc(text)).toLowerCase(VietnameseText.VIETNAMESE);
    }

    /** A value as stored: composed, single-spaced, null when blank. */
    static String clean(String text) {
        if (text == null) {
            return null;
        }
        String s = squeeze(VietnameseText.nfc(text));
        return s.isEmpty() ? null : s;
    }

    /**
     * {@link VietnameseText#squeeze}, skipping its regular expression for the text that needs nothing
     * done, which is nearly every cell: an import of a province reads a few hundred thousand.
     */
    static String squeeze(String text) {
        int n = text.length();
        boolean clean = n == 0 || text.charAt(0) != ' ' && text.charAt(n - 1) != ' ';
        for (int i = 0; clean && i < n; i++) {
            char c = text.charAt(i);
            clean = c == ' ' ? text.charAt(i + 1) != ' ' : !Character.isWhitespace(c) && !Character.isSpaceChar(c);
        }
        return clean ? text : VietnameseText.squeeze(text);
    }

    static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /** "A", "B", … "Z", "AA": the column letter Excel shows for a 0-based index. */
    static String columnLetter(int index) {
        StringBuilder letters = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return letters.toString();
    }
}
