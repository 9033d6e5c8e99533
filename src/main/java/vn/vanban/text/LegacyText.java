package vn.vanban.text;

import java.nio.charset.Charset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Vietnamese typed in the pre-Unicode encodings still met in offices, TCVN3 (ABC, fonts .VnTime) and
 * VNI-Windows (fonts VNI-Times), as it looks once the 8-bit bytes were read as Latin-1 or Windows-1252
 * characters: that is what an old .xls cell or a CSV opened as windows-1252 gives us. Used when importing.
 *
 * <p>The tables are resource files ({@code text/tcvn3.tsv}, {@code text/vni.tsv}), not Java arrays: they are
 * facts produced by tools (glibc iconv for TCVN3) and checked against published tables, so they should be
 * reviewable as data, diff cleanly and be regenerated without editing code. Each file says how it was made.
 *
 * <p>Limitation: TCVN3 has only seven precomposed capitals (Ă Â Đ Ê Ô Ơ Ư). Toned capitals were typed with
 * the ".VnTimeH" style fonts, which draw capitals at the lowercase code points, so the bytes of "NGUYỄN" in
 * .VnTimeH are those of "nguyễn". Without the font name the converter cannot see this and gives "NGUYễN";
 * callers that read a cell's font must pass it.
 */
public final class LegacyText {

    public enum Encoding { TCVN3, VNI }

    /** TCVN3 puts toned letters on Latin-1 symbols: ¸ µ ¶ · ¹ ¨ ® § ¬ « ª © and the soft hyphen (ư). */
    private static final Pattern TCVN3_SIGNS = Pattern.compile(
            "[\\u00B8\\u00B5\\u00B6\\u00B7\\u00B9\\u00A8\\u00AE\\u00A7\\u00AC\\u00AB\\u00AA\\u00A9\\u00AD]");
    /**
     * VNI writes a base letter followed by a mark byte. Only the marks Unicode Vietnamese never puts after
     * a vowel count (ø ù û ï ä å æ and their capitals), and Ñ/ñ for Đ/đ: "Hoàng", "Quân" or "Hoãn" are
     * ordinary Unicode and must not look like VNI's "oà" (ồ). Pairs Unicode never writes count too: "eã"
     * (ễ), "oâ" (ô), "aê" (ă), and ö (ư) anywhere.
     */
    private static final Pattern VNI_SIGNS = Pattern.compile(
            "[aeiouyAEIOUY][\\u00F8\\u00F9\\u00FB\\u00EF\\u00E4\\u00E5\\u00E6\\u00D8\\u00D9\\u00DB\\u00CF\\u00C4\\u00C5\\u00C6]"
                    + "|[eE][\\u00E0-\\u00E5\\u00C0-\\u00C5]|[aAoO][\\u00E2\\u00C2]|[aA][\\u00EA\\u00CA]"
                    + "|[\\u00F6\\u00D6]|\\u00D1|\\u00F1(?=[aeiou])");
    /** ă đ ơ ư exist only in Unicode; an 8-bit reading never produces them. */
    private static final Pattern UNICODE_ONLY = Pattern.compile("[\\u0102\\u0103\\u0110\\u0111\\u01A0\\u01A1\\u01AF\\u01B0\\u1EA0-\\u1EF9]");

    /** ABC's font families all start with ".Vn"; the capital ones end in H (.VnTimeH, .VnArial NarrowH). */
    private static final Pattern TCVN3_FONT = Pattern.compile("(?i)\\.vn.*");
    private static final Pattern TCVN3_CAPITAL_FONT = Pattern.compile("(?i)\\.vn.*h");
    private static final Pattern VNI_FONT = Pattern.compile("(?i)vni[- _].*");

    /**
     * What bytes 0x80–0x9F become when read as Windows-1252 (€ ‚ ƒ … and U+FFFD for the five unassigned ones):
     * with Latin-1 these are all the characters an 8-bit reading can produce.
     */
    private static final String CP1252_EXTRAS = new String(bytes(0x80, 0x9F), Charset.forName("windows-1252"));

    private static final LegacyTable TCVN3 = LegacyTable.ofBytes("/text/tcvn3.tsv");
    private static final LegacyTable VNI = vniTable();

    private LegacyText() {
    }

