package vn.vanban.roster.checks;

import java.util.regex.Pattern;

/**
 * Recognises Vietnamese typed in the pre-Unicode encodings still met in offices, as it looks once the
 * bytes were read as Latin-1 or CP1252: TCVN3 (.VnTime) and VNI-Windows.
 */
final class LegacyEncoding {

    /** TCVN3 puts toned letters on Latin-1 symbols: ¸ µ ¶ · ¹ ¨ ® § ¬ « ª © and the soft hyphen (ư). */
    private static final Pattern TCVN3 = Pattern.compile("[\\u00B8\\u00B5\\u00B6\\u00B7\\u00B9\\u00A8\\u00AE\\u00A7\\u00AC\\u00AB\\u00AA\\u00A9\\u00AD]");
    /** VNI writes a base letter followed by a mark byte: aø, aù, eâ, oà, Ñ for Đ … */
    private static final Pattern VNI = Pattern.compile("[aeiouyAEIOUY][\\u00F8\\u00F9\\u00FB\\u00F5\\u00EF\\u00E2\\u00EA\\u00F4\\u00E0\\u00E1\\u00E3\\u00E4\\u00E5\\u00E6]|\\u00D1|\\u00F1(?=[aeiou])");

    private LegacyEncoding() {
    }

    /** "TCVN3", "VNI" or null. */
    static String detect(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        // Real Unicode Vietnamese uses the Latin Extended Additional block; legacy text never does.
        boolean unicodeVietnamese = text.chars().anyMatch(c -> c >= 0x1EA0 && c <= 0x1EF9);
        if (unicodeVietnamese) {
            return null;
        }
        long tcvn = TCVN3.matcher(text).results().count();
        // One such symbol may be a real ® or ©; two in a name are TCVN3.
        if (tcvn >= 2) {
            return "TCVN3";
        }
        if (VNI.matcher(text).find()) {
            return "VNI";
        }
        return null;
    }
}
