package vn.vanban.web.commune;

import java.util.List;
import java.util.function.Function;

/** The repeatable lines of a form (Căn cứ, Nơi nhận …) typed in a textarea, one item per line. */
final class Lines {

    private Lines() {
    }

    /** The non-blank lines, trimmed; a blank line between items is a typing habit, not an empty item. */
    static <T> List<T> split(String text, Function<String, T> item) {
        if (text == null) {
            return List.of();
        }
        return text.lines().map(String::strip).filter(s -> !s.isEmpty()).map(item).toList();
    }

    static <T> String join(List<T> items, Function<T, String> text) {
        return String.join("\n", items.stream().map(text).toList());
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
