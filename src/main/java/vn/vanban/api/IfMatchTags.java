package vn.vanban.api;

import java.util.ArrayList;
import java.util.List;
import vn.vanban.problem.InvalidHeaderException;

/**
 * The grammar of If-Match (RFC 9110, 13.1.1): {@code *} or a comma-separated list of entity-tags, each
 * {@code "…"} or {@code W/"…"} with no quote, space or control character inside. Empty list elements are
 * skipped, as the list rule (5.6.1) asks; anything else, or no tag at all, is refused with a 400.
 */
final class IfMatchTags {

    private IfMatchTags() {
    }

    /** The tags as sent ({@code "7"}, {@code W/"7"}), or {@code ["*"]}. */
    static List<String> parse(String header) {
        String value = header.strip();
        if (value.equals("*")) {
            return List.of("*");
        }
        List<String> tags = new ArrayList<>();
        int i = 0;
        while (i < value.length()) {
            char c = value.charAt(i);
            if (c == ',' || c == ' ' || c == '\t') {
                i++;
                continue;
            }
            int start = i;
            if (value.startsWith("W/", i)) {
                i += 2;
            }
            if (i >= value.length() || value.charAt(i) != '"') {
                throw malformed();
            }
            int close = value.indexOf('"', i + 1);
            if (close < 0 || !opaque(value, i + 1, close)) {
                throw malformed();
            }
            tags.add(value.substring(start, close + 1));
            i = close + 1;
            while (i < value.length() && (value.charAt(i) == ' ' || value.charAt(i) == '\t')) {
                i++;
            }
            if (i < value.length() && value.charAt(i) != ',') {
                throw malformed();
            }
        }
        if (tags.isEmpty()) {
            throw malformed();
        }
        return tags;
    }

    /** etagc: %x21 / %x23-7E / obs-text; the quote itself ends the tag. */
    private static boolean opaque(String value, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = value.charAt(i);
            if (c <= 0x20 || c == 0x7F) {
                return false;
            }
        }
        return true;
    }

    private static InvalidHeaderException malformed() {
        return new InvalidHeaderException("If-Match", "Tiêu đề If-Match không đúng cú pháp: cần * hoặc ETag đã đọc"
                + " trong dấu nháy kép, ví dụ If-Match: \"7\" (nhiều ETag cách nhau bằng dấu phẩy)");
    }
}
