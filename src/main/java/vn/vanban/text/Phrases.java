package vn.vanban.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Where a line of a heading may break. Word, LibreOffice and the PDF writer all break at ordinary
 * spaces and never at a no-break space (U+00A0), so the phrases that must stay whole are bound here,
 * once, in the text both writers read: a place name ("phường Cẩm Thành" never ends a line on "Cẩm"), the
 * parts of a date ("ngày 05", "năm 2025") and, in capitals, the compounds of a body's name ("KHOA HỌC",
 * "CÔNG NGHỆ", "NHÂN DÂN"), so that "SỞ KHOA HỌC VÀ CÔNG / NGHỆ" cannot happen.
 */
public final class Phrases {

    // Compiled once: every line of a header and a preamble is split here (String.split(" +") compiles it each time).
    private static final Pattern SPACES = Pattern.compile(" +");

    public static final char NO_BREAK = '\u00A0';

    /** Kinds of administrative unit, longest first so that "thị xã" is not read as "xã". */
    private static final List<String[]> UNIT_TYPES = words(
            "tổ dân phố", "đặc khu", "thị trấn", "thị xã", "thành phố", "khu phố",
            "xã", "phường", "tỉnh", "huyện", "quận", "thôn", "bản", "ấp", "làng", "xóm");

    /**
     * Words that make one notion in the names of bodies and their offices. Two or three words; a body's
     * name is only broken between them.
     */
    private static final List<String[]> COMPOUNDS = words(
            "chuyển đổi số", "công nghệ số", "ủy ban", "nhân dân", "hội đồng", "chủ tịch", "khoa học",
            "công nghệ", "thông tin", "truyền thông", "chuyển đổi", "nội vụ", "tư pháp", "tài chính",
            "kế hoạch", "đầu tư", "xây dựng", "giao thông", "vận tải", "nông nghiệp", "phát triển",
            "nông thôn", "tài nguyên", "môi trường", "công thương", "lao động", "thương binh", "xã hội",
            "giáo dục", "đào tạo", "y tế", "văn hóa", "văn hoá", "thể thao", "du lịch", "văn phòng",
            "công an", "quân sự", "kinh tế", "hạ tầng", "đô thị", "dân tộc", "tôn giáo", "cộng đồng",
            "ngoại vụ", "thanh tra", "trung tâm", "phục vụ", "hành chính", "công ty", "cổ phần",
            "trách nhiệm", "hữu hạn", "cơ sở", "đảng ủy", "mặt trận", "tổ quốc", "đoàn thanh niên",
            "phụ nữ", "nông dân", "cựu chiến binh", "công đoàn", "bưu điện", "viễn thông");

    /** The longest place names have four words ("Phường Điện Biên Phủ" has three); more is not a name. */
    private static final int MAX_NAME_WORDS = 4;

    private static final List<String> DATE_PARTS = List.of("ngày", "tháng", "năm");

    private Phrases() {
    }

    /**
     * Running text in sentence case (a trích yếu, the place-and-date line): place names after their
     * kind ("xã Giao Long", "Phường 3") and "ngày 05", "tháng 3", "năm 2025" are bound.
     */
    public static String bind(String text) {
        if (text == null || text.isBlank()) {
            return text;
        }
        if (text.equals(VietnameseText.upper(text))) {
            return bindCapitals(text);
        }
        return sentence(text.strip(), true);
    }

    /**
     * Running body text (căn cứ, articles, list items, a letter's sections), one run of it: the same rule
     * for place names after their kind, nothing else; the run's own leading and trailing spaces stay,
     * because the next run meets it there. {@link #MAX_NAME_WORDS} keeps a bound name short enough for
     * any line, and the PDF's line breaker still breaks at a no-break space a phrase wider than its line.
     */
    public static String bindPlaces(String text) {
        if (text == null || text.isBlank()) {
            return text;
        }
        int start = 0;
        while (start < text.length() && text.charAt(start) == ' ') {
            start++;
        }
        int end = text.length();
        while (end > start && text.charAt(end - 1) == ' ') {
            end--;
        }
        String stripped = text.substring(start, end);
        String bound = sentence(stripped, false);
        // Most runs name no place: they are given back as they came, without a copy.
        return bound == stripped ? text : text.substring(0, start) + bound + text.substring(end);
    }

    /** Place names after their kind in sentence-case text, and the parts of a date if {@code dates}. */
    private static String sentence(String stripped, boolean dates) {
        String[] tokens = SPACES.split(stripped);
        Lowered lowered = new Lowered(tokens);
        boolean[] bound = new boolean[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            int kind = match(lowered, i, UNIT_TYPES);
            if (kind > 0) {
                int name = i + kind;
                int end = name;
                // "cấp xã. Các …": a kind that ends its phrase names nothing after it.
                while (end < tokens.length && startsName(tokens[end]) && !endsPhrase(tokens[end - 1])) {
                    end++;
                }
                i = bindPlace(bound, i, name, end);
            } else if (dates && DATE_PARTS.contains(lowered.word(i)) && i + 1 < tokens.length
                    && Character.isDigit(tokens[i + 1].charAt(0))) {
                bound[i] = true;
            }
        }
        return unchanged(stripped, tokens, bound) ? stripped : join(tokens, bound);
    }