    /** The legacy encoding the text appears to be in, or empty for Unicode (or plain ASCII) text. */
    public static Optional<Encoding> detect(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        if (UNICODE_ONLY.matcher(text).find()) {
            return Optional.empty();
        }
        long tcvn = TCVN3_SIGNS.matcher(text).results().count();
        // One such symbol may be a real ® or ©; two in a name are TCVN3.
        if (tcvn >= 2) {
            return Optional.of(Encoding.TCVN3);
        }
        if (VNI_SIGNS.matcher(text).find()) {
            return Optional.of(Encoding.VNI);
        }
        return Optional.empty();
    }

    /** The encoding a font family implies: ".VnTime", ".VnArialH" … are TCVN3, "VNI-Times" … VNI. */
    public static Optional<Encoding> encodingOfFont(String fontName) {
        if (fontName == null) {
            return Optional.empty();
        }
        String name = fontName.strip();
        if (TCVN3_FONT.matcher(name).matches()) {
            return Optional.of(Encoding.TCVN3);
        }
        if (VNI_FONT.matcher(name).matches()) {
            return Optional.of(Encoding.VNI);
        }
        return Optional.empty();
    }

    /** True for the TCVN3 fonts that draw capitals at the lowercase code points (.VnTimeH, .VnArialH …). */
    public static boolean isCapitalFont(String fontName) {
        return fontName != null && TCVN3_CAPITAL_FONT.matcher(fontName.strip()).matches();
    }

    /**
     * Converts legacy text to Unicode NFC. With {@code capitalFont} (TCVN3 ".…H" fonts) the whole run is
     * upper-cased, because that is how those fonts draw it. Characters outside the table are kept.
     */
    public static String toUnicode(String text, Encoding encoding, boolean capitalFont) {
        if (text == null) {
            return null;
        }
        // Latin-1 and Windows-1252 characters are all NFC, so composing first changes nothing in true 8-bit
        // text, but it recovers legacy text that some pipeline decomposed ("ã" into "a" + U+0303).
        String composed = VietnameseText.nfc(text);
        String converted = switch (encoding) {
            case TCVN3 -> TCVN3.convert(composed);
            case VNI -> VNI.convert(composed);
        };
        return capitalFont ? VietnameseText.upper(converted) : VietnameseText.nfc(converted);
    }

    /**
     * Converts a cell or field whose font is known (or null). A legacy font decides the encoding; otherwise
     * the text is detected, and text that is not legacy comes back only composed to NFC. Text holding a
     * character that no 8-bit reading can produce (ơ, ễ, …) is already Unicode in a legacy-font cell and is
     * not converted again.
     */
    public static String toUnicode(String text, String fontName) {
        if (text == null) {
            return null;
        }
        String composed = VietnameseText.nfc(text);
        Optional<Encoding> byFont = encodingOfFont(fontName);
        if (byFont.isPresent()) {
            return isEightBitReading(composed) ? toUnicode(composed, byFont.get(), isCapitalFont(fontName)) : composed;
        }
        return detect(composed).map(encoding -> toUnicode(composed, encoding, false)).orElse(composed);
    }

    private static byte[] bytes(int from, int to) {
        byte[] bytes = new byte[to - from + 1];
        for (int b = from; b <= to; b++) {
            bytes[b - from] = (byte) b;
        }
        return bytes;
    }

    private static boolean isEightBitReading(String text) {
        return text.chars().allMatch(c -> c <= 0xFF || CP1252_EXTRAS.indexOf(c) >= 0);
    }

    /**
     * The VNI table, plus each two-character sequence with its mark in the other case. Word's "Title Case"
     * turns "oâng" into "Oâng" (capital O, lowercase circumflex byte), which a VNI font still shows as "Ông";
     * the base letter decides the case of the result.
     */
    private static LegacyTable vniTable() {
        LegacyTable table = LegacyTable.ofSequences("/text/vni.tsv");
        Map<String, String> otherCaseMarks = new HashMap<>();
        table.entries().forEach((sequence, letter) -> {
            if (sequence.length() == 2) {
                char mark = sequence.charAt(1);
                char swapped = Character.isUpperCase(mark) ? Character.toLowerCase(mark) : Character.toUpperCase(mark);
                otherCaseMarks.put(sequence.charAt(0) + String.valueOf(swapped), letter);
            }
        });
        return table.plus(otherCaseMarks);
    }
}
