package vn.vanban.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Vietnamese text rules that every piece of input and output goes through. */
public final class VietnameseText {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    // Compiled once: every attribute a template emits is squeezed (String.replaceAll compiles it each time).
    private static final Pattern WHITE_SPACE = Pattern.compile("[\\s\\u00A0]+");

    private VietnameseText() {
    }

    /**
     * Composes text to NFC. Decomposed marks are drawn as separate glyphs by PDF engines and compare
     * unequal in Java, so every string is composed where it enters the system.
     */
    public static String nfc(String text) {
        if (text == null) {
            return null;
        }
        return Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /** Upper case under Vietnamese rules, composed first so that marks stay on their letters. */
    public static String upper(String text) {
        return text == null ? null : nfc(text).toUpperCase(VIETNAMESE);
    }

    /** True when the text is not in NFC, i.e. it carries combining marks that NFC would compose. */
    public static boolean isDecomposed(String text) {
        return text != null && !Normalizer.isNormalized(text, Normalizer.Form.NFC);
    }

    /** Collapses runs of white space (including non-breaking spaces typed in Word) to one space. */
    public static String squeeze(String text) {
        if (text == null) {
            return null;
        }
        return WHITE_SPACE.matcher(text).replaceAll(" ").strip();
    }

    /** Removes one trailing ";" "." "," or ":" so that generated punctuation is not doubled. */
    public static String stripEndPunctuation(String text) {
        String s = text.strip();
        while (!s.isEmpty() && ";.,:".indexOf(s.charAt(s.length() - 1)) >= 0 && !s.endsWith("./.")) {
            s = s.substring(0, s.length() - 1).stripTrailing();
        }
        return s;
    }
}
