package vn.vanban.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.vanban.text.LegacyText.Encoding;

/**
 * The expected legacy strings are built here, not read from the converter's tables: TCVN3 bytes come from
 * {@code iconv -f UTF-8 -t TCVN5712-1} (the encoding direction, while the table was made by decoding), VNI
 * sequences from the letter's canonical decomposition and the VNI scheme.
 */
class LegacyTextTest {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private static final String LOWER = "àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ";
    private static final String UPPER = "ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬĐÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ";
    /** iconv -f UTF-8 -t TCVN5712-1 of each letter of LOWER, then of UPPER, in the same order. */
    private static final String LOWER_BYTES = "B5 B8 B6 B7 B9 A8 BB BE BC BD C6 A9 C7 CA C8 C9 CB AE CC D0 CE CF D1 AA D2 D5"
            + " D3 D4 D6 D7 DD D8 DC DE DF E3 E1 E2 E4 AB E5 E8 E6 E7 E9 AC EA ED EB EC EE EF F3 F1 F2 F4 AD F5 F8 F6 F7 F9"
            + " FA FD FB FC FE";
    private static final String UPPER_BYTES = "80 83 81 82 84 A1 AF C0 BA BF 85 A2 C1 C4 C2 C3 86 A7 87 8A 88 89 8B A3 C5 DA"
            + " CD D9 8C 8D 90 8E 8F 91 92 95 93 94 96 A4 DB FF E0 F0 97 A5 98 9B 99 9A 9C 9D 01 9E 9F 02 A6 04 11 05 06 12"
            + " 13 16 14 15 17";

    private static final Map<Character, Integer> TCVN3_BYTE = tcvn3Bytes();
    /** Combining tones in the order huyền, sắc, ngã, hỏi, nặng. */
    private static final String TONES = "\u0300\u0301\u0303\u0309\u0323";

    @Test
    void theTestFactsCoverAllVietnameseLetters() {
        assertThat(LOWER).hasSize(67);
        assertThat(UPPER).isEqualTo(LOWER.toUpperCase(VietnameseText.VIETNAMESE));
        assertThat(TCVN3_BYTE).hasSize(134);
        assertThat(TCVN3_BYTE.values()).doesNotHaveDuplicates();
    }