    /**
     * A line in capitals (an issuing body, the authority line): the compounds are bound, and a place
     * name, which runs from its kind to the end of the line or to "VÀ" or a dash.
     */
    public static String bindCapitals(String text) {
        if (text == null || text.isBlank()) {
            return text;
        }
        String[] tokens = SPACES.split(text.strip());
        Lowered lowered = new Lowered(tokens);
        boolean[] bound = new boolean[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            int compound = match(lowered, i, COMPOUNDS);
            if (compound > 0) {
                Arrays.fill(bound, i, i + compound - 1, true);
                i += compound - 1;
                continue;
            }
            int kind = match(lowered, i, UNIT_TYPES);
            if (kind > 0) {
                int name = i + kind;
                int end = name;
                while (end < tokens.length && !"VÀ".equals(tokens[end]) && Character.isLetterOrDigit(tokens[end].charAt(0))
                        && !endsPhrase(tokens[end - 1])) {
                    end++;
                }
                i = bindPlace(bound, i, name, end);
            }
        }
        return join(tokens, bound);
    }

    /** A place written alone ("Cẩm Thành" before the date): all of it on one line. */
    public static String name(String place) {
        return place == null ? null : SPACES.matcher(place.strip()).replaceAll(String.valueOf(NO_BREAK));
    }

    /**
     * The kind's own words stay together and the name's words stay together; the kind stays with a
     * one-word name, which would otherwise stand alone at the start of a line ("xã / Tân"). More words
     * than a name has are not one (in capitals a name cannot be told from the words after it). Returns
     * the last token looked at.
     */
    private static int bindPlace(boolean[] bound, int kind, int name, int end) {
        if (end == name || end - name > MAX_NAME_WORDS) {
            return name - 1;
        }
        Arrays.fill(bound, kind, name - 1, true);
        Arrays.fill(bound, name, end - 1, true);
        if (end - name == 1) {
            bound[name - 1] = true;
        }
        return end - 1;
    }

    /** A comma, semicolon, colon or full stop after a word closes the phrase it belongs to. */
    private static boolean endsPhrase(String token) {
        return ",;:.".indexOf(token.charAt(token.length() - 1)) >= 0;
    }

    private static boolean startsName(String token) {
        if (token.isEmpty()) {
            return false;
        }
        char c = token.charAt(0);
        return Character.isUpperCase(c) || Character.isDigit(c);
    }

    /** How many tokens from {@code at} spell one of {@code phrases}, 0 if none. */
    private static int match(Lowered tokens, int at, List<String[]> phrases) {
        for (String[] phrase : phrases) {
            if (at + phrase.length > tokens.length()) {
                continue;
            }
            boolean same = true;
            for (int k = 0; k < phrase.length && same; k++) {
                String token = k == phrase.length - 1 ? tokens.unpunctuated(at + k) : tokens.word(at + k);
                same = phrase[k].equals(token);
            }
            if (same) {
                return phrase.length;
            }
        }
        return 0;
    }

    /**
     * The tokens in lower case, with and without their closing punctuation, made once per text: every
     * token is compared with every phrase of a list, and lowering (NFC first) is what that costs.
     */
    private static final class Lowered {

        private final String[] words;
        private final String[] unpunctuated;

        Lowered(String[] tokens) {
            words = new String[tokens.length];
            unpunctuated = new String[tokens.length];
            for (int i = 0; i < tokens.length; i++) {
                words[i] = VietnameseText.nfc(tokens[i]).toLowerCase(VietnameseText.VIETNAMESE);
                int end = words[i].length();
                while (end > 0 && ",;:.".indexOf(words[i].charAt(end - 1)) >= 0) {
                    end--;
                }
                unpunctuated[i] = words[i].substring(0, end);
            }
        }

        int length() {
            return words.length;
        }

        String word(int i) {
            return words[i];
        }

        String unpunctuated(int i) {
            return unpunctuated[i];
        }
    }

    /** Nothing bound and no run of spaces to fold: joining the tokens would give the text back. */
    private static boolean unchanged(String text, String[] tokens, boolean[] bound) {
        for (boolean b : bound) {
            if (b) {
                return false;
            }
        }
        return text.length() == tokens.length - 1 + Arrays.stream(tokens).mapToInt(String::length).sum();
    }

    private static String join(String[] tokens, boolean[] bound) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < tokens.length; i++) {
            sb.append(tokens[i]);
            if (i < tokens.length - 1) {
                sb.append(bound[i] ? NO_BREAK : ' ');
            }
        }
        return sb.toString();
    }

    private static List<String[]> words(String... phrases) {
        List<String[]> list = new ArrayList<>();
        for (String p : phrases) {
            list.add(p.split(" "));
        }
        list.sort(Comparator.comparingInt((String[] p) -> p.length).reversed());
        return List.copyOf(list);
    }
}
