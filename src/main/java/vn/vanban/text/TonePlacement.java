package vn.vanban.text;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Where the tone mark sits on an open "oa", "oe" or "uy" (one that ends the syllable). Two spellings are
 * in use: the mark on the second vowel ("Thanh Hoá", "Thuỷ", "khoẻ"), as the reference list of
 * administrative units writes, and on the first ("Thanh Hóa", "Thủy", "khỏe"), as the seeds and the
 * provinces' own letters write. Both are NFC and compare unequal, so a document that mixed them would name
 * one place two ways; vanban prints the seeds' spelling.
 *
 * <p>A closed syllable ("toàn", "hoạch", "Huỳnh") has one spelling only and is left as it is, as is "qu"
 * + "y" ("Quý", "Quỳ"), where the u belongs to the consonant.
 */
public final class TonePlacement {

    /** Grave, acute, tilde, hook above, dot below: the five tone marks in decomposed form. */
    private static final String TONES = "\u0300\u0301\u0303\u0309\u0323";
    private static final Pattern OPEN_OA_OE = Pattern.compile("([oO])([aAeE])([" + TONES + "])(?![\\p{L}\\p{M}])");
    private static final Pattern OPEN_UY = Pattern.compile("(?<![qQ])([uU])([yY])([" + TONES + "])(?![\\p{L}\\p{M}])");

    private TonePlacement() {
    }

    /** The text with the mark of every open oa, oe and uy on the first vowel, in NFC: "Thanh Hoá" → "Thanh Hóa". */
    public static String asSeeds(String text) {
        if (text == null) {
            return null;
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String moved = OPEN_UY.matcher(OPEN_OA_OE.matcher(decomposed).replaceAll("$1$3$2")).replaceAll("$1$3$2");
        return Normalizer.normalize(moved, Normalizer.Form.NFC);
    }
}