    @ParameterizedTest
    @CsvSource({
        // name, TCVN3 bytes as printed by iconv -f UTF-8 -t TCVN5712-1 | od -tx1
        "Nguyễn Thị Hương, 4e677579d46e205468de2048adac6e67",
        "Đặng Văn Ưng, a7c66e672056a86e20a66e67",
        "Trưởng ấp Giao Hòa A, 5472adeb6e6720ca70204769616f2048df612041",
        "Phường Hạc Thành, 5068adea6e672048b963205468b56e68",
        "Xã Đăk Ui, 58b720a7a86b205569"
    })
    void tcvn3NamesComeBackInBothEightBitReadings(String name, String hex) {
        byte[] bytes = HexFormat.of().parseHex(hex.replace(" ", ""));
        assertThat(bytes).isEqualTo(tcvn3(name));
        assertThat(LegacyText.toUnicode(new String(bytes, StandardCharsets.ISO_8859_1), Encoding.TCVN3, false)).isEqualTo(name);
        assertThat(LegacyText.toUnicode(new String(bytes, WINDOWS_1252), Encoding.TCVN3, false)).isEqualTo(name);
        assertThat(LegacyText.toUnicode(new String(bytes, WINDOWS_1252), ".VnTime")).isEqualTo(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Nguyễn Thị Hương", "Đặng Văn Ưng", "Phường Hạc Thành", "Xã Đăk Ui"})
    void tcvn3IsFoundWithoutAFont(String name) {
        String legacy = new String(tcvn3(name), WINDOWS_1252);
        assertThat(LegacyText.detect(legacy)).contains(Encoding.TCVN3);
        assertThat(LegacyText.toUnicode(legacy, (String) null)).isEqualTo(name);
    }

    @Test
    void detectionNeedsTwoOfTheCommonTcvn3Signs() {
        // "Trưởng ấp Giao Hòa A" carries only one (the soft hyphen); ë Ê ß are ordinary Latin-1 letters too.
        // Kept as the roster checks have always had it: the font name is the reliable signal.
        String legacy = new String(tcvn3("Trưởng ấp Giao Hòa A"), WINDOWS_1252);
        assertThat(LegacyText.detect(legacy)).isEmpty();
        assertThat(LegacyText.toUnicode(legacy, (String) null)).isEqualTo(legacy);
        assertThat(LegacyText.toUnicode(legacy, ".VnTime")).isEqualTo("Trưởng ấp Giao Hòa A");
    }

    @Test
    void everyLetterRoundTripsThroughTheTcvn3Table() {
        for (char letter : (LOWER + UPPER).toCharArray()) {
            int code = TCVN3_BYTE.get(letter);
            if (code >= 0x80 && code <= 0x9F) {
                continue; // VN1 capitals, not read: see windowsPunctuationInVnTimeTextStaysPunctuation
            }
            byte[] b = {(byte) code};
            String latin1 = new String(b, StandardCharsets.ISO_8859_1);
            assertThat(LegacyText.toUnicode(latin1, Encoding.TCVN3, false)).as("byte %02X", b[0]).isEqualTo(String.valueOf(letter));
            String cp1252 = new String(b, WINDOWS_1252);
            // Java has no character for 81 8D 8F 90 9D in windows-1252 (Excel keeps them as U+0081 …).
            if (!cp1252.equals("\uFFFD")) {
                assertThat(LegacyText.toUnicode(cp1252, Encoding.TCVN3, false)).as("cp1252 %02X", b[0]).isEqualTo(String.valueOf(letter));
            }
        }
    }

    @Test
    void windowsPunctuationInVnTimeTextStaysPunctuation() {
        // Bytes 93 94 96 97 85 are “ ” – — … in a .VnTime document typed in Windows, not VN1 capitals.
        String legacy = new String(new byte[] {(byte) 0x93}, WINDOWS_1252) + new String(tcvn3("Tưởng"), WINDOWS_1252)
                + new String(new byte[] {(byte) 0x94, ' ', (byte) 0x96, ' ', (byte) 0x85}, WINDOWS_1252);
        assertThat(LegacyText.toUnicode(legacy, ".VnTime")).isEqualTo("“Tưởng” – …");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Hoàng Văn Luân", "Đoàn Thanh niên", "Quân đội", "Hoãn", "Khoá", "Võ Thị Thuý", "Hùng"})
    void ordinaryUnicodeNamesAreNotTakenForVni(String name) {
        assertThat(LegacyText.detect(name)).isEmpty();
        assertThat(LegacyText.detect(java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFC)
                .replace("Đ", "D").replace("ă", "a"))).isEmpty();
    }

    @Test
    void tonedCapitalsTypedInTheCapitalFontUseTheLowercaseBytes() {
        for (int i = 0; i < LOWER.length(); i++) {
            byte[] b = {(byte) (int) TCVN3_BYTE.get(LOWER.charAt(i))};
            String typed = new String(b, WINDOWS_1252);
            assertThat(LegacyText.toUnicode(typed, Encoding.TCVN3, true)).isEqualTo(String.valueOf(UPPER.charAt(i)));
            assertThat(LegacyText.toUnicode(typed, ".VnTimeH")).isEqualTo(String.valueOf(UPPER.charAt(i)));
        }
    }

    @Test
    void capitalFontNamesAreUpperCased() {
        assertThat(LegacyText.toUnicode("NGUYÔN V¡N §¹T", Encoding.TCVN3, true)).isEqualTo("NGUYỄN VĂN ĐẠT");
        assertThat(LegacyText.toUnicode("NGUYÔN", ".VnArialH")).isEqualTo("NGUYỄN");
        assertThat(LegacyText.toUnicode("nguyÔn", ".VnTimeH")).isEqualTo("NGUYỄN");
        // The documented limit: without the font the byte is read as the lowercase letter it also is.
        assertThat(LegacyText.toUnicode("NGUYÔN", Encoding.TCVN3, false)).isEqualTo("NGUYễN");
    }

    @Test
    void theSoftHyphenIsTheLetterU() {
        assertThat("H\u00AD\u00ACng".codePoints()).contains(0xAD);
        assertThat(LegacyText.toUnicode("H\u00AD\u00ACng", ".VnTime")).isEqualTo("Hương");
        assertThat(LegacyText.toUnicode("\u00AD", Encoding.TCVN3, false)).isEqualTo("ư");
        assertThat(LegacyText.toUnicode("NguyÔn ThÞ H\u00AD\u00ACng", (String) null)).isEqualTo("Nguyễn Thị Hương");
    }

    @Test
    void lowControlBytesAreTheToneCapitalsIconvGivesThem() {
        assertThat(LegacyText.toUnicode("\u0001\u0002\u0004\u0005\u0006\u0011\u0012\u0013\u0014\u0015\u0016\u0017",
                Encoding.TCVN3, false)).isEqualTo("ÚỤỪỬỮỨỰỲỶỸÝỴ");
        assertThat(LegacyText.toUnicode("a\tb\n", Encoding.TCVN3, false)).isEqualTo("a\tb\n");
    }

    @ParameterizedTest
    @CsvSource({
        "Nguyeãn Thò Höông, Nguyễn Thị Hương",
        "Ñaëng Vaên Öng, Đặng Văn Ưng",
        "Tröôûng aáp Giao Hoøa A, Trưởng ấp Giao Hòa A",
        "Phöôøng Haïc Thaønh, Phường Hạc Thành",
        "Xaõ Ñaêk Ui, Xã Đăk Ui",
        "Kyø hoïp thöù möôøi, Kỳ họp thứ mười"
    })
    void vniNames(String vni, String expected) {
        assertThat(vni).isEqualTo(vniOf(expected));
        assertThat(LegacyText.toUnicode(vni, Encoding.VNI, false)).isEqualTo(expected);
        assertThat(LegacyText.toUnicode(vni, "VNI-Times")).isEqualTo(expected);
        assertThat(LegacyText.toUnicode(vni, (String) null)).isEqualTo(expected);
    }

    @Test
    void vniCapitalsUseTheUppercaseMarks() {
        assertThat(vniOf("NGUYỄN THỊ HƯƠNG")).isEqualTo("NGUYEÃN THÒ HÖÔNG");
        assertThat(LegacyText.toUnicode("NGUYEÃN THÒ HÖÔNG", "VNI-Times")).isEqualTo("NGUYỄN THỊ HƯƠNG");
        // Word's Title Case leaves the mark byte lowercase after a capital; a VNI font still shows Ông.
        assertThat(LegacyText.toUnicode("Oâng Aùnh, oÂng", Encoding.VNI, false)).isEqualTo("Ông Ánh, ông");
    }

    @Test
    void everyLetterRoundTripsThroughTheVniTable() {
        for (char letter : (LOWER + UPPER).toCharArray()) {
            String vni = vniOf(String.valueOf(letter));
            assertThat(LegacyText.toUnicode(vni, Encoding.VNI, false)).as(vni).isEqualTo(String.valueOf(letter));
            assertThat(LegacyText.toUnicode("x" + vni + "n", Encoding.VNI, false)).isEqualTo("x" + letter + "n");
        }
    }

    @Test
    void vniCombinedMarksWinOverTheirPrefix() {
        // "oâ" is ô, "ô" alone is ơ; "aê" is ă and "aé" is ắ, never a + é.
        assertThat(LegacyText.toUnicode("oâ ô ôù oá aê aé", Encoding.VNI, false)).isEqualTo("ô ơ ớ ố ă ắ");
    }

    @Test
    void detectsEncodings() {
        assertThat(LegacyText.detect("NguyÔn ThÞ H\u00AD\u00ACng")).contains(Encoding.TCVN3);
        assertThat(LegacyText.detect("Ph\u00AD\u00EAng H¹c Thµnh")).contains(Encoding.TCVN3);
        assertThat(LegacyText.detect("Nguyeãn Thò Höông")).contains(Encoding.VNI);
        assertThat(LegacyText.detect("Ñaëng")).contains(Encoding.VNI);
        assertThat(LegacyText.detect("Nguyễn Thị Hương")).isEmpty();
        assertThat(LegacyText.detect("©")).isEmpty();
        assertThat(LegacyText.detect("")).isEmpty();
        assertThat(LegacyText.detect(null)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"©", "Café ® 2025", "The quick brown fox jumps over the lazy dog.", "Nguyễn Thị Hương",
        "Phường Hạc Thành – “Giao Hòa”", ""})
    void nonLegacyTextIsUntouched(String text) {
        assertThat(LegacyText.toUnicode(text, (String) null)).isEqualTo(text);
        assertThat(LegacyText.toUnicode(text, "Times New Roman")).isEqualTo(text);
    }

    @Test
    void decomposedInputComesOutComposed() {
        String nfd = Normalizer.normalize("Nguyễn Thị Hương", Normalizer.Form.NFD);
        assertThat(LegacyText.toUnicode(nfd, (String) null)).isEqualTo("Nguyễn Thị Hương");
        // Unicode text in a cell that still carries a legacy font is not converted a second time.
        assertThat(LegacyText.toUnicode(nfd, ".VnTime")).isEqualTo("Nguyễn Thị Hương");
        assertThat(LegacyText.toUnicode("Đặng Văn Ưng", "VNI-Times")).isEqualTo("Đặng Văn Ưng");
        // VNI text that a pipeline decomposed (ã into a + U+0303) is still read.
        String vniNfd = Normalizer.normalize("Nguyeãn Thò Höông", Normalizer.Form.NFD);
        assertThat(LegacyText.toUnicode(vniNfd, "VNI-Times")).isEqualTo("Nguyễn Thị Hương");
        assertThat(LegacyText.toUnicode("Nguye\u0302\u0303n", (String) null)).isEqualTo("Nguyễn");
    }

    @Test
    void resultsAreNfc() {
        for (char letter : (LOWER + UPPER).toCharArray()) {
            String out = LegacyText.toUnicode(String.valueOf((char) (int) TCVN3_BYTE.get(letter)), Encoding.TCVN3, false);
            assertThat(Normalizer.isNormalized(out, Normalizer.Form.NFC)).isTrue();
        }
        // TCVN3's combining tones (B0-B4) after a base letter compose.
        assertThat(LegacyText.toUnicode("a\u00B3", Encoding.TCVN3, false)).isEqualTo("á");
    }

    @ParameterizedTest
    @CsvSource(nullValues = "NULL", value = {
        ".VnTime, TCVN3, false",
        ".VnTimeH, TCVN3, true",
        ".VnArial, TCVN3, false",
        ".VnArialH, TCVN3, true",
        ".vntimeh, TCVN3, true",
        "' .VnArial NarrowH ', TCVN3, true",
        "VNI-Times, VNI, false",
        "VNI-Helve, VNI, false",
        "vni-times, VNI, false",
        "Times New Roman, NULL, false",
        "Arial, NULL, false",
        "VnTime, NULL, false",
        "NULL, NULL, false"
    })
    void fontsNameTheirEncoding(String font, Encoding encoding, boolean capital) {
        assertThat(LegacyText.encodingOfFont(font)).isEqualTo(Optional.ofNullable(encoding));
        assertThat(LegacyText.isCapitalFont(font)).isEqualTo(capital);
    }

    @Test
    void nullStaysNull() {
        assertThat(LegacyText.toUnicode(null, (String) null)).isNull();
        assertThat(LegacyText.toUnicode(null, Encoding.VNI, false)).isNull();
    }

    private static Map<Character, Integer> tcvn3Bytes() {
        Map<Character, Integer> bytes = new HashMap<>();
        byte[] lower = HexFormat.ofDelimiter(" ").parseHex(LOWER_BYTES);
        byte[] upper = HexFormat.ofDelimiter(" ").parseHex(UPPER_BYTES);
        for (int i = 0; i < LOWER.length(); i++) {
            bytes.put(LOWER.charAt(i), lower[i] & 0xFF);
            bytes.put(UPPER.charAt(i), upper[i] & 0xFF);
        }
        return bytes;
    }

    /** Encodes Unicode text to TCVN3 bytes: ASCII as itself, Vietnamese letters from the iconv facts. */
    private static byte[] tcvn3(String text) {
        byte[] out = new byte[text.length()];
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out[i] = (byte) (c < 0x80 ? c : TCVN3_BYTE.get(c));
        }
        return out;
    }

    /**
     * Encodes Unicode text to VNI-Windows from the scheme: decompose, write the base letter (ơ ư đ and toned i,
     * ỵ are single characters), then one mark character for the vowel mark and tone together.
     */
    private static String vniOf(String text) {
        StringBuilder out = new StringBuilder();
        for (char letter : text.toCharArray()) {
            String d = Normalizer.normalize(String.valueOf(letter), Normalizer.Form.NFD);
            boolean upper = Character.isUpperCase(letter);
            char base = Character.toLowerCase(d.charAt(0));
            String marks = d.substring(1);
            char tone = 0;
            char shape = 0;
            for (char mark : marks.toCharArray()) {
                if (TONES.indexOf(mark) >= 0) {
                    tone = mark;
                } else {
                    shape = mark;
                }
            }
            String encoded;
            if (letter == 'đ' || letter == 'Đ') {
                encoded = "ñ";
            } else if (base == 'i' && tone != 0) {
                encoded = String.valueOf("ìíóæò".charAt(TONES.indexOf(tone)));
            } else if (base == 'y' && tone == '\u0323') {
                encoded = "î";
            } else if (shape == '\u031B') {
                encoded = (base == 'o' ? "ô" : "ö") + toneMark(tone, "øùõûï");
            } else if (shape == '\u0302') {
                encoded = base + (tone == 0 ? "â" : toneMark(tone, "àáãåä"));
            } else if (shape == '\u0306') {
                encoded = base + (tone == 0 ? "ê" : toneMark(tone, "èéüúë"));
            } else if (base >= 'a' && base <= 'z') {
                encoded = base + toneMark(tone, "øùõûï");
            } else {
                encoded = String.valueOf(letter);
            }
            out.append(upper ? encoded.toUpperCase(VietnameseText.VIETNAMESE) : encoded);
        }
        return out.toString();
    }

    /** The mark character for a tone, from marks listed in the order huyền, sắc, ngã, hỏi, nặng. */
    private static String toneMark(char tone, String marks) {
        return tone == 0 ? "" : String.valueOf(marks.charAt(TONES.indexOf(tone)));
    }
}
