package vn.vanban.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.vanban.text.VietnameseText;

/**
 * The punctuation Nghị định 30 fixes: each item of a list ends ";" and the last one "."; the Nơi nhận
 * entries end ";" and the Lưu line ".". Typed punctuation is replaced, never doubled.
 */
public final class Punctuation {

    private static final char NO_BREAK_SPACE = '\u00A0';
    private static final Pattern CLOSING_NOTE = Pattern.compile("[ \u00A0]+(\\([^()]{1,20}\\))$");

    private Punctuation() {
    }

    public static List<String> listLines(List<String> items, String prefix) {
        List<String> out = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            out.add(prefix + VietnameseText.stripEndPunctuation(items.get(i)) + (i == items.size() - 1 ? "." : ";"));
        }
        return out;
    }

    public static String withEnding(String text, String ending) {
        String stripped = VietnameseText.stripEndPunctuation(text);
        return stripped.endsWith("./.") ? stripped : stripped + ending;
    }

    /**
     * A short note closing a Nơi nhận entry ("(để b/c)", "(b/c)", "(để báo cáo)") is held on one line and to
     * the word before it with no-break spaces, so that no line of the list starts "b/c)" or ends "(để".
     */
    public static String keepClosingNoteTogether(String entry) {
        Matcher m = CLOSING_NOTE.matcher(entry);
        if (!m.find()) {
            return entry;
        }
        return entry.substring(0, m.start()) + NO_BREAK_SPACE + m.group(1).replace(' ', NO_BREAK_SPACE);
    }
}
